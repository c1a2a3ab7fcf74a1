// Shared by the integration suites: the workspace, Plume's API, and waiting for diagnostics.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { allChecks } from '../../src/core/checks/registry';
import type { PlumeApi } from '../../src/extension';

export const EXTENSION_ID = 'plume.plume-seo';

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the launcher opens a workspace folder');
  return folder;
}

export async function plume(): Promise<PlumeApi> {
  const extension = vscode.extensions.getExtension<PlumeApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded`);
  return extension.activate();
}

let counter = 0;

/** Writes a new Markdown file in the workspace and opens it in an editor. */
export async function openNewArticle(text: string, name = `article-${Date.now()}-${counter++}.md`): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.joinPath(workspaceFolder().uri, name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return document;
}

export function plumeDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'Plume');
}

export function idOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

/** The checks between articles: all a closed article gets (from the workspace index). */
export const BETWEEN_ARTICLES: ReadonlySet<string> = new Set(allChecks.filter((check) => check.needsSite).map((check) => check.id));

export function ids(uri: vscode.Uri): string[] {
  return plumeDiagnostics(uri).map(idOf);
}

/**
 * Polls until `predicate` holds (diagnostics are debounced and asynchronous). The deadline only
 * bounds a failure: a loaded CI machine may take many seconds where an idle one takes 300 ms.
 */
export async function waitFor<T>(what: string, read: () => T, predicate: (value: T) => boolean, timeoutMs = 45_000): Promise<T> {
  const started = Date.now();
  let value = read();
  while (!predicate(value)) {
    if (Date.now() - started > timeoutMs) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = read();
  }
  return value;
}

export function waitForIds(uri: vscode.Uri, what: string, predicate: (ids: string[]) => boolean): Promise<string[]> {
  return waitFor(what, () => ids(uri), predicate);
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('plume').update(key, value, vscode.ConfigurationTarget.Global);
}
