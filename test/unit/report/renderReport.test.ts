import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import type { Language } from '../../../src/core/checks/Check';
import { buildReportModel } from '../../../src/core/report/buildReportModel';
import type { ReportModel } from '../../../src/core/report/ReportModel';
import { REPORT_CSS } from '../../../src/core/report/reportCss';
import { escapeHtml, renderReportAnalysis, renderReportFields, renderReportPage } from '../../../src/core/report/renderReport';
import type { RenderOptions } from '../../../src/core/report/renderReport';
import { fixture } from '../checks/runCheck';

const HOSTILE_TITLE = 'Les <script>alert("x")</script> & « guillemets » d’O\'Brien';
const HOSTILE = `---
title: '${HOSTILE_TITLE.replace(/'/g, "''")}'
description: "Voir <img src=x onerror=alert(1)> et https://exemple.org/source?a=1&b=2 pour le détail."
keyphrase: guillemets
---

# ${HOSTILE_TITLE}

Un texte avec un [lien](https://exemple.com/cache) que le rapport ne montre pas.

## Un <b>intertitre</b> "cité"
`;
const model = (text: string): ReportModel => buildReportModel(analyzeArticle(text, [], undefined, { fileName: 'article.md' }));
const interactive = (language: Language = 'fr'): RenderOptions => ({ language, interactive: true, icons: 'codicons' });
const staticRender = (language: Language = 'fr'): RenderOptions => ({ language, interactive: false, icons: 'unicode' });
const render = (report: ReportModel, options: RenderOptions): string => renderReportFields(report, options) + renderReportAnalysis(report, options);

