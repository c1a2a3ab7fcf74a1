// The walk, in order: each step does what a person would do and waits for what they would see.
// run.mjs screenshots the page after each one as test-output/e2e/<name>.png; a step may take
// more pictures on the way with `snap(label)` (<name>-<label>.png). To extend the walk, append
// a step; a step may rely on the state the previous ones left.
//
// The walk runs twice, with plume.language set to `fr` and then `en` (the workbench itself stays
// in English): each step expects Plume's own texts in that language and fails on any of the other
// language's — findings, quick fixes, status bar and its hover, the diff's title, the modal.

/** Waits until an editor shows `expected`. Monaco draws spaces as U+00A0; Playwright's
 * hasText folds all whitespace (U+00A0 included) into plain spaces before comparing. */
async function waitForEditorText(page, expected) {
  await page.locator('.editor-instance .monaco-editor .view-lines', { hasText: expected }).first().waitFor();
}

/** Polls `probe` (an async function returning a value or undefined) until it returns something. */
async function waitUntil(description, probe, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    last = await probe();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The first `count` lines of the active editor, in order (Monaco renders lines out of order). */
async function firstEditorLines(page, count) {
  const lines = await page.locator('.editor-instance .monaco-editor .view-lines .view-line').evaluateAll((nodes) => nodes
    .map((node) => ({ top: Number.parseFloat(node.style.top), text: node.textContent.replace(/\u00a0/g, ' ') }))
    .sort((a, b) => a.top - b.top)
    .map((line) => line.text));
  return lines.slice(0, count);
}

/**
 * Ctrl+. until the quick fix menu shows `entry`. The workbench re-asks for code actions 250 ms
 * after the cursor moves, and a Ctrl+. inside that window can lose to it and answer "No code
 * actions available" (seen 1 time in 10 without the pause, 0 in 25 with it): a person never types
 * that fast, so pause like one, and press again if it still happens.
 */
async function openQuickFixMenu(page, entry) {
  const nothing = page.locator('.monaco-editor-overlaymessage', { hasText: /No code actions|Aucune action de code/ });
  for (let attempt = 1; ; attempt += 1) {
    await page.waitForTimeout(400);
    await page.keyboard.press('Control+.');
    await entry.or(nothing).first().waitFor();
    if (!(await nothing.isVisible())) return;
    if (attempt === 3) throw new Error('Ctrl+. kept answering "No code actions available"');
    console.log('e2e:   Ctrl+. answered "No code actions available"; pressing it again');
    await page.keyboard.press('Escape');
    await nothing.waitFor({ state: 'hidden' });
  }
}

/** F1, type `command` (as the workbench names it in English), then click the entry whose label matches `label`. */
async function runCommand(page, command, label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.fill(`>${command}`);
  const entry = page.locator('.quick-input-list .monaco-list-row .label-name', { hasText: label }).first();
  await entry.click();
}

/** `fr` or `en` text for the walk's language. */
const t = (language, fr, en) => (language === 'fr' ? fr : en);

// Words that only Plume's texts of one language hold: the other walk must never show them.
const MARKERS = {
  fr: ['mots', 'intertitres', 'Réécrire avec Plume', 'Désactiver', 'proposition', 'Facilité de lecture', 'Phrases', 'Annuler', 'Appliquer quand même', 'Aucun titre', 'constat'],
  en: ['words', 'subheadings', 'Rewrite with Plume', 'Disable', 'proposal', 'Reading ease', 'Sentences', 'Apply anyway', 'No title', 'finding', 'changed inside'],
};

/** Fails when `locator`'s text holds a word of the other language's Plume texts. */
async function expectLanguage(locator, language, where) {
  const text = (await locator.allInnerTexts()).join(' \n ');
  const other = MARKERS[language === 'fr' ? 'en' : 'fr'];
  // A hyphen joins a word to its neighbours: check ids such as `subheadings-missing` are codes,
  // the same in both languages, not English.
  const found = other.filter((marker) => new RegExp(`(^|[^\\p{L}-])${marker}([^\\p{L}-]|$)`, 'u').test(text));
  if (found.length > 0) throw new Error(`${where} shows ${found.map((word) => `« ${word} »`).join(', ')} while Plume speaks ${language}: ${text.slice(0, 300)}`);
}

/**
 * The SEO report's page: VS Code draws a webview as an iframe (iframe.webview) holding the
 * extension's page in another (#active-frame). The report is the one whose page has #report.
 */
async function reportFrame(page) {
  return waitUntil('the SEO report’s webview', async () => {
    const count = await page.locator('iframe.webview.ready').count();
    for (let i = 0; i < count; i += 1) {
      const frame = page.frameLocator('iframe.webview.ready').nth(i).frameLocator('#active-frame');
      if (await frame.locator('#report .report-section').count().catch(() => 0) > 0) return frame;
    }
    return undefined;
  }, 30_000);
}

/** The lights the report shows: how many lines of each. */
async function readLights(report) {
  const count = (light) => report.locator(`#report .line.line-${light}`).count();
  return { problem: await count('problem'), improve: await count('improve'), good: await count('good') };
}

const problems = (page) => page.locator('.markers-panel');
/** A row of the Problems panel for one Plume check (the code is shown next to the source). */
const problemRow = (page, checkId) => problems(page).locator('.monaco-list-row', { hasText: checkId });

export const steps = [
  {
    name: '01-open',
    async run(page) {
      // The Explorer lists the workspace; a single click opens the file in the editor.
      const item = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'exemple.md' });
      await item.click();
      await page.locator('.tabs-container .tab', { hasText: 'exemple.md' }).waitFor();
      await waitForEditorText(page, 'Lors d’un appel');
      // The status bar's language picker: Markdown, not Plain Text, is what wakes Plume up.
      await page.locator('[id="status.editor.mode"]', { hasText: 'Markdown' }).waitFor();
    },
  },
  {
    name: '02-problems',
    async run(page, { language }) {
      // Ctrl+B hides the Explorer so that each finding's message fits on its line (this
      // screenshot is the README's), then Ctrl+Shift+M, View > Problems.
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+B');
      await page.locator('.part.sidebar').waitFor({ state: 'hidden' });
      await page.keyboard.press('Control+Shift+M');
      await problems(page).waitFor();
      // Plume's findings: source "Plume", the check id as code, the message in the display language.
      const titleMissing = problemRow(page, 'title-missing');
      await titleMissing.waitFor();
      await problems(page).locator('.monaco-list-row', { hasText: t(language, 'Aucun titre', 'No title') }).first().waitFor();
      await expectLanguage(problems(page).locator('.monaco-list-row', { hasText: 'Plume' }), language, 'the Problems panel');
      await titleMissing.filter({ hasText: 'Plume' }).waitFor();
      await problemRow(page, 'meta-description-missing').waitFor();
      const rows = await problems(page).locator('.monaco-list-row', { hasText: 'Plume' }).count();
      if (rows < 3) throw new Error(`expected several Plume findings in the Problems panel, saw ${rows}`);
      // And in the editor, the squiggle under the first line (the picture needs it too).
      await page.locator('.editor-instance .monaco-editor .squiggly-error').first().waitFor();
    },
  },
  {
    name: '03-quickfix',
    async run(page, { language }) {
      // Cursor on line 1 (where "No title" points), then Ctrl+. for the light bulb's menu.
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+Home');
      const fix = page.locator('.action-widget .monaco-list-row', {
        hasText: t(language, 'Ajouter un front matter (title, description) tiré du texte', 'Add front matter (title, description) drafted from the text'),
      }).first();
      await openQuickFixMenu(page, fix);
      // The whole menu in one language: Plume's fixes, « Réécrire avec Plume », « Désactiver « Titre manquant » ».
      const menu = page.locator('.action-widget .monaco-list-row');
      await page.locator('.action-widget .monaco-list-row', { hasText: t(language, 'Réécrire avec Plume', 'Rewrite with Plume') }).first().waitFor();
      await page.locator('.action-widget .monaco-list-row', { hasText: t(language, 'Désactiver « Titre manquant » pour cet espace de travail', 'Disable “Missing title” for this workspace') }).first().waitFor();
      await expectLanguage(menu, language, 'the quick fix menu');
      // The menu sits under a pointer shield: move through it with the arrow keys, as its
      // keyboard users do, until the fix is the focused row, then Enter.
      for (let moves = 0; !(await fix.evaluate((row) => row.classList.contains('focused'))); moves += 1) {
        if (moves > 20) throw new Error('could not reach the front matter fix in the quick fix menu');
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Enter');
      await page.locator('.action-widget').waitFor({ state: 'hidden' });

      await page.keyboard.press('Control+Home');
      const lines = await waitUntil('the front matter at the top of the editor', async () => {
        const top = await firstEditorLines(page, 3);
        return top[0] === '---' && top[1]?.startsWith('title:') ? top : undefined;
      });
      console.log(`e2e:   editor now starts with: ${lines.map((line) => (line.length > 50 ? `${line.slice(0, 50)}…` : line)).join(' ⏎ ')}`);
      // The debounced re-analysis clears the two findings the front matter answers.
      await problemRow(page, 'title-missing').waitFor({ state: 'detached' });
      await problemRow(page, 'meta-description-missing').waitFor({ state: 'detached' });
      await problems(page).locator('.monaco-list-row', { hasText: 'Plume' }).first().waitFor();
    },
  },
  {
    name: '04-status',
    async run(page, { language }) {
      // "$(pencil) 706 words · 4": the word count and the number of findings, right of the status bar.
      const item = page.locator('.statusbar-item', { hasText: new RegExp(`\\b\\d[\\d\\s\\u00a0\\u202f,.]*\\s${t(language, 'mots', 'words')} · \\d+`) });
      await item.waitFor();
      const text = (await item.innerText()).replace(/[\u00a0\u202f]/g, ' ').trim();
      if (!new RegExp(`\\b706 ${t(language, 'mots', 'words')} · \\d+$`).test(text)) throw new Error(`status bar shows "${text}", expected "706 ${t(language, 'mots', 'words')} · N"`);
      console.log(`e2e:   status bar: ${text}`);
      await item.hover();
      const hover = page.locator('.monaco-hover', { hasText: t(language, 'Facilité de lecture', 'Reading ease') });
      await hover.waitFor();
      await expectLanguage(hover, language, 'the status bar’s hover');
    },
  },
  {
    name: '05-activation',
    async run(page) {
      // Developer: Show Running Extensions lists each extension with the time its code took to
      // load and its activate() to return. Logged as a figure to watch, not asserted.
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      await page.locator('.quick-input-widget input').fill('>Developer: Show Running Extensions');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Running Extensions' }).first().waitFor();
      await page.keyboard.press('Enter');
      const list = page.locator('.runtime-extensions-editor .monaco-list');
      await list.locator('.monaco-list-row').first().waitFor();
      // Slowest first, and only the rows on screen exist: scroll down until Plume's shows up.
      const row = list.locator('.monaco-list-row', { hasText: 'Plume' });
      await list.hover();
      for (let scrolls = 0; (await row.count()) === 0 && scrolls < 20; scrolls += 1) await page.mouse.wheel(0, 200);
      await row.locator('.activation-time', { hasText: /\d+ ?ms/ }).waitFor();
      const time = (await row.locator('.activation-time').innerText()).trim();
      // The built-in Markdown extension activates on the same event: a yardstick for this machine.
      const markdown = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Markdown Language Features' }).locator('.activation-time');
      const yardstick = (await markdown.count()) > 0 ? `; Markdown Language Features: ${(await markdown.innerText()).trim()}` : '';
      console.log(`e2e:   Plume ${time} (code loading + activate(), as the workbench measured it${yardstick})`);
    },
  },
  {
    name: '06-api-key',
    async run(page, { snap, language }) {
      // Plume: Set API Key asks for the key in a password box (the fake endpoint on 127.0.0.1
      // would do without one, but this is the path of a writer with a real provider).
      await page.keyboard.press('Escape');
      await runCommand(page, 'Plume: Set API Key', /^Plume: (Set API Key|Définir la clé API)$/);
      const box = page.locator('.quick-input-widget input[type="password"]');
      await box.waitFor();
      await page.locator('.quick-input-widget', { hasText: t(language, 'clé API pour', 'API key for') }).waitFor();
      await page.keyboard.type('sk-e2e-test');
      await snap('typed');
      await page.keyboard.press('Enter');
      // The box closes once the key is stored; an empty or refused key would keep it open.
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
      const error = page.locator('.notifications-toasts .notification-toast', { hasText: /API|Plume/ });
      if (await error.count() > 0) throw new Error(`a notification appeared: ${await error.first().innerText()}`);
    },
  },
  {
    name: '07-rewrite',
    async run(page, { language }) {
      // A fresh article first: Ctrl+Z in exemple.md undoes step 03's quick fix (one edit, so one
      // undo), back to the article without front matter. (File: Revert File would not do: the
      // workbench saves after a delay, so the file on disk has the front matter too.) The
      // Running Extensions tab closes on the way.
      await page.locator('.tabs-container .tab.active .tab-actions .action-label').click();
      await page.locator('.tabs-container .tab.active', { hasText: 'exemple.md' }).waitFor();
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+Z');
      await page.keyboard.press('Control+Home');
      await waitUntil('the article without front matter after Ctrl+Z', async () => (await firstEditorLines(page, 1))[0]?.startsWith('Lors d’un appel'));
      // The diff needs the room: hide the Problems panel (Ctrl+J), step 08 shows it again.
      await page.keyboard.press('Control+J');
      await page.locator('.part.panel').waitFor({ state: 'hidden' });

      const started = Date.now();
      await runCommand(page, 'Plume: Rewrite as SEO Article', /^Plume: (Rewrite as SEO Article|Réécrire en article SEO)$/);
      const diff = page.locator('.editor-instance .monaco-diff-editor');
      await diff.waitFor();
      // Streaming, the title says "writing…"; when the proposal is complete the diff reopens
      // titled with the report: "Plume: exemple.md ↔ proposal — 9xx words, 6 subheadings ✓".
      const title = page.locator('.tabs-container .tab.active', { hasText: new RegExp(`${t(language, 'mots', 'words')}, \\d+ ${t(language, 'intertitres', 'subheadings')}`) });
      await title.waitFor({ timeout: 60_000 });
      const label = (await title.innerText()).replace(/\s+/g, ' ').trim();
      console.log(`e2e:   proposal complete after ${Date.now() - started} ms: ${label}`);
      if (!label.includes('✓')) throw new Error(`the proposal's title reports unmet constraints: ${label}`);
      await expectLanguage(title, language, 'the diff’s title');
      // Both sides, side by side: the original on the left, the SEO article on the right.
      const modified = diff.locator('.editor.modified .view-lines');
      await modified.filter({ hasText: 'Haut-Karabakh' }).waitFor();
      await diff.locator('.editor.original .view-lines', { hasText: 'Lors d’un appel' }).waitFor();
      // The diff's colours are computed after the text arrives: wait for the inserted lines.
      await diff.locator('.editor.modified .line-insert').first().waitFor();
      const sides = await diff.locator('.editor.original, .editor.modified').evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().width));
      if (sides.length !== 2 || sides.some((width) => width < 300)) throw new Error(`expected a side-by-side diff, saw sides ${sides.join(', ')} px wide`);
      // The picture: no progress toast over the text, the pointer out of the way.
      await page.locator('.notifications-toasts .notification-toast').waitFor({ state: 'detached' });
      await page.mouse.move(0, 450);
    },
  },
  {
    name: '07b-conflict',
    async run(page, { snap, language }) {
      // The writer goes back to the article while the diff is open and types inside the text
      // being rewritten, then clicks ✓ on the proposal: Plume must ask, and « Cancel » must keep
      // what they typed (the button once took its menu's argument for « apply anyway »).
      const articleTab = page.locator('.tabs-container .tab', { hasText: 'exemple.md' }).filter({ hasNotText: '↔' });
      const diffTab = page.locator('.tabs-container .tab', { hasText: '↔' });
      await articleTab.click();
      await page.locator('.tabs-container .tab.active', { hasText: 'exemple.md' }).filter({ hasNotText: '↔' }).waitFor();
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+Home');
      await page.keyboard.type('Brouillon. ');
      await waitUntil('the typed words in the article', async () => (await firstEditorLines(page, 1))[0]?.startsWith('Brouillon. Lors d’un appel'));
      await diffTab.click();
      await page.locator('.editor-instance .monaco-diff-editor').waitFor();
      const accept = page.locator('.editor-actions .action-label[aria-label*="Accept Proposal"], .editor-actions .action-label[aria-label*="Accepter la proposition"]').first();
      await accept.click();
      const dialog = page.locator('.monaco-dialog-box', { hasText: t(language, 'a changé dans le texte réécrit', 'changed inside the rewritten text') });
      await dialog.waitFor();
      const cancel = t(language, 'Annuler', 'Cancel');
      for (const button of [t(language, 'Relancer sur le nouveau texte', 'Re-run on the new text'), t(language, 'Appliquer quand même', 'Apply anyway'), cancel]) {
        await dialog.locator('.monaco-button', { hasText: new RegExp(`^${button}$`) }).first().waitFor();
      }
      await expectLanguage(dialog, language, 'the conflict dialog');
      await snap('modal');
      await dialog.locator('.monaco-button', { hasText: new RegExp(`^${cancel}$`) }).first().click();
      await dialog.waitFor({ state: 'detached' });
      // Nothing applied: the proposal is still open for review, the article still holds the edit.
      await page.locator('.editor-instance .monaco-diff-editor').waitFor();
      await articleTab.click();
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+Home');
      const kept = (await firstEditorLines(page, 1))[0] ?? '';
      if (!kept.startsWith('Brouillon. Lors d’un appel')) throw new Error(`the writer's edit was lost: the article starts with "${kept.slice(0, 60)}"`);
      console.log('e2e:   ✓ asked before replacing the writer’s edit; Cancel kept it');
      // Ctrl+Z takes the typing back, so that step 08 accepts onto the text that was rewritten.
      // (Monaco may keep a word of typing per undo step; the earlier quick fix is already undone.)
      for (let presses = 0; !(await firstEditorLines(page, 1))[0]?.startsWith('Lors d’un appel'); presses += 1) {
        if (presses === 5) throw new Error('Ctrl+Z did not take the typing back');
        await page.keyboard.press('Control+Z');
        await page.waitForTimeout(200);
      }
      await diffTab.click();
      await page.locator('.editor-instance .monaco-diff-editor').waitFor();
    },
  },
  {
    name: '08-accept',
    async run(page, { language }) {
      // The ✓ in the editor title of the proposal side: one edit on the original, diff closed.
      const accept = page.locator('.editor-actions .action-label[aria-label*="Accept Proposal"], .editor-actions .action-label[aria-label*="Accepter la proposition"]').first();
      await accept.click();
      await page.locator('.editor-instance .monaco-diff-editor').waitFor({ state: 'detached' });
      await page.locator('.tabs-container .tab.active', { hasText: 'exemple.md' }).waitFor();
      await page.keyboard.press('Control+Home');
      const top = await waitUntil('the SEO article in the editor', async () => {
        const lines = await firstEditorLines(page, 40);
        return lines[0] === '---' && lines[1]?.startsWith('title:') && lines.some((line) => line.startsWith('## ')) ? lines : undefined;
      });
      console.log(`e2e:   editor now starts with: ${top.slice(0, 3).map((line) => (line.length > 50 ? `${line.slice(0, 50)}…` : line)).join(' ⏎ ')}; first subheading: ${top.find((line) => line.startsWith('## '))}`);
      // Plume has analysed the new text once the status bar counts its words (706 before).
      const status = page.locator('.statusbar-item', { hasText: new RegExp(`\\b\\d[\\d\\s\\u00a0\\u202f,.]*\\s${t(language, 'mots', 'words')} · \\d+`) });
      const counted = await waitUntil('the status bar to count the words of the SEO article', async () => {
        const text = (await status.innerText().catch(() => '')).replace(/[\u00a0\u202f]/g, ' ').trim();
        const words = Number(/(\d[\d ,.]*) (words|mots)/.exec(text)?.[1].replace(/[ ,.]/g, ''));
        return words >= 700 && words !== 706 ? text : undefined;
      });
      console.log(`e2e:   status bar: ${counted}`);
      // The Problems panel again: the findings the rewrite answers are gone.
      await page.keyboard.press('Control+Shift+M');
      await problems(page).waitFor();
      const answered = ['title-missing', 'subheadings-missing', 'meta-description-missing'];
      await waitUntil('title-missing, subheadings-missing and meta-description-missing to leave the Problems panel', async () => {
        for (const check of answered) if (await problemRow(page, check).count() > 0) return false;
        return true;
      });
      const left = await problems(page).locator('.monaco-list-row', { hasText: 'Plume' }).allInnerTexts();
      console.log(`e2e:   Plume findings left: ${left.length}${left.length ? ` (${left.map((row) => row.replace(/\s+/g, ' ').trim().slice(0, 60)).join('; ')})` : ''}`);
    },
  },
  {
    name: '09-report',
    async run(page, { snap, language }) {
      // The editor-title button (the graph icon) opens the SEO report beside the article.
      await page.keyboard.press('Control+J');
      await page.locator('.tabs-container .tab.active', { hasText: 'exemple.md' }).waitFor();
      const button = page.locator('.editor-actions .action-label[aria-label*="Open SEO Report"], .editor-actions .action-label[aria-label*="Ouvrir le rapport SEO"]').first();
      await button.click();
      await page.locator('.tabs-container .tab', { hasText: t(language, 'Rapport SEO', 'SEO report') }).first().waitFor();
      const report = await reportFrame(page);
      await report.locator('#report .report-section[data-section="seo"] .score').waitFor();
      await report.locator('#report .report-section[data-section="readability"] .score').waitFor();
      await report.locator('#report .serp-desktop .serp-title').waitFor();
      const before = await readLights(report);
      const scores = await report.locator('#report .report-section .score').allInnerTexts();
      console.log(`e2e:   report lights: ${before.problem} problem, ${before.improve} to improve, ${before.good} good; ${scores.join(', ')}`);
      if (before.problem + before.improve + before.good < 20) throw new Error(`expected a line per check, saw ${JSON.stringify(before)}`);
      await expectLanguage(report.locator('#report'), language, 'the SEO report');
      // Every light says what it is in words, not only by its colour and shape.
      const labels = await report.locator('#report .line .light .visually-hidden').allInnerTexts();
      if (labels.some((label) => !label.trim())) throw new Error('a light without its words');

      // The writer folds the figures away: the report's updates must leave them folded.
      await report.locator('#report details[data-section="figures"] > summary').click();
      await report.locator('#report details[data-section="figures"]:not([open])').waitFor();
      // A keyphrase typed in the view goes to the front matter, and the keyphrase checks follow it.
      const seo = report.locator('#report .report-section[data-section="seo"]');
      const seoBefore = await seo.innerText();
      const keyphrase = report.locator('#report input[data-field="keyphrase"]');
      await keyphrase.click();
      await keyphrase.fill('');
      await page.keyboard.type('Azerbaïdjan');
      await waitUntil('the keyphrase in the article’s front matter', async () => (await firstEditorLines(page, 10)).some((line) => line.startsWith('keyphrase: "Azerbaïdjan"')));
      await waitUntil('the SEO section to follow the new keyphrase', async () => (await seo.innerText()) !== seoBefore);
      // A description typed in the view: the front matter, the preview and the lights follow.
      const description = report.locator('#report textarea[data-field="description"]');
      await description.click();
      // Not Ctrl+A: in a webview the workbench answers it asynchronously, and the select-all then
      // lands in the middle of fast typing (a person's pause hides it, Playwright's typing does not).
      await description.fill('');
      await page.keyboard.type('Azerbaïdjan : Antony Blinken appelle Ilham Aliev à la retenue et à protéger les civils arméniens, après l’offensive dans le Haut-Karabakh.');
      // The editor wraps long lines: the front matter is read as one text.
      await waitUntil('the description in the front matter', async () => (await firstEditorLines(page, 10)).join(' ').replace(/\s+/g, ' ').includes('description: "Azerbaïdjan : Antony Blinken appelle Ilham Aliev'));
      await report.locator('#report .serp-desktop .serp-description', { hasText: 'Antony Blinken appelle' }).waitFor();
      // Google bolds the searched words: the keyphrase is in bold in the preview's description…
      await report.locator('#report .serp-desktop .serp-description b', { hasText: 'Azerbaïdjan' }).waitFor();
      // …and the check that looks for it there turns good.
      await report.locator('#report li.line-good[data-check="keyphrase-in-meta-description"]').waitFor();
      if (await report.locator('#report details[data-section="figures"][open]').count() > 0) throw new Error('an update opened the figures the writer had folded');
      const after = await readLights(report);
      console.log(`e2e:   after the keyphrase « Azerbaïdjan » and a description with it: ${after.problem} problem, ${after.improve} to improve, ${after.good} good`);

      // A click on a line takes the writer to the text it speaks of, selected in the editor.
      const line = report.locator('#report .line:not(.line-good) button.reveal').first();
      const checkId = await line.evaluate((node) => node.closest('[data-check]')?.getAttribute('data-check'));
      await line.click();
      await page.locator('.editor-instance .monaco-editor.focused .selected-text').first().waitFor();
      console.log(`e2e:   clicked the line of ${checkId}: the editor shows its text selected`);

      // The report in the dark and high-contrast themes, then the light one (Preferences: Color
      // Theme), whose picture is the README's: VS Code's colours, the lights by shape and words.
      for (const [theme, body] of [['Dark Modern', '.monaco-workbench.vs-dark'], ['Dark High Contrast', '.monaco-workbench.hc-black'], ['Light Modern', '.monaco-workbench.vs']]) {
        await runCommand(page, 'Preferences: Color Theme', /^Preferences: Color Theme$/);
        await page.locator('.quick-input-widget input').fill(theme);
        await page.locator('.quick-input-list .monaco-list-row', { hasText: new RegExp(`^${theme}`) }).first().click();
        await page.locator(body).waitFor();
        await report.locator('#report .report-section[data-section="seo"]').waitFor();
        await page.mouse.move(0, 450);
        if (theme !== 'Light Modern') await snap(theme.toLowerCase().replace(/ /g, '-'));
      }
      // Plume's icon in the activity bar opens the same report as a view in the side bar.
      await page.locator('.activitybar .action-item .action-label[aria-label^="Plume"]').first().click();
      await waitUntil('the report in the side bar too', async () => {
        const frames = page.frameLocator('iframe.webview.ready');
        let reports = 0;
        for (let i = 0; i < await page.locator('iframe.webview.ready').count(); i += 1) {
          if (await frames.nth(i).frameLocator('#active-frame').locator('#report .report-section[data-section="seo"] .score').count().catch(() => 0) > 0) reports += 1;
        }
        return reports >= 2;
      });
      await snap('side-bar');
      await page.keyboard.press('Control+B');
      await page.locator('.part.sidebar').waitFor({ state: 'hidden' });
      await page.mouse.move(0, 450);
    },
  },
];
