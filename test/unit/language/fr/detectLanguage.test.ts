import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../../src/core/language/fr/detectLanguage';
import type { LanguageCode } from '../../../../src/core/language/fr/detectLanguage';
import { tokenizeWords } from '../../../../src/core/language/fr/tokenizeWords';

const FIXTURES = new URL('../../../fixtures/language/', import.meta.url);
// Real French articles kept in the repository (with their sources and licences): the bench corpus
// and the sources of the fidelity set.
const CORPORA = [new URL('../../../../bench/corpus/', import.meta.url), new URL('../../../fixtures/fidelity/sources/', import.meta.url)];

const wordsOf = (text: string): string[] => tokenizeWords(text).map((token) => token.text);

/** A fixture's text without its first-line source comment. */
function readFixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8').replace(/^<!--.*?-->\n/, '');
}

/** Markdown prose without front matter and fenced code, as the checks will see it. */
function stripMarkdownNoise(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1/gm, '');
}

const fixtures = readdirSync(FIXTURES).filter((name) => /^(fr|en|es|de|it)-.*\.txt$/.test(name));

describe('detectLanguage', () => {
  it('has the fixtures it is tested on', () => {
    // Six real French articles (see their source lines), two written paragraphs per other language.
    expect(fixtures.filter((name) => name.startsWith('fr-')).length).toBeGreaterThanOrEqual(6);
    for (const language of ['en', 'es', 'de', 'it']) {
      expect(fixtures.filter((name) => name.startsWith(`${language}-`)).length).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(fixtures)('recognises the language of %s', (name) => {
    const expected = name.slice(0, 2) as LanguageCode;
    const guess = detectLanguage(wordsOf(readFixture(name)));
    expect(guess.language).toBe(expected);
    // Not a photo finish: the right language leads every other by a wide margin.
    for (const [language, score] of Object.entries(guess.scores)) {
      if (language !== expected) expect(guess.scores[expected] - score).toBeGreaterThan(0.15);
    }
  });

  it('keeps French with 30 % English technical terms French', () => {
    const words = wordsOf(readFixture('fr-anglicismes-techniques.txt'));
    const english = new Set(
      ('release DevOps pipeline CI/CD GitHub Actions pull request build linting scan dependencies ' +
        'workflow deployment Docker cluster Kubernetes staging monitoring logs metrics traces ' +
        'dashboard Grafana Slack on-call latency threshold frontend components React hooks state ' +
        'management store server-side rendering SEO backend API REST endpoints GraphQL rate limiting ' +
        'caching reverse proxy rollback job').split(' '),
    );
    const share = words.filter((word) => english.has(word)).length / words.length;
    expect(share).toBeGreaterThanOrEqual(0.28);
    expect(detectLanguage(words).language).toBe('fr');
  });

  it('says unknown below 50 words, but still reports the scores', () => {
    const text = 'Le Département d’État a refusé de commenter cet appel, mais a souligné l’engagement du département en faveur de la souveraineté.';
    const guess = detectLanguage(wordsOf(text));
    expect(guess.words).toBe(20);
    expect(guess.language).toBe('unknown');
    expect(guess.scores.fr).toBeGreaterThan(0.3);
    expect(detectLanguage(wordsOf(text), 20).language).toBe('fr');
  });

  it('says unknown for words that are no language’s function words', () => {
    const names = Array.from({ length: 60 }, (_, i) => ['Blinken', 'Aliyev', 'Bakou', 'Erevan', '2023'][i % 5] ?? '');
    const guess = detectLanguage(names);
    expect(guess.language).toBe('unknown');
    expect(guess.scores).toEqual({ fr: 0, en: 0, es: 0, de: 0, it: 0 });
    expect(detectLanguage([])).toEqual({ language: 'unknown', scores: { fr: 0, en: 0, es: 0, de: 0, it: 0 }, words: 0 });
  });

  it('counts an elided article or pronoun as a French function word, with either apostrophe', () => {
    const guess = detectLanguage(['l’Arménie', 'd’un', "qu'il", "jusqu'à", 'Arménie'], 0);
    expect(guess.scores.fr).toBeCloseTo(4 / 5, 10);
    expect(guess.language).toBe('fr');
  });

  it('counts a word shared by several languages for each of them', () => {
    const guess = detectLanguage(['de', 'la', 'que', 'en'], 0);
    expect(guess.scores.fr).toBe(1);
    expect(guess.scores.es).toBe(1);
    expect(guess.scores.it).toBe(0.25);
    expect(guess.scores.en).toBe(0);
    // An exact tie goes to French, the language Plume is for.
    expect(guess.language).toBe('fr');
  });

  it('ignores case', () => {
    expect(detectLanguage(['LE', 'Les', 'DES'], 0).scores.fr).toBe(1);
  });

  it('classifies every real French article of the repository as French', () => {
    const articles = CORPORA.flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.md') && name !== 'README.md').map((name) => new URL(name, folder)));
    expect(articles.length).toBeGreaterThanOrEqual(12);
    for (const name of articles) {
      const guess = detectLanguage(wordsOf(stripMarkdownNoise(readFileSync(name, 'utf8'))));
      expect({ name, language: guess.language }).toEqual({ name, language: 'fr' });
    }
  });
});
