// The walk, in order: each step does what a person would do and waits for what they would see.
// run.mjs screenshots the page after each one as test-output/e2e/<name>.png. To extend the
// walk, append a step; a step may rely on the state the previous ones left.

/** Waits until an editor shows `expected`. Monaco draws spaces as U+00A0; Playwright's
 * hasText folds all whitespace (U+00A0 included) into plain spaces before comparing. */
async function waitForEditorText(page, expected) {
  await page.locator('.editor-instance .monaco-editor .view-lines', { hasText: expected }).first().waitFor();
}

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
];
