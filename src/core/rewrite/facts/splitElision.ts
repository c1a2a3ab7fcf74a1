import { normalizeWord } from '../../language/fr/matchKeyphrase';

// French elision glues a short word to the next (l’Arménie, d’État, qu’Aliyev): the name a
// reader sees is what follows the apostrophe. The list is matchKeyphrase's, case-insensitive
// because a sentence may start with « L’ » or « D’ ».
const ELIDED = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’ʼ]/i;
// Hyphen-minus, hyphen and non-breaking hyphen, as matchKeyphrase: « Haut-Karabakh » and
// « Haut Karabakh » hold the same words.
const HYPHENS = /[-\u2010\u2011]/;

export interface ElidedWord {
  /** The elided word before the apostrophe (`l`, `d`, `qu`…), or '' when there is none. */
  prefix: string;
  word: string;
  /** Where `word` starts in the token. */
  offset: number;
}

/** Splits « l’Arménie » into `l` + `Arménie`; other tokens come back whole. */
export function splitElision(token: string): ElidedWord {
  const match = ELIDED.exec(token);
  if (!match || match[0].length === token.length) return { prefix: '', word: token, offset: 0 };
  return { prefix: match[1] ?? '', word: token.slice(match[0].length), offset: match[0].length };
}

/** The normalised words a token holds: one per hyphen-separated part (« États-Unis » → etat, uni). */
export function readWordParts(word: string): string[] {
  const parts: string[] = [];
  for (const part of word.split(HYPHENS)) {
    if (part !== '') parts.push(normalizeWord(part));
  }
  return parts;
}

// Articles repeat their words; splitting and normalising each distinct token once is most of
// what reading a document's vocabulary costs. Bounded like normalizeWord's memo.
const MEMO_LIMIT = 50_000;
const tokenParts = new Map<string, string[]>();

/** The normalised words of a prose token, its elided article left out (« l’Arménie » → armenie). */
export function readTokenParts(token: string): string[] {
  let parts = tokenParts.get(token);
  if (parts === undefined) {
    if (tokenParts.size >= MEMO_LIMIT) tokenParts.clear();
    parts = readWordParts(splitElision(token).word);
    tokenParts.set(token, parts);
  }
  return parts;
}
