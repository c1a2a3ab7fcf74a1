import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { allChecks } from '../../../src/core/checks/registry';
import type { PlumeConfig } from '../../../src/core/config/PlumeConfig';
import type { ArticleOptions } from '../../../src/core/markdown/ArticleDocument';
import { buildReportModel, readingEaseBand } from '../../../src/core/report/buildReportModel';
import type { PreviewSegment, ReportModel } from '../../../src/core/report/ReportModel';
import { fixture } from '../checks/runCheck';

const EXAMPLE = fixture('example', 'article-blinken-azerbaidjan.txt');
const plain = (segments: readonly PreviewSegment[]): string => segments.map((segment) => segment.text).join('');
const bold = (segments: readonly PreviewSegment[]): string[] => segments.filter((segment) => segment.bold).map((segment) => segment.text);
const model = (text: string, layers: (PlumeConfig | undefined)[] = [], options: ArticleOptions = {}): ReportModel => buildReportModel(analyzeArticle(text, layers, undefined, options));
const line = (report: ReportModel, id: string) => report.sections.flatMap((section) => section.lines).find((candidate) => candidate.checkId === id);

describe('buildReportModel: the example article (pasted press copy, no front matter, no heading)', () => {
  const report = model(EXAMPLE, [], { fileName: 'articles/article-blinken-azerbaidjan.txt' });

  it('has no field yet: each says the key a typed value will go to', () => {
    expect(report.fields).toEqual({
      title: { value: '', source: 'none', key: 'title' },
      description: { value: '', source: 'none', key: 'description' },
      keyphrase: { value: '', source: 'none', key: 'keyphrase' },
      synonyms: { value: '', source: 'none', key: 'keyphrase_synonyms' },
    });
    expect(report.synonyms).toEqual([]);
  });

  it('previews an empty title and description, under the slug of the file name', () => {
    expect(report.preview.url).toEqual({ segments: ['article-blinken-azerbaidjan'] });
    expect(report.preview.desktop).toEqual({ title: [], titleCut: false, titleWidthPx: 0, description: [], descriptionCut: false });
    expect(report.preview.mobile).toEqual({ titleLines: [], titleCut: false, description: [], descriptionCut: false });
    // Without a file name (an untitled editor), no slug.
    expect(model(EXAMPLE).preview.url).toEqual({ segments: [] });
  });

  it('flags what a reader sees is missing: title, meta description, subheadings, paragraphs', () => {
    for (const id of ['title-missing', 'meta-description-missing', 'subheadings-missing']) expect(line(report, id)?.light, id).toBe('problem');
    // Fifteen lines separated by single line breaks: Markdown reads one paragraph.
    expect(line(report, 'paragraph-too-long')?.light).toBe('problem');
    // Nothing to contradict: one H1 at most (there is none).
    expect(line(report, 'h1-multiple')).toMatchObject({ light: 'good', findings: [] });
    // Nothing to judge, so no line and no points (as Yoast leaves out what does not apply): no
    // heading to step through, no title to measure, no description to size, no image.
    for (const id of ['heading-increment', 'title-width', 'meta-description-length', 'image-alt-missing', 'image-alt-length', 'section-too-long']) expect(line(report, id), id).toBeUndefined();
    // So a text with no title, no description and no subheading does not pass for good SEO:
    // the three problems weigh among the checks that apply only.
    const seo = report.sections.find((section) => section.id === 'seo');
    expect(seo?.light).not.toBe('good');
    expect(line(report, 'title-missing')?.message.fr).toContain('Aucun titre');
    expect(report.sections[0]?.lines[0]?.light).toBe('problem');
  });

  it('has every keyphrase check waiting for a keyphrase, none listed', () => {
    const waiting = allChecks.filter((check) => check.needsKeyphrase && check.defaultSeverity !== 'off');
    expect(waiting.length).toBeGreaterThan(0);
    expect(report.waitingForKeyphrase).toBe(waiting.length);
    for (const check of waiting) expect(line(report, check.id), check.id).toBeUndefined();
  });

  it('has no outline, and a reading ease in the band of its value', () => {
    expect(report.figures.outline).toEqual([]);
    // About 700 words: the figures say so, and so does the word-count check.
    expect(report.figures.words).toBeGreaterThan(690);
    expect(report.figures.words).toBeLessThan(720);
    expect(line(report, 'word-count-min')?.light).toBe('good');
    // Press copy with sentences of 25 words and more: not an easy read on the Kandel–Moles scale.
    expect(report.figures.readingEase).not.toBeNull();
    expect(report.figures.readingEase as number).toBeLessThan(60);
    expect(report.figures.readingEaseBand).toEqual(readingEaseBand(report.figures.readingEase));
    expect(['Assez difficile', 'Difficile', 'Très difficile']).toContain(report.figures.readingEaseBand?.fr);
    expect(report.figures.titleWidthPx).toBeNull();
  });
});

