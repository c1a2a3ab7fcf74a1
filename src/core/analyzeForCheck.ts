// One file's part of `plume check`: everything but the checks between articles, read in one
// parse. What it leaves is small and plain (it crosses a worker thread's boundary and goes into
// `--cache`): the findings with their places, the figures, the article's summary for the site
// index, and its subject for the checks between articles, which run once the whole site is known.
import type { Root } from 'mdast';
import { analyzeArticle } from './analyzeArticle';
import type { Finding } from './checks/Check';
import { articleFigures } from './figures/articleFigures';
import type { ArticleFigures } from './figures/articleFigures';
import type { PlumeConfig } from './config/PlumeConfig';
import type { ArticleDocument } from './markdown/ArticleDocument';
import { siteEntryOf } from './site/SiteEntry';
import type { SiteEntry } from './site/SiteEntry';

/** 1-based, as the reports print them. */
export interface FindingPosition {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** With its site entry: its summary for the site index, its subject and places for the checks between articles. */
export interface CheckedFile extends SiteEntry {
  /** The findings of the checks of the article alone, in document order. */
  findings: Finding[];
  positions: FindingPosition[];
  figures: ArticleFigures;
  /** Checks that threw, with the error's message: the others ran. */
  failures: { checkId: string; error: string }[];
}

/** Analyses `source` (the article at `path` in the site) without the checks between articles. */
export function analyzeForCheck(source: string, layers: readonly (PlumeConfig | undefined)[], options: { keyphrase?: string; path: string }, root?: Root): CheckedFile {
  // The file's path names the slug when the front matter has none (keyphrase-in-slug, slug-length).
  const analysis = analyzeArticle(source, layers, root, { keyphrase: options.keyphrase, fileName: options.path }, 'without');
  const { doc, findings } = analysis;
  return {
    findings,
    positions: findingPositions(doc, findings),
    figures: articleFigures(doc),
    ...siteEntryOf(doc, options.path),
    failures: analysis.failures.map(({ checkId, error }) => ({ checkId, error: error instanceof Error ? error.message : String(error) })),
  };
}

/** Where each finding is in `doc`, 1-based, as the reports print it. */
export function findingPositions(doc: ArticleDocument, findings: readonly Finding[]): FindingPosition[] {
  return findings.map((finding) => {
    const start = doc.lines.positionAt(finding.range.start);
    const end = doc.lines.positionAt(finding.range.end);
    return { line: start.line + 1, column: start.column + 1, endLine: end.line + 1, endColumn: end.column + 1 };
  });
}

/** The positions of findings on a subject, from the places kept with it. */
export function placedPositions(places: readonly number[], findings: readonly Finding[]): FindingPosition[] {
  const at = new Map<number, { line: number; column: number }>();
  for (let i = 0; i + 2 < places.length; i += 3) at.set(places[i] as number, { line: places[i + 1] as number, column: places[i + 2] as number });
  return findings.map((finding) => {
    const start = at.get(finding.range.start) ?? { line: 1, column: 1 };
    const end = at.get(finding.range.end) ?? start;
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  });
}
