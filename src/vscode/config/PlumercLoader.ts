import * as vscode from 'vscode';
import type { Localized } from '../../core/checks/Check';
import { say, uiLanguage } from '../say';
import { allChecks } from '../../core/checks/registry';
import type { PlumeConfig } from '../../core/config/PlumeConfig';
import { validateConfig } from '../../core/config/validateConfig';

export const PLUMERC = '.plumerc.json';

/**
 * Finds and reads the `.plumerc.json` that governs a document — the nearest one upwards from
 * its folder, within its workspace folder — the same file and rules as the CLI. Reads go
 * through `workspace.fs`, so it works in remote and web hosts too. A broken file is shown as
 * diagnostics on the file itself and ignored until fixed.
 */
export class PlumercLoader implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<PlumeConfig | undefined>>();
  private readonly problems = vscode.languages.createDiagnosticCollection('plume-config');
  private readonly watcher = vscode.workspace.createFileSystemWatcher(`**/${PLUMERC}`);
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when any `.plumerc.json` is created, changed or deleted. */
  readonly onDidChange = this.changed.event;

  constructor() {
    const reset = () => {
      this.cache.clear();
      this.changed.fire();
    };
    this.watcher.onDidCreate(reset);
    this.watcher.onDidChange(reset);
    this.watcher.onDidDelete(reset);
  }

  /** The config layer for a document, or undefined when no valid `.plumerc.json` applies. */
  async configFor(uri: vscode.Uri): Promise<PlumeConfig | undefined> {
    const file = await this.findFile(uri);
    if (!file) return undefined;
    let pending = this.cache.get(file.toString());
    if (!pending) {
      pending = this.read(file);
      this.cache.set(file.toString(), pending);
    }
    return pending;
  }

  /** The `.plumerc.json` that governs a document, if any. */
  async findFile(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || uri.scheme !== folder.uri.scheme) return undefined;
    let directory = vscode.Uri.joinPath(uri, '..');
    for (;;) {
      const candidate = vscode.Uri.joinPath(directory, PLUMERC);
      try {
        await vscode.workspace.fs.stat(candidate);
        return candidate;
      } catch {
        // Not here: go up, but never above the workspace folder.
      }
      if (directory.path.length <= folder.uri.path.length) return undefined;
      directory = vscode.Uri.joinPath(directory, '..');
    }
  }

  private async read(file: vscode.Uri): Promise<PlumeConfig | undefined> {
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      this.report(file, [{ fr: `JSON invalide : ${detail}`, en: `invalid JSON: ${detail}` }]);
      return undefined;
    }
    const validation = validateConfig(raw, allChecks);
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
