// Numbers written in words are facts like numbers in digits (« trois militaires », « deux autres
// personnes », « une douzaine de dirigeants »): a rewrite may write them in digits or in words,
// but must not drop or change them. Table: 1–20, the tens, cent, mille, million, milliard, the
// collective nouns (« une douzaine ») and the first ordinals; compounds (« vingt et un »,
// « quatre-vingt-dix », « cent mille ») are added up as French reads them. Words arrive
// normalised (normalizeWord: lower case, no accents, plural s/x dropped), so the table is
// normalised the same way; the raw word decides what normalising hides (a plural, a capital).
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
const NINE = normalizeWord('neuf');
const AND = 'et';
// « trois décennies » may be written « 30 ans ».
const DECADE = normalizeWord('décennies');

export interface NumberWordToken {
  /** normalizeWord of the part. */
  word: string;
  /** The part as written (« Trois », « douzaines »). */
  raw: string;
  start: number;
  end: number;
  /** Punctuation stands between this token and the previous one: no compound crosses it. */
  broken?: boolean;
}

export interface NumberWordHit {
  /** The value's key, as findNumbers writes it (« 3 », « 12 », « 12% »). */
  key: string;
  /** Other keys of the same value (« trois décennies » is also 30 years). */
  alternates: string[];
  text: string;
  start: number;
  end: number;
}

/** The previous article makes « un/une » a number only before a collective noun (« une douzaine »). */
const isArticleOne = (value: number, parts: number): boolean => value === 1 && parts === 1;

/**
 * Adds to `into` the value of every number word of `tokens` and of every compound they form,
 * and returns the ones that are facts: a quantity of two or more (not the article « un »), a
 * collective with its article (« une douzaine », not « des dizaines »), never an ordinal
 * (« Premier ministre ») nor a word of a capitalised compound name (« Trois-Rivières »).
 */
export function readNumberWords(tokens: readonly NumberWordToken[], into: Set<string>, text = ''): NumberWordHit[] {
  const hits: NumberWordHit[] = [];
  let total = 0;
  let current = 0;
  let parts = 0;
  let first: NumberWordToken | undefined;
  let firstIndex = 0;
  let last: NumberWordToken | undefined;
  let previous = '';
  const close = (next: number): void => {
    if (parts > 0 && first && last) {
      const value = total + current;
      into.add(String(value));
      const following = tokens[next];
      const percent = following?.word === 'pour' && tokens[next + 1]?.word === 'cent';
      const named = /^\p{Lu}/u.test(first.raw) && /[-\u2010\u2011]\p{Lu}/u.test(text.slice(first.start, last.end + 2));
      // « neuf » is also an adjective (« un bâtiment neuf »): a number only before a plural.
      const adjective = parts === 1 && first.word === NINE && (following?.broken === true || !/[sx]$/i.test(following?.raw ?? ''));
      // « 12 millions » is findNumbers' (digits and scale); « des millions » is no figure.
      const scaleAlone = parts === 1 && SCALES.has(first.word) && (/^\d/.test(tokens[firstIndex - 1]?.raw ?? '') || /s$/i.test(first.raw));
      if (!isArticleOne(value, parts) && !named && !adjective && !scaleAlone) {
        const key = percent ? `${value}%` : String(value);
        const alternates = following?.word === DECADE ? [String(value * 10)] : [];
        hits.push({ key, alternates, text: text ? text.slice(first.start, last.end) : first.raw, start: first.start, end: last.end });
        for (const alternate of alternates) into.add(alternate);
        if (percent) into.add(key);
      }
    }
    total = 0;
    current = 0;
    parts = 0;
    first = undefined;
    last = undefined;
  };
  tokens.forEach((token, index) => {
    const { word } = token;
    if (token.broken && parts > 0) {
      close(index);
      previous = '';
    }
    const unit = UNITS.get(word);
    const scale = SCALES.get(word);
    if (unit !== undefined) {
      // « quatre-vingts » is 4 × 20.
      current += unit === 20 && previous === FOUR ? 76 : unit;
      into.add(String(unit));
      if (!first) firstIndex = index;
      first ??= token;
      last = token;
      parts++;
    } else if (scale !== undefined && !(scale === 100 && previous === 'pour' && parts === 0)) {
      into.add(String(scale));
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      if (!first) firstIndex = index;
      first ??= token;
      last = token;
      parts++;
    } else if (!(word === AND && parts > 0)) {
      const article = previous;
      const articleToken = tokens[index - 1];
      // « une douzaine » is 12; the article « une » was counted as a unit: take it back.
      const collective = COLLECTIVES.get(word);
      if (collective !== undefined && parts === 1 && (article === 'un' || article === 'une') && !/[sx]$/i.test(token.raw)) {
        into.add(collective);
        // « d’une douzaine » is shown « une douzaine ».
        const shown = text && articleToken ? text.slice(articleToken.start, token.end).replace(/^[dl][’'ʼ]/i, '') : token.raw;
        hits.push({ key: collective, alternates: [], text: shown, start: articleToken?.start ?? token.start, end: token.end });
        total = 0;
        current = 0;
        parts = 0;
        first = undefined;
        last = undefined;
      } else {
        close(index);
        if (collective !== undefined) into.add(collective);
        const ordinal = ORDINALS.get(word);
        if (ordinal !== undefined) into.add(ordinal);
      }
    }
    previous = word;
  });
  close(tokens.length);
  return hits;
}
