// The SEO report's one stylesheet, for VS Code's webview and for the page `plume report` writes.
// It is a string here so that the CLI, which esbuild bundles, carries it without a file beside it;
// media/report.css, which the webview loads, is GENERATED from it by scripts/make-report-css.mjs
// (`npm run generate`; test/unit/generatedFiles.test.ts fails when the two differ).
//
// In the webview every colour is the theme's (VS Code's --vscode-* variables); each has a
// fallback for the standalone page, which has no theme: light by default, dark when the system
// prefers it (`.plume-report-page` under prefers-color-scheme). The search preview keeps Google's
// own font and colours, on Google's own background, in light and dark. No external URL, no
// @import, no !important: the webview's Content-Security-Policy and the page's need nothing more.
export const REPORT_CSS = `/* Plume: the SEO report (VS Code webview and plume report) */

/* The page's own palette when no VS Code theme gives one. */
:root {
  --plume-fg: #1f1f1f;
  --plume-bg: #ffffff;
  --plume-dim: #616161;
  --plume-border: #cecece;
  --plume-input-bg: #ffffff;
  --plume-secondary-bg: #e5e5e5;
  --plume-secondary-hover: #cccccc;
}

.plume-report-page {
  color-scheme: light dark;
  margin: 0;
}

@media (prefers-color-scheme: dark) {
  .plume-report-page {
    --plume-fg: #cccccc;
    --plume-bg: #1f1f1f;
    --plume-dim: #9d9d9d;
    --plume-border: #3c3c3c;
    --plume-input-bg: #313131;
    --plume-secondary-bg: #313131;
    --plume-secondary-hover: #3c3c3c;
  }
}

body {
  color: var(--vscode-foreground, var(--plume-fg, #1f1f1f));
  background: var(--vscode-sideBar-background, var(--plume-bg, #ffffff));
  font-family: var(--vscode-font-family, system-ui, sans-serif);
  font-size: var(--vscode-font-size, 14px);
  line-height: 1.4;
}

.plume-report {
  padding: 8px 0 16px;
}

.plume-report-page .plume-report {
  max-width: 760px;
  margin: 0 auto;
  padding: 24px 16px 48px;
}

.plume-report h1 {
  font-size: 1.4em;
  font-weight: 600;
  margin: 0 0 16px;
  overflow-wrap: anywhere;
}

.plume-report h2 {
  font-size: 1.1em;
  font-weight: 600;
  margin: 0;
}

.plume-report h3 {
  font-size: 1em;
  font-weight: 600;
  margin: 12px 0 4px;
}

/* Read by screen readers only. */
.visually-hidden {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  border: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  clip-path: inset(50%);
  white-space: nowrap;
}

.note,
.count {
  color: var(--vscode-descriptionForeground, var(--plume-dim, #616161));
  font-size: 0.92em;
}

.placeholder {
  font-style: italic;
  opacity: 0.75;
}

/* Buttons */
.plume-report button {
  font: inherit;
  cursor: pointer;
}

.plume-report button.primary,
.plume-report button.fix,
.plume-report button.fix-ai,
.plume-report button.docs {
  border: 1px solid var(--vscode-button-border, transparent);
  border-radius: 2px;
  padding: 1px 7px;
  line-height: 1.4;
  color: var(--vscode-button-secondaryForeground, var(--plume-fg, #1f1f1f));
  background: var(--vscode-button-secondaryBackground, var(--plume-secondary-bg, #e5e5e5));
}

.plume-report button.fix:hover,
.plume-report button.fix-ai:hover,
.plume-report button.docs:hover {
  background: var(--vscode-button-secondaryHoverBackground, var(--plume-secondary-hover, #cccccc));
}

.plume-report button.primary {
  padding: 4px 12px;
  color: var(--vscode-button-foreground, #ffffff);
  background: var(--vscode-button-background, #0078d4);
}

.plume-report button.primary:hover {
  background: var(--vscode-button-hoverBackground, #026ec1);
}

.plume-report button:focus-visible,
.plume-report summary:focus-visible {
  outline: 1px solid var(--vscode-focusBorder, #0078d4);
  outline-offset: 1px;
}

.report-actions {
  margin: 0 0 12px;
}

/* The SEO fields */
.fields {
  margin: 0 0 16px;
}

.field {
  display: flex;
  flex-direction: column;
  gap: 2px;
  margin: 0 0 10px;
}

.field label,
.field .label {
  font-weight: 600;
}

.field label .note,
.field .label .note {
  font-weight: normal;
}

.field input,
.field textarea {
  box-sizing: border-box;
  width: 100%;
  padding: 4px 6px;
  border: 1px solid var(--vscode-input-border, var(--plume-border, #cecece));
  border-radius: 2px;
  color: var(--vscode-input-foreground, var(--plume-fg, #1f1f1f));
  background: var(--vscode-input-background, var(--plume-input-bg, #ffffff));
  font: inherit;
}

.field textarea {
  resize: vertical;
}

.field input:focus,
.field textarea:focus {
  outline: 1px solid var(--vscode-focusBorder, #0078d4);
  outline-offset: -1px;
}

.field .value {
  overflow-wrap: anywhere;
}

.field-info {
  display: flex;
  flex-wrap: wrap;
  gap: 0 10px;
}

.field-info:empty {
  display: none;
}

/* The search preview, as Google draws it: Arial, its colours, its widths. */
.preview {
  margin: 0 0 16px;
}

.preview > h2 {
  margin: 0 0 8px;
}

.serp {
  --serp-bg: #ffffff;
  --serp-border: #dadce0;
  --serp-url: #202124;
  --serp-title: #1a0dab;
  --serp-text: #4d5156;
  --serp-dim: #70757a;
  box-sizing: border-box;
  width: fit-content;
  max-width: 100%;
  margin: 0 0 10px;
  padding: 10px 14px 12px;
  overflow-x: auto;
  border: 1px solid var(--serp-border);
  border-radius: 8px;
  color: var(--serp-text);
  background: var(--serp-bg);
  font-family: Arial, "Liberation Sans", sans-serif;
}

body.vscode-dark .serp,
body.vscode-high-contrast:not(.vscode-high-contrast-light) .serp {
  --serp-bg: #202124;
  --serp-border: #3c4043;
  --serp-url: #dadce0;
  --serp-title: #8ab4f8;
  --serp-text: #bdc1c6;
  --serp-dim: #9aa0a6;
}

@media (prefers-color-scheme: dark) {
  .plume-report-page .serp {
    --serp-bg: #202124;
    --serp-border: #3c4043;
    --serp-url: #dadce0;
    --serp-title: #8ab4f8;
    --serp-text: #bdc1c6;
    --serp-dim: #9aa0a6;
  }
}

.serp-kind {
  margin: 0 0 4px;
  color: var(--serp-dim);
  font-family: var(--vscode-font-family, system-ui, sans-serif);
  font-size: 11px;
  letter-spacing: 0.04em;
  text-transform: uppercase;
}

.serp-url {
  color: var(--serp-url);
  font-size: 14px;
  line-height: 20px;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
}

.serp-title {
  color: var(--serp-title);
  font-weight: normal;
}

.serp-desktop .serp-url,
.serp-desktop .serp-title,
.serp-desktop .serp-description {
  width: 600px;
}

.serp-desktop .serp-title {
  margin: 4px 0 3px;
  font-size: 20px;
  line-height: 26px;
  white-space: nowrap;
  overflow: hidden;
}

.serp-mobile .serp-url,
.serp-mobile .serp-title,
.serp-mobile .serp-description {
  width: 400px;
}

.serp-mobile .serp-title {
  margin: 6px 0 4px;
  font-size: 16px;
  line-height: 20px;
}

.serp-line {
  display: block;
  white-space: nowrap;
}

.serp-description {
  color: var(--serp-text);
  font-size: 14px;
  line-height: 22px;
  overflow-wrap: break-word;
}

.serp b {
  font-weight: bold;
}

.serp .placeholder {
  color: var(--serp-dim);
}

/* The sections, their scores and their lines */
.report-section {
  margin: 0 0 14px;
}

.report-section > summary {
  cursor: pointer;
  padding: 2px 0;
}

.report-section > summary h2 {
  display: inline;
  margin: 0 8px 0 2px;
}

.score {
  margin: 0 0 0 4px;
  color: var(--vscode-descriptionForeground, var(--plume-dim, #616161));
}

.light {
  display: inline-flex;
  flex: none;
  align-items: center;
  justify-content: center;
  width: 16px;
  height: 1.4em;
}

.light .shape {
  font-size: 0.9em;
  line-height: 1;
}

.light-good {
  color: var(--vscode-testing-iconPassed, #388a34);
}

.light-improve {
  color: var(--vscode-editorWarning-foreground, #bf8803);
}

.light-problem {
  color: var(--vscode-editorError-foreground, #e51400);
}

.waiting {
  margin: 4px 0;
  color: var(--vscode-descriptionForeground, var(--plume-dim, #616161));
}

.lines {
  list-style: none;
  margin: 4px 0 0;
  padding: 0;
}

.line {
  display: flex;
  flex-direction: row;
  flex-wrap: wrap;
  align-items: flex-start;
  gap: 2px 6px;
  padding: 2px 0;
}

/* The text fills the row; in a narrow side bar the actions go under it rather than squeeze it. */
.line > .reveal,
.line > .text {
  flex: 1 1 18em;
  min-width: 0;
  overflow-wrap: anywhere;
}

.plume-report button.reveal {
  padding: 0;
  border: 0;
  color: inherit;
  background: none;
  text-align: start;
}

.plume-report button.reveal:hover .line-title,
.plume-report .outline button.reveal:hover {
  text-decoration: underline;
}

.line-title {
  font-weight: 600;
}

.actions {
  display: flex;
  flex: none;
  gap: 4px;
  margin-inline-start: auto;
}

.actions:empty {
  display: none;
}

/* The figures and the outline */
.figures {
  display: grid;
  grid-template-columns: auto 1fr;
  gap: 2px 12px;
  margin: 4px 0 0;
}

.figures dt {
  color: var(--vscode-descriptionForeground, var(--plume-dim, #616161));
}

.figures dd {
  margin: 0;
  font-variant-numeric: tabular-nums;
}

.outline {
  list-style: none;
  margin: 0;
  padding: 0;
}

.outline li {
  padding: 1px 0;
  overflow-wrap: anywhere;
}

.outline .level {
  display: inline-block;
  min-width: 2em;
  color: var(--vscode-descriptionForeground, var(--plume-dim, #616161));
  font-size: 0.85em;
}

.outline-h2 { padding-inline-start: 1em; }
.outline-h3 { padding-inline-start: 2em; }
.outline-h4 { padding-inline-start: 3em; }
.outline-h5 { padding-inline-start: 4em; }
.outline-h6 { padding-inline-start: 5em; }

/* High contrast: every box and control outlined with the theme's contrast border. */
body.vscode-high-contrast .serp,
body.vscode-high-contrast-light .serp,
body.vscode-high-contrast .field input,
body.vscode-high-contrast-light .field input,
body.vscode-high-contrast .field textarea,
body.vscode-high-contrast-light .field textarea,
body.vscode-high-contrast .plume-report button.primary,
body.vscode-high-contrast-light .plume-report button.primary,
body.vscode-high-contrast .plume-report button.fix,
body.vscode-high-contrast-light .plume-report button.fix,
body.vscode-high-contrast .plume-report button.fix-ai,
body.vscode-high-contrast-light .plume-report button.fix-ai,
body.vscode-high-contrast .plume-report button.docs,
body.vscode-high-contrast-light .plume-report button.docs {
  border-color: var(--vscode-contrastBorder, currentColor);
  outline: 1px solid var(--vscode-contrastBorder, currentColor);
}

/* High-contrast themes define no secondary button colours: the light fallback would put their
   white text on light grey. Text buttons there are the theme's text on its background. */
body.vscode-high-contrast .plume-report button.fix,
body.vscode-high-contrast-light .plume-report button.fix,
body.vscode-high-contrast .plume-report button.fix-ai,
body.vscode-high-contrast-light .plume-report button.fix-ai,
body.vscode-high-contrast .plume-report button.docs,
body.vscode-high-contrast-light .plume-report button.docs {
  color: var(--vscode-foreground, currentColor);
  background: transparent;
}

body.vscode-high-contrast .plume-report button:focus-visible,
body.vscode-high-contrast-light .plume-report button:focus-visible,
body.vscode-high-contrast .field input:focus,
body.vscode-high-contrast-light .field input:focus,
body.vscode-high-contrast .field textarea:focus,
body.vscode-high-contrast-light .field textarea:focus {
  outline: 1px dashed var(--vscode-contrastActiveBorder, var(--vscode-focusBorder, currentColor));
  outline-offset: 1px;
}
`;
