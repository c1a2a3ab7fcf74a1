import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeReadingEase } from '../../../../src/core/language/fr/computeReadingEase';
import { countSyllables } from '../../../../src/core/language/fr/countSyllables';
import { splitSentences } from '../../../../src/core/language/fr/splitSentences';
import { tokenizeWords } from '../../../../src/core/language/fr/tokenizeWords';

describe('computeReadingEase (Kandel & Moles 1958)', () => {
  it('applies 207 − 1.015 × words/sentences − 73.6 × syllables/words', () => {
    // 100 words, 5 sentences, 150 syllables: 207 − 20.3 − 110.4
    expect(computeReadingEase(100, 5, 150)).toBeCloseTo(76.3, 10);
    expect(computeReadingEase(20, 1, 40)).toBeCloseTo(207 - 20.3 - 147.2, 10);
  });

  it('is NaN when there is no word or no sentence, rather than a misleading number', () => {
    expect(computeReadingEase(0, 0, 0)).toBeNaN();
    expect(computeReadingEase(0, 3, 0)).toBeNaN();
    expect(computeReadingEase(12, 0, 20)).toBeNaN();
  });

  it('is not clamped: callers clamp for display', () => {
    // « Le chat dort. »: 3 words of 1 syllable in 1 sentence.
    expect(computeReadingEase(3, 1, 3)).toBeCloseTo(207 - 3.045 - 73.6, 10);
    expect(computeReadingEase(3, 1, 3)).toBeGreaterThan(100);
    // One 60-word sentence of 3-syllable words: legal prose.
    expect(computeReadingEase(60, 1, 180)).toBeLessThan(0);
  });

  it('scores the example article as difficult news prose', () => {
    const text = readFileSync(new URL('../../../fixtures/example/article-blinken-azerbaidjan.txt', import.meta.url), 'utf8');
    const words = tokenizeWords(text);
    const syllables = words.reduce((sum, word) => sum + countSyllables(word.text), 0);
    const sentences = text.split('\n').reduce((sum, paragraph) => sum + splitSentences(paragraph).length, 0);
    expect([words.length, sentences, syllables]).toEqual([706, 27, 1345]);
    // 207 − 1.015 × 706/27 − 73.6 × 1345/706 ≈ 40.2: « difficult » (30–49) on the usual Flesch
    // scale; long sentences (26 words on average) and long names explain it.
    expect(computeReadingEase(words.length, sentences, syllables)).toBeCloseTo(40.24, 2);
  });
});