/** Every tag's attributes, read as a browser reads them: values in double quotes hold no raw quote once escaped. */
function attributes(html: string): { tag: string; name: string; value: string }[] {
  const found: { tag: string; name: string; value: string }[] = [];
  for (const [tag, name, rest] of html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>/g) as Iterable<[string, string, string]>) {
    for (const [, attribute, value] of rest.matchAll(/\s+([^\s"'>/=]+)(?:="([^"]*)")?/g)) found.push({ tag: name, name: attribute as string, value: value ?? '' });
    void tag;
  }
  return found;
}

/** What is left of the HTML once every well-formed tag is taken out: text a reader sees, escaped. */
const textOf = (html: string): string => html.replace(/<\/?[a-zA-Z][\w-]*(?:\s+[^\s"'>/=]+(?:="[^"]*")?)*\s*\/?>/g, '');

describe('renderReport: what comes from the article is escaped', () => {
  const report = model(HOSTILE);
  const escapedTitle = escapeHtml(HOSTILE_TITLE);

  it('escapes the five characters HTML gives a meaning', () => {
    expect(escapeHtml('<a href="x" title=\'y\'>&</a>')).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('reads the hostile title and description as they are written', () => {
    expect(report.fields.title.value).toBe(HOSTILE_TITLE);
    expect(report.fields.description.value).toContain('<img src=x onerror=alert(1)>');
  });

  for (const [name, options] of [['interactive', interactive()], ['static', staticRender()]] as const) {
    it(`escapes the title in the fields, the preview and the outline (${name})`, () => {
      const html = render(report, options);
      expect(html).not.toContain('<script');
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<b>intertitre</b>');
      // The field (an input's value, or text), the desktop preview, the outline's H1.
      expect(html.split(escapedTitle).length - 1).toBeGreaterThanOrEqual(3);
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(html).toContain('<span class="level">H2</span> Un &lt;b&gt;intertitre&lt;/b&gt; &quot;cité&quot;');
      // Every tag that remains is the renderer's own: no stray « < » or « > » in the text.
      expect(textOf(html)).not.toMatch(/[<>]/);
    });
  }

  it('keeps the typed value whole in the input, quotes and all', () => {
    const html = renderReportFields(report, interactive());
    const input = attributes(html).filter((attribute) => attribute.tag === 'input' && attribute.name === 'value');
    expect(input.map((attribute) => attribute.value)).toContain(escapedTitle);
  });

  it('escapes the title in the standalone page’s heading and <title> too', () => {
    const page = renderReportPage(report, { language: 'fr', fileName: '<évil>.md', css: REPORT_CSS });
    expect(page).toContain('<title>Rapport SEO : &lt;évil&gt;.md</title>');
    expect(page).not.toContain('<évil>');
    expect(page).not.toMatch(/<script/i);
  });
});

describe('renderReport: the webview’s markup', () => {
  const report = model(fixture('example', 'article-blinken-azerbaidjan.txt'));
  const hostile = model(HOSTILE);

  it('has no inline event handler and no style attribute (the webview’s policy allows neither)', () => {
    for (const html of [render(report, interactive()), render(hostile, interactive()), render(hostile, interactive('en'))]) {
      const found = attributes(html);
      expect(found.length).toBeGreaterThan(50);
      expect(found.filter((attribute) => /^on/i.test(attribute.name))).toEqual([]);
      expect(found.filter((attribute) => attribute.name.toLowerCase() === 'style')).toEqual([]);
      expect(html).not.toMatch(/<script|<style/i);
    }
  });

  it('makes the fields inputs with their key, the lines buttons, and actions only on lines to work on', () => {
    const html = render(hostile, interactive());
    expect(html).toMatch(/<input id="plume-field-title" type="text" data-field="title" data-key="title" value="/);
    expect(html).toMatch(/<textarea id="plume-field-description" data-field="description" data-key="description"/);
    expect(html).toContain('data-action="rewrite"');
    const goodLines = [...html.matchAll(/<li class="line line-good"[^>]*>.*?<\/li>/g)].map(([line]) => line);
    expect(goodLines.length).toBeGreaterThan(0);
    for (const line of goodLines) expect(line).not.toMatch(/class="fix/);
    expect(html).toMatch(/<li class="line line-problem"[^>]*>.*?class="fix-ai"/);
  });

  it('speaks French or English, punctuated for each', () => {
    const fr = render(report, interactive('fr'));
    const en = render(report, interactive('en'));
    expect(fr).toContain('Aperçu dans Google');
    expect(fr).toContain('<span class="line-title">Présence du titre</span> : <span');
    expect(en).toContain('Google preview');
    expect(en).toContain('<span class="line-title">Title presence</span>: <span');
    expect(en).not.toMatch(/<\/span> : <span class="line-message">/);
  });
});

describe('renderReportPage: the file `plume report` writes', () => {
  const report = model(HOSTILE);
  const page = renderReportPage(report, { language: 'fr', fileName: 'article.md', css: REPORT_CSS });

  it('is a whole HTML document in the report’s language, with the stylesheet inline', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
    expect(page).toContain(`<style>\n${REPORT_CSS}\n</style>`);
    expect(page).toContain('<body class="plume-report-page">');
    expect(renderReportPage(report, { language: 'en', fileName: 'article.md', css: '' })).toContain('<html lang="en">');
  });

  it('is self-contained: no script, nothing fetched, its policy forbids both', () => {
    expect(page).not.toMatch(/<script|<link|<iframe|<img|<object|<embed|@import|url\(/i);
    // « src=x » is in the description: as text, never as an attribute.
    expect(attributes(page).filter((attribute) => ['src', 'href', 'action', 'srcset'].includes(attribute.name.toLowerCase()))).toEqual([]);
    expect(page).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">');
    // The only addresses are the article’s own words (its description), escaped.
    const urls = [...page.matchAll(/https?:\/\/[^\s"<]+/g)].map(([url]) => url);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toBe('https://exemple.org/source?a=1&amp;b=2');
  });

  it('renders static text, no control to act on', () => {
    const found = attributes(page);
    expect(found.filter((attribute) => /^on/i.test(attribute.name) || attribute.name === 'style')).toEqual([]);
    expect(page).not.toMatch(/<(button|input|textarea|label)\b/);
    expect(page).toContain('<span class="shape" aria-hidden="true">■</span><span class="visually-hidden">problème</span>');
  });

  it('says « non renseigné » for a missing field and invites a title and description in the preview', () => {
    const empty = renderReportPage(model('Un texte sans titre.\n'), { language: 'fr', fileName: 'a.md', css: '' });
    expect(empty).toContain('<div id="plume-field-title" class="value"><i>non renseigné</i></div>');
    expect(empty).toContain('<span class="placeholder">Ajoutez un titre SEO</span>');
    expect(empty).toContain('<span class="placeholder">Ajoutez une méta-description');
  });
});

describe('renderReport: figures and counts', () => {
  it('counts the title’s characters as a reader does, a combining accent with its letter', () => {
    const composed = model('---\ntitle: Été à Montréal\n---\n\nUn texte.\n');
    const decomposed = model(`---\ntitle: ${'Été à Montréal'.normalize('NFD')}\n---\n\nUn texte.\n`);
    for (const report of [composed, decomposed]) expect(renderReportFields(report, staticRender())).toContain('<span class="count">14 caractères · ');
  });

  it('writes percentages as each language writes them', () => {
    const report = model(fixture('example', 'article-blinken-azerbaidjan.txt'));
    expect(renderReportAnalysis(report, staticRender('fr'))).toMatch(/<dd>\d+,\d %<\/dd>/);
    expect(renderReportAnalysis(report, staticRender('en'))).toMatch(/<dd>\d+\.\d%<\/dd>/);
  });

  it('says how many checks wait for a keyphrase, singular or plural', () => {
    const report = model(fixture('example', 'article-blinken-azerbaidjan.txt'));
    expect(renderReportAnalysis(report, staticRender())).toContain(`<p class="waiting">${report.waitingForKeyphrase} vérifications attendent une expression clé principale`);
    expect(renderReportAnalysis({ ...report, waitingForKeyphrase: 1 }, staticRender('en'))).toContain('<p class="waiting">1 check waits for a focus keyphrase');
    expect(renderReportAnalysis({ ...report, waitingForKeyphrase: 0 }, staticRender())).not.toContain('class="waiting"');
  });
});

describe('renderReport: checks waiting for a keyphrase', () => {
  const text = '# Trains de nuit\n\nUn texte court sur les trains de nuit.\n';
  it('asks the view’s writer to type it above, and the page’s reader to declare it where a page can', () => {
    const report = model(text);
    expect(report.waitingForKeyphrase).toBeGreaterThan(1);
    expect(renderReportAnalysis(report, interactive())).toContain('saisissez-la ci-dessus');
    const page = renderReportAnalysis(report, staticRender());
    expect(page).not.toContain('ci-dessus');
    expect(page).toContain('--keyphrase');
    expect(renderReportAnalysis(report, staticRender('en'))).toContain('declare it in the front matter');
  });
});
