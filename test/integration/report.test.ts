// The SEO report in a real extension host: the panel and the activity bar's view show the report
// of the same analysis as the diagnostics, and what the writer does in them (type a field, click a
// line) becomes an edit or a selection. The webview's own page (its rendering, typing, CSP) is
// walked in the browser by test/e2e.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { ReportEmpty, ReportUpdate } from '../../src/webview/reportMessages';
import { closeAllEditors, openNewArticle, plume, setSetting, waitFor, waitForIds } from './helpers';

const repositoryRoot = path.resolve(__dirname, '../../..');
const EXAMPLE = fs.readFileSync(path.join(repositoryRoot, 'test/fixtures/example/article-blinken-azerbaidjan.txt'), 'utf8');

/** Records what the report posts; `latest` reads the last update for a document. */
async function recorder() {
  const api = await plume();
  const posted: { where: 'view' | 'panel'; message: ReportUpdate | ReportEmpty }[] = [];
  const subscription = api.report.onDidPost((event) => posted.push(event));
  const latest = (document: vscode.TextDocument, where?: 'view' | 'panel') =>
    posted.filter((event) => (!where || event.where === where) && event.message.type === 'update' && event.message.uri === document.uri.toString()).at(-1)?.message as ReportUpdate | undefined;
  return { api, posted, latest, dispose: () => subscription.dispose() };
}

suite('SEO report', () => {
  suiteSetup(async () => {
    await plume();
    await setSetting('language', 'fr');
  });

  teardown(async () => {
    await closeAllEditors();
    await setSetting('language', 'fr');
  });

  test('« Ouvrir le rapport SEO » shows the example’s report beside it, from the diagnostics’ analysis', async () => {
    const record = await recorder();
    try {
      const document = await openNewArticle(EXAMPLE);
      await waitForIds(document.uri, 'the example’s findings', (list) => list.includes('title-missing'));
      const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('plume.openReport');
      assert.ok(panel, 'the command returns its panel');
      await waitFor('the panel beside the article', () => panel.viewColumn, (column) => column === vscode.ViewColumn.Two);
      assert.equal(vscode.window.activeTextEditor?.document, document, 'the article keeps the focus');
      const update = await waitFor('the report of the example', () => record.latest(document, 'panel'), (value) => value !== undefined);
      const { model } = update as ReportUpdate;
      assert.equal(update?.analysisId, record.api.diagnostics.resultFor(document)?.analysis.analysisId, 'the very analysis the diagnostics published');
      assert.equal(model.figures.words, 706);
      const seo = model.sections.find((section) => section.id === 'seo');
      const titleLine = seo?.lines.find((line) => line.checkId === 'title-missing');
      assert.equal(titleLine?.light, 'problem');
      assert.equal(titleLine?.title.fr, 'Présence du titre');
      assert.ok(model.waitingForKeyphrase > 0, 'keyphrase checks wait for a keyphrase');
      assert.ok((seo?.score ?? 100) < 70, `a low SEO score: ${seo?.score}`);
      assert.equal(panel.title, 'Rapport SEO : ' + document.uri.path.split('/').pop());
    } finally {
      record.dispose();
    }
  });

  test('a keyphrase typed in the report is written to the front matter as one undoable edit, and the report follows', async () => {
    const record = await recorder();
    try {
      const document = await openNewArticle(EXAMPLE);
      await waitForIds(document.uri, 'the example’s findings', (list) => list.includes('title-missing'));
      await vscode.commands.executeCommand('plume.openReport');
      await waitFor('the first report', () => record.latest(document), (value) => value !== undefined);
      await record.api.report.handle({ type: 'setField', uri: document.uri.toString(), field: 'keyphrase', value: '  Haut-Karabakh ' });
      assert.ok(document.getText().startsWith('---\nkeyphrase: "Haut-Karabakh"\n---\n\nLors d’un appel'), document.getText().slice(0, 80));
      const after = await waitFor('the report with the keyphrase', () => record.latest(document), (value) => value?.model.fields.keyphrase.value === 'Haut-Karabakh');
      assert.equal(after?.model.waitingForKeyphrase, 0);
      assert.ok(after?.model.preview.desktop.description.length === 0 || after?.model.fields.description.value === '');
      assert.ok(after?.model.sections[0]?.lines.some((line) => line.checkId === 'keyphrase-in-introduction'), 'the keyphrase checks now run');
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('undo');
      assert.equal(document.getText(), EXAMPLE, 'one undo takes the whole edit back');
    } finally {
      record.dispose();
    }
  });

  test('clicking a line selects its range in the article; a description typed replaces the one in the front matter', async () => {
    const record = await recorder();
    try {
      const text = '---\ntitle: "Trains de nuit"\ndescription: "Ancienne description."\n---\n\n# Trains de nuit\n\nUn texte.\n';
      const document = await openNewArticle(text);
      await vscode.commands.executeCommand('plume.openReport');
      const update = await waitFor('the report', () => record.latest(document), (value) => value !== undefined);
      assert.equal(update?.model.fields.description.value, 'Ancienne description.');
      const line = update?.model.sections.flatMap((section) => section.lines).find((candidate) => candidate.range && candidate.light !== 'good');
      assert.ok(line?.range, 'a line with a range');
      await record.api.report.handle({ type: 'reveal', uri: document.uri.toString(), start: line.range.start, end: line.range.end });
      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document, document);
      assert.equal(document.offsetAt(editor.selection.start), line.range.start);
      assert.equal(document.offsetAt(editor.selection.end), line.range.end);
      await record.api.report.handle({ type: 'setField', uri: document.uri.toString(), field: 'description', value: 'Les trains de nuit reviennent : « où » et quand ?' });
      assert.equal(document.getText(), text.replace('"Ancienne description."', '"Les trains de nuit reviennent : « où » et quand ?"'));
    } finally {
      record.dispose();
    }
  });

  test('the activity bar’s view shows the report of the article in the editor, in the language of plume.language', async () => {
    const record = await recorder();
    try {
      const document = await openNewArticle(EXAMPLE);
      await waitForIds(document.uri, 'the example’s findings', (list) => list.includes('title-missing'));
      await vscode.commands.executeCommand('plume.report.focus');
      const update = await waitFor('the view’s report', () => record.latest(document, 'view'), (value) => value !== undefined);
      assert.equal(update?.language, 'fr');
      await setSetting('language', 'en');
      await waitFor('the report in English', () => record.latest(document, 'view'), (value) => value?.language === 'en');
    } finally {
      record.dispose();
    }
  });
});
