// The beginning of a sentence, for the check that flags runs of sentences starting alike (Yoast
// SEO's « consecutive sentences » assessment: three or more in a row with the same first word).
// An article, a number or a demonstrative says little alone, so it counts together with the next
// word: « Le président … » and « Le gouvernement … » begin differently, « Il … » and « Il … »
// alike. Words are the whitespace-separated tokens of tokenizeWords, so an elided article stays
// with its noun (« L’État » → « l'état ») and « C’est », « Qu’il » are one word each.
import { tokenizeWords } from './tokenizeWords';

// Articles (definite, indefinite, partitive and contracted: « de », « du », « au » govern the
// noun after them as much as « le » does) and demonstrative determiners.
const ARTICLES_AND_DEMONSTRATIVES: ReadonlySet<string> = new Set(
  'le la les un une des du de au aux ce cet cette ces'.split(' '),
);

// Cardinal number words; compounds are written with hyphens (« vingt-deux », « dix-sept »,
// « vingt-et-un », « quatre-vingts »), each part one of these or « et ».
const NUMBER_WORDS: ReadonlySet<string> = new Set(
  ('zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze ' +
    'seize vingt vingts trente quarante cinquante soixante septante huitante octante nonante cent ' +
    'cents mille et').split(' '),
);

// Digits, with French or English separators: « 2023 », « 3,5 », « 100 000 », « 1.5 ».
const DIGITS = /^\p{N}+(?:[.,\u00a0\u202f\u2009]\p{N}+)*$/u;
const TYPOGRAPHIC_APOSTROPHES = /[’ʼ]/g;
// « 100 000 » is one token whatever space groups its digits; the beginning uses a plain one.
const GROUP_SPACES = /[\u00a0\u202f\u2009]/g;

// A run of articles and numbers (« Les deux cents salariés ») is kept together with its noun; the
// bound only stops a list of figures from becoming one long « beginning ».
const MAX_WORDS = 5;
// Only the first words are read: a prefix of the sentence cut at a space is tokenized, then a
// longer one, and the whole sentence only when those words run past both (a beginning is mostly
// one or two words, well within 40 characters; five French words rarely take 120). Tokenizing is
// linear in what it reads, and this runs on every sentence at every keystroke.
const PREFIXES = [40, 120];

function isNumber(word: string): boolean {
  if (DIGITS.test(word)) return true;
  if (word === 'et') return false;
  if (NUMBER_WORDS.has(word)) return true;
  if (!word.includes('-')) return false;
  return word.split('-').every((part) => NUMBER_WORDS.has(part));
}

/** Whether the next word belongs with `word` in a sentence beginning. */
function takesNextWord(word: string): boolean {
  return ARTICLES_AND_DEMONSTRATIVES.has(word) || isNumber(word);
}

/**
 * The normalised beginning of a sentence: its first word, lower case, apostrophes as ', with the
 * next word added while the last word is an article, a number or a demonstrative. An unaccented
 * capital « A » is read « à » (« A partir de » and « À partir de » begin alike). '' for a sentence
 * without words.
 */
export function sentenceBeginning(sentence: string): string {
  for (const prefix of PREFIXES) {
    const cut = sentence.length > prefix ? sentence.indexOf(' ', prefix) : -1;
    if (cut < 0) break;
    const { beginning, complete } = readBeginning(sentence.slice(0, cut));
    if (complete) return beginning;
  }
  return readBeginning(sentence).beginning;
}

function readBeginning(text: string): { beginning: string; complete: boolean } {
  const tokens = tokenizeWords(text);
  const parts: string[] = [];
  let complete = false;
  for (const token of tokens) {
    let word = token.text.toLowerCase();
    if (word.includes('’') || word.includes('ʼ')) word = word.replace(TYPOGRAPHIC_APOSTROPHES, "'");
    if (parts.length === 0 && token.text === 'A') word = 'à';
    const takesNext = takesNextWord(word);
    parts.push(takesNext ? word.replace(GROUP_SPACES, ' ') : word);
    if (parts.length >= MAX_WORDS || !takesNext) {
      complete = true;
      break;
    }
  }
  return { beginning: parts.join(' '), complete };
}
