// The walk, in order: each step does what a person would do and waits for what they would see.
// run.mjs screenshots the page after each one as test-output/e2e/<name>.png. To extend the
// walk, append a step; a step may rely on the state the previous ones left.
//
// The test host runs in English; the French strings are accepted too so that the walk also
// passes in a French workbench.

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
    async run(page) {
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
      await problems(page).locator('.monaco-list-row', { hasText: /No title|Aucun titre/ }).first().waitFor();
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
    async run(page) {
      // Cursor on line 1 (where "No title" points), then Ctrl+. for the light bulb's menu.
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+Home');
      const fix = page.locator('.action-widget .monaco-list-row', {
        hasText: /Add front matter \(title, description\) drafted from the text|Ajouter un front matter \(title, description\) tiré du texte/,
      }).first();
      await openQuickFixMenu(page, fix);
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
    async run(page) {
      // "$(pencil) 706 words · 4": the word count and the number of findings, right of the status bar.
      const item = page.locator('.statusbar-item', { hasText: /\b\d[\d\s\u00a0\u202f,.]*\s(words|mots) · \d+/ });
      await item.waitFor();
      const text = (await item.innerText()).replace(/[\u00a0\u202f]/g, ' ').trim();
      if (!/\b706 (words|mots) · \d+$/.test(text)) throw new Error(`status bar shows "${text}", expected "706 words · N"`);
      console.log(`e2e:   status bar: ${text}`);
      await item.hover();
      await page.locator('.monaco-hover', { hasText: /Reading ease|Facilité de lecture/ }).waitFor();
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
];
