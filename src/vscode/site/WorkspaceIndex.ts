import * as vscode from 'vscode';
import type { AnalysisClient } from '../../worker/AnalysisClient';
import { say } from '../say';

// A site is read once at start; past this many Markdown files the rest is left out (and said in
// the log), so that a monorepo of docs does not keep the worker busy for minutes.
const MAX_FILES = 20_000;
// Always left out, whatever files.exclude says: dependencies and build output are nobody's articles.
const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**'];

/**
 * The workspace's Markdown articles as the checks between articles see them (a keyphrase used
 * twice, a broken link or anchor, an orphan). The analysis worker holds the index; this reads the
 * files that are not open into it at start (in the background, the status bar showing how far),
 * follows the file system's changes, and says when the index changed so that the open articles
 * are checked again. Open documents update the index with each of their analyses.
 */
export class WorkspaceIndex implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when what the index knows changed (an article read, changed on disk, deleted). */
  readonly onDidChange = this.changed.event;
  /** Resolves when the first reading of the workspace is over. */
  readonly ready: Promise<void>;
  private stopped = false;

  constructor(private readonly analyzer: AnalysisClient, private readonly log: (message: string) => void, private readonly isOpen: (uri: vscode.Uri) => boolean) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown,mdx}');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.read(uri)),
      watcher.onDidChange((uri) => void this.read(uri)),
      watcher.onDidDelete((uri) => void this.remove(uri)),
      this.changed,
    );
    this.ready = this.readAll();
  }

  private excludes(): string {
    const filesExclude = vscode.workspace.getConfiguration('files').get<Record<string, boolean>>('exclude') ?? {};
    const plumeExclude = vscode.workspace.getConfiguration('plume').get<string[]>('files.exclude') ?? [];
    const patterns = [...ALWAYS_EXCLUDED, ...Object.entries(filesExclude).filter(([, on]) => on).map(([pattern]) => pattern), ...plumeExclude];
    return `{${patterns.join(',')}}`;
  }

  private async readAll(): Promise<void> {
    if (!vscode.workspace.workspaceFolders?.length) return;
    const started = Date.now();
    const files = await vscode.workspace.findFiles('**/*.{md,markdown,mdx}', this.excludes(), MAX_FILES + 1);
    if (files.length > MAX_FILES) this.log(`workspace index: over ${MAX_FILES} Markdown files, the rest is left out`);
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: say('Plume: reading the articles of the workspace') }, async (progress) => {
      let done = 0;
      for (const uri of files.slice(0, MAX_FILES)) {
        if (this.stopped) return;
        // An open document is read by its own analysis, with the text the writer sees.
        if (!this.isOpen(uri)) await this.summarize(uri);
        done++;
        if (done % 50 === 0) progress.report({ message: `${done}/${files.length}` });
      }
    });
    if (this.stopped) return;
    await this.analyzer.site({ complete: true }).catch(() => false);
    this.log(`workspace index: ${files.length} Markdown files read in ${Date.now() - started} ms`);
    this.changed.fire();
  }

  private async summarize(uri: vscode.Uri): Promise<boolean> {
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      return await this.analyzer.site({ summarize: { key: uri.toString(), text: new TextDecoder().decode(bytes) } });
    } catch (error) {
      this.log(`workspace index: ${uri.toString(true)} not read: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }

  private async read(uri: vscode.Uri): Promise<void> {
    if (this.isOpen(uri)) return;
    if (await this.summarize(uri)) this.changed.fire();
  }

  private async remove(uri: vscode.Uri): Promise<void> {
    if (await this.analyzer.site({ remove: uri.toString() }).catch(() => false)) this.changed.fire();
  }

  dispose(): void {
    this.stopped = true;
    for (const disposable of this.disposables) disposable.dispose();
  }
}
