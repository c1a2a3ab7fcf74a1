import type { SourceRange } from '../markdown/readFrontMatter';
import type { OutlineEntry } from './ReportModel';

/**
 * The section holding `offset`: from the last subheading (H2 and below) at or before it to the
 * next heading of the same level or higher, or the end of the text. Undefined before the first
 * subheading: a finding there is about the title, the introduction or the whole article.
 */
export function sectionAround(text: string, outline: readonly OutlineEntry[], offset: number): SourceRange | undefined {
  let opening: OutlineEntry | undefined;
  for (const entry of outline) {
    if (entry.range.start > offset) break;
    if (entry.level >= 2) opening = entry;
    else opening = undefined;
  }
  if (!opening) return undefined;
  const next = outline.find((entry) => entry.range.start > (opening as OutlineEntry).range.start && entry.level <= (opening as OutlineEntry).level);
  return { start: opening.range.start, end: next ? next.range.start : text.length };
}
