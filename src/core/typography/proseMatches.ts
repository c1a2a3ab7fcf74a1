// French typography lives on the text a reader reads: the typography checks look at each block's
// prose (headings, paragraphs, list items, table cells: code, URLs, link targets, HTML and front
// matter are not in it) and change only source characters that are that prose, one for one.
import type { TextEdit } from '../fixes/QuickFix';
import type { ArticleDocument } from '../markdown/ArticleDocument';
import { isTooComplex } from '../markdown/limitComplexity';
import type { SourceRange } from '../markdown/readFrontMatter';

/**
 * Whether French typography applies to `doc`: a French text (or one too short to tell), within
 * Plume's structure limits (past them, the rest is read as text: markdown-too-complex).
 */
export function typographyApplies(doc: ArticleDocument): boolean {
  return (doc.language.language === 'fr' || doc.language.language === 'unknown') && !isTooComplex(doc.text);
}

/** One place to change: the prose it covers, where that is in the source, and what it becomes. */
export interface TypographyEdit {
  /** The source characters that change (empty for an insertion). */
  range: SourceRange;
  /** Those characters as written (perhaps none), and as French typography writes them. */
  found: string;
  replacement: string;
  /** The whole match the rule read (the mark and its neighbours), for the message. */
  match: string;
}

/**
 * Every match of `pattern` in the prose of `doc` that `replace` turns into something else, as a
 * source edit of only the characters that differ (« i ? » → « i\u202f? » changes the space
 * alone). Those characters must be the same characters in the source, in a row (no markup, escape
 * or entity inside); an insertion goes right before the character it precedes in the prose, so
 * « **Pourquoi**? » becomes « **Pourquoi**\u202f? ». What cannot be mapped is left alone.
 * `pattern` must be global; `replace` gets the match and the block's text and returns the
 * replacement, or undefined to leave the match.
 */
export function proseMatches(doc: ArticleDocument, pattern: RegExp, replace: (match: RegExpExecArray, text: string) => string | undefined): TypographyEdit[] {
  const edits: TypographyEdit[] = [];
  for (const block of doc.blocks) {
    // Raw HTML keeps its attributes in the block's text: never touched.
    if (block.kind === 'html') continue;
    const text = block.text;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const found = match[0];
      if (found === '') {
        pattern.lastIndex++;
        continue;
      }
      const replacement = replace(match, text);
      if (replacement === undefined || replacement === found) continue;
      // Only what differs: the common start and end stay as they are.
      let head = 0;
      while (head < found.length && head < replacement.length && found[head] === replacement[head]) head++;
      let tail = 0;
      while (tail < found.length - head && tail < replacement.length - head && found[found.length - 1 - tail] === replacement[replacement.length - 1 - tail]) tail++;
      const from = match.index + head;
      const to = match.index + found.length - tail;
      const source = sourceRange(doc.text, block, text, from, to);
      if (!source) continue;
      edits.push({ range: source, found: text.slice(from, to), replacement: replacement.slice(head, replacement.length - tail), match: found });
    }
  }
  return edits;
}

/** Where prose characters [from, to) of a block are in the source, if they are there one for one. */
function sourceRange(source: string, block: { toSource(index: number): number }, text: string, from: number, to: number): SourceRange | undefined {
  if (from === to) {
    // An insertion: before the character at `from` as the source has it.
    if (from >= text.length) return undefined;
    const at = block.toSource(from);
    return source[at] === text[from] ? { start: at, end: at } : undefined;
  }
  const start = block.toSource(from);
  for (let i = from; i < to; i++) {
    if (block.toSource(i) !== start + (i - from) || source[start + (i - from)] !== text[i]) return undefined;
  }
  return { start, end: start + (to - from) };
}

/** The edit of one finding, for its quick fix. */
export const editOf = (edit: Pick<TypographyEdit, 'range' | 'replacement'>): TextEdit => ({ start: edit.range.start, end: edit.range.end, text: edit.replacement });

/** A match inside a web or e-mail address written as text: its punctuation is the address's. */
export function insideAddress(text: string, index: number): boolean {
  let start = index;
  while (start > 0 && !/\s/.test(text[start - 1] ?? '')) start--;
  let end = index;
  while (end < text.length && !/\s/.test(text[end] ?? '')) end++;
  const token = text.slice(start, end);
  return token.includes('://') || /^www\./i.test(token) || /\S@\S/.test(token);
}
