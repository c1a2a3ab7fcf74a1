import { describe, expect, it } from 'vitest';
import { nen, nfr } from '../../../src/core/checks/formatNumber';
import { ArticleDocument } from '../../../src/core/markdown/ArticleDocument';
import { covered, fixture, runCheck, sentence, words } from './runCheck';

const ID = 'readability-fr';
// One endless sentence of long words: a score far below 0.
const HARD = (n: number): string => sentence(n, 'anticonstitutionnellement');
// Short sentences of short words: a score far above 50.
const EASY = Array.from({ length: 30 }, () => 'Le chat dort. Il fait beau.').join(' ');

const scoreOf = (text: string): number => Math.round(new ArticleDocument(text).readingEase * 10) / 10;

describe(ID, () => {
  it('reports a hard text as information, on the first line of the body', () => {
    const text = `---\ntitle: Réforme fiscale\n---\n\n# Réforme fiscale\n\n${HARD(120)}\n`;
    const findings = runCheck(ID, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('info');
    expect(findings[0] && covered(text, findings[0])).toBe('# Réforme fiscale');
  });

  it('accepts an easy text', () => {
    expect(runCheck(ID, EASY)).toEqual([]);
    expect(runCheck(ID, fixture('checks', ID, 'pass.md'))).toEqual([]);
  });

  it('compares the score rounded to one decimal: exactly the minimum passes, 0.1 above it is reported', () => {
    const text = fixture('checks', ID, 'pass.md');
    const score = scoreOf(text);
    expect(runCheck(ID, text, { min: score })).toEqual([]);
    const [finding] = runCheck(ID, text, { min: score + 0.1 });
    expect(finding?.data).toMatchObject({ score, min: score + 0.1 });
    expect(finding?.message.fr).toBe(`Facilité de lecture (Kandel et Moles) : ${nfr(score)} ; ${nfr(score + 0.1)} au moins attendu. Raccourcissez les phrases et préférez des mots courts et courants.`);
    expect(finding?.message.en).toBe(`Reading ease (Kandel–Moles): ${nen(score)}; at least ${nen(score + 0.1)} expected. Use shorter sentences and shorter, everyday words.`);
  });

  it('shows a score below 0 as 0, and keeps the raw score in data', () => {
    const [finding] = runCheck(ID, HARD(120));
    expect(finding?.message.fr).toContain('Kandel et Moles) : 0 ; 50 au moins attendu');
    expect(finding?.message.en).toContain('Kandel–Moles): 0; at least 50 expected');
    expect(finding?.data?.score).toBeLessThan(0);
  });

  it('does not score texts under 100 words: exactly 100 is scored, 99 is not', () => {
    expect(runCheck(ID, HARD(99))).toEqual([]);
    expect(runCheck(ID, HARD(100))).toHaveLength(1);
  });

  it('takes its thresholds from the settings', () => {
    expect(runCheck(ID, HARD(150), { minWords: 151 })).toEqual([]);
    expect(runCheck(ID, HARD(150), { minWords: 150 })).toHaveLength(1);
    expect(runCheck(ID, EASY, { min: 200 })[0]?.message.en).toContain('at least 200 expected');
    expect(runCheck(ID, HARD(120), { min: -1000 })).toEqual([]);
  });

  it('stays silent on an empty document, a front matter alone, or words without a sentence end', () => {
    expect(runCheck(ID, '')).toEqual([]);
    expect(runCheck(ID, '---\ntitle: Réforme fiscale\n---\n')).toEqual([]);
    expect(() => runCheck(ID, words(150))).not.toThrow();
  });
});
