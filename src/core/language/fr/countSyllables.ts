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

function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWELS.includes(ch);
}

/**
 * The spelling with the u of « qu » and of « gu » before e/i/y dropped: that u is not a vowel
 * (« quoi », « guerre », « langue », « musique »).
 */
function dropSilentU(part: string): string {
  return part.replace(/qu/g, 'q').replace(/gu(?=[eiéèêîy])/g, 'g');
}

/** Vowel groups of one lowercase part, with hiatus rules; `lastAlone` if the last group is a lone final « e ». */
function countVowelGroups(part: string): { groups: number; lastAlone: boolean } {
  let groups = 0;
  let groupStart = -1;
  for (let i = 0; i < part.length; i++) {
    const ch = part[i] ?? '';
    if (!isVowel(ch)) {
      groupStart = -1;
      continue;
    }
    const previous = part[i - 1];
    const startsNew =
      groupStart < 0 ||
      DIAERESIS.includes(ch) ||
      previous === 'é' ||
      (ch === 'é' && SPLITS_AFTER_E_ACUTE.includes(previous ?? '')) ||
      (ch === 'è' && previous === 'o' && part[i - 2] !== 'u') ||
      // « crayon », « payer », « moyen »: a y between vowels closes the first syllable.
      (previous === 'y' && isVowel(part[i - 2]));
    if (startsNew) {
      groups += 1;
      groupStart = i;
    }
  }
  const lastAlone = groupStart === part.length - 1 && part.endsWith('e');
  return { groups, lastAlone };
}

function countPart(rawPart: string): number {
  const part = dropSilentU(rawPart.toLowerCase().replace(NOT_A_LETTER, ''));
  if (part === '') return 0;
  // A final « -es » is as mute as « -e » (« portes », « idées »); « -ent » of verbs cannot be told
  // from « -ent » of nouns and adverbs (« parlent » / « souvent ») without a dictionary: counted.
  const stem = part.endsWith('es') ? part.slice(0, -1) : part;
  const { groups, lastAlone } = countVowelGroups(stem);
  // The mute e only goes when something else carries the word: « le », « les », « je » keep it.
  return lastAlone && groups > 1 ? groups - 1 : groups;
}

/**
 * Spoken syllables of one word (as produced by tokenizeWords): at least 1 for a word with a
 * letter, 1 for a number written in digits, 0 for a token with neither.
 */
export function countSyllables(word: string): number {
  if (!HAS_LETTER.test(word)) return HAS_DIGIT.test(word) ? 1 : 0;
  let total = 0;
  for (const part of word.normalize('NFC').split(PART_SEPARATORS)) total += countPart(part);
  return Math.max(1, total);
}
