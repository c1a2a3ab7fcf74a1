// Is this text French? A cheap, robust guess from function words: articles, prepositions,
// pronouns, auxiliaries and conjunctions make up a third to a half of the words of any prose in
// these languages, whatever the subject, and an English technical term here and there (« le build »,
// « un hook ») does not change that. No character n-grams, no dictionary: a few hundred words.

export type LanguageCode = 'fr' | 'en' | 'es' | 'de' | 'it';

export interface LanguageGuess {
  /** 'unknown' when there are fewer than `minWords` words or no language reaches MIN_SCORE. */
  language: LanguageCode | 'unknown';
  /** Share (0..1) of the words that are function words of each language. */
  scores: Record<LanguageCode, number>;
  words: number;
}

// Below about 50 words each word moves a score by 2 points or more: a guess would be noise.
const DEFAULT_MIN_WORDS = 50;
// Measured with these lists: prose scores 0.34–0.55 in its own language (test fixtures and the
// 64 articles of the French corpus), and up to 0.23 in a neighbour that shares its commonest
// words (Spanish on French: de, la, en, que). The winner decides between languages; this floor
// only turns away what is not prose in any of them (lists of names or numbers, code).
const MIN_SCORE = 0.12;

// Words shared by several languages (de, la, en, que, un, in, se…) are listed under each of
// them: they count for every language they belong to. Very short words that are frequent
// everywhere and distinctive nowhere (« a », « o », « e ») are left out of all lists; « i » is
// left out of Italian because English « I » would count for it.
const FUNCTION_WORDS: Record<LanguageCode, ReadonlySet<string>> = {
  fr: new Set(
    ('le la les un une des du de au aux et est sont ce cet cette ces qui que dont où ne pas plus il ils ' +
      'elle elles nous vous je tu on son sa ses leur leurs mon ma mes notre nos votre vos dans par ' +
      'pour sur avec sans sous entre chez vers mais ou donc car ni si comme aussi très tout tous ' +
      'toute toutes être avoir été ont était étaient sera peut même se lui cela ça ceci après avant ' +
      'depuis pendant selon lorsque quand puis alors encore déjà également ainsi celui celle ceux y en ' +
      "l' d' qu' n' s' j' c' m' t' jusqu' lorsqu' puisqu' quoiqu'").split(' '),
  ),
  en: new Set(
    ('the an of and to in is are was were be been being has have had it its this that these those ' +
      'for on with as at by from or but not which who whom whose what when where will would can could ' +
      'should may might must do does did he she they we you i his her their our your my them him us ' +
      'there here than then also into about over after before if so such more most other some any ' +
      "all each only just very up out because while through between during it's don't doesn't isn't " +
      "i'm can't won't").split(' '),
  ),
  es: new Set(
    ('el la los las un una unos unas de del al y que en es son está están fue fueron ser ha han había ' +
      'hay por para con sin sobre entre como más pero su sus se lo no ya muy este esta estos estas ' +
      'ese esa también cuando donde porque hasta desde nos yo él ella ellos ellas todo todos sido ' +
      'tiene puede pueden otro otra sino según durante tras mismo cada aunque').split(' '),
  ),
  de: new Set(
    ('der die das den dem ein eine einen einem einer eines und ist sind war waren wird werden wurde ' +
      'wurden hat haben hatte nicht mit von zu zum zur im in auf für an aus bei nach über um vor ' +
      'durch gegen ohne auch noch schon nur sehr wie als wenn dass oder aber doch sich er sie es ' +
      'wir ihr ich du man sein seine ihre ihren dieser diese dieses kann können muss mehr bis was ' +
      'wer wo dann hier jetzt beim vom am ins unter weil').split(' '),
  ),
  it: new Set(
    ('il lo gli la le un uno una di del della dei degli delle dello al alla ai agli alle da dal ' +
      'dalla dai nel nella nei negli nelle sul sulla con per tra fra che è non sono ha hanno era ' +
      'erano essere stato stata questo questa questi queste quello quella come anche più ma se si ci ' +
      'mi ti lui lei loro suo sua suoi sue nostro molto già ancora dove quando perché sia cui ogni ' +
      "tutto tutti dopo prima solo l' dell' all' nell' dall' sull' un' c' d' s' quest' anch'").split(' '),
  ),
};

