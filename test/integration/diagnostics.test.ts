// Live diagnostics in a real extension host: the user's example article, edits, settings,
// .plumerc.json, closing, quick fixes and the status bar.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { BETWEEN_ARTICLES, closeAllEditors, idOf, ids, openNewArticle, plume, plumeDiagnostics, setSetting, waitFor, waitForIds, workspaceFolder } from './helpers';

const repositoryRoot = path.resolve(__dirname, '../../..');
const EXAMPLE = fs.readFileSync(path.join(repositoryRoot, 'test/fixtures/example/article-blinken-azerbaidjan.txt'), 'utf8');
const DOCS = 'https://github.com/plume-seo/plume/blob/main/docs/checks/';

async function applyQuickFix(document: vscode.TextDocument, checkId: string, titlePattern: RegExp): Promise<void> {
  const diagnostic = plumeDiagnostics(document.uri).find((candidate) => idOf(candidate) === checkId);
  assert.ok(diagnostic, `${checkId} is reported`);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  const action = actions.find((candidate) => titlePattern.test(candidate.title));
  assert.ok(action, `a quick fix matching ${titlePattern} among: ${actions.map((a) => a.title).join(' | ')}`);
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit));
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

suite('diagnostics', () => {
  suiteSetup(async () => {
    await plume();
    await setSetting('language', 'fr');
  });

  teardown(async () => {
    await closeAllEditors();
    await setSetting('minWords', undefined);
  });

  test('the example article gets its findings, with codes, docs links and ranges', async () => {
    const document = await openNewArticle(EXAMPLE);
    const found = await waitForIds(document.uri, 'the example’s findings', (list) => list.includes('title-missing'));
    for (const id of ['title-missing', 'subheadings-missing', 'meta-description-missing', 'paragraph-too-long', 'sentences-too-long']) assert.ok(found.includes(id), `${id} in ${found.join(', ')}`);
    assert.ok(!found.includes('not-french') && !found.includes('word-count-min'), found.join(', '));
    const title = plumeDiagnostics(document.uri).find((diagnostic) => idOf(diagnostic) === 'title-missing');
    assert.ok(title);
    assert.equal(title.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(title.source, 'Plume');
    assert.deepEqual([title.range.start.line, title.range.start.character, title.range.end.line], [0, 0, 0]);
    assert.equal(title.range.end.character, document.lineAt(0).text.length);
    assert.match(title.message, /^Aucun titre/);
    const code = title.code as { value: string; target: vscode.Uri };
    assert.equal(code.target.toString(), `${DOCS}title-missing.md`);
    const hint = plumeDiagnostics(document.uri).find((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Hint);
    assert.ok(hint, 'long sentences are listed as hints');
    assert.ok(document.getText(hint.range).split(/\s+/).length > 20);
  });

  test('adding an H1 and H2s clears title-missing and subheadings-missing after the debounce', async () => {
    const document = await openNewArticle(EXAMPLE);
    await waitForIds(document.uri, 'title-missing', (list) => list.includes('title-missing'));
    const lines = EXAMPLE.split('\n');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), '# Haut-Karabakh : Blinken sous pression\n\n## L’appel du 3 octobre\n\n');
    edit.insert(document.uri, new vscode.Position(7, 0), '\n## Une dérogation en suspens\n\n');
    edit.insert(document.uri, new vscode.Position(Math.min(14, lines.length - 1), 0), '\n## Le corridor de Zanguezur\n\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = await waitForIds(document.uri, 'title-missing and subheadings-missing to go', (list) => !list.includes('title-missing') && !list.includes('subheadings-missing'));
    assert.ok(after.includes('meta-description-missing'));
  });

  test('changing plume.minWords re-analyses open documents', async () => {
    const document = await openNewArticle(EXAMPLE);
    await waitForIds(document.uri, 'first analysis', (list) => list.includes('title-missing'));
    assert.ok(!ids(document.uri).includes('word-count-min'));
    await setSetting('minWords', 900);
    await waitForIds(document.uri, 'word-count-min at 900', (list) => list.includes('word-count-min'));
    const finding = plumeDiagnostics(document.uri).find((diagnostic) => idOf(diagnostic) === 'word-count-min');
    assert.match(finding?.message ?? '', /706 mots ; 900 attendus au minimum/);
  });

  test('a .plumerc.json turning a check off removes it, and removing the file brings it back', async () => {
    const rc = vscode.Uri.joinPath(workspaceFolder().uri, '.plumerc.json');
    const document = await openNewArticle(EXAMPLE);
    await waitForIds(document.uri, 'readability-fr', (list) => list.includes('readability-fr'));
    await vscode.workspace.fs.writeFile(rc, new TextEncoder().encode(JSON.stringify({ checks: { 'readability-fr': 'off' } })));
    try {
      await waitForIds(document.uri, 'readability-fr to go', (list) => !list.includes('readability-fr') && list.includes('title-missing'));
    } finally {
      await vscode.workspace.fs.delete(rc);
    }
    await waitForIds(document.uri, 'readability-fr to come back', (list) => list.includes('readability-fr'));
  });

  test('closing a document clears its diagnostics but those between articles', async () => {
    const document = await openNewArticle(EXAMPLE);
    await waitForIds(document.uri, 'findings', (list) => list.includes('title-missing'));
    await closeAllEditors();
    // A closed article keeps what the checks between articles find (an orphan, here), from the workspace index.
    await waitFor('the analysis’s diagnostics cleared', () => ids(document.uri), (list) => list.every((id) => BETWEEN_ARTICLES.has(id)), 15_000);
  });

  test('the status bar shows the word count and the number of findings', async () => {
    const api = await plume();
    const document = await openNewArticle(EXAMPLE);
    await waitForIds(document.uri, 'findings', (list) => list.includes('title-missing'));
    const text = await waitFor('status bar text', () => api.statusBar.text, (value) => value !== undefined && value.includes('706'));
    const problems = plumeDiagnostics(document.uri).filter((diagnostic) => diagnostic.severity !== vscode.DiagnosticSeverity.Hint).length;
    // The status bar speaks VS Code's display language (vscode.l10n): English in the test host.
    assert.match(text ?? '', new RegExp(`^\\$\\(pencil\\) 706 (mots|words) · ${problems}$`));
  });

  test('a 1 MB document gets its findings, and an edit at the top moves every range with the text', async function () {
    // Parsed by chunks in the analysis worker, and after the edit from the chunk cache: the ranges
    // deep in the document must follow the two inserted lines.
    this.timeout(120_000);
    let big = '';
    for (let i = 0; big.length < 1_000_000; i++) big += `## Partie ${i}\n\n${EXAMPLE}\n\n`;
    const document = await openNewArticle(big);
    await waitFor('findings on 1 MB', () => ids(document.uri), (list) => list.includes('title-missing') && list.includes('paragraph-too-long'), 60_000);
    const lastLong = () => plumeDiagnostics(document.uri).filter((diagnostic) => idOf(diagnostic) === 'paragraph-too-long').at(-1);
    const before = lastLong();
    assert.ok(before && before.range.start.line > document.lineCount / 2, `a finding deep in the document (line ${before?.range.start.line} of ${document.lineCount})`);
    const textBefore = document.getText(before.range);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), '# Un très long dossier\n\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('title-missing gone after the edit', () => ids(document.uri), (list) => !list.includes('title-missing'), 60_000);
    const after = lastLong();
    assert.ok(after);
    assert.equal(after.range.start.line, before.range.start.line + 2);
    assert.equal(document.getText(after.range), textBefore);
  });
});

