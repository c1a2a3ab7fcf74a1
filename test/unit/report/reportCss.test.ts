import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { buildReportModel } from '../../../src/core/report/buildReportModel';
import { REPORT_CSS } from '../../../src/core/report/reportCss';
import { renderReportAnalysis, renderReportFields } from '../../../src/core/report/renderReport';
import type { RenderOptions } from '../../../src/core/report/renderReport';

/** The declarations of the rules whose selector list holds `selector` exactly. */
function declarations(selector: string): string {
  const found: string[] = [];
  for (const [, selectors, body] of REPORT_CSS.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g) as Iterable<[string, string, string]>) {
    if (selectors.split(',').map((part) => part.trim()).includes(selector)) found.push(body);
  }
  return found.join('\n');
}

describe('the report’s stylesheet', () => {
  it('fetches nothing and forces nothing: no URL, no @import, no !important', () => {
    expect(REPORT_CSS).not.toMatch(/url\(|@import|!important|https?:|<\/style/i);
  });

  it('is well formed: braces balanced, every rule closed, no comment left open', () => {
    let depth = 0;
    for (const char of REPORT_CSS.replace(/\/\*[\s\S]*?\*\//g, '')) {
      if (char === '{') depth++;
      if (char === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    expect(REPORT_CSS.split('/*').length).toBe(REPORT_CSS.split('*/').length);
  });

  it('takes VS Code’s theme colours, with a fallback for the standalone page', () => {
    expect(declarations('body')).toContain('color: var(--vscode-foreground, ');
    expect(declarations('body')).toContain('background: var(--vscode-sideBar-background, ');
    expect(declarations('body')).toContain('font-family: var(--vscode-font-family, system-ui, sans-serif)');
    expect(declarations('.field input')).toContain('background: var(--vscode-input-background, ');
    expect(declarations('.field input')).toContain('color: var(--vscode-input-foreground, ');
    expect(declarations('.field input')).toContain('var(--vscode-input-border, ');
    expect(declarations('.plume-report button.primary')).toContain('var(--vscode-button-background, #0078d4)');
    expect(declarations('.plume-report button.primary')).toContain('var(--vscode-button-foreground, #ffffff)');
    expect(declarations('.plume-report button:focus-visible')).toContain('var(--vscode-focusBorder, ');
    expect(declarations('.light-good')).toContain('color: var(--vscode-testing-iconPassed, #388a34)');
    expect(declarations('.light-improve')).toContain('color: var(--vscode-editorWarning-foreground, #bf8803)');
    expect(declarations('.light-problem')).toContain('color: var(--vscode-editorError-foreground, #e51400)');
    // Every var() falls back to something: the standalone page has no theme.
    for (const [call] of REPORT_CSS.matchAll(/var\(--vscode-[\w-]+\)/g)) expect.fail(`${call} has no fallback`);
  });

  it('outlines boxes and controls with the contrast border in both high contrast themes', () => {
    expect(declarations('body.vscode-high-contrast .serp')).toContain('var(--vscode-contrastBorder');
    expect(declarations('body.vscode-high-contrast-light .serp')).toContain('var(--vscode-contrastBorder');
    expect(declarations('body.vscode-high-contrast-light .field input')).toContain('outline: 1px solid var(--vscode-contrastBorder');
  });

  it('hides .visually-hidden from the eye only', () => {
    const rule = declarations('.visually-hidden');
    expect(rule).toContain('position: absolute');
    expect(rule).toContain('clip-path: inset(50%)');
    expect(rule).not.toMatch(/display: none|visibility: hidden/);
  });

  it('draws the preview as Google does: Arial, 20 px titles in 600 px, 16 px titles in 400 px, line by line', () => {
    expect(declarations('.serp')).toContain('font-family: Arial, ');
    expect(declarations('.serp')).toContain('--serp-title: #1a0dab');
    expect(declarations('.serp')).toContain('--serp-text: #4d5156');
    expect(declarations('body.vscode-dark .serp')).toContain('--serp-title: #8ab4f8');
    expect(REPORT_CSS).toMatch(/@media \(prefers-color-scheme: dark\) \{\s*\.plume-report-page \.serp \{[^}]*--serp-title: #8ab4f8/);
    expect(declarations('.serp-desktop .serp-title')).toContain('font-size: 20px');
    expect(declarations('.serp-desktop .serp-title')).toContain('width: 600px');
    expect(declarations('.serp-mobile .serp-title')).toContain('font-size: 16px');
    expect(declarations('.serp-mobile .serp-title')).toContain('width: 400px');
    expect(declarations('.serp-description')).toContain('font-size: 14px');
    expect(declarations('.serp-line')).toContain('display: block');
    expect(declarations('.placeholder')).toContain('font-style: italic');
  });

  it('lays a line out as a row: light, text filling, actions at the end', () => {
    expect(declarations('.line')).toContain('display: flex');
    expect(declarations('.line > .reveal')).toMatch(/flex: 1 1 /);
    expect(declarations('.actions')).toContain('margin-inline-start: auto');
  });

  it('styles every class the renderer writes', () => {
    const article = '---\ntitle: Un titre\ndescription: Une description.\nkeyphrase: titre\nkeyphrase_synonyms: [intitulé]\n---\n\n# Un titre\n\nUn texte.\n\n## Une partie\n\n### Un détail\n\n#### Plus bas\n\n##### Encore\n\n###### Tout en bas\n';
    const model = buildReportModel(analyzeArticle(article));
    const html = (['codicons', 'unicode'] as const).map((icons) => {
      const options: RenderOptions = { language: 'fr', interactive: icons === 'codicons', icons };
      return renderReportFields(model, options) + renderReportAnalysis(model, options);
    }).join('');
    const classes = new Set([...html.matchAll(/class="([^"]+)"/g)].flatMap(([, names]) => (names as string).split(' ')));
    // The codicons' own stylesheet draws those; a light's li and the H1 of the outline need nothing.
    const unstyled = (name: string) => /^codicon/.test(name) || /^line-(good|improve|problem)$/.test(name) || name === 'outline-h1' || name === 'line-message' || name === 'text';
    const missing = [...classes].filter((name) => !unstyled(name) && !new RegExp(`\\.${name}(?![\\w-])`).test(REPORT_CSS));
    expect(missing).toEqual([]);
  });
});
