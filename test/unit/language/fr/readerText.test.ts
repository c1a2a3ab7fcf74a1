import { describe, expect, it } from 'vitest';
import { isSubheading, readerCharacters, readerLength } from '../../../../src/core/language/fr/readerText';
import { cutAtWord } from '../../../../src/core/fixes/writeFrontMatterFields';

describe('readerLength: characters as a reader counts them', () => {
  it('counts a letter and its combining accent as one, as the composed letter', () => {
    expect(readerLength('État')).toBe(4);
    expect(readerLength('E\u0301tat')).toBe(4);
  });

  it('counts an emoji sequence as one', () => {
    expect(readerLength('🏕')).toBe(1);
    expect(readerLength('👨‍👩‍👧')).toBe(1);
    expect(readerLength('🇫🇷 Paris')).toBe(7);
  });

  it('folds runs of white space and trims, as a folded YAML value reads', () => {
    expect(readerLength('  Un   titre\n sur deux lignes ')).toBe('Un titre sur deux lignes'.length);
  });

  it('cuts drafts on the same characters', () => {
    expect(readerCharacters('E\u0301t\u00e9')).toEqual(['E\u0301', 't', 'é']);
    const cut = cutAtWord('E\u0301tat de la réforme des retraites', 12);
    expect(readerLength(cut)).toBeLessThanOrEqual(12);
    expect(cut.endsWith('…')).toBe(true);
  });
});

describe('isSubheading: the two levels under the title', () => {
  it('is H2 and H3 in an article', () => {
    expect([1, 2, 3, 4, 5, 6].filter((level) => isSubheading(level))).toEqual([2, 3]);
  });

  it('is the two levels under the enclosing heading in a selection', () => {
    expect([1, 2, 3, 4, 5, 6].filter((level) => isSubheading(level, 3))).toEqual([3, 4]);
  });
});

describe('readerLength on long texts', () => {
  it('stays linear, and counts as the segmenter does on ordinary text', () => {
    // V8's segmenter is quadratic: a 100,000-character paragraph took minutes through it.
    const long = `${'Élan '.repeat(20_000)}🇫🇷🇩🇪`;
    expect(readerLength(long)).toBe('Élan '.repeat(20_000).trim().length + 3);
    const decomposed = 'E\u0301lan '.repeat(20_000).trim();
    expect(readerLength(decomposed)).toBe('Élan '.repeat(20_000).trim().length);
    expect(readerCharacters(decomposed, 3)).toEqual(['E\u0301', 'l', 'a']);
  });
});

describe('readerLength agrees with the grapheme segmenter', () => {
  it('on French text, decomposed accents, emoji sequences, flags and skin tones', () => {
    const segmenter = new Intl.Segmenter('fr', { granularity: 'grapheme' });
    const graphemes = (text: string) => Array.from(segmenter.segment(text.replace(/\s+/g, ' ').trim())).length;
    const samples = [
      'Les trains de nuit reviennent : l’Europe relance ses couchettes.',
      'E\u0301te\u0301 a\u0300 Sa\u0303o Paulo',
      'Famille 👨‍👩‍👧‍👦, pouce 👍🏽, drapeaux 🇫🇷🇧🇪, cœur ❤️ et étoile ⭐',
      'Œuvre « ÂÊÎÔÛ » — 100 % ; n° 2 ; 1ᵉʳ',
      '  espaces\u00a0insécables\u202fet\ttabulations  ',
    ];
    for (const sample of samples) expect(readerLength(sample), sample).toBe(graphemes(sample));
  });
});
