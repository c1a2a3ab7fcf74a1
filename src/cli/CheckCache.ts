// `plume check --cache`: what an unchanged file gave last time, so a CI run or a pre-commit hook
// over a whole site analyses only what changed (as eslint's and markdownlint-cli2's caches do).
// Keyed by the file's content hash; a file's findings are reused only if its text, its
// configuration, the run's options and the site (every article's summary) are all the same.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Finding } from '../core/checks/Check';
import { hashText } from '../core/hashText';
import type { ArticleFigures } from '../core/figures/articleFigures';
import type { SiteArticle } from '../core/site/SiteIndex';

export const DEFAULT_CACHE_FILE = '.plumecache.json';

/** What a file's analysis left that the report needs: its findings (all of them) and its figures. */
export interface CachedAnalysis {
  findings: Finding[];
  figures: ArticleFigures;
  /** Where each finding is, 1-based, as the reports print it. */
  positions: { line: number; column: number; endLine: number; endColumn: number }[];
}

interface Entry {
  hash: string;
  summary?: SiteArticle;
  /** The run the analysis belongs to (configuration, options, site, version). */
  runKey?: string;
  analysis?: CachedAnalysis;
}

interface CacheData {
  /** Plume's version: a new version may judge differently, so its cache starts empty. */
  version: string;
  files: Record<string, Entry>;
}

// The one content hash, shared with VS Code's workspace index; re-exported for runCheckCommand.
export { hashText };

export class CheckCache {
  private data: CacheData;
  private dirty = false;

  /** Reads `file` (missing, unreadable or from another version: an empty cache). */
  constructor(private readonly file: string, private readonly version: string) {
    this.data = { version, files: {} };
    try {
      const read = JSON.parse(readFileSync(file, 'utf8')) as CacheData;
      if (read && read.version === version && typeof read.files === 'object') this.data = read;
    } catch {
      // No cache yet, or a broken one: start afresh.
    }
  }

  /** The summary of `path` as it was for this content, if known. */
  summary(path: string, hash: string): SiteArticle | undefined {
    const entry = this.data.files[path];
    return entry?.hash === hash ? entry.summary : undefined;
  }

  storeSummary(path: string, hash: string, summary: SiteArticle): void {
    const entry = this.data.files[path];
    this.data.files[path] = entry?.hash === hash ? { ...entry, summary } : { hash, summary };
    this.dirty = true;
  }

  /** The analysis of `path` for this content and this run, if known. */
  analysis(path: string, hash: string, runKey: string): CachedAnalysis | undefined {
    const entry = this.data.files[path];
    return entry?.hash === hash && entry.runKey === runKey ? entry.analysis : undefined;
  }

  storeAnalysis(path: string, hash: string, runKey: string, analysis: CachedAnalysis): void {
    const entry = this.data.files[path];
    this.data.files[path] = { ...(entry?.hash === hash ? entry : {}), hash, runKey, analysis };
    this.dirty = true;
  }

  /** Writes the cache if it changed (to a temporary file first, so a stopped run never leaves half a cache). */
  save(): void {
    if (!this.dirty) return;
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.data));
    renameSync(temporary, this.file);
  }
}

/** The key of what, besides a file's text, decides its findings. */
export function runKey(parts: unknown[]): string {
  return hashText(JSON.stringify(parts));
}
