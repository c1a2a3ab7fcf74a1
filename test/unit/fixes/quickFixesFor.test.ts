import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import type { TextEdit } from '../../../src/core/fixes/QuickFix';
import { quickFixesFor } from '../../../src/core/fixes/quickFixesFor';
import { fixture, words } from '../checks/runCheck';

function applyEdits(text: string, edits: TextEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((result, edit) => result.slice(0, edit.start) + edit.text + result.slice(edit.end), text);
}

/** Applies the first fix of the first finding of `checkId`; returns the new text and its findings' ids. */
function applyFirstFix(text: string, checkId: string) {
  const { doc, findings } = analyzeArticle(text);
  const finding = findings.find((candidate) => candidate.checkId === checkId);
  expect(finding, `${checkId} should be reported`).toBeDefined();
  const [fix] = finding ? quickFixesFor(doc, finding) : [];
  expect(fix, `${checkId} should have a fix`).toBeDefined();
  const fixed = applyEdits(text, fix?.edits ?? []);
  return { fix, fixed, ids: analyzeArticle(fixed).findings.map((f) => f.checkId) };
}

const example = fixture('example', 'article-blinken-azerbaidjan.txt');

describe('quick fixes', () => {
  it('adds a front matter with a title draft and a meta description to the example article', () => {
    const { fix, fixed, ids } = applyFirstFix(example, 'title-missing');
    expect(fix?.title.fr).toContain('front matter');
    expect(fixed.startsWith('---\ntitle: "Lors d’un appel')).toBe(true);
    expect(ids).not.toContain('title-missing');
    expect(ids).not.toContain('meta-description-missing');
    expect(ids).not.toContain('front-matter-invalid');
    expect(ids).not.toContain('meta-description-length');
    expect(fixed.endsWith(example)).toBe(true);
  });

  it('drafts the title and the description to the lengths the team configured', () => {
    const layers = [{ checks: { 'title-length': { max: 30 }, 'meta-description-length': { min: 60, max: 100 } } }];
    const { doc, findings, settings } = analyzeArticle(example, layers);
    const finding = findings.find((candidate) => candidate.checkId === 'title-missing');
    const [fix] = finding ? quickFixesFor(doc, finding, settings) : [];
    const fixed = applyEdits(example, fix?.edits ?? []);
    const title = /^title: "([^"]*)"$/m.exec(fixed)?.[1] ?? '';
    const description = /^description: "([^"]*)"$/m.exec(fixed)?.[1] ?? '';
    expect([...title].length).toBeGreaterThan(0);
    expect([...title].length).toBeLessThanOrEqual(30);
    expect([...description].length).toBeGreaterThanOrEqual(60);
    expect([...description].length).toBeLessThanOrEqual(100);
    expect(analyzeArticle(fixed, layers).findings.map((f) => f.checkId)).not.toContain('meta-description-length');
  });

  it('fills an empty title in place, and says it completes the front matter', () => {
    for (const empty of ['title: ""', 'title:', "title: ''"]) {
      const text = `---\n${empty}\ntags: [a]\n---\n\n${example}`;
      const { fix, fixed, ids } = applyFirstFix(text, 'title-missing');
      expect(fix?.title.fr).toBe('Compléter le front matter (title, description) à partir du texte');
      expect(fixed).toMatch(/^---\ntitle: "Lors d’un appel[^"\n]*"\ntags: \[a\]\ndescription: "[^"]+"\n---\n/);
      expect(ids).not.toContain('title-missing');
      expect(ids).not.toContain('front-matter-invalid');
    }
    // With a description already there, the title alone.
    const described = `---\ntitle: ""\ndescription: "Les législateurs démocrates pressent Antony Blinken d’agir contre l’Azerbaïdjan, alors que Washington pèse une dérogation."\n---\n\n${example}`;
    const { fix, ids } = applyFirstFix(described, 'title-missing');
    expect(fix?.title.en).toBe('Complete the front matter (title) from the text');
    expect(ids).not.toContain('title-missing');
  });

  it('adds only the missing key to an existing YAML front matter, keeping the others in order', () => {
    const text = `---\ntitle: "Haut-Karabakh : la pression monte"\ntags: [a]\n---\n\n${example}`;
    const { fixed, ids } = applyFirstFix(text, 'meta-description-missing');
    expect(fixed).toMatch(/^---\ntitle: "Haut-Karabakh : la pression monte"\ntags: \[a\]\ndescription: "Lors d’un appel[^"]*"\n---\n/);
    expect(ids).not.toContain('meta-description-missing');
  });

  it('writes TOML into a TOML front matter', () => {
    const text = `+++\ntitle = "Un titre"\n+++\n\n${example}`;
    const { fixed, ids } = applyFirstFix(text, 'meta-description-missing');
    expect(fixed).toMatch(/^\+\+\+\ntitle = "Un titre"\ndescription = "Lors/);
    expect(ids).not.toContain('meta-description-missing');
  });

  it('turns an extra H1 into an H2', () => {
    const { fixed, ids } = applyFirstFix('# Premier\n\nTexte.\n\n# Second\n\nSuite.\n', 'h1-multiple');
    expect(fixed).toBe('# Premier\n\nTexte.\n\n## Second\n\nSuite.\n');
    expect(ids).not.toContain('h1-multiple');
  });

  it('fixes a heading-level jump, also on a setext heading', () => {
    expect(applyFirstFix('# Titre\n\n### Trop bas\n\nTexte.\n', 'heading-increment').fixed).toBe('# Titre\n\n## Trop bas\n\nTexte.\n');
    const setext = applyFirstFix('# Titre\n\n### Partie\n\nTexte.\n', 'heading-increment');
    expect(setext.ids).not.toContain('heading-increment');
  });

  it('adds an alt text drawn from the image file name', () => {
    const { fixed, ids } = applyFirstFix('# Titre\n\n![](images/carte-haut-karabakh.png)\n', 'image-alt-missing');
    expect(fixed).toContain('![carte haut karabakh](images/carte-haut-karabakh.png)');
    expect(ids).not.toContain('image-alt-missing');
  });

  it('separates lines pasted as one paragraph (the example article) into paragraphs', () => {
    const { fixed, ids } = applyFirstFix(example, 'paragraph-too-long');
    expect(fixed.split('\n\n')).toHaveLength(example.trim().split('\n').length);
    expect(ids).not.toContain('paragraph-too-long');
    expect(analyzeArticle(fixed).doc.wordCount).toBe(706);
  });

  it('offers no line split inside a quote or for a paragraph of one long line', () => {
    const quote = `> ${words(80)}.\n> ${words(80)}.\n`;
    const { doc, findings } = analyzeArticle(quote);
    const finding = findings.find((f) => f.checkId === 'paragraph-too-long');
    expect(finding && quickFixesFor(doc, finding)).toEqual([]);
  });
});
