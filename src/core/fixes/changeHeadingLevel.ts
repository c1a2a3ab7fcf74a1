import type { Heading } from '../markdown/ArticleDocument';
import type { TextEdit } from './QuickFix';

/** Rewrites a heading at another level: `#` marks for ATX headings, `===`/`---` or ATX for setext ones. */
export function changeHeadingLevel(text: string, heading: Heading, level: number): TextEdit {
  const source = text.slice(heading.range.start, heading.range.end);
  const atx = /^(#{1,6})(?=[ \t]|$)/.exec(source);
  if (atx) return { start: heading.range.start, end: heading.range.start + (atx[1]?.length ?? 0), text: '#'.repeat(level) };
  // Setext heading: only levels 1 and 2 exist with underlines; others become ATX.
  const underline = /(\r?\n)[ \t]*(=+|-+)[ \t]*$/.exec(source);
  if (underline && level <= 2) {
    const start = heading.range.start + underline.index + (underline[1]?.length ?? 0);
    return { start, end: heading.range.end, text: (level === 1 ? '=' : '-').repeat(Math.max(3, underline[2]?.length ?? 3)) };
  }
  return { start: heading.range.start, end: heading.range.end, text: `${'#'.repeat(level)} ${heading.text}` };
}
