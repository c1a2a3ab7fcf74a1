// The workspace index between VS Code sessions: each article's entry (SiteEntry: its summary, and
// its subject with its places, which judge it while it is closed) with the content hash it was read
// from, so that a start reads and hashes every file but parses only those that changed. No `vscode` import: the file it lives in is a port (StoreFile), workspace.fs in the
// extension, a Map in the unit tests.
import type { SiteEntry } from '../../core/site/SiteEntry';

/** Where the store is kept: the extension's storage, never the workspace folder (not the writer's files). */
export interface StoreFile {
  /** The file's bytes; undefined when there is none yet. */
  read(): Promise<Uint8Array | undefined>;
  /** Replaces the file whole (a stopped write must never leave half a store: write, then rename). */
  write(bytes: Uint8Array): Promise<void>;
}

/** One article as stored: what its entry was read from, and the entry. */
export interface StoredSummary extends SiteEntry {
  hash: string;
}

/** The first line of the file names it, so that a file that is not Plume's is recognised as such. */
const FORMAT = 'plume-workspace-index';
// Bumped when the lines' shape changes (2: the subject and places beside the summary); Plume's
// version is checked too (a new version may summarise differently: its summaries are read again).
const FORMAT_VERSION = 2;
const NEWLINE = 0x0a;

/**
 * Gives the event loop back once `budgetMs` of work ran since it last had it, and measures the
 * longest run of work between two such moments (the build reports it). `resumed()` says the work
 * just came back from an await; `yielding()` that it is about to await.
 */
export class TimeSlicer {
  private since = performance.now();
  /** The longest run of work seen between two awaits, in ms. */
  longestMs = 0;
  // Half of a 16 ms frame: what runs between two pauses leaves the other half to the rest of the host.
  constructor(private readonly budgetMs = 8) {}

  resumed(): void {
    this.since = performance.now();
  }

  /** What ran longest (`what` of the `yielding` that ended it), for the log. */
  longestWhat = '';

  yielding(what = 'work'): void {
    const ran = performance.now() - this.since;
    if (ran <= this.longestMs) return;
    this.longestMs = ran;
    this.longestWhat = what;
  }

  /** Whether the budget is spent: the next `pause` gives the event loop back (work held in hand goes out first). */
  get due(): boolean {
    return performance.now() - this.since >= this.budgetMs;
  }

  async pause(what = 'work'): Promise<void> {
    if (!this.due) return;
    this.yielding(what);
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.resumed();
  }
}

/**
 * The entries of the workspace's articles by URI, as they were when last read. Stored as JSON
 * lines (one header, then one line per article) rather than one JSON value: 10,000 entries are
 * ≈ 24 MB (2.4 KB each on bench/corpus-fr, 2026-12-08: the summary 0.75 KB, the subject and its
 * places the rest), which one `JSON.parse` would hold the extension host with for far more than
 * a frame; line by line, the work pauses between lines (TimeSlicer).
 */
export class SummaryStore {
  private entries = new Map<string, StoredSummary>();
  private dirty = false;

  constructor(private readonly file: StoreFile, private readonly version: string, private readonly log: (message: string) => void) {}

  get size(): number {
    return this.entries.size;
  }

  /**
   * Replaces what is held by what the file holds; resolves to the number of summaries read. A
   * missing file is an empty store; a corrupt one, one from another format or another version of
   * Plume is ignored with one log line.
   */
  async load(slicer = new TimeSlicer()): Promise<number> {
    this.entries = new Map();
    this.dirty = false;
    let bytes: Uint8Array | undefined;
    try {
      bytes = await this.file.read();
    } catch (error) {
      this.log(`workspace index: the stored index could not be read (${error instanceof Error ? error.message : String(error)}); every article is read again`);
      return 0;
    }
    slicer.resumed();
    if (!bytes || bytes.length === 0) return 0;
    // Line by line from the bytes (a newline byte is never part of a UTF-8 sequence): decoding
    // and splitting 24 MB at once would be one long block of work.
    const decoder = new TextDecoder();
    const read = new Map<string, StoredSummary>();
    try {
      let start = 0;
      for (let number = 1; start < bytes.length; number++) {
        const newline = bytes.indexOf(NEWLINE, start);
        const end = newline < 0 ? bytes.length : newline;
        const line = decoder.decode(bytes.subarray(start, end));
        start = end + 1;
        if (number === 1) {
          const header = JSON.parse(line) as { format?: unknown; formatVersion?: unknown; version?: unknown };
          if (header?.format !== FORMAT || header.formatVersion !== FORMAT_VERSION) throw new Error('not a Plume index');
          if (header.version !== this.version) {
            this.log(`workspace index: the stored index is from Plume ${String(header.version)}, not ${this.version}: ignored, every article is read again`);
            return 0;
          }
          continue;
        }
        if (line === '') continue;
        const entry = JSON.parse(line) as { key?: unknown } & Partial<StoredSummary>;
        const key = entry.key;
        if (typeof key !== 'string' || !isStoredSummary(entry)) throw new Error(`line ${number} is not a summary`);
        read.set(key, { hash: entry.hash, summary: entry.summary, subject: entry.subject, places: entry.places });
        await slicer.pause('reading the store');
      }
    } catch (error) {
      this.log(`workspace index: the stored index is not readable (${error instanceof Error ? error.message : String(error)}): ignored, every article is read again`);
      return 0;
    }
    this.entries = read;
    slicer.yielding('reading the store');
    return read.size;
  }