const LANGUAGES = Object.keys(FUNCTION_WORDS) as LanguageCode[];
const TYPOGRAPHIC_APOSTROPHES = /[’ʼ‘]/g;

// Every listed form → the languages (one bit each, in LANGUAGES order) whose list holds it: one
// map lookup per form instead of one set lookup per form and per language.
const LANGUAGE_BITS = new Map<string, number>();
LANGUAGES.forEach((language, bit) => {
  for (const form of FUNCTION_WORDS[language]) LANGUAGE_BITS.set(form, (LANGUAGE_BITS.get(form) ?? 0) | (1 << bit));
});
const LONGEST_FORM = Math.max(...[...LANGUAGE_BITS.keys()].map((form) => form.length));

/**
 * The languages (a bit each) that list one of the forms of a word: the word itself and, for an
 * elided word (« l’arménie », « dell’anno »), its elided prefix with the apostrophe (« l' »,
 * « dell' »).
 */
export function languageBitsOf(word: string): number {
  const lower = word.toLowerCase();
  // Where the first apostrophe is, typographic or not (the replace below keeps every index).
  let apostrophe = -1;
  for (let i = 0; i < lower.length && apostrophe < 0; i++) {
    const code = lower.charCodeAt(i);
    if (code === 0x27 || code === 0x2019 || code === 0x2bc || code === 0x2018) apostrophe = i;
  }
  // Most words are longer than any listed form and hold no elision: nothing to look up.
  const wholeMayMatch = lower.length <= LONGEST_FORM;
  const elided = apostrophe > 0 && apostrophe < lower.length - 1 && apostrophe < LONGEST_FORM;
  if (!wholeMayMatch && !elided) return 0;
  const form = apostrophe < 0 ? lower : lower.replace(TYPOGRAPHIC_APOSTROPHES, "'");
  let bits = wholeMayMatch ? (LANGUAGE_BITS.get(form) ?? 0) : 0;
  if (elided) bits |= LANGUAGE_BITS.get(form.slice(0, apostrophe + 1)) ?? 0;
  return bits;
}

/**
 * Guesses the language of a text from its words (`tokenizeWords(text).map((t) => t.text)`).
 * The winner is the language with the highest score; on an exact tie the first of fr, en, es,
 * de, it wins, so that French, the language Plume is for, is never reported as doubtful by a tie.
 */
export function detectLanguage(words: readonly string[], minWords = DEFAULT_MIN_WORDS): LanguageGuess {
  const hits = new Array<number>(LANGUAGES.length).fill(0);
  // A text repeats its words: look each distinct word up once.
  const memo = new Map<string, number>();
  for (const word of words) {
    let bits = memo.get(word);
    if (bits === undefined) {
      bits = languageBitsOf(word);
      memo.set(word, bits);
    }
    // Most words are no function word of any language.
    if (bits === 0) continue;
    for (let bit = 0; bit < LANGUAGES.length; bit++) if (bits & (1 << bit)) hits[bit] = (hits[bit] ?? 0) + 1;
  }
  return guessFromHits(hits, words.length, minWords);
}

/**
 * The guess from the number of words of each language (by bit of languageBitsOf) among `total`
 * words: what detectLanguage returns, for callers that tally the words themselves.
 */
export function guessFromHits(hits: readonly number[], total: number, minWords = DEFAULT_MIN_WORDS): LanguageGuess {
  const scores: Record<LanguageCode, number> = { fr: 0, en: 0, es: 0, de: 0, it: 0 };
  let best: LanguageCode = 'fr';
  LANGUAGES.forEach((language, bit) => {
    scores[language] = total === 0 ? 0 : (hits[bit] ?? 0) / total;
    if (scores[language] > scores[best]) best = language;
  });
  const language = total < minWords || scores[best] < MIN_SCORE ? 'unknown' : best;
  return { language, scores, words: total };
}