describe('buildReportModel: an article with its front matter', () => {
  const ARTICLE = `---
title: "Élection présidentielle 2027 : les candidats déclarés"
description: "Qui sera candidat à l’élection présidentielle de 2027 ? Les candidatures déclarées, les primaires des partis et les derniers sondages."
keyphrase: élection présidentielle
keyphrase_synonyms: [scrutin présidentiel]
slug: presidentielle-2027
---

# Les candidats à l’élection présidentielle

Les élections présidentielles de 2027 approchent.

## Les candidatures déclarées

Trois personnes sont candidates.

### À gauche

Une primaire est prévue.

## Les sondages
`;
  const report = model(ARTICLE, [{ siteUrl: 'https://www.exemple.fr/actualites/' }], { fileName: 'brouillon.md' });

  it('reads each field from its front matter key', () => {
    expect(report.fields).toEqual({
      title: { value: 'Élection présidentielle 2027 : les candidats déclarés', source: 'front-matter', key: 'title' },
      description: { value: 'Qui sera candidat à l’élection présidentielle de 2027 ? Les candidatures déclarées, les primaires des partis et les derniers sondages.', source: 'front-matter', key: 'description' },
      keyphrase: { value: 'élection présidentielle', source: 'front-matter', key: 'keyphrase' },
      synonyms: { value: 'scrutin présidentiel', source: 'front-matter', key: 'keyphrase_synonyms' },
    });
    // The team's synonyms (none here) are listed apart: the field holds the article's own.
    expect(report.synonyms).toEqual([]);
  });

  it('previews the title and description whole, the keyphrase in bold, under the site’s address and the slug', () => {
    const { url, desktop, mobile } = report.preview;
    // The front matter slug wins over the file name.
    expect(url).toEqual({ host: 'www.exemple.fr', segments: ['actualites', 'presidentielle-2027'] });
    expect(plain(desktop.title)).toBe(report.fields.title.value);
    expect(desktop.titleCut).toBe(false);
    expect(bold(desktop.title)).toEqual(['Élection', 'présidentielle']);
    // 135 characters: under 156, whole.
    expect(plain(desktop.description)).toBe(report.fields.description.value);
    expect(desktop.descriptionCut).toBe(false);
    expect(bold(desktop.description)).toEqual(['élection', 'présidentielle']);
    expect(mobile.titleLines.map(plain).join(' ')).toBe(report.fields.title.value);
    expect(report.waitingForKeyphrase).toBe(0);
  });

  it('outlines the headings with their levels and where they are', () => {
    expect(report.figures.outline.map(({ level, text }) => [level, text])).toEqual([
      [1, 'Les candidats à l’élection présidentielle'],
      [2, 'Les candidatures déclarées'],
      [3, 'À gauche'],
      [2, 'Les sondages'],
    ]);
    for (const entry of report.figures.outline) expect(ARTICLE.slice(entry.range.start, entry.range.end)).toContain(entry.text);
  });

  it('has the keyphrase checks on their lines, and flags the slug without « élection »', () => {
    expect(line(report, 'keyphrase-in-title')?.light).toBe('good');
    expect(line(report, 'keyphrase-in-meta-description')?.light).toBe('good');
    expect(line(report, 'keyphrase-in-slug')?.light).not.toBe('good');
    expect(line(report, 'meta-description-missing')?.light).toBe('good');
    expect(line(report, 'title-missing')?.light).toBe('good');
  });

  it('keeps the writer’s own key, and writes a keyphrase listed among `keywords` to `keyphrase`', () => {
    const seo = model('---\nseo_title: Le titre SEO\ntitle: Le titre de la page\nmeta_description: Une description.\nkeywords: [trains de nuit, Europe]\n---\n\nUn texte.\n');
    expect(seo.fields.title).toEqual({ value: 'Le titre SEO', source: 'front-matter', key: 'seo_title' });
    expect(seo.fields.description).toEqual({ value: 'Une description.', source: 'front-matter', key: 'meta_description' });
    expect(seo.fields.keyphrase).toEqual({ value: 'trains de nuit', source: 'front-matter', key: 'keyphrase' });
  });

  it('reads the title from the H1 without one in the front matter, and a keyphrase given for the run', () => {
    const h1 = model('# Le retour des trains de nuit\n\nUn texte.\n', [], { keyphrase: 'trains de nuit' });
    expect(h1.fields.title).toEqual({ value: 'Le retour des trains de nuit', source: 'h1', key: 'title' });
    expect(h1.fields.keyphrase).toEqual({ value: 'trains de nuit', source: 'option', key: 'keyphrase' });
    // The keyphrase’s content words: neither « des » nor « de » (which Snowball stems alike).
    expect(bold(h1.preview.desktop.title)).toEqual(['trains', 'nuit']);
    // Quoted, an exact match: its function word too, in its own form.
    const quoted = model('# Le retour des trains de nuit\n\nUn texte.\n', [], { keyphrase: '"trains de nuit"' });
    expect(bold(quoted.preview.desktop.title)).toEqual(['trains', 'de', 'nuit']);
  });

  it('cuts a long title and description in the preview as Google would', () => {
    const long = model(`---\ntitle: "${'Le retour des trains de nuit en Europe, de Paris à Vienne et de Berlin à Stockholm'}"\ndescription: "${'Les trains de nuit reviennent en Europe. '.repeat(5).trim()}"\n---\n\nUn texte.\n`);
    expect(long.preview.desktop.titleCut).toBe(true);
    expect(plain(long.preview.desktop.title).endsWith(' …')).toBe(true);
    expect(long.preview.desktop.descriptionCut).toBe(true);
    expect(long.preview.mobile.descriptionCut).toBe(true);
    // 41 characters a sentence, 5 sentences less a space: 204; cut within the 156 first.
    expect(plain(long.preview.desktop.description)).toBe('Les trains de nuit reviennent en Europe. Les trains de nuit reviennent en Europe. Les trains de nuit reviennent en Europe. Les trains de nuit reviennent en …');
  });
});

describe('readingEaseBand', () => {
  it('names the bands of the Kandel–Moles scale at their bounds', () => {
    const band = (ease: number | null) => readingEaseBand(ease)?.fr ?? null;
    expect([100, 90, 89.9, 80, 70, 60, 59.9, 50, 49.9, 30, 29.9, -10].map(band)).toEqual([
      'Très facile', 'Très facile', 'Facile', 'Facile', 'Assez facile', 'Standard', 'Assez difficile', 'Assez difficile', 'Difficile', 'Difficile', 'Très difficile', 'Très difficile',
    ]);
    expect(band(null)).toBeNull();
    expect(readingEaseBand(45)?.en).toBe('Difficult');
  });
});
