import * as vscode from 'vscode';
import { hashText } from '../../core/hashText';
import type { AnalysisClient } from '../../worker/AnalysisClient';
import { say, sayNumber } from '../say';
import { SummaryStore, TimeSlicer } from './SummaryStore';
import type { StoreFile } from './SummaryStore';

// A site is read once at start; past this many Markdown files the rest is left out (and said in
// the log), so that a monorepo of docs does not keep the worker busy for minutes.
const MAX_FILES = 20_000;
// Always left out, whatever files.exclude says: dependencies and build output are nobody's articles.
const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**'];
// The store is written this long after the last change a file event brought: a `git checkout`
// or a search-and-replace changes hundreds of files in a burst, and one write follows it.
const SAVE_DELAY_MS = 2_000;
// The status bar's count is redrawn at most this often (each redraw crosses to the workbench).
const PROGRESS_EVERY_MS = 100;
// File events say the index changed at most once this often: about the typing's own pace of
// re-checks (DiagnosticsController's SITE_RECHECK_MS is 600 ms).
const CHANGE_DELAY_MS = 500;
// Files read at once during a build (see build()).
const READS_IN_FLIGHT = 8;
// How many of the files a build summarised it names (IndexBuild.summarizedFiles).
const READ_SAMPLE = 100;
// The Markdown files of the site, as the build and the watcher look for them.
const MARKDOWN_GLOB = '**/*.{md,markdown,mdx}';
// A created path whose last segment looks like a file name (`index.html`, `a.md`) is not looked at
// as a possible new folder (see readNewFolder): a build writing thousands of files costs nothing.
const FILE_NAME = /\.[a-z0-9]{1,8}$/i;

export const REBUILD_INDEX_COMMAND = 'plume.rebuildIndex';
export const STOP_INDEX_COMMAND = 'plume.stopIndex';
/** True while the index is being built: the palette offers « stop » only then. */
const BUILDING_CONTEXT = 'plume.indexing';

/** How one reading of the workspace went (the log says it, the tests read it). */
export interface IndexBuild {
  /** The Markdown files found (at most MAX_FILES). */
  files: number;
  /** Files whose stored summary was the same content's: handed to the worker as is. */
  reused: number;
  /** Files read and summarised by the worker. */
  summarized: number;
  /** Which, the first READ_SAMPLE of them (the tests check that their own files were reused). */
  summarizedFiles: string[];
  /** Files the build went through before it ended or was stopped (open ones included). */
  done: number;
  stopped: boolean;
  ms: number;
  /**
   * The longest the build's own work held the host's thread between two awaits (reading the
   * store, hashing, decoding, posting, writing the store): what it adds to the event loop's delay.
   */
  longestSliceMs: number;
}

/**
 * The workspace's Markdown articles as the checks between articles see them (a keyphrase used
 * twice, a broken link or anchor, an orphan). The analysis worker holds the index; this reads the
 * files that are not open into it at start (in the background, the status bar showing how far),
 * follows the file system's changes, and says when the index changed so that the open articles
 * are checked again. Open documents update the index with each of their analyses.
 *
 * Between sessions, each summary is kept with the hash of the content it came from (SummaryStore,
 * in the extension's storage): at start every file is still read and hashed, but only the changed
 * ones are parsed.
 *
 * The work here runs on the extension host's thread (the worker does the parsing): one file at a
 * time, each read awaited, so that typing, other extensions and the workbench's messages are never
 * held up by the build (see TimeSlicer for the store's own loops).
 */
