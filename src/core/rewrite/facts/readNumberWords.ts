// Numbers written in words are not facts a rewrite must copy (« trois militaires » may become
// « 3 militaires »), but they are values the source states: a digit of the rewrite equal to one
// of them is not invented. Table: 1–20, the tens, cent, mille, million, milliard, the collective
// nouns (« une douzaine ») and the first ordinals; compounds (« vingt et un », « quatre-vingt-dix »,
// « cent mille ») are added up as French reads them. Words arrive normalised (normalizeWord:
// lower case, no accents, plural s/x dropped), so the table is normalised the same way.
import { normalizeWord } from '../../language/fr/matchKeyphrase';

const table = <T>(entries: Record<string, T>): Map<string, T> =>
  new Map(Object.entries(entries).map(([word, value]) => [normalizeWord(word), value]));

const UNITS = table({
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30,
  quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80, nonante: 90,
});
const SCALES = table({ cent: 100, mille: 1_000, million: 1_000_000, milliard: 1_000_000_000 });
const COLLECTIVES = table({
  dizaine: '10', douzaine: '12', quinzaine: '15', vingtaine: '20', trentaine: '30', quarantaine: '40',
  cinquantaine: '50', soixantaine: '60', centaine: '100', millier: '1000',
});
const ORDINALS = table({
  premier: '1er', première: '1re', second: '2e', seconde: '2e', deuxième: '2e', troisième: '3e',
  quatrième: '4e', cinquième: '5e', sixième: '6e', septième: '7e', huitième: '8e', neuvième: '9e',
  dixième: '10e', vingtième: '20e', centième: '100e', millième: '1000e',
});
const FOUR = normalizeWord('quatre');
const AND = 'et';

/** Adds to `into` the value of every number word of `words` and of every compound they form. */
export function readNumberWords(words: readonly string[], into: Set<string>): void {
  let total = 0;
  let current = 0;
  let inNumber = false;
  let previous = '';
  const close = (): void => {
    if (inNumber) into.add(String(total + current));
    total = 0;
    current = 0;
    inNumber = false;
  };
  for (const word of words) {
    const unit = UNITS.get(word);
    const scale = SCALES.get(word);
    if (unit !== undefined) {
      // « quatre-vingts » is 4 × 20.
      current += unit === 20 && previous === FOUR ? 76 : unit;
      into.add(String(unit));
      inNumber = true;
    } else if (scale !== undefined) {
      into.add(String(scale));
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      inNumber = true;
    } else if (!(word === AND && inNumber)) {
      close();
      const value = COLLECTIVES.get(word) ?? ORDINALS.get(word);
      if (value !== undefined) into.add(value);
    }
    previous = word;
  }
  close();
}
