// The checks between articles in a real extension host: the workspace index reads the articles
// that are not open, follows the ones being edited, and an article's findings follow the others.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, idOf, openNewArticle, plume, plumeDiagnostics, setSetting, waitFor, workspaceFolder } from './helpers';

/** Opens a new article in a tab of its own (not a preview tab, which the next one would replace). */
async function openPinned(text: string, name?: string): Promise<vscode.TextDocument> {
  const document = await openNewArticle(text, name);
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

const brokenMessages = (uri: vscode.Uri) => plumeDiagnostics(uri).filter((diagnostic) => idOf(diagnostic) === 'link-broken').map((diagnostic) => diagnostic.message);

suite('checks between articles', () => {
  suiteSetup(async () => {
    await plume();
    await setSetting('language', 'fr');
  });

  teardown(async () => {
    await closeAllEditors();
  });

  test('a link to a heading of a closed article is checked against it; renaming a heading in an open one breaks the link to it', async () => {
    const api = await plume();
    const folder = vscode.Uri.joinPath(workspaceFolder().uri, `site-${Date.now()}`);
    // A closed article, read by the index from the disk (the watcher sees it created).
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'annexe.md'), new TextEncoder().encode('# Annexe\n\n## Les sources\n\nLes sources de l’article.\n'));
    await api.site.ready;
    const plan = await openPinned('# Le plan du réseau\n\n## Le plan\n\nLe réseau de nuit.\n', `${folder.path.split('/').pop()}/plan.md`);
    const links = await openPinned('# Les liens\n\nVoir [le plan](plan.md#le-plan), [les sources](annexe.md#les-sources), [une partie absente](annexe.md#absente) et [un article absent](absent.md).\n', `${folder.path.split('/').pop()}/liens.md`);
    const before = await waitFor('the anchor missing from the closed article', () => brokenMessages(links.uri), (messages) => messages.some((message) => message.includes('#absente')));
    assert.ok(!before.some((message) => message.includes('#le-plan') || message.includes('#les-sources')), before.join(' | '));

    // The writer renames the heading « Le plan » in the other open article.
    await vscode.window.showTextDocument(plan);
    const edit = new vscode.WorkspaceEdit();
    const offset = plan.getText().indexOf('## Le plan') + '## Le '.length;
    edit.insert(plan.uri, plan.positionAt(offset), 'nouveau ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = await waitFor('the link to the renamed heading reported as broken', () => brokenMessages(links.uri), (messages) => messages.some((message) => message.includes('#le-plan')));
    assert.ok(after.some((message) => message.includes('« plan.md »')), after.join(' | '));
    // Renamed back, the finding goes.
    await vscode.commands.executeCommand('undo');
    await waitFor('the link valid again', () => brokenMessages(links.uri), (messages) => !messages.some((message) => message.includes('#le-plan')));
  });

  test('a file created in a folder of plume.files.exclude stays out of the index; one created elsewhere comes in', async () => {
    const api = await plume();
    await api.site.ready;
    await setSetting('files.exclude', ['**/brouillons/**']);
    try {
      const name = `exclu-${Date.now()}`;
      const folder = vscode.Uri.joinPath(workspaceFolder().uri, name);
      const article = await openPinned(`---\ntitle: Le titre partagé ${name}\n---\n\nUn texte.\n`, `${name}/article.md`);
      const titled = new TextEncoder().encode(`---\ntitle: Le titre partagé ${name}\n---\n\nUn brouillon.\n`);
      // Written on disk, closed: only the watcher sees them.
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'brouillons', 'brouillon.md'), titled);
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'publie', 'publie.md'), titled);
      const messages = await waitFor('title-duplicate naming the published article', () => plumeDiagnostics(article.uri).filter((diagnostic) => idOf(diagnostic) === 'title-duplicate').map((diagnostic) => diagnostic.message), (found) => found.some((message) => message.includes('publie.md')));
      assert.ok(!messages.some((message) => message.includes('brouillon')), messages.join(' | '));
    } finally {
      await setSetting('files.exclude', undefined);
    }
  });

  test('two open articles with one title both get title-duplicate, which goes when one changes', async () => {
    const suffix = Date.now();
    const first = await openPinned(`---\ntitle: Les trains de nuit ${suffix}\n---\n\nUn texte.\n`);
    const second = await openPinned(`---\ntitle: "Les trains de NUIT  ${suffix}"\n---\n\nUn autre texte.\n`);
    for (const document of [first, second]) {
      await waitFor('title-duplicate', () => plumeDiagnostics(document.uri).map(idOf), (ids) => ids.includes('title-duplicate'));
    }
    const edit = new vscode.WorkspaceEdit();
    edit.insert(second.uri, second.positionAt(second.getText().indexOf('NUIT') + 4), ' en Europe');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('title-duplicate gone from the first article', () => plumeDiagnostics(first.uri).map(idOf), (ids) => !ids.includes('title-duplicate'));
  });
});