  /** Forgets every summary (the next save writes an empty store); resolves to 0, the summaries kept. */
  clear(): number {
    this.dirty = this.entries.size > 0;
    this.entries = new Map();
    return 0;
  }

  /** The entry of `key` if it was read from this very content. */
  get(key: string, hash: string): SiteEntry | undefined {
    const stored = this.entries.get(key);
    return stored?.hash === hash ? { summary: stored.summary, subject: stored.subject, places: stored.places } : undefined;
  }

  set(key: string, hash: string, entry: SiteEntry): void {
    const stored = this.entries.get(key);
    if (stored?.hash === hash && JSON.stringify([stored.summary, stored.subject, stored.places]) === JSON.stringify([entry.summary, entry.subject, entry.places])) return;
    this.entries.set(key, { hash, summary: entry.summary, subject: entry.subject, places: entry.places });
    this.dirty = true;
  }

  delete(key: string): void {
    if (this.entries.delete(key)) this.dirty = true;
  }

  /** Keeps only `keys` (after a whole build: the files deleted while VS Code was closed go). */
  retain(keys: ReadonlySet<string>): void {
    for (const key of this.entries.keys()) {
      if (!keys.has(key)) {
        this.entries.delete(key);
        this.dirty = true;
      }
    }
  }

  /** Writes the store if it changed since it was read or written; resolves to whether it wrote. */
  async save(slicer = new TimeSlicer()): Promise<boolean> {
    if (!this.dirty) return false;
    this.dirty = false;
    slicer.resumed();
    // Encoded line by line, then copied into one buffer, pausing as it goes: one `join` and one
    // `encode` of 24 MB would be one long block of work.
    const encoder = new TextEncoder();
    const lines = [encoder.encode(`${JSON.stringify({ format: FORMAT, formatVersion: FORMAT_VERSION, version: this.version })}\n`)];
    let size = lines[0]!.length;
    for (const [key, entry] of this.entries) {
      const line = encoder.encode(`${JSON.stringify({ key, hash: entry.hash, summary: entry.summary, subject: entry.subject, places: entry.places })}\n`);
      lines.push(line);
      size += line.length;
      await slicer.pause('writing the store');
    }
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const line of lines) {
      bytes.set(line, offset);
      offset += line.length;
      await slicer.pause('writing the store');
    }
    try {
      slicer.yielding('writing the store');
      await this.file.write(bytes);
      return true;
    } catch (error) {
      this.dirty = true;
      this.log(`workspace index: the index could not be stored (${error instanceof Error ? error.message : String(error)})`);
      return false;
    }
  }
}

function isStoredSummary(entry: Partial<StoredSummary>): entry is StoredSummary {
  const summary = entry.summary as Partial<SiteEntry['summary']> | undefined;
  const subject = entry.subject as Partial<SiteEntry['subject']> | undefined;
  return (
    typeof entry.hash === 'string' &&
    typeof summary === 'object' &&
    summary !== null &&
    typeof summary.path === 'string' &&
    Array.isArray(summary.anchors) &&
    Array.isArray(summary.linksTo) &&
    typeof subject === 'object' &&
    subject !== null &&
    typeof subject.bodyStart === 'object' &&
    Array.isArray(subject.anchors) &&
    Array.isArray(subject.links) &&
    Array.isArray(entry.places)
  );
}
