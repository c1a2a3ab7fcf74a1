// Words as a French writer (and Yoast SEO's word counter) sees them: whitespace-separated, with
// the punctuation around a word trimmed off and French thousands groups kept whole.

export interface WordToken {
  text: string;
  /** UTF-16 offset of the first character of the word in the input. */
  start: number;
  /** UTF-16 offset just past the word; `text === input.slice(start, end)`. */
  end: number;
}

// A run of non-whitespace, extended over a no-break space (U+00A0), narrow no-break space
// (U+202F) or thin space (U+2009) that sits between a digit and a three-digit group: that is how
// French typography writes thousands (« 100 000 », « 1 500 000 »), and the writer sees one
// number. `\s` covers all three, so everywhere else they separate words like any space.
// Linear: the optional group only starts on a separator, which `\S+` never consumes, so the
// engine never backtracks into the run.
const CHUNK = /\S+(?:(?<=\d)[\u00a0\u202f\u2009](?=\d{3}(?!\d))\S+)*/gu;

// Trimmed from both ends of a chunk: every Unicode punctuation mark (\p{P}: « » “ ” " ' ’ ( ) [ ]
// , ; : ! ? . … - – — * / % # @ &). Symbols (\p{S}: ° € + | …) are not trimmed, so « n° » and
// « C++ » keep their sign; a chunk of symbols alone still fails the letter-or-digit test below.
const PUNCTUATION = /\p{P}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// ASCII is most of what these loops see; a table spares a regex call per edge character.
const ASCII_PUNCTUATION = new Uint8Array(128);
for (const ch of '!"#%&\'()*,-./:;?@[\\]_{}') ASCII_PUNCTUATION[ch.charCodeAt(0)] = 1;

function isPunctuationAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return ASCII_PUNCTUATION[code] === 1;
  return PUNCTUATION.test(String.fromCodePoint(text.codePointAt(index) ?? code));
}

function isLetterOrDigitCode(code: number): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  }
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
  CHUNK.lastIndex = 0;
  for (let match = CHUNK.exec(text); match !== null; match = CHUNK.exec(text)) {
    let start = match.index;
    let end = start + match[0].length;
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

/** The number of words of `text`, always `tokenizeWords(text).length`, without allocating tokens. */
export function countWords(text: string): number {
  let count = 0;
  scanWords(text, () => {
    count += 1;
  });
  return count;
}
