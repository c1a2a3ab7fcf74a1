// The user's own example: a French news article pasted as plain text (one line per paragraph, no
// blank lines, no headings, no front matter, about 705 words). What Plume says about it is what
// the user sees first.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { covered, fixture, runCheck } from './runCheck';

const ARTICLE = fixture('example', 'article-blinken-azerbaidjan.txt');
const FIRST_LINE = ARTICLE.split('\n')[0] ?? '';

const ids = (text: string): string[] => analyzeArticle(text).findings.map((finding) => finding.checkId);
// The keyphrase checks but keyphrase-distribution, whose notice on this article (no « Haut-Karabakh »
// in its last 11 sentences) has its own test below: the others judge the title, description and counts.
const keyphraseIds = (text: string): string[] => ids(text).filter((id) => id.startsWith('keyphrase-') && id !== 'keyphrase-distribution');
const withFrontMatter = (frontMatter: string, body = ARTICLE): string => `---\n${frontMatter}\n---\n${body}`;

describe('the example article', () => {
  it('is reported for what it lacks: a title, subheadings and a meta description', () => {
    const { findings, failures, doc } = analyzeArticle(ARTICLE);
    expect(failures).toEqual([]);
    const found = findings.map((finding) => finding.checkId);
    expect(found).toContain('title-missing');
    expect(found).toContain('subheadings-missing');
    expect(found).toContain('meta-description-missing');
    // It is French, and already long enough for the 700-word minimum.
    expect(found).not.toContain('not-french');
    expect(doc.language.language).toBe('fr');
    expect(doc.wordCount).toBeGreaterThanOrEqual(700);
    expect(found).not.toContain('word-count-min');
    // No keyphrase in the text: the keyphrase checks do not run.
    expect(found.filter((id) => id.startsWith('keyphrase-'))).toEqual([]);
  });

  it('finds « Haut-Karabakh » where it is: in the introduction, 4 times in the text', () => {
    for (const keyphrase of ['Haut-Karabakh', 'haut karabakh', 'HAUT-KARABAKH']) {
      const text = withFrontMatter(`keyphrase: ${keyphrase}`);
      // No title, description or subheading to look in (their own checks report them); the
      // first paragraph — the whole text, since no blank line separates its lines — names it;
      // 4 occurrences in about 705 words is 0.57 %, inside 0.5–3 %.
      expect(keyphraseIds(text), keyphrase).toEqual([]);
      expect(runCheck('keyphrase-density', text, { min: 1 })[0]?.data, keyphrase).toMatchObject({ occurrences: 4 });
    }
  });

  it('leaves its last 11 of 27 sentences without « Haut-Karabakh »: a distribution notice (40.7 %, over 30 %)', () => {
    const text = withFrontMatter('keyphrase: Haut-Karabakh');
    const distribution = analyzeArticle(text).findings.filter((finding) => finding.checkId === 'keyphrase-distribution');
    expect(distribution.map((finding) => finding.severity)).toEqual(['info']);
    expect(distribution[0]?.data).toMatchObject({ gap: 11, sentences: 27, occurrences: 4 });
  });

  it('counts « Arménie » with its elided forms (l’Arménie), not « Arméniens »', () => {
    const text = withFrontMatter('keyphrase: Arménie');
    expect(keyphraseIds(text)).toEqual([]);
    // 7 × « l’Arménie » + 1 × « Arménie »; « Arméniens » and « arménienne » are other words.
    expect(runCheck('keyphrase-density', text, { min: 2 })[0]?.data).toMatchObject({ occurrences: 8 });
  });

  it('reports a keyphrase the text barely uses', () => {
    const text = withFrontMatter('keyphrase: Nikol Pashinyan');
    const [density] = analyzeArticle(text).findings.filter((finding) => finding.checkId === 'keyphrase-density');
    const words = analyzeArticle(text).doc.wordCount;
    const fewest = Math.ceil(words * 0.005);
    expect(density?.message.fr).toContain(`« Nikol Pashinyan » apparaît 1 fois pour ${words} mots`);
    expect(density?.message.fr).toContain(`soit ${fewest} à `);
    expect(density?.message.fr).toContain(`environ ${fewest - 1} fois de plus`);
    expect(density?.range).toEqual({ start: text.indexOf(FIRST_LINE), end: text.indexOf(FIRST_LINE) + FIRST_LINE.length });
  });

  it('reports the introduction once the lines are real paragraphs', () => {
    const text = withFrontMatter('keyphrase: Nikol Pashinyan', ARTICLE.replace(/\n/g, '\n\n'));
    const [intro] = analyzeArticle(text).findings.filter((finding) => finding.checkId === 'keyphrase-in-introduction');
    expect(covered(text, intro!)).toBe(FIRST_LINE);
    expect(keyphraseIds(withFrontMatter('keyphrase: Haut-Karabakh', ARTICLE.replace(/\n/g, '\n\n')))).toEqual([]);
  });

  it('checks a title and a description once the writer adds them', () => {
    const title = 'Blinken sous pression face à Bakou';
    const description = 'Des élus démocrates pressent Antony Blinken de sanctionner Bakou après l’offensive éclair de septembre contre l’enclave arménienne.';
    const without = withFrontMatter(`title: ${title}\ndescription: ${description}\nkeyphrase: Haut-Karabakh`);
    const findings = analyzeArticle(without).findings.filter((finding) => finding.checkId.startsWith('keyphrase-') && finding.checkId !== 'keyphrase-distribution');
    expect(findings.map((finding) => finding.checkId).sort()).toEqual(['keyphrase-in-meta-description', 'keyphrase-in-title']);
    expect(findings.map((finding) => covered(without, finding)).sort()).toEqual([title, description].sort());
    expect(ids(without)).not.toContain('title-missing');

    const fixed = withFrontMatter(
      'title: "Haut-Karabakh : Blinken sous pression face à Bakou"\n' +
        'description: Après l’offensive éclair au Haut-Karabakh, des élus démocrates pressent Antony Blinken de sanctionner l’Azerbaïdjan.\n' +
        'keyphrase: Haut-Karabakh',
    );
    expect(keyphraseIds(fixed)).toEqual([]);
  });

  it('accepts a synonym of « Haut-Karabakh » where the writer used one', () => {
    const title = 'Blinken sous pression face à Bakou';
    const description = 'Des élus démocrates pressent Antony Blinken de sanctionner Bakou après l’offensive éclair de septembre contre l’enclave arménienne.';
    const text = withFrontMatter(`title: ${title}\ndescription: ${description}\nkeyphrase: Haut-Karabakh\nkeyphrase_synonyms: [enclave arménienne, Artsakh]`);
    // The description names « l’enclave arménienne »; the title names neither.
    expect(keyphraseIds(text)).toEqual(['keyphrase-in-title']);
    // The density counts the keyphrase alone: still its 4 occurrences.
    expect(runCheck('keyphrase-density', text, { min: 1 })[0]?.data).toMatchObject({ occurrences: 4 });
  });
});
