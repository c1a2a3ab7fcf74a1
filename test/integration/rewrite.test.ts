// The rewrite in a real extension host, against the local OpenAI-compatible fake server:
// the streaming diff, accept (one undo), selection tracking, discard, cancel, failures, the
// conflict choice, the application-scoped base URL and a log without the key.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, suiteSetup, suiteTeardown, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { RewriteOutcome } from '../../src/vscode/rewrite/RewriteController';
import type { ReportUpdate } from '../../src/webview/reportMessages';
import { startFakeOpenAI } from '../fakes/fakeOpenAI';
import type { FakeOpenAI } from '../fakes/fakeOpenAI';
import { closeAllEditors, idOf, ids, openNewArticle, plume, plumeDiagnostics, setSetting, waitFor, waitForIds, workspaceFolder } from './helpers';

const repositoryRoot = path.resolve(__dirname, '../../..');
const EXAMPLE = fs.readFileSync(path.join(repositoryRoot, 'test/fixtures/example/article-blinken-azerbaidjan.txt'), 'utf8');
const ALTERED = fs.readFileSync(path.join(repositoryRoot, 'test/fixtures/rewrite/altered-facts.md'), 'utf8');
const FAITHFUL = fs.readFileSync(path.join(repositoryRoot, 'test/fixtures/rewrite/faithful.md'), 'utf8');
// Looks like a real key, so that a leak would be plain to see.
const API_KEY = 'sk-plume-test-9f8e7d6c5b4a39281706';

const SECTIONED = [
  '# Le corridor de Zanguezur',
  '',
  '## Les faits',
  '',
  'Le 3 octobre, les législateurs démocrates ont appelé Antony Blinken au sujet de l’Azerbaïdjan.',
  '',
  '## La suite',
  '',
  'Washington doit décider de la dérogation qui permet une aide militaire à Bakou.',
  '',
].join('\n');
const SELECTED = 'Le 3 octobre, les législateurs démocrates ont appelé Antony Blinken au sujet de l’Azerbaïdjan.';
const SELECTION_ANSWER = 'Le 3 octobre, lors d’un appel, les législateurs démocrates ont pressé Antony Blinken d’agir face à l’Azerbaïdjan.';

function plumeTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.scheme === 'plume');
}

function openText(uri: vscode.Uri): string | undefined {
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString())?.getText();
}

async function selectText(document: vscode.TextDocument, text: string): Promise<void> {
  const editor = await vscode.window.showTextDocument(document);
  const start = document.getText().indexOf(text);
  assert.ok(start >= 0, `"${text}" is in the document`);
  editor.selection = new vscode.Selection(document.positionAt(start), document.positionAt(start + text.length));
}

/** Runs `command` every 100 ms until `pending` settles (a quick input is up when it is), then its value. */
async function pressUntilSettled<T>(pending: Thenable<T>, command: string, timeoutMs = 30_000): Promise<T> {
  let settled = false;
  const result = Promise.resolve(pending).finally(() => (settled = true));
  for (const started = Date.now(); !settled && Date.now() - started < timeoutMs;) {
    await vscode.commands.executeCommand(command);
    await Promise.race([result, new Promise((resolve) => setTimeout(resolve, 100))]);
  }
  return result;
}

function rewrite(): Thenable<RewriteOutcome> {
  return vscode.commands.executeCommand<RewriteOutcome>('plume.rewrite');
}

