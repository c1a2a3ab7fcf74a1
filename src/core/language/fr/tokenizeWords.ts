// Words as a French writer (and Yoast SEO's word counter) sees them: whitespace-separated, with
// the punctuation around a word trimmed off and French thousands groups kept whole.

export interface WordToken {
  text: string;
  /** UTF-16 offset of the first character of the word in the input. */
  start: number;
  /** UTF-16 offset just past the word; `text === input.slice(start, end)`. */
  end: number;
}

// A chunk is a run of non-whitespace (`\s` as JavaScript regexes define it), extended over a
// no-break space (U+00A0), narrow no-break space (U+202F) or thin space (U+2009) that sits
// between a digit and a three-digit group: that is how French typography writes thousands
// (« 100 000 », « 1 500 000 »), and the writer sees one number. Everywhere else they separate
// words like any space. That was the regex
//   /\S+(?:(?<=\d)[\u00a0\u202f\u2009](?=\d{3}(?!\d))\S+)*/gu
// which scanChunkEnd below implements by hand: every word of every analysis goes through here,
// and a character loop over cached classes is several times faster than the regex engine.
const WHITESPACE = /\s/u;

// Trimmed from both ends of a chunk: every Unicode punctuation mark (\p{P}: « » “ ” " ' ’ ( ) [ ]
// , ; : ! ? . … - – — * / % # @ &). Symbols (\p{S}: ° € + | …) are not trimmed, so « n° » and
// « C++ » keep their sign; a chunk of symbols alone still fails the letter-or-digit test below.
const PUNCTUATION = /\p{P}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// Character classes of the Basic Multilingual Plane, filled the first time a code unit is seen
// (from the regexes above, so they cannot disagree with them): 0 = not yet known.
const SPACE = 1;
const PUNCT = 2;
const LETTER_DIGIT = 4;
const KNOWN = 8;
const BMP_CLASSES = new Uint8Array(0x10000);

function classOf(code: number): number {
  let cls = BMP_CLASSES[code] as number;
  if (cls === 0) {
    const ch = String.fromCharCode(code);
    cls = KNOWN | (WHITESPACE.test(ch) ? SPACE : 0) | (PUNCTUATION.test(ch) ? PUNCT : 0) | (LETTER_OR_DIGIT.test(ch) ? LETTER_DIGIT : 0);
    BMP_CLASSES[code] = cls;
  }
  return cls;
}

// No astral code point is whitespace, and a lone surrogate is not either: `\s` looks at code
// units here without changing the answer.
const isSpaceCode = (code: number): boolean => (classOf(code) & SPACE) !== 0;
const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;
const isGroupSeparator = (code: number): boolean => code === 0xa0 || code === 0x202f || code === 0x2009;

/** End of the chunk that starts at `start` (a non-whitespace character). */
function scanChunkEnd(text: string, start: number): number {
  let i = start;
  for (;;) {
    while (i < text.length) {
      const code = text.charCodeAt(i);
      // Printable ASCII, most of any text, is never whitespace: no table lookup.
      if ((code > 32 && code < 128) || !isSpaceCode(code)) i++;
      else break;
    }
    // (?<=\d)[\u00a0\u202f\u2009](?=\d{3}(?!\d)): a thousands separator, then the run goes on.
    if (
      i + 3 < text.length &&
      isAsciiDigit(text.charCodeAt(i - 1)) &&
      isGroupSeparator(text.charCodeAt(i)) &&
      isAsciiDigit(text.charCodeAt(i + 1)) &&
      isAsciiDigit(text.charCodeAt(i + 2)) &&
      isAsciiDigit(text.charCodeAt(i + 3)) &&
      !isAsciiDigit(text.charCodeAt(i + 4))
    ) {
      i += 1;
      continue;
    }
    return i;
  }
}

function isPunctuationAt(text: string, index: number): boolean {
  const code = text.codePointAt(index) ?? 0;
  if (code <= 0xffff) return (classOf(code) & PUNCT) !== 0;
  return PUNCTUATION.test(String.fromCodePoint(code));
}

