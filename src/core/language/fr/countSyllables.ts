// Spoken French syllables, estimated from spelling for the Kandel–Moles reading ease. The
// convention is the one Yoast SEO's French analysis follows: syllables as pronounced in
// standard (not poetic) French, so a final mute e does not count (« table » = 1, « portes » = 1).
// It is a heuristic on vowel groups: exact on most words, off by one on some (see the known
// divergences in test/unit/language/fr/countSyllables.test.ts); the reading ease averages it
// over hundreds of words.

const VOWELS = 'aeiouyàâäéèêëîïôöùûüÿœæ';
// A vowel with a diaeresis is pronounced apart from the vowel before it: « naïf », « Noël ».
const DIAERESIS = 'ïüëÿ';
// é is pronounced apart from a following vowel (« réalité », « créé », « théâtre »), and from a
// preceding a, o, e or é (« aérien », « poésie », « réécrire »); « pitié », « joué » stay one.
const SPLITS_AFTER_E_ACUTE = 'aoeéèê';
// Elided words and hyphenated compounds are counted part by part: « aujourd’hui »,
// « peut-être », « a-t-il ».
const PART_SEPARATORS = /[’'‘ʼ\-‐‑]/u;
const NOT_A_LETTER = /[^\p{L}]/gu;
const HAS_LETTER = /\p{L}/u;
const HAS_DIGIT = /\p{N}/u;

// Every word of an analysis goes through here, so the rules run on character codes in a reusable
// buffer rather than on strings rewritten by regexes. The letters come from one of two readers:
// a table for the characters below U+0300 (nearly all of French), or, for any other word (a
// combining accent, Greek, ʼ…), NFC normalisation, lower case and the regexes above. The rules
// themselves (countPart) exist once.

const TABLE_SIZE = 0x300;
// What each code unit below U+0300 is to the reader, derived from the very regexes, lower case
// and NFC the general reader uses, so the two cannot disagree: a letter's lower-case code (> 0),
// or a negative class. A character whose NFC form or lower case is not one code unit is UNKNOWN.
const UNKNOWN = 0;
const DROPPED = -1; // not a letter: removed (NOT_A_LETTER)
const DIGIT = -2; // not a letter, but \p{N}: makes a letterless token a number
const SEPARATOR = -3; // splits parts (PART_SEPARATORS)
const CHAR_CLASS = new Int32Array(TABLE_SIZE);
for (let code = 0; code < TABLE_SIZE; code++) {
  const ch = String.fromCharCode(code);
  const lower = ch.toLowerCase();
  if (ch.normalize('NFC') !== ch) CHAR_CLASS[code] = UNKNOWN;
  // ʼ (U+02BC) both separates parts and is a letter (Lm) to HAS_LETTER: left to the general reader.
  else if (PART_SEPARATORS.test(ch)) CHAR_CLASS[code] = HAS_LETTER.test(ch) ? UNKNOWN : SEPARATOR;
  else if (HAS_LETTER.test(ch)) CHAR_CLASS[code] = lower.length === 1 && HAS_LETTER.test(lower) ? lower.charCodeAt(0) : UNKNOWN;
  else if (lower !== ch) CHAR_CLASS[code] = UNKNOWN;
  else CHAR_CLASS[code] = HAS_DIGIT.test(ch) ? DIGIT : DROPPED;
}

function classOf(code: number): number {
  if (code < TABLE_SIZE) return CHAR_CLASS[code] ?? UNKNOWN;
  // The separators above U+0300: ‘ ’ ‐ ‑ (none of them a letter).
  return code === 0x2018 || code === 0x2019 || code === 0x2010 || code === 0x2011 ? SEPARATOR : UNKNOWN;
}

const CODE = (ch: string): number => ch.charCodeAt(0);
const flagsOf = (chars: string): Uint8Array => {
  const flags = new Uint8Array(TABLE_SIZE);
  for (const ch of chars) flags[CODE(ch)] = 1;
  return flags;
};
const VOWEL_FLAGS = flagsOf(VOWELS);
const DIAERESIS_FLAGS = flagsOf(DIAERESIS);
const SPLITS_AFTER_E_ACUTE_FLAGS = flagsOf(SPLITS_AFTER_E_ACUTE);
// What the u of « gu » must come before to be silent: e, i, y (« guerre », « guide », « Guy »).
const AFTER_SILENT_GU_FLAGS = flagsOf('eiéèêîy');
const [E, O, Q, U, G, S, Y, E_ACUTE, E_GRAVE] = ['e', 'o', 'q', 'u', 'g', 's', 'y', 'é', 'è'].map(CODE) as number[];

const isVowel = (code: number | undefined): boolean => code !== undefined && code < TABLE_SIZE && VOWEL_FLAGS[code] === 1;

// The lower-case letters of the part being counted; grown for a longer word, never shrunk.
let letters = new Int32Array(64);

/** Spoken syllables of the part in `letters[0, length)`: lower-case letters only. */
function countPart(length: number): number {
  // The u of « qu », and of « gu » before e/i/y, is not a vowel (« quoi », « guerre », « langue »,
  // « musique »): dropped, left to right as a regex replace would.
  let kept = 0;
  for (let i = 0; i < length; i++) {
    const code = letters[i] as number;
    letters[kept++] = code;
    if (code === Q && i + 1 < length && letters[i + 1] === U) i++;
  }
  length = kept;
  kept = 0;
  for (let i = 0; i < length; i++) {
    const code = letters[i] as number;
    letters[kept++] = code;
    if (code === G && i + 2 < length && letters[i + 1] === U && AFTER_SILENT_GU_FLAGS[letters[i + 2] as number] === 1) i++;
  }
  length = kept;
  if (length === 0) return 0;
  // A final « -es » is as mute as « -e » (« portes », « idées »); « -ent » of verbs cannot be told
  // from « -ent » of nouns and adverbs (« parlent » / « souvent ») without a dictionary: counted.
  if (length >= 2 && letters[length - 1] === S && letters[length - 2] === E) length--;
  // Vowel groups, with the hiatus rules.
  let groups = 0;
  let groupStart = -1;
  for (let i = 0; i < length; i++) {
    const code = letters[i] as number;
    if (!isVowel(code)) {
      groupStart = -1;
      continue;
    }
    const previous = i > 0 ? (letters[i - 1] as number) : -1;
    const startsNew =
      groupStart < 0 ||
      DIAERESIS_FLAGS[code] === 1 ||
      previous === E_ACUTE ||
      (code === E_ACUTE && previous > 0 && SPLITS_AFTER_E_ACUTE_FLAGS[previous] === 1) ||
      (code === E_GRAVE && previous === O && (i < 2 || letters[i - 2] !== U)) ||
      // « crayon », « payer », « moyen »: a y between vowels closes the first syllable.
      (previous === Y && i >= 2 && isVowel(letters[i - 2]));
    if (startsNew) {
      groups += 1;
      groupStart = i;
    }
  }
  // The mute final e goes only when something else carries the word: « le », « les », « je » keep it.
  const lastAlone = groupStart === length - 1 && letters[length - 1] === E;
  return lastAlone && groups > 1 ? groups - 1 : groups;
}

function reserve(length: number): void {
  if (letters.length < length) letters = new Int32Array(length * 2);
}

/**
 * Spoken syllables of one word (as produced by tokenizeWords): at least 1 for a word with a
 * letter, 1 for a number written in digits, 0 for a token with neither.
 */
export function countSyllables(word: string): number {
  let hasLetter = false;
  let hasDigit = false;
  for (let i = 0; i < word.length; i++) {
    const cls = classOf(word.charCodeAt(i));
    if (cls === UNKNOWN) return countSyllablesOfAnyWord(word);
    if (cls > 0) hasLetter = true;
    else if (cls === DIGIT) hasDigit = true;
  }
  if (!hasLetter) return hasDigit ? 1 : 0;
  reserve(word.length);
  let total = 0;
  let length = 0;
  for (let i = 0; i <= word.length; i++) {
    const cls = i < word.length ? classOf(word.charCodeAt(i)) : SEPARATOR;
    if (cls > 0) letters[length++] = cls;
    else if (cls === SEPARATOR) {
      total += countPart(length);
      length = 0;
    }
  }
  return Math.max(1, total);
}

/** The general reader: any character, through NFC, lower case and the regexes. */
function countSyllablesOfAnyWord(word: string): number {
  if (!HAS_LETTER.test(word)) return HAS_DIGIT.test(word) ? 1 : 0;
  let total = 0;
  for (const part of word.normalize('NFC').split(PART_SEPARATORS)) {
    const lower = part.toLowerCase().replace(NOT_A_LETTER, '');
    reserve(lower.length);
    for (let i = 0; i < lower.length; i++) letters[i] = lower.charCodeAt(i);
    total += countPart(lower.length);
  }
  return Math.max(1, total);
}
