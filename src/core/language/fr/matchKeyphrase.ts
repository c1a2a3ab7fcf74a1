import { tokenizeWords } from './tokenizeWords';

// French elisions glue an article, pronoun or conjunction to the next word: « l’orage » is
// « orage » for a reader searching for it.
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'/;

/**
 * The form under which a keyphrase and a text word are compared: lower case, accents
 * dropped (writers type « egalite » for « égalité », « coeur » for « cœur »), apostrophes
 * unified, elision removed, and a final plural s/x dropped from words of 4+ letters
 * (« orages » ~ « orage »).
 */
export function normalizeWord(word: string): string {
  let form = normalized.get(word);
  if (form === undefined) {
    // Bounded: a memo, not a leak, in a long-lived extension host.
    if (normalized.size >= MEMO_LIMIT) normalized.clear();
    form = computeNormalForm(word);
    normalized.set(word, form);
  }
  return form;
}

// Text repeats its words; NFD plus four regexes per word is the costly part of keyphrase
// density on a long article, so each distinct word is normalised once.
const MEMO_LIMIT = 50_000;
const normalized = new Map<string, string>();

function computeNormalForm(word: string): string {
  // « œ » and « æ » are letters of their own to NFD, yet most keyboards type them « oe », « ae ».
  let form = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/[’ʼ‘`´]/g, "'");
  form = form.replace(ELISION, '');
  if (form.length > 3 && /[sx]$/.test(form)) form = form.slice(0, -1);
  return form;
}

// Hyphen-minus, hyphen and non-breaking hyphen: « Haut-Karabakh » and « haut karabakh » are the
// same search, as in Yoast SEO, whose researcher treats hyphens as word boundaries by default
// (`areHyphensWordBoundaries`).
const HYPHENS = /[-\u2010\u2011]/;

/** The normalised words of a keyphrase or a text; hyphenated words give one entry per part. */
export function normalizePhrase(phrase: string): string[] {
  return tokenizeWords(phrase)
    .flatMap((token) => token.text.split(HYPHENS))
    .map(normalizeWord)
    .filter((word) => word !== '');
}

/** Start indexes where `phrase` occurs as consecutive words of `words` (both normalised). */
export function findPhrase(words: readonly string[], phrase: readonly string[]): number[] {
  const hits: number[] = [];
  if (phrase.length === 0) return hits;
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    hits.push(i);
  }
  return hits;
}

/** Whether a piece of text contains the keyphrase, by the rules of normalizeWord. */
export function containsPhrase(text: string, phrase: readonly string[]): boolean {
  return findPhrase(normalizePhrase(text), phrase).length > 0;
}
