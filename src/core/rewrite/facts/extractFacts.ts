import type { ArticleDocument } from '../../markdown/ArticleDocument';
import type { Fact } from './Fact';
import { scanFacts } from './scanFacts';

/**
 * The numbers, dates, quotations and proper names of an article's prose (front matter title
 * and description included; code, URLs and image targets never), once each by kind and key, in
 * order of first appearance. The rules are in each finder: findNumbers, findDates, findQuotes,
 * findNames.
 */
export function extractFacts(doc: ArticleDocument): Fact[] {
  return scanFacts(doc).facts.map((fact) => ({ ...fact }));
}
