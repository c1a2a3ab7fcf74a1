// French typography in a real extension host: « Corriger toute la typographie » is one undoable
// edit, and plume.typography.fixOnSave fixes the article as it is saved.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, idOf, openNewArticle, plume, plumeDiagnostics, setSetting, waitFor } from './helpers';

const TEXT = "# L'État\n\nPourquoi? « Oui »... Voir `l'objet`.\n";
const FIXED = '# L’État\n\nPourquoi\u202f? «\u00a0Oui\u00a0»… Voir `l\'objet`.\n';

suite('typography', () => {
  suiteSetup(async () => {
    await plume();
    await setSetting('language', 'fr');
  });

  teardown(async () => {
    await setSetting('typography.fixOnSave', undefined);
    await closeAllEditors();
  });

  test('the findings come with their quick fix, and « Corriger toute la typographie » applies them all as one undoable edit', async () => {
    const document = await openNewArticle(TEXT);
    await waitFor('typography findings', () => plumeDiagnostics(document.uri).map(idOf), (ids) => ids.includes('typography-spaces') && ids.includes('typography-apostrophe') && ids.includes('typography-ellipsis'));
    const count = await vscode.commands.executeCommand<number>('plume.fixTypography');
    assert.equal(count, 5);
    assert.equal(document.getText(), FIXED);
    await waitFor('no typography finding left', () => plumeDiagnostics(document.uri).map(idOf), (ids) => !ids.some((id) => id.startsWith('typography-')));
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), TEXT);
  });

  test('with plume.typography.fixOnSave, saving fixes the article', async () => {
    await setSetting('typography.fixOnSave', true);
    // update() resolves once the setting is written; the extension host sees it a moment later, and
    // a save before that runs without the fix (three fresh-clone CI runs saved too early).
    await waitFor('the extension host sees fixOnSave', () => vscode.workspace.getConfiguration('plume').get<boolean>('typography.fixOnSave'), (on) => on === true);
    const document = await openNewArticle('# Titre\n\nUn texte.\n');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.positionAt(document.getText().length), "Aujourd'hui?\n");
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await document.save());
    assert.equal(document.getText(), '# Titre\n\nUn texte.\nAujourd’hui\u202f?\n');
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri)), document.getText());
  });
});
