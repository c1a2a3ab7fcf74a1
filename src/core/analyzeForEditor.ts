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
import { ArticleDocument } from './markdown/ArticleDocument';
import { SiteIndex } from './site/SiteIndex';
import type { SiteArticle } from './site/SiteIndex';
import { ClosedArticleFindings } from './site/ClosedArticleFindings';
import type { ClosedFindingsAnswer, ClosedFindingsRequest } from './site/ClosedArticleFindings';
import { siteEntryOf } from './site/SiteEntry';
import type { SiteEntry } from './site/SiteEntry';
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
  /** Whether this analysis changed what the site index knows of the document (its title, anchors, links…): the other open articles are then checked again. */
  siteChanged: boolean;
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
  /** What is known of every article of the workspace, by path (the checks between articles read it). */
  private readonly siteArticles = new Map<string, SiteArticle>();
  /** Each article's entry by key (its URI), to judge it while it is not open (closedFindings). */
  private readonly siteEntries = new Map<string, SiteEntry>();
  private readonly closed = new ClosedArticleFindings();
  private site: SiteIndex | undefined;
  /** The workspace has been read whole: a Markdown file the index lacks is then missing, not unknown. */
  private siteComplete = false;

  constructor(private readonly limit = 8) {}

  /**
   * Reads an article that is not open (or not yet analysed) into the site index; whether that
   * changed what the index knew of it.
   */
  summarize(key: string, text: string): boolean {
    return this.index(key, text).changed;
  }

  /**
   * As `summarize`, and gives the article's entry back (its summary, subject and places): the
   * editor keeps it between sessions (its workspace index store) and hands it back through
   * `restore` instead of the text.
   */
  index(key: string, text: string): { changed: boolean; entry?: SiteEntry } {
    const path = filePathOfUri(key);
    if (path === undefined || !isSiteMember(key)) return { changed: false };
    const entry = siteEntryOf(new ArticleDocument(text, undefined, { fileName: path }), path);
    return { changed: this.remember(key, entry), entry };
  }

  /**
   * Puts an entry read earlier (by `index`, in an earlier session) into the site index without
   * parsing anything; its path is the key's (the entry is trusted for the rest: the editor
   * hands it back only for the same content and the same Plume version).
   */
  restore(key: string, entry: SiteEntry): boolean {
    const path = filePathOfUri(key);
    return path === undefined || !isSiteMember(key) ? false : this.remember(key, { ...entry, summary: { ...entry.summary, path }, subject: { ...entry.subject, path } });
  }

  /**
   * The findings between articles of every article of the site that is not open, as far as they
   * changed since last asked (see ClosedArticleFindings): a first slice, then `closedFindingsMore`
   * for the next ones, so that an analysis asked for meanwhile does not wait for the whole site.
   */
  closedFindings(request: ClosedFindingsRequest): ClosedFindingsAnswer {
    return this.closed.judge(this.siteEntries, this.siteIndex(), this.siteComplete, request);
  }

  closedFindingsMore(): ClosedFindingsAnswer {
    return this.closed.more(this.siteEntries, this.siteIndex());
  }

  /** Says the workspace has been read whole (see siteComplete). */
  completeSite(): void {
    this.siteComplete = true;
    this.site = undefined;
  }

  /** Drops a deleted article from the site index (another document of the same path, a proposal under review, is none of its). */
  removeFromSite(key: string): boolean {
    const path = filePathOfUri(key);
    if (path === undefined || !isSiteMember(key)) return false;
    this.siteEntries.delete(key);
    if (!this.siteArticles.delete(path)) return false;
    this.site = undefined;
    return true;
  }

  /** Keeps an article's entry; whether that changed what the site index knew of it (its summary). */
  private remember(key: string, entry: SiteEntry): boolean {
    this.siteEntries.set(key, entry);
    const article = entry.summary;
    const before = this.siteArticles.get(article.path);
    if (before && JSON.stringify(before) === JSON.stringify(article)) return false;
    this.siteArticles.set(article.path, article);
    this.site = undefined;
    return true;
  }

  private siteIndex(): SiteIndex | undefined {
    if (this.siteArticles.size === 0) return undefined;
    // Until the workspace has been read whole, a Markdown file the index lacks is unknown, not
    // missing (the editor does not ask the disk here); after, it is missing (or excluded).
    const complete = this.siteComplete;
    this.site ??= new SiteIndex(this.siteArticles.values(), () => !complete);
    return this.site;
  }

  /**
   * `key` is the document's URI, whose path names the file (keyphrase-in-slug and slug-length
   * read the slug from it when the front matter has none). `root` and `started`: the tree when it
   * was parsed beforehand, and when that began.
   */
  analyze(key: string, analysisId: number, text: string, layers: readonly (PlumeConfig | undefined)[], root?: Root, started = performance.now()): EditorAnalysis {
    const fileName = filePathOfUri(key);
    // Only the workspace's own files are articles of the site (not a proposal under review).
    const member = fileName !== undefined && isSiteMember(key);
    const site = member ? this.siteIndex() : undefined;
    const analysis = analyzeArticle(text, layers, root, fileName === undefined ? {} : { fileName, ...(site ? { site } : {}) });
    // The article as it now stands, for the others' checks: what changed there is theirs to see.
    const siteChanged = member && fileName !== undefined && this.remember(key, siteEntryOf(analysis.doc, fileName));
    this.kept.delete(key);
    this.kept.set(key, { analysisId, analysis });
    if (this.kept.size > this.limit) this.kept.delete(this.kept.keys().next().value as string);
    const { doc, findings, failures } = analysis;
    const headings = (level: number) => doc.headings.filter((heading) => heading.level === level).length;
    // The status bar's figures and the report's are the same: read once.
    const figures = articleFigures(doc);
    return {
      analysisId,
      findings,
      stats: { ...figures, headings: { 1: headings(1), 2: headings(2), 3: headings(3) } },
      report: buildReportModel(analysis, undefined, figures),
      siteChanged,
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

/** Files of the workspace, local or remote: what the site index holds. */
function isSiteMember(key: string): boolean {
  return /^(?:file|vscode-remote):/i.test(key);
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
