// The words of one sentence as the French grammar checks (transition words, passive voice,
// sentence beginnings, function words) need them: lower-cased, with elisions split off and
// expanded, and inverted subject pronouns split off.
//
// tokenizeWords keeps « l’État », « qu’il » and « a-t-il » whole, which is right for counting
// words but not for grammar: « qu’il » must read as « que il » for « parce que » to match
// « parce qu’il », « n’a pas été » as « ne a pas été », « s’est rendu » as « se est rendu ». So
// this is a second, grammar-level scan, one character loop per sentence; each consumer gets the
// same units (a check that needs several facts of a sentence reads it once), and the word lists are compiled through this same function, so a
// list entry and the text it must match can never be normalised differently.

export interface SentenceWords {
  /**
   * Canonical lower-case forms: elisions expanded (« d’ » → de, « qu’ » → que, « n’ » → ne,
   * « c’ » → ce, « s’il » → si il; « l’ » stays « l' », which may be le or la), inversions split
   * (« a-t-il » → a, il), and an unaccented capital restored on the first word (« A cause » → à).
   */
  words: string[];
  /**
   * Whether the unit starts with a capital (« Marie », « État », « ONU », « FERMÉ »): mid-sentence
   * in ordinary text, a name or an acronym.
   */
  capitalized: boolean[];
  /** Whether the unit opens the sentence or follows punctuation (, ; : ( — « …): a clause start. */
  clauseStart: boolean[];
}

// A unit is either an elided clitic with its apostrophe, when a letter or digit follows it
// (« l’ », « qu’ », « jusqu’ »), or a run of letters and digits joined by hyphens, by apostrophes
// that are no elision (« aujourd’hui », « presqu’île »: the run before the apostrophe is no
// clitic), or by a decimal point or comma between digits (« 3,5 »). Apostrophes: ASCII ',
// typographic ’ and the modifier letter ʼ. Hyphens: -, U+2010, U+2011. The scan is a character
// loop over a class table, as in tokenizeWords: a regex with Unicode classes and a lookbehind
// was two to three times slower on the French corpus, and this runs on every sentence at every
// keystroke.
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const CHAR_UNKNOWN = 0;
const CHAR_WORD = 1;
const CHAR_OTHER = 2;
const BMP_CLASSES = new Uint8Array(0x10000);

/** Letter, digit or combining mark (BMP only: astral characters, emoji mostly, separate words). */
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  let cls = BMP_CLASSES[code] as number;
  if (cls === CHAR_UNKNOWN) {
    cls = WORD_CHAR.test(String.fromCharCode(code)) ? CHAR_WORD : CHAR_OTHER;
    BMP_CLASSES[code] = cls;
  }
  return cls === CHAR_WORD;
}

const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;
const isApostropheCode = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2bc;
const isHyphenCode = (code: number): boolean => code === 0x2d || code === 0x2010 || code === 0x2011;

// What each elided clitic stands for. « s’ » is « si » before « il(s) » (« s’il vient »), else
// the reflexive « se »; it is settled where the clitic is read.
const CLITICS: ReadonlyMap<string, string> = new Map([
  ['l', "l'"],
  ['d', 'de'],
  ['j', 'je'],
  ['m', 'me'],
  ['n', 'ne'],
  ['s', 'se'],
  ['t', 'te'],
  ['c', 'ce'],
  ['qu', 'que'],
  ['jusqu', 'jusque'],
  ['lorsqu', 'lorsque'],
  ['puisqu', 'puisque'],
  ['quoiqu', 'quoique'],
]);

/** The canonical form of an elided clitic (« qu » → que), or undefined if it is none. */
export function expandClitic(clitic: string): string | undefined {
  return CLITICS.get(clitic);
}

// Verb-subject inversion: « a-t-il », « est-ce », « sont-elles », « peut-on ». « -je » is left
// out on purpose: « puis-je » would otherwise turn into the connector « puis ».
const INVERSION = /^(.+?)-(?:t-)?(il|elle|on|ils|elles|ce|nous|vous|tu)$/;

// Capitals often lose their accent in French typing (« A cause de », « Etant donné »): on the
// first word only, where sentence capitals are, the forms that matter to the lists get it back.
// Mid-sentence an unaccented « a » is the verb avoir and must stay one.
const UNACCENTED_CAPITALS: ReadonlyMap<string, string> = new Map([
  ['a', 'à'],
  ['etant', 'étant'],
  ['etre', 'être'],
  ['egalement', 'également'],
  ['evidemment', 'évidemment'],
  ['etait', 'était'],
]);

