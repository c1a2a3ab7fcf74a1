// `plume check --cache`: what an unchanged file gave last time, so a CI run or a pre-commit hook
// over a whole site analyses only what changed (as eslint's and markdownlint-cli2's caches do).
// Keyed by the file's content hash; a file's analysis is reused only if its text, its
// configuration and the run's options are the same. The checks between articles are not cached:
// they run on every run, on the summaries (cheap), so a change elsewhere in the site never makes
// an unchanged file's analysis stale.
//
// The cache file is JSON lines: a header, then one line per file — `[path, hash, runKey]`, a tab,
// then the analysis. Only the heads are read at start (≈ 150 bytes a file); an analysis is read
// from the file when it is asked for, and a new one is written to the next cache file at once, so
// the run's memory does not grow with the size of the cache (issue 14's memory bound).
import { closeSync, openSync, readSync, renameSync } from 'node:fs';
import { hashText } from '../core/hashText';
import type { CheckedFile } from '../core/analyzeForCheck';
import { LineWriter, readLines } from './lineFiles';

export const DEFAULT_CACHE_FILE = '.plumecache.json';

// Changes whenever what a cache file holds changes (its layout, or what an analysis keeps): 5
// since summaries and subjects carry the prominent words (link-suggestion).
const FORMAT = 5;

/** Where an analysis is in the cache file read at start, and what it was made for. */
interface Head {
  hash: string;
  runKey: string;
  /** Its bytes in the file read at start. */
  start: number;
  end: number;
}

// The re-export for runCheckCommand: the one content hash, shared with VS Code's workspace index.
export { hashText };

export class CheckCache {
  private readonly heads = new Map<string, Head>();
  /** The cache file read at start, open while the run reads analyses from it. */
  private readonly previous: number | undefined;
  /** The next cache file, written as analyses are stored; created at the first one. */
  private next: { writer: LineWriter; file: string } | undefined;
  /** Files whose entry the next cache file already holds. */
  private readonly stored = new Set<string>();

  /** Reads the heads of `file` (missing, unreadable, broken or from another version: an empty cache). */
  constructor(private readonly file: string, private readonly version: string) {
    let fd: number | undefined;
    try {
      fd = openSync(file, 'r');
      let header = true;
      for (const line of readLines(fd)) {
        if (header) {
          const read = JSON.parse(line.bytes.toString('utf8')) as { format?: unknown; version?: unknown };
          if (read?.format !== FORMAT || read.version !== version) throw new Error('another version');
          header = false;
          continue;
        }
        const tab = line.bytes.indexOf(0x09);
        if (tab < 0) continue;
        const [path, hash, runKey] = JSON.parse(line.bytes.subarray(0, tab).toString('utf8')) as [string, string, string];
        this.heads.set(path, { hash, runKey, start: line.start + tab + 1, end: line.start + line.bytes.length });
      }
    } catch {
      // No cache yet, a broken one or another version's: start afresh.
      this.heads.clear();
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    }
    this.previous = fd;
  }

  /** The analysis of `path` for this content and this run, if known. */
  analysis(path: string, hash: string, runKey: string): CheckedFile | undefined {
    const head = this.heads.get(path);
    if (this.previous === undefined || !head || head.hash !== hash || head.runKey !== runKey) return undefined;
    const bytes = Buffer.allocUnsafe(head.end - head.start);
    try {
      readSync(this.previous, bytes, 0, bytes.length, head.start);
      return JSON.parse(bytes.toString('utf8')) as CheckedFile;
    } catch {
      return undefined;
    }
  }

  storeAnalysis(path: string, hash: string, runKey: string, analysis: CheckedFile): void {
    this.write(`${JSON.stringify([path, hash, runKey])}\t${JSON.stringify(analysis)}\n`);
    this.stored.add(path);
  }

  /**
   * Writes the cache if it changed: the entries stored by this run, then the others as they were
   * (the files of other runs too), into a temporary file renamed over the old one — so a stopped
   * run never leaves half a cache.
   */
  save(): void {
    if (!this.next) {
      if (this.previous !== undefined) closeSync(this.previous);
      return;
    }
    if (this.previous !== undefined) {
      for (const line of readLines(this.previous)) {
        const tab = line.bytes.indexOf(0x09);
        if (tab < 0) continue;
        const [path] = JSON.parse(line.bytes.subarray(0, tab).toString('utf8')) as [string];
        if (!this.stored.has(path)) this.write(`${line.bytes.toString('utf8')}\n`);
      }
      closeSync(this.previous);
    }
    this.next.writer.flush();
    closeSync(this.next.writer.fd);
    renameSync(this.next.file, this.file);
  }

  private write(line: string): void {
    if (!this.next) {
      const file = `${this.file}.${process.pid}.tmp`;
      this.next = { writer: new LineWriter(openSync(file, 'w')), file };
      this.next.writer.write(`${JSON.stringify({ format: FORMAT, version: this.version })}\n`);
    }
    this.next.writer.write(line);
  }
}

/** The key of what, besides a file's text, decides its findings. */
export function runKey(parts: unknown[]): string {
  return hashText(JSON.stringify(parts));
}
