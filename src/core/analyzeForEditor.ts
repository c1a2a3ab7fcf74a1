import type { Root } from 'mdast';
import { analyzeArticle } from './analyzeArticle';
import type { ArticleAnalysis } from './analyzeArticle';
import type { Finding } from './checks/Check';
import type { PlumeConfig } from './config/PlumeConfig';
import { articleFigures } from './figures/articleFigures';
import type { ArticleFigures } from './figures/articleFigures';
import { quickFixesFor } from './fixes/quickFixesFor';
import type { QuickFix } from './fixes/QuickFix';
import { buildReportModel } from './report/buildReportModel';
import type { ReportModel } from './report/ReportModel';

/** What an editor needs from one analysis, as plain data (it crosses a worker boundary). */
export interface EditorAnalysis {
  /** Names this analysis when the editor later asks for a finding's fixes (EditorAnalyses.fixes). */
  analysisId: number;
  /** Each carries its check's `fix` payload when it can be fixed; the edits are computed on demand. */
  findings: Finding[];
  /** The figures of the status bar's tooltip (the CLI's JSON figures) and the outline's counts. */
  stats: ArticleFigures & { headings: Record<1 | 2 | 3, number> };
  /** The SEO report of the same analysis (the view beside the editor): no second parse. */
  report: ReportModel;
  /** Checks that threw (bugs), for the log. */
  failures: { checkId: string; error: string }[];
  durationMs: number;
}

/**
 * The analyses an editor shows, one per document (`key`), each kept with its parsed document so
 * that a finding's quick fixes are computed only when the editor asks for them, on the very text
 * the finding came from. Used in the analysis worker, and in the extension host when no worker
 * can start. At most `limit` documents are kept (the least recently analysed go first).
 */
export class EditorAnalyses {
  private readonly kept = new Map<string, { analysisId: number; analysis: ArticleAnalysis }>();

  constructor(private readonly limit = 8) {}

  /**
   * `key` is the document's URI, whose path names the file (keyphrase-in-slug and slug-length
   * read the slug from it when the front matter has none). `root` and `started`: the tree when it
   * was parsed beforehand, and when that began.
   */
  analyze(key: string, analysisId: number, text: string, layers: readonly (PlumeConfig | undefined)[], root?: Root, started = performance.now()): EditorAnalysis {
    const fileName = filePathOfUri(key);
    const analysis = analyzeArticle(text, layers, root, fileName === undefined ? {} : { fileName });
    this.kept.delete(key);
    this.kept.set(key, { analysisId, analysis });
    if (this.kept.size > this.limit) this.kept.delete(this.kept.keys().next().value as string);
    const { doc, findings, failures } = analysis;
    const headings = (level: number) => doc.headings.filter((heading) => heading.level === level).length;
    return {
      analysisId,
      findings,
      stats: { ...articleFigures(doc), headings: { 1: headings(1), 2: headings(2), 3: headings(3) } },
      report: buildReportModel(analysis),
      failures: failures.map((failure) => ({ checkId: failure.checkId, error: String(failure.error) })),
      durationMs: performance.now() - started,
    };
  }

  /** The fixes of finding `index` of analysis `analysisId`; none once a newer analysis of the document replaced it. */
  fixes(key: string, analysisId: number, index: number): QuickFix[] {
    const kept = this.kept.get(key);
    const finding = kept?.analysisId === analysisId ? kept.analysis.findings[index] : undefined;
    return kept && finding ? quickFixesFor(kept.analysis.doc, finding, kept.analysis.settings) : [];
  }

  forget(key: string): void {
    this.kept.delete(key);
  }
}

/**
 * The decoded path of a document URI (`file:///blog/%C3%A9t%C3%A9.md` → `/blog/été.md`), for the
 * file name the slug checks fall back on. None for an untitled document (`untitled:Untitled-1`:
 * the name is VS Code's placeholder, not the file's) nor for a key that is no URI. Read here,
 * without `vscode.Uri`, since the analysis worker has no `vscode` module.
 */
export function filePathOfUri(key: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(key);
  if (!scheme?.[1] || scheme[1].toLowerCase() === 'untitled') return undefined;
  // RFC 3986: scheme, then `//authority` when present, then the path up to `?` or `#`.
  const path = key.slice(scheme[0].length).replace(/^\/\/[^/?#]*/, '').replace(/[?#].*$/, '');
  if (path === '') return undefined;
  try {
    return decodeURIComponent(path);
  } catch {
    return path; // a malformed escape: the path as written still names the file
  }
}