export class WorkspaceIndex implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when what the index knows changed (an article read, changed on disk, deleted). */
  readonly onDidChange = this.changed.event;
  /** Resolves when the first reading of the workspace is over (whole or stopped). */
  readonly ready: Promise<void>;
  /** How the last finished build went. */
  lastBuild: IndexBuild | undefined;
  /** The build under way: its progress, and how to stop it. */
  private current: { promise: Promise<IndexBuild | undefined>; stop: () => void; done: number; total: number } | undefined;
  private readonly store: SummaryStore | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<unknown> = Promise.resolve();
  private disposed = false;
  private pending = 0;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly storeLocation: vscode.Uri | undefined;
  // A status bar item of Plume's own rather than withProgress: the issue asks for the progress in
  // the status bar, and a writer expects a background job that runs at every start to stay out of
  // the way there, not to pop a notification each time (VS Code's only cancellable progress is
  // a notification, `cancellable` being ignored in the Window location). A click on it stops the
  // build: a deliberate gesture on the very thing that says what runs, with « Plume : Relire les
  // articles du dossier » to start it again, so no confirmation is asked.
  private readonly item = vscode.window.createStatusBarItem('plume.index', vscode.StatusBarAlignment.Left, 0);

  constructor(
    private readonly analyzer: AnalysisClient,
    private readonly log: (message: string) => void,
    private readonly isOpen: (uri: vscode.Uri) => boolean,
    storeFile?: StoreFile & { uri?: vscode.Uri },
    version = '',
  ) {
    this.storeLocation = storeFile?.uri;
    this.store = storeFile ? new SummaryStore(storeFile, version, log) : undefined;
    this.item.name = say('Plume: workspace index');
    this.item.command = STOP_INDEX_COMMAND;
    const watcher = vscode.workspace.createFileSystemWatcher(MARKDOWN_GLOB);
    // Created paths only, for new folders (the ext host filters every file event by glob anyway).
    const created = vscode.workspace.createFileSystemWatcher('**/*', false, true, true);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.read(uri)),
      watcher.onDidChange((uri) => void this.read(uri)),
      watcher.onDidDelete((uri) => void this.remove(uri)),
      created,
      created.onDidCreate((uri) => void this.readNewFolder(uri)),
      this.changed,
      this.item,
    );
    this.ready = this.rebuild().then(() => undefined);
  }

  /** How far the build under way is, if one is. */
  get progress(): { done: number; total: number } | undefined {
    return this.current ? { done: this.current.done, total: this.current.total } : undefined;
  }

  /** The build under way, if any (tests await it). */
  get building(): Promise<IndexBuild | undefined> | undefined {
    return this.current?.promise;
  }

  /**
   * Reads the workspace again, a build under way stopped first. The store's summaries are reused
   * unless `fresh` (the integration test measures the cold build with it).
   */
  async rebuild(options: { fresh?: boolean } = {}): Promise<IndexBuild | undefined> {
    const previous = this.current;
    if (previous) {
      previous.stop();
      await previous.promise;
    }
    if (this.disposed || !vscode.workspace.workspaceFolders?.length) return undefined;
    let stopped = false;
    const current = { promise: Promise.resolve<IndexBuild | undefined>(undefined), stop: () => (stopped = true), done: 0, total: 0 };
    this.current = current;
    void vscode.commands.executeCommand('setContext', BUILDING_CONTEXT, true);
    current.promise = this.build(current, () => stopped || this.disposed, options.fresh === true).finally(() => {
      if (this.current === current) {
        this.current = undefined;
        this.item.hide();
        void vscode.commands.executeCommand('setContext', BUILDING_CONTEXT, false);
      }
    });
    return current.promise;
  }

  /** Stops the build under way, keeping what it read; false when none runs. */
  stop(): boolean {
    if (!this.current) return false;
    this.current.stop();
    return true;
  }

  private excludes(): string {
    const filesExclude = vscode.workspace.getConfiguration('files').get<Record<string, boolean>>('exclude') ?? {};
    const plumeExclude = vscode.workspace.getConfiguration('plume').get<string[]>('files.exclude') ?? [];
    const patterns = [...ALWAYS_EXCLUDED, ...Object.entries(filesExclude).filter(([, on]) => on).map(([pattern]) => pattern), ...plumeExclude];
    return `{${patterns.join(',')}}`;
  }

  private async build(current: { done: number; total: number }, stopped: () => boolean, fresh: boolean): Promise<IndexBuild> {
    const started = performance.now();
    const slicer = new TimeSlicer();
    // What file events changed since the last write is on disk before the store is read again.
    await this.flush();
    const stored = this.store ? (fresh ? this.store.clear() : await this.store.load(slicer)) : 0;
    const found = await vscode.workspace.findFiles(MARKDOWN_GLOB, this.excludes(), MAX_FILES + 1);
    if (found.length > MAX_FILES) this.log(`workspace index: over ${MAX_FILES} Markdown files, the rest is left out`);
    const files = found.slice(0, MAX_FILES);
    current.total = files.length;
    const result: IndexBuild = { files: files.length, reused: 0, summarized: 0, summarizedFiles: [], done: 0, stopped: false, ms: 0, longestSliceMs: 0 };
    let shown = 0;
    let next = 0;
    // A few reads in flight: each workspace.fs.readFile is a round trip to the workbench (≈ 6 ms
    // in code-server on the 2-core VM, where hashing and the worker's answer take < 0.5 ms), so one
    // at a time would leave the host idle most of the build. Eight keep the worker fed without
    // flooding the channel; each lane still awaits its read, so the host's thread is given back
    // between files.
    const lane = async () => {
      while (next < files.length) {
        if (stopped()) return;
        const uri = files[next++]!;
        // An open document is read by its own analysis, with the text the writer sees.
        if (!this.isOpen(uri)) {
          const outcome = await this.readFile(uri, slicer);
          if (outcome?.reused) result.reused++;
          else if (outcome && ++result.summarized <= READ_SAMPLE) result.summarizedFiles.push(uri.toString());
        }
        current.done = ++result.done;
        if (performance.now() - shown >= PROGRESS_EVERY_MS) {
          shown = performance.now();
          this.showProgress(current.done, current.total);
        }
      }
    };
    await Promise.all(Array.from({ length: READS_IN_FLIGHT }, lane));
    // Stopped once every file was read, it is a whole build all the same.
    result.stopped = result.done < files.length;
    if (!result.stopped && !this.disposed) {
      await this.analyzer.site({ complete: true }).catch(() => false);
      // Files deleted while VS Code was closed leave the store (a stopped build saw only some).
      slicer.resumed();
      this.store?.retain(new Set(files.map((uri) => uri.toString())));
      slicer.yielding('pruning the store');
    }
    await this.flush(slicer);
    result.ms = Math.round(performance.now() - started);
    result.longestSliceMs = Math.round(slicer.longestMs * 10) / 10;
    this.lastBuild = result;
    const counts = `${result.reused} reused from the stored index (${stored} stored), ${result.summarized} read; longest work on the host's thread ${result.longestSliceMs} ms (${slicer.longestWhat || 'none'})`;
    if (result.stopped) {
      this.log(`workspace index: stopped after ${result.done} of ${result.files} Markdown files in ${result.ms} ms (${counts}); what was read is kept, « Plume: Re-read the Workspace Articles » reads them all again`);
    } else {
      this.log(`workspace index: ${result.files} Markdown files in ${result.ms} ms: ${counts}`);
    }
    if (!this.disposed) this.changed.fire();
    return result;
  }

  private showProgress(done: number, total: number): void {
    this.item.text = `$(sync~spin) ${say('Plume: index {0}/{1}', sayNumber(done), sayNumber(total))}`;
    this.item.tooltip = say('Plume is reading the workspace’s articles for the checks between them. Click to stop (« Plume: Re-read the Workspace Articles » starts again).');
    this.item.show();
  }

  /**
   * Reads one file into the worker's index: its stored summary when the content is the one it
   * was read from, else its text. Undefined when it could not be read.
   */
  private async readFile(uri: vscode.Uri, slicer?: TimeSlicer): Promise<{ changed: boolean; reused: boolean } | undefined> {
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      // What runs on the host's thread between two awaits, measured (IndexBuild.longestSliceMs).
      slicer?.resumed();
      const key = uri.toString();
      // The bytes, not the decoded text: no decoding for a file whose summary is reused. SHA-256
      // runs at ≈ 0.5 GB/s, so even a 2 MB article (inputLimits) is hashed within 4 ms.
      const hash = hashText(bytes);
      const stored = this.store?.get(key, hash);
      if (stored) {
        const restored = this.analyzer.restoreEntry(key, stored);
        slicer?.yielding('hashing and posting a summary');
        return { changed: await restored, reused: true };
      }
      const indexed = this.analyzer.indexText(key, new TextDecoder().decode(bytes));
      slicer?.yielding('hashing, decoding and posting a text');
      const { changed, entry } = await indexed;
      if (entry) this.store?.set(key, hash, entry);
      return { changed, reused: false };
    } catch (error) {
      this.log(`workspace index: ${uri.toString(true)} not read: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  private async read(uri: vscode.Uri): Promise<void> {
    if (!this.isOpen(uri)) await this.readIfIndexed(uri, false);
  }

  /**
   * Reads a document whose editor was just closed from the disk: while open, the index held the
   * editor's text (unsaved changes went with the editor); closed, it is judged from what the disk
   * holds. One the build would not read (excluded, outside the workspace, deleted) leaves the
   * index, where its analysis had put it.
   */
  reread(uri: vscode.Uri): Promise<void> {
    return this.readIfIndexed(uri, true);
  }

  private async readIfIndexed(uri: vscode.Uri, removeElse: boolean): Promise<void> {
    if (this.disposed) return;
    this.pending++;
    try {
      // The watcher sees every Markdown file; the index holds only those the build reads.
      if (!(await this.isIndexed(uri))) {
        if (removeElse) await this.remove(uri);
        return;
      }
      const outcome = await this.readFile(uri);
      this.saveSoon();
      if (outcome?.changed) this.changedSoon();
    } finally {
      this.pending--;
    }
  }

  /**
   * Reads the Markdown files of a folder just created. A file written in a new folder can come
   * before the watcher follows that folder, and then it has no event of its own (code-server's
   * watcher missed the first file of a new folder in about one run of five of the integration
   * tests, 2026-12-08): the folder's own event is not missed, so its files are looked for once.
   */
  private async readNewFolder(uri: vscode.Uri): Promise<void> {
    if (this.disposed || FILE_NAME.test(uri.path) || /\/(?:node_modules|\.git)(?:\/|$)/.test(uri.path)) return;
    this.pending++;
    try {
      const stat = await vscode.workspace.fs.stat(uri).then(
        (found) => found,
        () => undefined,
      );
      if (stat?.type !== vscode.FileType.Directory) return;
      const found = await this.indexedUnder(uri, `/${MARKDOWN_GLOB}`, MAX_FILES);
      let changed = false;
      // The search applied the build's excludes: each file found is one the build would read.
      for (const file of found) if (!this.isOpen(file) && (await this.readFile(file))?.changed) changed = true;
      this.saveSoon();
      if (changed) this.changedSoon();
    } finally {
      this.pending--;
    }
  }

  /** Files that file events are reading now (a burst of them follows a `git checkout`; tests wait for 0). */
  get pendingReads(): number {
    return this.pending;
  }

  /** Where the summaries are kept between sessions, if anywhere. */
  get storeUri(): vscode.Uri | undefined {
    return this.storeLocation;
  }

  /**
   * Whether the build would read `uri`: asked of VS Code's own search, with the file's name as the
   * pattern and the same excludes (files.exclude, plume.files.exclude), so both agree on every glob.
   */
  private async isIndexed(uri: vscode.Uri): Promise<boolean> {
    return (await this.indexedUnder(uri, '', 1)).length > 0;
  }

  /**
   * The files the build would read at `uri` + `below` (`''`: the file itself), asked of VS Code's
   * search with the build's excludes, matched from the workspace folder as the build matches them.
   */
  private async indexedUnder(uri: vscode.Uri, below: string, most: number): Promise<vscode.Uri[]> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return [];
    // The path from the workspace folder, its glob characters matched literally (a name with « [ »
    // or « * » is still itself).
    const relative = vscode.workspace.asRelativePath(uri, false).replace(/[[{}*?]/g, (character) => `[${character}]`);
    return vscode.workspace.findFiles(new vscode.RelativePattern(folder, `${relative}${below}`), this.excludes(), most);
  }

  private async remove(uri: vscode.Uri): Promise<void> {
    this.store?.delete(uri.toString());
    this.saveSoon();
    if (await this.analyzer.site({ remove: uri.toString() }).catch(() => false)) this.changedSoon();
  }

  /**
   * Says the index changed at most once per CHANGE_DELAY_MS: each time, every open article is
   * checked again, and a `git checkout` of 2,000 articles must not start 2,000 rounds of that. The
   * first change of a burst sets the time (later ones do not push it back, so that a steady trickle
   * of events cannot hold the re-check off for ever).
   */
  private changedSoon(): void {
    if (this.disposed || this.changeTimer) return;
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      this.changed.fire();
    }, CHANGE_DELAY_MS);
  }

  private saveSoon(): void {
    if (!this.store || this.disposed) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** Writes the store now if it changed (one write at a time). */
  flush(slicer?: TimeSlicer): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const store = this.store;
    if (!store) return Promise.resolve();
    this.saving = this.saving.then(() => store.save(slicer)).catch(() => undefined);
    return this.saving.then(() => undefined);
  }

  dispose(): void {
    this.disposed = true;
    this.current?.stop();
    clearTimeout(this.changeTimer);
    // Best effort: VS Code does not wait for a write begun while the window closes.
    if (this.saveTimer) void this.flush();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/**
 * The store's file in the extension's storage for this workspace (`storageUri`), or the global one
 * when there is no workspace storage; never the workspace folder, which holds the writer's files.
 */
export function storeFileIn(folder: vscode.Uri): StoreFile & { uri: vscode.Uri } {
  const uri = vscode.Uri.joinPath(folder, 'workspace-index.jsonl');
  return {
    uri,
    async read() {
      try {
        return await vscode.workspace.fs.readFile(uri);
      } catch (error) {
        if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
        throw error;
      }
    },
    async write(bytes) {
      await vscode.workspace.fs.createDirectory(folder);
      const temporary = vscode.Uri.joinPath(folder, 'workspace-index.jsonl.tmp');
      await vscode.workspace.fs.writeFile(temporary, bytes);
      await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
    },
  };
}