const TYPOGRAPHIC_APOSTROPHES = /[’ʼ]/g;
const UNICODE_HYPHENS = /[‐‑]/g;

// Punctuation that opens a new clause when it sits between two words.
const CLAUSE_PUNCTUATION = ',;:()[]—–-«»"“”…!?/';

/** True when `lower` at `index` starts the word « il » or « ils ». */
function startsIl(lower: string, index: number): boolean {
  if (!lower.startsWith('il', index)) return false;
  const end = lower.charCodeAt(index + 2) === 0x73 ? index + 3 : index + 2;
  return end >= lower.length || !isWordCode(lower.charCodeAt(end));
}

function push(out: SentenceWords, word: string, capitalized: boolean, clauseStart: boolean): void {
  out.words.push(word);
  out.capitalized.push(capitalized);
  out.clauseStart.push(clauseStart);
}

/**
 * The grammar units of one sentence (or any short text), at most `limit` of them. Linear in the
 * length of the text.
 */
export function readSentenceWords(text: string, limit = Infinity): SentenceWords {
  const out: SentenceWords = { words: [], capitalized: [], clauseStart: [] };
  // One lower-casing for the whole sentence; a few characters change length when lower-cased
  // (« İ »), and then each unit is lower-cased on its own.
  const whole = text.toLowerCase();
  const sameLength = whole.length === text.length;
  const n = text.length;
  let i = 0;
  let punctuationBefore = false;
  while (i < n && out.words.length < limit) {
    const code = text.charCodeAt(i);
    if (!isWordCode(code)) {
      if (code !== 32 && !punctuationBefore && CLAUSE_PUNCTUATION.includes(text.charAt(i))) punctuationBefore = true;
      i += 1;
      continue;
    }
    const clauseStart = out.words.length === 0 || punctuationBefore;
    punctuationBefore = false;
    const start = i;
    while (i < n && isWordCode(text.charCodeAt(i))) i += 1;
    // An elided clitic: a short run, an apostrophe, a letter or digit.
    if (i - start <= 6 && i + 1 < n && isApostropheCode(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1))) {
      const clitic = sameLength ? whole.slice(start, i) : text.slice(start, i).toLowerCase();
      const expanded = CLITICS.get(clitic);
      if (expanded !== undefined) {
        i += 1;
        const word = clitic === 's' && sameLength && startsIl(whole, i) ? 'si' : expanded;
        push(out, word, false, clauseStart);
        continue;
      }
    }
    // Extend over joiners between word characters.
    let hyphenated = false;
    let unusualJoiner = false;
    while (i + 1 < n && isWordCode(text.charCodeAt(i + 1))) {
      const joiner = text.charCodeAt(i);
      if (isHyphenCode(joiner)) hyphenated = true;
      else if (!isApostropheCode(joiner) && !((joiner === 0x2e || joiner === 0x2c) && isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1)))) break;
      if (joiner > 127) unusualJoiner = true;
      i += 1;
      while (i < n && isWordCode(text.charCodeAt(i))) i += 1;
    }
    let lower: string;
    let capitalized: boolean;
    if (sameLength) {
      lower = whole.slice(start, i);
      capitalized = code !== whole.charCodeAt(start);
    } else {
      const raw = text.slice(start, i);
      lower = raw.toLowerCase();
      capitalized = raw.charCodeAt(0) !== lower.charCodeAt(0);
    }
    if (unusualJoiner) lower = lower.replace(TYPOGRAPHIC_APOSTROPHES, "'").replace(UNICODE_HYPHENS, '-');
    if (out.words.length === 0 && (code === 0x41 || code === 0x45)) {
      const accented = UNACCENTED_CAPITALS.get(lower);
      if (accented !== undefined) lower = accented;
    }
    if (hyphenated) {
      const inversion = INVERSION.exec(lower);
      if (inversion !== null) {
        const verb = inversion[1] as string;
        const pronoun = inversion[2] as string;
        push(out, verb, capitalized, clauseStart);
        push(out, pronoun, false, false);
        continue;
      }
    }
    push(out, lower, capitalized, clauseStart);
  }
  return out;
}
