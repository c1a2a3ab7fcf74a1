import type { ArticleDocument } from '../markdown/ArticleDocument';
import { estimateTokens } from './estimateTokens';

/**
 * Cuts a long source into consecutive parts of at most `maxTokens` each, at headings when it
 * can, else at paragraph breaks; a part that still cannot fit is returned as it is (the caller
 * then reports `context-too-long`). The parts joined give back the source.
 */
export function splitForContext(doc: ArticleDocument, maxTokens: number): string[] {
  const text = doc.text;
  const body = doc.frontMatter?.range.end ?? 0;
  const headingCuts = doc.headings.filter((heading) => heading.level <= 3 && heading.range.start > body).map((heading) => heading.range.start);
  const paragraphCuts = doc.blocks.filter((block) => block.kind !== 'heading' && block.range.start > body).map((block) => block.range.start);
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    if (estimateTokens(text.slice(start)) <= maxTokens) {
      parts.push(text.slice(start));
      break;
    }
    const fits = (cut: number) => cut > start && estimateTokens(text.slice(start, cut)) <= maxTokens;
    const cut = [...headingCuts].reverse().find(fits) ?? [...paragraphCuts].reverse().find(fits) ?? paragraphCuts.find((candidate) => candidate > start) ?? text.length;
    parts.push(text.slice(start, cut));
    start = cut;
  }
  return parts;
}
