import * as vscode from 'vscode';
import type { Localized } from '../../core/checks/Check';
import { say, uiLanguage } from '../say';
import type { PlumeConfig } from '../../core/config/PlumeConfig';
import { CONFIG_FILE, configFolders, parseConfigText } from '../../core/config/configFile';

/**
 * Finds and reads the `.plumerc.json` that governs a document — the nearest one upwards from
 * its folder — the same file and rule as the CLI. Reads go
 * through `workspace.fs`, so it works in remote and web hosts too. A broken file is shown as
 * diagnostics on the file itself and ignored until fixed.
 */
export class PlumercLoader implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<PlumeConfig | undefined>>();
  /** The file found for each folder looked from with `remember` (null: none), until a `.plumerc.json` changes. */
  private readonly found = new Map<string, vscode.Uri | null>();
  private readonly problems = vscode.languages.createDiagnosticCollection('plume-config');
  private readonly watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when any `.plumerc.json` is created, changed or deleted. */
  readonly onDidChange = this.changed.event;

  constructor() {
    const reset = () => {
      this.cache.clear();
      this.found.clear();
      this.changed.fire();
    };
    this.watcher.onDidCreate(reset);
    this.watcher.onDidChange(reset);
    this.watcher.onDidDelete(reset);
  }

  /**
   * The config layer for a document, or undefined when no valid `.plumerc.json` applies.
   * `remember`: see findFile.
   */
  async configFor(uri: vscode.Uri, options: { remember?: boolean } = {}): Promise<PlumeConfig | undefined> {
    const file = await this.findFile(uri, options);
    if (!file) return undefined;
    let pending = this.cache.get(file.toString());
    if (!pending) {
      pending = this.read(file);
      this.cache.set(file.toString(), pending);
    }
    return pending;
  }

  /**
   * The `.plumerc.json` that governs a document, if any (the rule: src/core/config/configFile.ts).
   * `remember`: what each folder on the way found is kept until a `.plumerc.json` of the
   * workspace changes, so that the thousands of folders of a site cost one look each (the closed
   * articles' settings); an open document looks again each time, since its editor may be the
   * first to see a file created outside the workspace, which the watcher does not cover.
   */
  async findFile(uri: vscode.Uri, options: { remember?: boolean } = {}): Promise<vscode.Uri | undefined> {
    // A new file has no folder of its own: it is read from the workspace's, as the CLI reads
    // standard input from the current folder.
    const start = uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(uri, '..');
    if (!start) return undefined;
    const parentOf = (folder: vscode.Uri) => (folder.path === '/' || folder.path === '' ? undefined : vscode.Uri.joinPath(folder, '..'));
    const looked: string[] = [];
    let file: vscode.Uri | undefined;
    for (const folder of configFolders(start, parentOf)) {
      const known = options.remember ? this.found.get(folder.toString()) : undefined;
      if (known !== undefined) {
        file = known ?? undefined;
        break;
      }
      looked.push(folder.toString());
      const candidate = vscode.Uri.joinPath(folder, CONFIG_FILE);
      try {
        await vscode.workspace.fs.stat(candidate);
        file = candidate;
        break;
      } catch {
        // Not here: look in the parent folder.
      }
    }
    if (options.remember) for (const folder of looked) this.found.set(folder, file ?? null);
    return file;
  }

  private async read(file: vscode.Uri): Promise<PlumeConfig | undefined> {
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    } catch {
      // Deleted between the search and the read: the watcher will tell.
      return undefined;
    }
    const validation = parseConfigText(text, vscode.Uri.joinPath(file, '..').path);
    if (!validation.ok) {
      this.report(file, validation.errors);
      return undefined;
    }
    this.problems.delete(file);
    return validation.config;
  }

  private report(file: vscode.Uri, errors: Localized[]): void {
    const range = new vscode.Range(0, 0, 0, 1);
    const language = uiLanguage();
    this.problems.set(file, errors.map((error) => {
      const diagnostic = new vscode.Diagnostic(range, say('Plume configuration ignored: {0}', error[language]), vscode.DiagnosticSeverity.Error);
      diagnostic.source = 'Plume';
      return diagnostic;
    }));
  }

  dispose(): void {
    this.watcher.dispose();
    this.problems.dispose();
    this.changed.dispose();
  }
}
