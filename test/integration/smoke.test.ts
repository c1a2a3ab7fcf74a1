// Smoke suite: proves the harness reaches a real extension host with Plume loaded and the
// launcher's workspace open. The launchers copy the example article into that workspace as
// exemple.md (see launchers/workspace.mjs).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';

const EXTENSION_ID = 'plume.plume-seo';
// Compiled to out/test/integration/, three levels below the repository root.
const repositoryRoot = path.resolve(__dirname, '../../..');
const fixture = path.join(repositoryRoot, 'test/fixtures/example/article-blinken-azerbaidjan.txt');

function workspaceFolder(): vscode.WorkspaceFolder {
  const folders = vscode.workspace.workspaceFolders ?? [];
  assert.equal(folders.length, 1, 'the launcher opens exactly one workspace folder');
  return folders[0]!;
}

suite('smoke', () => {
  test('the workspace is the launcher’s copy of the example article', async () => {
    const folder = workspaceFolder();
    const article = vscode.Uri.joinPath(folder.uri, 'exemple.md');
    const bytes = await vscode.workspace.fs.readFile(article);
    assert.equal(Buffer.from(bytes).toString('utf8'), fs.readFileSync(fixture, 'utf8'));
  });

  test('a .md file opens as Markdown', async () => {
    const article = vscode.Uri.joinPath(workspaceFolder().uri, 'exemple.md');
    const document = await vscode.workspace.openTextDocument(article);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'markdown');
    assert.match(document.lineAt(0).text, /^Lors d’un appel téléphonique/);
  });

  test('Plume is installed and activates', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded in this extension host`);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });
});
