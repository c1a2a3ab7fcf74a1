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

/**
 * The words of a document's prose as quotations are searched in it: each distinct word once, the
 * prose as word numbers, and where each word occurs (for in-order searches). Numbers in typed
 * arrays, not a string and a list per occurrence: a document of 1,000,000 characters has
 * ≈ 200,000 such words, and the arrays of strings they were took ≈ 3 MB per document (issue 10).
 */
export class ProseWords {
  private readonly vocabulary = new Map<string, number>();
  private ids = new Int32Array(1024);
  private size = 0;
  private firstPosition: Int32Array | undefined;
  private positions: Int32Array | undefined;

  /** Adds the next word of the prose (before any search). */
  push(word: string): void {
    let id = this.vocabulary.get(word);
    if (id === undefined) this.vocabulary.set(word, (id = this.vocabulary.size));
    if (this.size === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.size++] = id;
  }

  get length(): number {
    return this.size;
  }

  /** The number of `word`, or -1 when the prose never has it. */
  idOf(word: string): number {
    return this.vocabulary.get(word) ?? -1;
  }

  idAt(position: number): number {
    return position < this.size ? (this.ids[position] ?? -1) : -1;
  }

  /** Where the word numbered `id` occurs, in order (a counting sort, built on the first search). */
  positionsOf(id: number): Int32Array {
    if (!this.positions || !this.firstPosition) {
      this.ids = this.ids.slice(0, this.size);
      const ids = this.ids;
      // first[id] = where the positions of word `id` start: occurrences counted, then summed.
      const first = new Int32Array(this.vocabulary.size + 1);
      for (const id of ids) first[id + 1] = (first[id + 1] ?? 0) + 1;
      for (let id = 1; id < first.length; id++) first[id] = (first[id] ?? 0) + (first[id - 1] ?? 0);
      const next = first.slice(0, -1);
      const positions = new Int32Array(this.size);
      ids.forEach((id, position) => {
        const slot = next[id] ?? 0;
        positions[slot] = position;
        next[id] = slot + 1;
      });
      this.firstPosition = first;
      this.positions = positions;
    }
    if (id < 0 || id + 1 >= this.firstPosition.length) return new Int32Array(0);
    return this.positions.subarray(this.firstPosition[id], this.firstPosition[id + 1]);
  }
}

/** Length of the longest run of `quote` from `from` that occurs in `prose` at or after `after`, and where. */
function longestRun(quote: readonly number[], from: number, prose: ProseWords, after: number): { length: number; at: number } {
  let best = { length: 0, at: -1 };
  for (const position of prose.positionsOf(quote[from] ?? -1)) {
    if (position < after) continue;
    let length = 0;
    while (from + length < quote.length && prose.idAt(position + length) === quote[from + length]) length++;
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
export function containsQuotation(quoteText: readonly string[], prose: ProseWords): boolean {
  // A word the prose never has is numbered -1, which no position holds.
  const quote = quoteText.map((word) => prose.idOf(word));
  let from = 0;
  let after = 0;
  for (let piece = 0; piece < MAX_PIECES && from < quote.length; piece++) {
    const run = longestRun(quote, from, prose, piece === 0 ? 0 : after);
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
