import type { ArticleDocument } from '../markdown/ArticleDocument';

/** The level a fragment's headings start at: one below the heading above `offset` (2 at the top). */
export function headingLevelAt(doc: ArticleDocument, offset: number): number {
  const above = doc.headings.filter((heading) => heading.range.start < offset).pop();
  return Math.min(6, (above?.level ?? 1) + 1);
}