function isLetterOrDigitCode(code: number): boolean {
  if (code <= 0xffff) return (classOf(code) & LETTER_DIGIT) !== 0;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

/** Width in UTF-16 units of the code point that ends just before `end`. */
function widthBefore(text: string, end: number): number {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return 2;
  }
  return 1;
}

/**
 * Calls `onWord` with the bounds of every word of `text`, in order. Shared by `tokenizeWords`
 * and `countWords` so that the count never drifts from the tokens.
 */
function scanWords(text: string, onWord: (start: number, end: number) => void): void {
  let next = 0;
  while (next < text.length) {
    const code = text.charCodeAt(next);
    if ((code <= 32 || code >= 128) && isSpaceCode(code)) {
      next++;
      continue;
    }
    let start = next;
    let end = scanChunkEnd(text, start);
    next = end;
    while (start < end && isPunctuationAt(text, start)) {
      start += (text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1;
    }
    while (end > start && isPunctuationAt(text, end - widthBefore(text, end))) {
      end -= widthBefore(text, end);
    }
    if (start === end) continue;
    for (let i = start; i < end; ) {
      const code = text.codePointAt(i) ?? 0;
      if (isLetterOrDigitCode(code)) {
        onWord(start, end);
        break;
      }
      i += code > 0xffff ? 2 : 1;
    }
  }
}

/** Splits prose into words; see the rules at the top of this file. */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  scanWords(text, (start, end) => {
    tokens.push({ text: text.slice(start, end), start, end });
  });
  return tokens;
}

/**
 * The words of one text kept as their bounds, 8 bytes a word, instead of an object and a string
 * each: a document of 1,000,000 characters has ≈ 110,000 words, which as WordToken objects held
 * ≈ 11 MB alive for as long as the analysis (issue 10's bound on a verified pair is ≈ 20× the
 * input). It reads like a read-only array of WordToken — `length`, `at(i)`, iteration, `map` —
 * and `startAt`/`endAt`/`textAt` read one word without building its token.
 */
export class WordList implements Iterable<WordToken> {
  private constructor(
    /** The text the bounds are offsets of. */
    readonly source: string,
    private readonly bounds: Int32Array,
  ) {}

  static EMPTY = new WordList('', new Int32Array(0));

  /** The words of `text`, as tokenizeWords finds them. */
  static of(text: string): WordList {
    // Grown by doubling, then trimmed: one word per 2 characters at the most.
    let bounds = new Int32Array(Math.min(64, text.length + 2));
    let size = 0;
    scanWords(text, (start, end) => {
      if (size + 2 > bounds.length) {
        const grown = new Int32Array(bounds.length * 2);
        grown.set(bounds);
        bounds = grown;
      }
      bounds[size++] = start;
      bounds[size++] = end;
    });
    return size === 0 ? WordList.EMPTY : new WordList(text, bounds.slice(0, size));
  }

  get length(): number {
    return this.bounds.length / 2;
  }

  startAt(index: number): number {
    return this.bounds[index * 2] ?? 0;
  }

  endAt(index: number): number {
    return this.bounds[index * 2 + 1] ?? 0;
  }

  textAt(index: number): string {
    return this.source.slice(this.startAt(index), this.endAt(index));
  }

  at(index: number): WordToken | undefined {
    if (index < 0 || index >= this.length) return undefined;
    return { text: this.textAt(index), start: this.startAt(index), end: this.endAt(index) };
  }

  /** Every word's text (or those from `from` to before `to`), in order, without building its token. */
  texts(from = 0, to = this.length): string[] {
    const out: string[] = [];
    for (let i = from; i < to; i++) out.push(this.textAt(i));
    return out;
  }

  map<T>(project: (token: WordToken, index: number) => T): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.length; i++) out.push(project(this.at(i) as WordToken, i));
    return out;
  }

  *[Symbol.iterator](): Iterator<WordToken> {
    for (let i = 0; i < this.length; i++) yield this.at(i) as WordToken;
  }
}

/** The number of words of `text`, always `tokenizeWords(text).length`, without allocating tokens. */
export function countWords(text: string): number {
  let count = 0;
  scanWords(text, () => {
    count += 1;
  });
  return count;
}
