// Sentences of one block of prose (paragraph, heading, list item, table cell), French rules:
// a sentence ends after . ! ? … (or a run of them, « ?! », « ... »), plus any closing quotes or
// brackets, when whitespace and the start of a new sentence follow. What a quotation says
// inside « » or “ ” belongs to the sentence that quotes it.
import { isAbbreviationBefore } from './isAbbreviationBefore';
import { isSpaceAt } from './isSpaceAt';

export interface SentenceSpan {
  /** UTF-16 offset of the first non-whitespace character of the sentence. */
  start: number;
  /** UTF-16 offset just past its last non-whitespace character. */
  end: number;
}

const TERMINATORS = '.!?…';
const OPENING_QUOTES = '«“';
const CLOSING_QUOTES = '»”';
// May follow the terminators and still belong to the sentence: « fini. » / (voir plus bas.)
const CLOSERS = '»”")]';
// A new sentence starts with a capital, a digit, an opening quote or bracket, or the dash that
// opens a line of dialogue. French sentences never start lowercase, so « etc. et » does not split.
const OPENERS = '«“"([–—';
// Markdown emphasis a new sentence may start with (« fin. **Ensuite** »).
const EMPHASIS = '*_';
const QUOTES = /[«»“”]/g;
const SIGNIFICANT = /[.!?…«»“”]/g;
const UPPERCASE_OR_DIGIT = /[\p{Lu}\p{Lt}\p{Nd}]/u;


function startsUpperOrDigit(text: string, index: number): boolean {
  const code = text.codePointAt(index);
  // ASCII: the class above is exactly A–Z and 0–9.
  if (code !== undefined && code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return code !== undefined && UPPERCASE_OR_DIGIT.test(String.fromCodePoint(code));
}

/**
 * Guillemets and curly quotes that have a partner in the block. An unmatched opening « (a
 * quotation that runs on into the next paragraph, a typo) must not swallow every sentence after
 * it, so only matched pairs raise the depth. One stack pass: linear.
 */
function findMatchedQuotes(text: string): Set<number> {
  const matched = new Set<number>();
  const open: number[] = [];
  QUOTES.lastIndex = 0;
  for (let match = QUOTES.exec(text); match !== null; match = QUOTES.exec(text)) {
    if (OPENING_QUOTES.includes(match[0])) {
      open.push(match.index);
    } else {
      const opener = open.pop();
      if (opener !== undefined) {
        matched.add(opener);
        matched.add(match.index);
      }
    }
  }
  return matched;
}

/** Index just past the closers that follow `index`, allowing the French space before « » ». */
function skipClosers(text: string, index: number): number {
  let i = index;
  for (;;) {
    if (CLOSERS.includes(text[i] ?? '\0')) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < text.length && isSpaceAt(text, j)) j += 1;
    if (j > i && text[j] === '»') {
      i = j + 1;
      continue;
    }
    return i;
  }
}

/**
 * Where the sentence ends if `index` is the end of a terminator run plus closers: `index` itself
 * when whitespace and a sentence start (or the end of the text) follow, else -1.
 */
function confirmBoundary(text: string, index: number): number {
  let next = index;
  while (next < text.length && isSpaceAt(text, next)) next += 1;
  if (next === text.length) return index;
  if (next === index) return -1;
  const ch = text[next] ?? '';
  if (OPENERS.includes(ch) || startsUpperOrDigit(text, next)) return index;
  if (EMPHASIS.includes(ch)) {
    while (next < text.length && EMPHASIS.includes(text[next] ?? '')) next += 1;
    if (startsUpperOrDigit(text, next)) return index;
  }
  return -1;
}

/** Splits one block of prose into sentences; linear in the length of `text`. */
export function splitSentences(text: string): SentenceSpan[] {
  const matched = findMatchedQuotes(text);
  const ends: number[] = [];
  let depth = 0;
  // Jumps from one quote or terminator to the next: prose is mostly neither.
  SIGNIFICANT.lastIndex = 0;
  for (let match = SIGNIFICANT.exec(text); match !== null; match = SIGNIFICANT.exec(text)) {
    const ch = match[0];
    let i = match.index;
    if (OPENING_QUOTES.includes(ch)) {
      if (matched.has(i)) depth += 1;
      continue;
    }
    if (CLOSING_QUOTES.includes(ch)) {
      if (!matched.has(i)) continue;
      depth = Math.max(0, depth - 1);
      // « C’est fini. » Puis… : the quotation ended its sentence, which ends at the ».
      let before = i - 1;
      while (before >= 0 && isSpaceAt(text, before)) before -= 1;
      if (depth === 0 && TERMINATORS.includes(text[before] ?? '\0')) {
        const end = confirmBoundary(text, skipClosers(text, i + 1));
        if (end >= 0) {
          ends.push(end);
          SIGNIFICANT.lastIndex = end;
        }
      }
      continue;
    }
    const runStart = i;
    while (i < text.length && TERMINATORS.includes(text[i] ?? '\0')) i += 1;
    SIGNIFICANT.lastIndex = i;
    if (depth > 0) continue;
    const end = confirmBoundary(text, skipClosers(text, i));
    if (end < 0) continue;
    if (i - runStart === 1 && ch === '.' && isAbbreviationBefore(text, runStart, end)) continue;
    ends.push(end);
    SIGNIFICANT.lastIndex = end;
  }
  return toSpans(text, ends);
}

/** Cuts `text` at `ends` and trims each piece of whitespace, dropping empty pieces. */
function toSpans(text: string, ends: readonly number[]): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let from = 0;
  for (const cut of [...ends, text.length]) {
    let start = from;
    let end = cut;
    while (start < end && isSpaceAt(text, start)) start += 1;
    while (end > start && isSpaceAt(text, end - 1)) end -= 1;
    if (end > start) spans.push({ start, end });
    from = cut;
  }
  return spans;
}
