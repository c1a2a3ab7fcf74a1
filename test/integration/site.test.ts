// The checks between articles in a real extension host: the workspace index reads the articles
// that are not open, follows the ones being edited, and an article's findings follow the others.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { BETWEEN_ARTICLES, closeAllEditors, idOf, ids, openNewArticle, plume, plumeDiagnostics, setSetting, waitFor, workspaceFolder } from './helpers';

/** Opens a new article in a tab of its own (not a preview tab, which the next one would replace). */
async function openPinned(text: string, name?: string): Promise<vscode.TextDocument> {
  const document = await openNewArticle(text, name);
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

const brokenMessages = (uri: vscode.Uri) => plumeDiagnostics(uri).filter((diagnostic) => idOf(diagnostic) === 'link-broken').map((diagnostic) => diagnostic.message);
const isOpen = (uri: vscode.Uri) => vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString());

async function write(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

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

  test('a heading renamed in an open article puts the broken-anchor finding on a closed article that links to it; restored, it goes', async () => {
    const api = await plume();
    const folder = vscode.Uri.joinPath(workspaceFolder().uri, `ferme-${Date.now()}`);
    const a = vscode.Uri.joinPath(folder, 'a.md');
    const b = vscode.Uri.joinPath(folder, 'b.md');
    // Both on disk, closed: the watcher reads them into the index.
    await write(b, '# Le réseau\n\n## Le plan\n\nLe réseau de nuit.\n');
    await write(a, '# Les liens\n\nVoir [le plan](b.md#le-plan).\n');
    await api.site.ready;
    // A is judged closed: nobody links to it (an orphan).
    await waitFor('the closed article judged', () => ids(a), (list) => list.includes('article-orphan'));

    const planDocument = await vscode.workspace.openTextDocument(b);
    await vscode.window.showTextDocument(planDocument, { preview: false });
    // B open, its analysis is in the index (whatever its file event did): A's link is sound.
    await waitFor('the link to B sound', () => brokenMessages(a), (messages) => messages.length === 0);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(b, planDocument.positionAt(planDocument.getText().indexOf('## Le plan') + '## Le '.length), 'nouveau ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const broken = await waitFor('the broken anchor on the closed article', () => plumeDiagnostics(a).filter((diagnostic) => idOf(diagnostic) === 'link-broken'), (list) => list.some((diagnostic) => diagnostic.message.includes('#le-plan')));
    assert.ok(!isOpen(a), 'the article with the link was never opened');
    // On the link itself, placed without the text: line 3, « [le plan](b.md#le-plan) ».
    assert.deepEqual([broken[0]!.range.start.line, broken[0]!.range.start.character, broken[0]!.range.end.line, broken[0]!.range.end.character], [2, 5, 2, 28]);
    assert.equal(broken[0]!.source, 'Plume');

    // The heading restored: the finding goes.
    await vscode.commands.executeCommand('undo');
    await waitFor('the link valid again', () => brokenMessages(a), (messages) => messages.length === 0);
    assert.ok(ids(a).includes('article-orphan'), 'the rest of its findings stay');
    assert.ok(!isOpen(a));
  });

  test('an article gets its whole analysis while open and its findings between articles once closed; deleted, it has none', async () => {
    const api = await plume();
    await api.site.ready;
    const name = `rouvert-${Date.now()}`;
    const folder = vscode.Uri.joinPath(workspaceFolder().uri, name);
    const title = `---\ntitle: Les trains de nuit ${name}\n---\n\n`;
    const closed = vscode.Uri.joinPath(folder, 'ferme.md');
    await write(closed, `${title}Un texte.\n`);
    const document = await openPinned(`${title}Un autre texte, et [le premier](ferme.md).\n`, `${name}/ouvert.md`);
    // Open: its own analysis, the checks of the article alone included.
    await waitFor('the open article’s whole analysis', () => ids(document.uri), (list) => list.includes('title-duplicate') && list.includes('word-count-min'));
    await waitFor('title-duplicate on the closed one', () => ids(closed), (list) => list.includes('title-duplicate'));

    // Closed: only its findings between articles come back.
    await closeAllEditors();
    const back = await waitFor('its findings between articles back', () => ids(document.uri), (list) => list.includes('title-duplicate'));
    assert.ok(back.every((id) => BETWEEN_ARTICLES.has(id)), back.join(', '));

    // Deleted: its findings go, and the other article's duplicate with them.
    await vscode.workspace.fs.delete(document.uri);
    await waitFor('nothing left on the deleted article', () => ids(document.uri), (list) => list.length === 0);
    await waitFor('no duplicate left on the other', () => ids(closed), (list) => !list.includes('title-duplicate'));
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