suite('quick fixes', () => {
  suiteSetup(async () => {
    await plume();
    await setSetting('language', 'fr');
  });

  teardown(closeAllEditors);

  test('a document over the size limit gets one information, not a frozen worker; a smaller one is analysed again', async function () {
    this.timeout(120_000);
    const api = await plume();
    let huge = '';
    for (let i = 0; huge.length <= 2_000_000; i++) huge += `## Partie ${i}\n\n${EXAMPLE}\n\n`;
    const document = await openNewArticle(huge);
    await waitFor('the information in the log', () => api.log.lines.some((line) => /Plume does not analyse article-.*over the limit of|Plume n’analyse pas article-.*au-delà de la limite/.test(line)), Boolean, 60_000);
    assert.deepEqual(ids(document.uri), [], 'no finding on a document Plume does not analyse');
    // Back under the limit (the writer split it), it is analysed again.
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.delete(new vscode.Range(document.positionAt(EXAMPLE.length * 2), document.positionAt(document.getText().length))));
    await waitFor('findings once under the limit', () => ids(document.uri), (list) => list.includes('title-missing'), 60_000);
  });

  test('front matter skeleton: title and description from the text', async () => {
    const document = await openNewArticle(EXAMPLE);
    await waitForIds(document.uri, 'title-missing', (list) => list.includes('title-missing'));
    await applyQuickFix(document, 'title-missing', /front matter/);
    assert.match(document.getText(), /^---\ntitle: "Lors d’un appel[^\n]*"\ndescription: "[^\n]+"\n---\n\nLors d’un appel/);
    await waitForIds(document.uri, 'title and description findings to go', (list) => !list.includes('title-missing') && !list.includes('meta-description-missing') && !list.includes('front-matter-invalid'));
  });

  test('an extra H1 becomes an H2', async () => {
    const document = await openNewArticle('# Premier titre\n\nUn paragraphe.\n\n# Second titre\n\nUn autre paragraphe.\n');
    await waitForIds(document.uri, 'h1-multiple', (list) => list.includes('h1-multiple'));
    await applyQuickFix(document, 'h1-multiple', /H2/);
    assert.equal(document.lineAt(4).text, '## Second titre');
    await waitForIds(document.uri, 'h1-multiple to go', (list) => !list.includes('h1-multiple'));
  });

  test('a heading-level jump is fixed', async () => {
    const document = await openNewArticle('# Titre\n\nIntroduction.\n\n### Trop profond\n\nTexte.\n');
    await waitForIds(document.uri, 'heading-increment', (list) => list.includes('heading-increment'));
    await applyQuickFix(document, 'heading-increment', /H2/);
    assert.equal(document.lineAt(4).text, '## Trop profond');
    await waitForIds(document.uri, 'heading-increment to go', (list) => !list.includes('heading-increment'));
  });

  test('an image gets an alt text', async () => {
    const document = await openNewArticle('# Titre\n\n![](images/carte-haut-karabakh.png)\n');
    await waitForIds(document.uri, 'image-alt-missing', (list) => list.includes('image-alt-missing'));
    await applyQuickFix(document, 'image-alt-missing', /carte haut karabakh/);
    assert.equal(document.lineAt(2).text, '![carte haut karabakh](images/carte-haut-karabakh.png)');
    await waitForIds(document.uri, 'image-alt-missing to go', (list) => !list.includes('image-alt-missing'));
  });

  test('lines pasted as one paragraph are split into paragraphs', async () => {
    const document = await openNewArticle(EXAMPLE);
    await waitForIds(document.uri, 'paragraph-too-long', (list) => list.includes('paragraph-too-long'));
    await applyQuickFix(document, 'paragraph-too-long', /paragraphes/);
    await waitForIds(document.uri, 'paragraph-too-long to go', (list) => !list.includes('paragraph-too-long'));
  });

  test('“Disable for this workspace” turns a check off in the settings', async () => {
    const document = await openNewArticle(EXAMPLE);
    await waitForIds(document.uri, 'readability-fr', (list) => list.includes('readability-fr'));
    try {
      await applyQuickFix(document, 'readability-fr', /« Texte difficile à lire »|“Hard-to-read text”/);
      await waitForIds(document.uri, 'readability-fr to go', (list) => !list.includes('readability-fr'));
      const checks = vscode.workspace.getConfiguration('plume').get<Record<string, unknown>>('checks');
      assert.equal(checks?.['readability-fr'], 'off');
    } finally {
      await vscode.workspace.getConfiguration('plume').update('checks', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
