// Whether the period at `dot` closes an abbreviation or an initial rather than a sentence.
// Only called when a capital, a digit or an opening mark follows (splitSentences never splits
// before a lowercase word), so « etc. et » and « Ier. puis » need no entry here.
import { isSpaceAt } from './isSpaceAt';

// Titles before a name, matched case-sensitively: « M. Dupont », « Mme. Curie », « Me. Durand ».
// Source: the usual French abbreviations, as listed in the Lexique des règles typographiques
// en usage à l’Imprimerie nationale (« Abréviations »).
const TITLES = new Set([
  'M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Dr', 'Pr', 'Me', 'Mgr', 'St', 'Ste', 'Sts', 'Stes', 'Vve',
]);

// Never the end of a sentence, whatever follows (case-insensitive): « cf. Chapitre 3 »,
// « p. ex. Paris », « 52 av. J.-C. », « éd. Gallimard », « env. 20 km ».
const ALWAYS_FOLLOWED = new Set(['cf', 'ex', 'av', 'apr', 'éd', 'env', 'coll', 'vs']);

// Abbreviations that announce a number (« p. 12 », « vol. II », « art. L. 123-4 », « 3 janv.
// 2024 »). Several are also ordinary words that can end a sentence (« un vol. », « l’art. »,
// « ils étaient sept. », « 10 min. »), so they hold the sentence together only before a number.
const BEFORE_NUMBER = new Set([
  'p', 'pp', 'no', 'n°', 'vol', 'chap', 'art', 'fig', 'min', 'max', 't',
  'janv', 'fév', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc',
]);

// « J. », « A. Dupont », « J.-F. Kennedy », « U.S.A. »: one capital, or capitals joined by periods
// and hyphens. « J.-C. » is excluded: it ends dates (« en 52 av. J.-C. Puis… ») far more often
// than it abbreviates a first name. A sentence that really ends on a capital (« le plan B. »)
// stays joined to the next one: the rarer mistake.
const INITIALS = /^(?:\p{Lu}\.-?)*\p{Lu}$/u;
const ROMAN_NUMERAL = /^[IVXLCDM]+(?!\p{L})/u;
const DIGIT = /^\p{Nd}/u;
const OPENING = '«“"([\'‘';
const APOSTROPHES = '’\'';

// Bounds the look-around so that pathological input (a 1 MB word) keeps splitting linear.
const MAX_WORD = 40;


function readWordBefore(text: string, dot: number): string {
  let start = dot;
  while (start > 0 && dot - start < MAX_WORD && !isSpaceAt(text, start - 1)) start -= 1;
  while (start < dot && OPENING.includes(text[start] ?? '')) start += 1;
  return text.slice(start, dot);
}

function readWordAfter(text: string, from: number): string {
  let start = from;
  while (start < text.length && isSpaceAt(text, start)) start += 1;
  while (start < text.length && OPENING.includes(text[start] ?? '')) start += 1;
  return text.slice(start, Math.min(text.length, start + MAX_WORD));
}

/**
 * True when the period at index `dot` (followed by whitespace and a sentence start at `end`)
 * belongs to an abbreviation or an initial, so the sentence goes on.
 */
export function isAbbreviationBefore(text: string, dot: number, end: number): boolean {
  const word = readWordBefore(text, dot);
  if (word === '') return false;
  if (TITLES.has(word)) return true;
  if (word !== 'J.-C' && INITIALS.test(word)) return true;
  let elision = -1;
  for (const apostrophe of APOSTROPHES) elision = Math.max(elision, word.lastIndexOf(apostrophe));
  const bare = word.slice(elision + 1).toLowerCase();
  if (ALWAYS_FOLLOWED.has(bare)) return true;
  if (BEFORE_NUMBER.has(bare)) {
    const next = readWordAfter(text, end);
    return DIGIT.test(next) || ROMAN_NUMERAL.test(next);
  }
  return false;
}
