// `plume check --cache`: what an unchanged file gave last time, so a CI run or a pre-commit hook
// over a whole site analyses only what changed (as eslint's and markdownlint-cli2's caches do).
// Keyed by the file's content hash; a file's analysis is reused only if its text, its
// configuration and the run's options are the same. The checks between articles are not cached:
// they run on every run, on the summaries (cheap), so a change elsewhere in the site never makes
// an unchanged file's analysis stale.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { hashText } from '../core/hashText';
import type { CheckedFile } from '../core/analyzeForCheck';

export const DEFAULT_CACHE_FILE = '.plumecache.json';

// What a cache file holds changes with this number (besides Plume's version): 2 since the checks
// between articles run on the summaries, outside the cached analysis.
const FORMAT = 2;

interface Entry {
  hash: string;
  /** The run the analysis belongs to (configuration, options). */
  runKey: string;
  analysis: CheckedFile;
}

interface CacheData {
  /** Plume's version: a new version may judge differently, so its cache starts empty. */
  version: string;
  format: number;
  files: Record<string, Entry>;
}

// The one content hash, shared with VS Code's workspace index; re-exported for runCheckCommand.
export { hashText };

export class CheckCache {
  private data: CacheData;
  private dirty = false;

  /** Reads `file` (missing, unreadable or from another version: an empty cache). */
  constructor(private readonly file: string, private readonly version: string) {
    this.data = { version, format: FORMAT, files: {} };
    try {
      const read = JSON.parse(readFileSync(file, 'utf8')) as CacheData;
      if (read && read.version === version && read.format === FORMAT && typeof read.files === 'object') this.data = read;
    } catch {
      // No cache yet, or a broken one: start afresh.
    }
  }

  /** The analysis of `path` for this content and this run, if known. */
  analysis(path: string, hash: string, runKey: string): CheckedFile | undefined {
    const entry = this.data.files[path];
    return entry?.hash === hash && entry.runKey === runKey ? entry.analysis : undefined;
  }

  storeAnalysis(path: string, hash: string, runKey: string, analysis: CheckedFile): void {
    this.data.files[path] = { hash, runKey, analysis };
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
