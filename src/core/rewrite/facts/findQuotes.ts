// Quotations: the words between « … », “ … ”, ‹ … ›, „ … “ or straight "…" in one block. They are
// compared as a reader compares them: by their words, in order. Quote marks, apostrophes, dashes
// (– — ‑ -), spaces (no-break or narrow), the ellipsis, the case of letters, accents dropped on
// a capital and punctuation do not change a quotation; one changed, added or dropped word does.
import type { Fact } from './Fact';

export interface QuoteHit {
  fact: Fact;
  /** The quotation's words, folded (quoteWords): what is compared. */
  words: string[];
  start: number;
  end: number;
}

// Pairs within one block; the leftmost opening mark wins, so a quote inside a quote belongs to it.
const QUOTED = /«([^«»]*)»|“([^“”]*)”|„([^„“”]*)[“”]|‹([^‹›]*)›|"([^"]*)"/g;
const LETTERS = /\p{L}/gu;
// A single quoted word is a quotation when it is a real word (« antiterroriste »), not a letter
// or a short tag (« A », « ok »): four letters or more.
const MIN_SINGLE_WORD_LETTERS = 4;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The words of a text as quotations are compared: lower case, accents and ligatures folded
 * (« Etat » is « État » typed without its accent), elisions split (« l’Arménie » → l, armenie),
 * every other character a separator. Applied to quotations and to whole texts alike.
 */
export function quoteWords(text: string): string[] {
  const folded = text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ς/g, 'σ');
  return folded.match(WORD) ?? [];
}

function isQuotation(words: string[]): boolean {
  if (words.length >= 2) return true;
  return words.length === 1 && (words[0]?.match(LETTERS)?.length ?? 0) >= MIN_SINGLE_WORD_LETTERS;
}

const EDGE_PUNCTUATION = /^[\s.,;:!?…]+|[\s.,;:!?…]+$/g;

/** Every quotation of `text`, in order; `text` is the quotation as written, without its marks. */
export function findQuotes(text: string): QuoteHit[] {
  const hits: QuoteHit[] = [];
  QUOTED.lastIndex = 0;
  for (let match = QUOTED.exec(text); match !== null; match = QUOTED.exec(text)) {
    const inner = match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? '';
    const words = quoteWords(inner);
    if (!isQuotation(words)) continue;
    const written = inner.replace(/\s+/g, ' ').replace(EDGE_PUNCTUATION, '');
    hits.push({ fact: { kind: 'quote', text: written, key: words.join(' ') }, words, start: match.index, end: match.index + match[0].length });
  }
  return hits;
}

/** Where each word of `words` occurs, for fast in-order searches. */
export type WordIndex = Map<string, number[]>;

export function indexWords(words: readonly string[]): WordIndex {
  const index: WordIndex = new Map();
  words.forEach((word, position) => {
    const list = index.get(word);
    if (list) list.push(position);
    else index.set(word, [position]);
  });
  return index;
}

/** Length of the longest run of `quote` from `from` that occurs in `prose` at or after `after`, and where. */
function longestRun(quote: readonly string[], from: number, prose: readonly string[], index: WordIndex, after: number): { length: number; at: number } {
  let best = { length: 0, at: -1 };
  for (const position of index.get(quote[from] ?? '') ?? []) {
    if (position < after) continue;
    let length = 0;
    while (from + length < quote.length && prose[position + length] === quote[from + length]) length++;
    if (length > best.length) best = { length, at: position };
    if (from + length === quote.length) break;
  }
  return best;
}

// A quotation may be cut around « a-t-il ajouté » or split over two sentences: up to three pieces,
// each of three words or more (or the whole rest), in order.
const MAX_PIECES = 3;
const MIN_PIECE_WORDS = 3;

/** Whether every word of a quotation is in `prose`, in order, in at most three contiguous pieces. */
export function containsQuotation(quote: readonly string[], prose: readonly string[], index: WordIndex): boolean {
  let from = 0;
  let after = 0;
  for (let piece = 0; piece < MAX_PIECES && from < quote.length; piece++) {
    const run = longestRun(quote, from, prose, index, piece === 0 ? 0 : after);
    const rest = quote.length - from;
    if (run.length === 0 || (run.length < Math.min(MIN_PIECE_WORDS, rest))) return false;
    from += run.length;
    after = run.at + run.length;
  }
  return from >= quote.length;
}

/** Words of the longest common subsequence of two word lists (quotations are short: quadratic is fine). */
export function commonWords(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] ?? 0);
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}