suite('rewrite', () => {
  let fake: FakeOpenAI;

  /** Rewrites the active article with a faithful answer and returns the chat request the model got. */
  async function rewriteAndReadRequest() {
    fake.script([{ answer: FAITHFUL }]);
    const before = fake.requests.length;
    assert.equal((await rewrite()).status, 'proposed');
    const chat = fake.requests.slice(before).find((request) => request.path === '/v1/chat/completions');
    assert.ok(chat, 'the model got a chat request');
    return chat;
  }

  suiteSetup(async () => {
    await plume();
    fake = await startFakeOpenAI();
    await setSetting('openai.baseUrl', fake.baseURL);
    await setSetting('maxRepairs', 0);
    assert.equal(await vscode.commands.executeCommand('plume.setApiKey', API_KEY), true);
  });

  teardown(async () => {
    const api = await plume();
    api.rewrite.chooseOnConflict = async () => 'cancel';
    await closeAllEditors();
  });

  suiteTeardown(async () => {
    await setSetting('openai.baseUrl', undefined);
    await setSetting('maxRepairs', undefined);
    await vscode.commands.executeCommand('plume.clearApiKey');
    await fake.close();
  });

  test('the openai adapter is not loaded before the first rewrite', async () => {
    const api = await plume();
    assert.equal(api.rewrite.engineLoaded, false);
    // A figure to read, never a timed assertion (npm run bench and the e2e walk report it too).
    const line = api.log.lines.find((candidate) => /activated in \d+ ms/.test(candidate));
    console.log(`      (${line?.replace(/^\[\w+\] /, '') ?? 'no activation line'})`);
  });

  test('a rewrite opens a plume diff that fills as it streams; accept applies it; one undo restores the original', async () => {
    const document = await openNewArticle(EXAMPLE);
    fake.script([{ answer: FAITHFUL, delayMs: 8 }]);
    const requestsBefore = fake.requests.length;
    const done = rewrite();
    const [tab] = await waitFor('a plume diff tab', plumeTabs, (tabs) => tabs.length === 1);
    const input = tab!.input as vscode.TabInputTextDiff;
    assert.equal(input.original.toString(), document.uri.toString());
    assert.match(input.modified.path, /\/[^/]+\.md$/);
    // Part of the answer is shown before the end of the stream.
    await waitFor('streamed text in the proposal', () => openText(input.modified) ?? '', (text) => text.length > 0 && text.length < FAITHFUL.length / 2);
    const outcome = await done;
    assert.equal(outcome.status, 'proposed');
    assert.equal((await plume()).rewrite.engineLoaded, true);
    const proposal = await waitFor('the whole proposal', () => openText(input.modified) ?? '', (text) => /# Haut-Karabakh\u00a0: les législateurs démocrates pressent Blinken/.test(text));
    // The proposal is typographically clean: the answer's plain space before « : » is a no-break one.
    // (The body's: front matter values are left as the model wrote them.)
    assert.ok(!/ [:;!?]/.test(proposal.replace(/^---\n[\s\S]*?\n---\n/, '')), 'no plain space before French high punctuation');
    assert.ok(proposal.split(/\s+/).length >= 700, 'the proposal is the ≥ 700-word article');
    assert.equal(document.getText(), EXAMPLE, 'nothing changes before accepting');
    const [reviewTab] = plumeTabs();
    assert.match(reviewTab?.label ?? '', /(words|mots).*✓/);
    // The key went to the fake as a bearer token.
    const chat = fake.requests.slice(requestsBefore).find((request) => request.path === '/v1/chat/completions');
    assert.equal(chat?.headers.authorization, `Bearer ${API_KEY}`);

    assert.equal(await vscode.commands.executeCommand('plume.acceptProposal'), true);
    assert.equal(document.getText(), proposal);
    assert.equal(document.isDirty, true, 'saving stays the writer’s choice');
    assert.equal(plumeTabs().length, 0, 'the diff is closed');
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), EXAMPLE);
  });

  test('edits the writer makes in the proposal are what accept applies', async () => {
    const document = await openNewArticle(EXAMPLE);
    fake.script([{ answer: FAITHFUL }]);
    const outcome = await rewrite();
    assert.equal(outcome.status, 'proposed');
    const proposalDocument = await vscode.workspace.openTextDocument(outcome.proposal!);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(proposalDocument.uri, proposalDocument.positionAt(proposalDocument.getText().length), '\nUne phrase ajoutée par la rédaction.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const edited = proposalDocument.getText();
    assert.ok(edited.includes('Une phrase ajoutée par la rédaction.'));
    assert.equal(await vscode.commands.executeCommand('plume.acceptProposal', document.uri), true);
    assert.equal(document.getText(), edited);
    assert.equal(plumeTabs().length, 0);
  });

  test('a selection is rewritten in place, also after an edit above it during the request', async () => {
    const document = await openNewArticle(SECTIONED);
    await selectText(document, SELECTED);
    fake.script([{ answer: SELECTION_ANSWER, delayMs: 40 }]);
    const done = rewrite();
    const [tab] = await waitFor('a plume diff tab', plumeTabs, (tabs) => tabs.length === 1);
    // The diff compares the selected text with its proposal: exactly what accept replaces.
    const original = (tab!.input as vscode.TabInputTextDiff).original;
    assert.equal(original.scheme, 'plume');
    assert.equal(await waitFor('the selected text on the left', () => openText(original), (text) => text !== undefined), SELECTED);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(1, 0), 'Une ligne ajoutée au-dessus pendant la réécriture.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal((await done).status, 'proposed');
    const request = fake.requests.at(-1)?.body as { messages: { content: string }[] };
    assert.ok(request.messages.some((message) => message.content.includes(SELECTED)), 'only the selection was sent');
    assert.ok(!request.messages.some((message) => message.content.includes('Washington doit décider')), 'the rest was not sent');
    // Plume's own diagnostics run on the proposal too, as on a fragment: no « no title », no
    // « 700 words expected », no meta description; the selected text on the left gets none.
    const api = await plume();
    const proposalUri = api.rewrite.proposalFor(document.uri);
    assert.ok(proposalUri);
    const proposalDocument = await vscode.workspace.openTextDocument(proposalUri);
    await waitFor('the analysis of the proposal', () => api.diagnostics.resultFor(proposalDocument), (result) => result !== undefined);
    const fragmentIds = ids(proposalUri);
    for (const id of ['title-missing', 'word-count-min', 'meta-description-missing', 'keyphrase-in-title']) assert.ok(!fragmentIds.includes(id), `${id} on a fragment: ${fragmentIds.join(', ')}`);
    assert.deepEqual(ids(original), [], 'the selected text shown on the left is not analysed');
    // …and an edit above after the request.
    const later = new vscode.WorkspaceEdit();
    later.insert(document.uri, new vscode.Position(0, 0), '<!-- relu -->\n');
    assert.ok(await vscode.workspace.applyEdit(later));
    const before = document.getText();
    assert.equal(await vscode.commands.executeCommand('plume.acceptProposal', document.uri), true);
    assert.equal(document.getText(), before.replace(SELECTED, SELECTION_ANSWER));
  });

  test('« Corriger avec l’IA » in the SEO report rewrites the section the finding points at, with the finding as instruction', async () => {
    const document = await openNewArticle(SECTIONED);
    const api = await plume();
    const posted: ReportUpdate[] = [];
    const subscription = api.report.onDidPost(({ message }) => {
      if (message.type === 'update' && message.uri === document.uri.toString()) posted.push(message);
    });
    try {
      await vscode.commands.executeCommand('plume.openReport');
      const update = await waitFor('the report', () => posted.at(-1), (value) => value !== undefined);
      const line = update?.model.sections.flatMap((section) => section.lines).find((candidate) => candidate.light !== 'good');
      assert.ok(line, 'a line to fix');
      fake.script([{ answer: SELECTION_ANSWER }]);
      const before = fake.requests.length;
      const start = document.getText().indexOf(SELECTED);
      await api.report.handle({ type: 'fixWithAi', uri: document.uri.toString(), checkId: line.checkId, start, end: start + 10 });
      await waitFor('a plume diff tab', plumeTabs, (tabs) => tabs.length === 1);
      const chat = fake.requests.slice(before).find((request) => request.path === '/v1/chat/completions');
      const sent = (chat?.body as { messages: { content: string }[] }).messages.map((message) => message.content).join('\n');
      assert.ok(sent.includes('## Les faits') && sent.includes(SELECTED), 'the section, its heading included, was sent');
      assert.ok(!sent.includes('Washington doit décider'), 'not the next section');
      assert.ok(sent.includes(`Corrige ceci : ${line.message.fr}`), 'the finding is the instruction');
      assert.equal(await vscode.commands.executeCommand('plume.discardProposal', document.uri), true);
      assert.equal(document.getText(), SECTIONED);
    } finally {
      subscription.dispose();
    }
  });

  test('discard and closing the diff change nothing', async () => {
    const document = await openNewArticle(EXAMPLE);
    const api = await plume();
    fake.script([{ answer: FAITHFUL }]);
    assert.equal((await rewrite()).status, 'proposed');
    assert.equal(await vscode.commands.executeCommand('plume.discardProposal'), true);
    assert.equal(plumeTabs().length, 0);
    assert.equal(document.getText(), EXAMPLE);
    assert.equal(api.rewrite.proposalFor(document.uri), undefined);

    await vscode.window.showTextDocument(document);
    assert.equal((await rewrite()).status, 'proposed');
    const proposal = api.rewrite.proposalFor(document.uri);
    assert.ok(proposal);
    await vscode.window.tabGroups.close(plumeTabs());
    await waitFor('the proposal to be forgotten', () => api.rewrite.proposalFor(document.uri), (uri) => uri === undefined);
    assert.equal(document.getText(), EXAMPLE);
    assert.equal(document.isDirty, false);
  });

  test('cancelling mid-stream changes nothing', async () => {
    const document = await openNewArticle(EXAMPLE);
    const api = await plume();
    fake.script([{ answer: FAITHFUL, delayMs: 50 }]);
    const done = rewrite();
    const [tab] = await waitFor('a plume diff tab', plumeTabs, (tabs) => tabs.length === 1);
    await waitFor('some streamed text', () => openText((tab!.input as vscode.TabInputTextDiff).modified) ?? '', (text) => text.length > 0);
    assert.equal(await vscode.commands.executeCommand('plume.acceptProposal', document.uri), false, 'nothing to accept while it streams');
    api.rewrite.cancel(document.uri);
    assert.equal((await done).status, 'cancelled');
    assert.equal(plumeTabs().length, 0);
    assert.equal(document.getText(), EXAMPLE);
    assert.equal(document.isDirty, false);
  });

  test('a 401 fails with the key’s message and changes nothing', async () => {
    const document = await openNewArticle(EXAMPLE);
    fake.script([{ status: 401 }]);
    const outcome = await rewrite();
    assert.equal(outcome.status, 'failed');
    assert.equal(outcome.failureKind, 'unauthorized');
    assert.equal(plumeTabs().length, 0);
    assert.equal(document.getText(), EXAMPLE);
    assert.equal(document.isDirty, false);
  });

  test('a stream cut mid-way keeps the partial proposal, marked incomplete, and changes nothing', async () => {
    const document = await openNewArticle(EXAMPLE);
    fake.script([{ answer: FAITHFUL, cutAfterChunks: 40 }]);
    const outcome = await rewrite();
    assert.equal(outcome.status, 'failed');
    assert.equal(outcome.failureKind, 'invalid-output');
    const [tab] = await waitFor('the incomplete proposal', plumeTabs, (tabs) => tabs.length === 1 && /incompl/.test(tabs[0]!.label));
    const partial = await waitFor('the partial text', () => openText((tab!.input as vscode.TabInputTextDiff).modified) ?? '', (text) => text.length > 0);
    assert.ok(partial.length < FAITHFUL.length);
    assert.ok(!/^---\r?\n---/.test(partial), 'no empty front matter');
    assert.equal(document.getText(), EXAMPLE);
    // One clear warning, not one per fact the missing end would have held.
    const modified = (tab!.input as vscode.TabInputTextDiff).modified;
    const warnings = await waitFor('the incomplete-answer warning', () => plumeDiagnostics(modified).filter((diagnostic) => typeof diagnostic.code === 'string'), (list) => list.length > 0);
    assert.deepEqual(warnings.map((warning) => warning.code), ['answer-incomplete']);
  });

  /** Rewrites SELECTED and, while the answer streams, edits the text inside the selected range. */
  async function rewriteWhileEditingInside() {
    const document = await openNewArticle(SECTIONED);
    const api = await plume();
    await selectText(document, SELECTED);
    fake.script([{ answer: SELECTION_ANSWER, delayMs: 40 }]);
    const done = rewrite();
    await waitFor('a plume diff tab', plumeTabs, (tabs) => tabs.length === 1);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.positionAt(document.getText().indexOf('législateurs')), 'nombreux ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal((await done).status, 'proposed');
    return { document, api };
  }

  test('the ✓ button’s arguments (the resource, then the menu’s own object) never stand for the writer’s choice', async () => {
    const { document, api } = await rewriteWhileEditingInside();
    let asked = 0;
    api.rewrite.chooseOnConflict = async () => {
      asked++;
      return 'cancel';
    };
    const edited = document.getText();
    const proposal = api.rewrite.proposalFor(document.uri);
    // What the editor-title menu passes: the resource of the active editor, then an object.
    assert.equal(await vscode.commands.executeCommand('plume.acceptProposal', proposal, { groupId: 1 }), false);
    assert.equal(await vscode.commands.executeCommand('plume.acceptProposal', proposal, 'apply'), false);
    assert.equal(asked, 2, 'the writer was asked each time');
    assert.equal(document.getText(), edited, 'the writer’s text is kept');
  });

  test('an edit inside the rewritten range during the rewrite leads to the conflict choice', async () => {
    const { document, api } = await rewriteWhileEditingInside();
    const offered: string[] = [];
    api.rewrite.chooseOnConflict = async (name) => {
      offered.push(name);
      return 'cancel';
    };
    const edited = document.getText();
    assert.equal(await vscode.commands.executeCommand('plume.acceptProposal', document.uri), false);
    assert.equal(offered.length, 1, 'the choice was offered');
    assert.equal(document.getText(), edited, 'cancel changes nothing');
    api.rewrite.chooseOnConflict = async () => 'apply';
    assert.equal(await vscode.commands.executeCommand('plume.acceptProposal', document.uri), true);
    assert.equal(document.getText(), edited.replace(SELECTED.replace('législateurs', 'nombreux législateurs'), SELECTION_ANSWER));
  });

  test('« Re-run on the new text » rewrites the edited text, which accept then replaces', async () => {
    const { document, api } = await rewriteWhileEditingInside();
    api.rewrite.chooseOnConflict = async () => 'rerun';
    fake.script([{ answer: SELECTION_ANSWER }]);
    const first = api.rewrite.proposalFor(document.uri)?.toString();
    assert.equal(await vscode.commands.executeCommand('plume.acceptProposal', document.uri), false);
    await waitFor('a new proposal', () => api.rewrite.proposalFor(document.uri)?.toString(), (uri) => uri !== undefined && uri !== first);
    const rerun = api.rewrite.whenDone(document.uri);
    assert.equal((await rerun)?.status, 'proposed');
    const body = fake.requests.at(-1)?.body as { messages: { content: string }[] };
    assert.ok(body.messages.some((message) => message.content.includes('les nombreux législateurs')), 'the new text was sent');
    const edited = document.getText();
    assert.equal(await vscode.commands.executeCommand('plume.acceptProposal', document.uri), true);
    assert.equal(document.getText(), edited.replace(SELECTED.replace('législateurs', 'nombreux législateurs'), SELECTION_ANSWER));
  });

  test('without a key, a remote endpoint asks for one; Escape cancels and changes nothing', async () => {
    // A key in the environment of the extension host would answer for the writer: take it away.
    const environmentKey = process.env.OPENAI_API_KEY;
    delete process.env.OPENAI_API_KEY;
    await setSetting('openai.baseUrl', 'https://api.plume-test.invalid/v1');
    try {
      const document = await openNewArticle(EXAMPLE);
      const done = rewrite();
      // Escape on the password box, as often as it takes for it to be up: the rewrite's promise
      // settling is the observable sign.
      assert.equal((await pressUntilSettled(done, 'workbench.action.closeQuickOpen')).status, 'cancelled');
      assert.equal(plumeTabs().length, 0);
      assert.equal(document.getText(), EXAMPLE);
    } finally {
      if (environmentKey !== undefined) process.env.OPENAI_API_KEY = environmentKey;
      await setSetting('openai.baseUrl', fake.baseURL);
    }
  });

  test('a local endpoint needs no key', async () => {
    await vscode.commands.executeCommand('plume.clearApiKey');
    try {
      await openNewArticle(EXAMPLE);
      const chat = await rewriteAndReadRequest();
      assert.notEqual(chat.headers.authorization, `Bearer ${API_KEY}`);
    } finally {
      await vscode.commands.executeCommand('plume.setApiKey', API_KEY);
    }
  });

  test('changed, dropped and introduced facts are warnings on the proposal; « à vérifier » items are information', async () => {
    await openNewArticle(EXAMPLE);
    fake.script([{ answer: ALTERED }]);
    const outcome = await rewrite();
    assert.equal(outcome.status, 'proposed');
    assert.ok(outcome.proposal);
    const facts = await waitFor('fact warnings', () => plumeDiagnostics(outcome.proposal!).filter((diagnostic) => String(diagnostic.code).startsWith('fact-')), (list) => list.length >= 3);
    const warnings = facts.filter((diagnostic) => diagnostic.code !== 'fact-to-check');
    assert.ok(warnings.every((warning) => warning.severity === vscode.DiagnosticSeverity.Warning));
    const missing = warnings.find((warning) => warning.code === 'fact-missing' && warning.message.includes('Anna Eshoo'));
    assert.ok(missing, warnings.map((warning) => warning.message).join(' | '));
    assert.equal(missing.range.start.line, 0);
    // A changed figure is one warning with both versions, where the new one stands.
    const altered = warnings.find((warning) => warning.code === 'fact-altered' && warning.message.includes('120 000') && warning.message.includes('100 000'));
    assert.ok(altered, warnings.map((warning) => warning.message).join(' | '));
    const proposalDocument = await vscode.workspace.openTextDocument(outcome.proposal);
    assert.equal(proposalDocument.getText(altered.range), '120 000');
    assert.ok(facts.filter((diagnostic) => diagnostic.code === 'fact-to-check').every((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Information));
    const [tab] = plumeTabs();
    assert.match(tab?.label ?? '', /(constraint|contrainte)/);
  });

  test('the quick fix on a fact warning dismisses that fact for this proposal: warning gone, verdict ✓', async () => {
    const api = await plume();
    await openNewArticle(EXAMPLE);
    // A faithful rewrite that drops one person: the only unmet constraint.
    fake.script([{ answer: FAITHFUL.replace('Gabriel Gavin a rapporté', 'Notre correspondant a rapporté') }]);
    const outcome = await rewrite();
    assert.equal(outcome.status, 'proposed');
    const proposal = outcome.proposal!;
    const warning = await waitFor('the missing person', () => plumeDiagnostics(proposal).find((diagnostic) => diagnostic.code === 'fact-missing'), (found) => found !== undefined);
    assert.match(warning!.message, /Gabriel Gavin/);
    assert.match(plumeTabs()[0]?.label ?? '', /(1 constraint not met|1 contrainte non tenue)/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', proposal, warning!.range, vscode.CodeActionKind.QuickFix.value);
    const ignore = actions.find((action) => action.command?.command === 'plume.ignoreFact');
    assert.ok(ignore, actions.map((action) => action.title).join(' | '));
    assert.match(ignore.title, /Gabriel Gavin/);
    assert.ok(!actions.some((action) => /Disable fact-|Désactiver fact-/.test(action.title)), 'a fact warning is no check to turn off');
    assert.equal(await vscode.commands.executeCommand(ignore.command!.command, ...(ignore.command!.arguments ?? [])), true);
    await waitFor('the warning to go', () => plumeDiagnostics(proposal).filter((diagnostic) => diagnostic.code === 'fact-missing'), (list) => list.length === 0);
    await waitFor('the verdict ✓ in the diff title', () => plumeTabs()[0]?.label ?? '', (label) => label.includes('✓'));
    assert.ok(api.log.lines.some((line) => /fact set aside/.test(line)));
  });

  test('proposals for two files coexist; a second rewrite of a file replaces its first', async () => {
    const api = await plume();
    const first = await openNewArticle(EXAMPLE);
    fake.script([{ answer: FAITHFUL }]);
    assert.equal((await rewrite()).status, 'proposed');
    const second = await openNewArticle(EXAMPLE);
    assert.equal((await rewrite()).status, 'proposed');
    const firstProposal = api.rewrite.proposalFor(first.uri);
    assert.ok(firstProposal && api.rewrite.proposalFor(second.uri));
    assert.equal(plumeTabs().length, 2);
    await vscode.window.showTextDocument(first);
    fake.script([{ answer: FAITHFUL }]);
    assert.equal((await rewrite()).status, 'proposed');
    assert.equal(plumeTabs().length, 2);
    assert.notEqual(api.rewrite.proposalFor(first.uri)?.toString(), firstProposal.toString());
    assert.equal(await vscode.commands.executeCommand('plume.discardProposal', first.uri), true);
    assert.equal(await vscode.commands.executeCommand('plume.acceptProposal', second.uri), true);
    assert.equal(first.getText(), EXAMPLE);
    assert.notEqual(second.getText(), EXAMPLE);
  });

  test('regenerate sends the same request again with the added instruction', async () => {
    const document = await openNewArticle(EXAMPLE);
    fake.script([{ answer: FAITHFUL }]);
    assert.equal((await rewrite()).status, 'proposed');
    const outcome = await vscode.commands.executeCommand<RewriteOutcome>('plume.regenerate', document.uri, 'Adoptez un ton plus sobre.');
    assert.equal(outcome.status, 'proposed');
    const body = fake.requests.at(-1)?.body as { messages: { content: string }[] };
    assert.ok(body.messages.some((message) => message.content.includes('Adoptez un ton plus sobre.')));
    assert.ok(body.messages.some((message) => message.content.includes('Lors d’un appel téléphonique du 3 octobre')));
    assert.equal(plumeTabs().length, 1);
    assert.equal(document.getText(), EXAMPLE);
  });

  test('plain http to another machine is refused before anything is sent', async () => {
    const document = await openNewArticle(EXAMPLE);
    await setSetting('openai.baseUrl', 'http://example.com/v1');
    try {
      const outcome = await rewrite();
      assert.equal(outcome.status, 'failed');
      assert.equal(outcome.failureKind, 'invalid-base-url');
      assert.equal(plumeTabs().length, 0);
      assert.equal(document.getText(), EXAMPLE);
    } finally {
      await setSetting('openai.baseUrl', fake.baseURL);
    }
  });

  test('plume.selectModel writes plume.openai.model', async () => {
    try {
      assert.equal(await vscode.commands.executeCommand('plume.selectModel', 'plume-fake'), 'plume-fake');
      assert.equal(vscode.workspace.getConfiguration('plume').get('openai.model'), 'plume-fake');
    } finally {
      await setSetting('openai.model', undefined);
    }
  });

  test('plume.selectModel lists the endpoint’s models in a quick pick', async () => {
    try {
      const before = fake.requests.length;
      const picked = vscode.commands.executeCommand<string | undefined>('plume.selectModel');
      await waitFor('the models request', () => fake.requests.slice(before).some((request) => request.path === '/v1/models'), Boolean);
      assert.equal(await pressUntilSettled(picked, 'workbench.action.acceptSelectedQuickOpenItem'), 'gpt-4o-mini');
    } finally {
      await setSetting('openai.model', undefined);
    }
  });

  test('Plume’s findings offer « Réécrire avec Plume »', async () => {
    const document = await openNewArticle(EXAMPLE);
    await waitForIds(document.uri, 'title-missing', (list) => list.includes('title-missing'));
    const diagnostic = plumeDiagnostics(document.uri).find((candidate) => idOf(candidate) === 'title-missing');
    assert.ok(diagnostic);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const action = actions.find((candidate) => candidate.command?.command === 'plume.rewrite');
    assert.ok(action, actions.map((candidate) => candidate.title).join(' | '));
    assert.match(action.title, /Rewrite with Plume|Réécrire avec Plume/);
  });

  test('the minimum words asked of the model follow .plumerc.json, as the diagnostics do', async () => {
    const rc = vscode.Uri.joinPath(workspaceFolder().uri, '.plumerc.json');
    await vscode.workspace.fs.writeFile(rc, new TextEncoder().encode(JSON.stringify({ minWords: 900 })));
    try {
      await openNewArticle(EXAMPLE);
      const chat = await rewriteAndReadRequest();
      assert.match(chat.body.messages[1].content ?? '', /au moins 900 mots/);
      await vscode.commands.executeCommand('plume.discardProposal');
    } finally {
      await vscode.workspace.fs.delete(rc);
    }
  });

  test('a base URL in the workspace settings is ignored: requests go to the user-level URL', async () => {
    const folder = workspaceFolder().uri;
    const settingsFile = vscode.Uri.joinPath(folder, '.vscode', 'settings.json');
    const elsewhere = await startFakeOpenAI();
    try {
      // VS Code hides the application-scoped base URL from inspect(); a workspace-scoped setting
      // written beside it shows when the configuration service has read the file.
      await vscode.workspace.fs.writeFile(settingsFile, new TextEncoder().encode(JSON.stringify({ 'plume.openai.baseUrl': elsewhere.baseURL, 'plume.diagnostics.debounceMs': 301 })));
      await waitFor('the workspace settings to be read', () => vscode.workspace.getConfiguration('plume').inspect<number>('diagnostics.debounceMs')?.workspaceValue, (value) => value === 301);
      await openNewArticle(EXAMPLE);
      fake.script([{ answer: FAITHFUL }]);
      const before = fake.requests.length;
      assert.equal((await rewrite()).status, 'proposed');
      assert.ok(fake.requests.length > before, 'the user-level endpoint got the request');
      assert.equal(elsewhere.requests.length, 0, 'the workspace’s endpoint got nothing');
      const api = await plume();
      assert.ok(api.log.lines.some((line) => /plume\.openai\.baseUrl in .*settings\.json is ignored/.test(line)), 'the log says the workspace value is ignored');
    } finally {
      await vscode.workspace.fs.delete(settingsFile);
      await elsewhere.close();
    }
  });

  test('the key never appears in the log', async () => {
    const api = await plume();
    // Its own rewrites, whatever ran before: one that succeeds and one the endpoint refuses.
    await openNewArticle(EXAMPLE);
    await rewriteAndReadRequest();
    await openNewArticle(EXAMPLE);
    fake.script([{ status: 401 }]);
    assert.equal((await rewrite()).failureKind, 'unauthorized');
    const log = api.log.lines.join('\n');
    assert.match(log, /rewrite document of .*127\.0\.0\.1/, 'the rewrites were logged');
    assert.match(log, /rewrite failed .*unauthorized/);
    assert.ok(!log.includes(API_KEY), 'the API key is not in the log');
    assert.ok(!log.includes(API_KEY.slice(3, 20)), 'no part of the key is in the log');
  });

  test('a team .plumerc.json shapes the prompt, the verdict and the language, as in the CLI', async () => {
    // The CLI's twin: test/unit/config/teamConfig.test.ts. French here because the test host's
    // display language is English: with plume.language on `auto`, the team's choice must show.
    const rc = vscode.Uri.joinPath(workspaceFolder().uri, '.plumerc.json');
    const team = { language: 'fr', minWords: 900, checks: { 'meta-description-length': { min: 100, max: 140 }, 'title-length': { max: 55 } } };
    const chosen = vscode.workspace.getConfiguration('plume').inspect('language')?.workspaceValue;
    await setSetting('language', undefined);
    await vscode.workspace.fs.writeFile(rc, new TextEncoder().encode(JSON.stringify(team)));
    try {
      const document = await openNewArticle(EXAMPLE);
      await waitFor('the team’s numbers in French', () => plumeDiagnostics(document.uri).map((diagnostic) => diagnostic.message).join('\n'), (text) => text.includes('de 100 à 140 caractères') && text.includes('900 attendus'));
      // The quick fix drafts to the team's lengths: a title of 55 characters at most, a
      // description of 100 to 140 (the defaults are 60 and 120–156).
      const missing = plumeDiagnostics(document.uri).find((diagnostic) => idOf(diagnostic) === 'title-missing');
      assert.ok(missing, 'title-missing is reported');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, missing.range, vscode.CodeActionKind.QuickFix.value);
      const skeleton = actions.find((action) => /^Ajouter un front matter/.test(action.title));
      assert.ok(skeleton?.edit, `the front matter fix, in French, among: ${actions.map((action) => action.title).join(' | ')}`);
      const inserted = skeleton.edit.entries().flatMap(([, edits]) => edits.map((edit) => edit.newText)).join('\n');
      const draftTitle = /^title: "([^"]*)"$/m.exec(inserted)?.[1] ?? '';
      const draftDescription = /^description: "([^"]*)"$/m.exec(inserted)?.[1] ?? '';
      assert.ok(draftTitle.length > 0 && [...draftTitle].length <= 55, `title draft of ${[...draftTitle].length} characters`);
      assert.ok([...draftDescription].length >= 100 && [...draftDescription].length <= 140, `description draft of ${[...draftDescription].length} characters`);
      const chat = await rewriteAndReadRequest();
      const prompt = (chat.body.messages as { content: string }[]).map((message) => message.content).join('\n');
      assert.ok(prompt.includes('title (55 caractères au plus)'), 'the title limit in the prompt');
      assert.ok(prompt.includes('méta-description de 100 à 140 caractères'), 'the description limit in the prompt');
      assert.ok(prompt.includes('au moins 900 mots'), 'the minimum in the prompt');
      // The faithful answer (879 words, a 142-character description) passes the defaults, not the
      // team's 900 words and 140 characters.
      const [tab] = plumeTabs();
      assert.match(tab?.label ?? '', /879 mots/);
      assert.match(tab?.label ?? '', /2 contraintes non tenues/);
    } finally {
      await vscode.workspace.fs.delete(rc);
      await setSetting('language', chosen);
    }
  });
});
