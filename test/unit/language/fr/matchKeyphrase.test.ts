import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsPhrase, findPhrase, normalizePhrase, normalizeWord } from '../../../../src/core/language/fr/matchKeyphrase';

const has = (text: string, keyphrase: string): boolean => containsPhrase(text, normalizePhrase(keyphrase));

describe('normalizeWord', () => {
  it('ignores case and accents', () => {
    expect(normalizeWord('Égalité')).toBe('egalite');
    expect(normalizeWord('ÉTÉ')).toBe('ete');
    expect(normalizeWord('garçon')).toBe('garcon');
    expect(normalizeWord('Noël')).toBe('noel');
  });

  it('folds the ligatures œ and æ into the letters keyboards type', () => {
    expect(normalizeWord('cœur')).toBe(normalizeWord('coeur'));
    expect(normalizeWord('Œuvre')).toBe('oeuvre');
    expect(normalizeWord('Cæcum')).toBe('caecum');
  });

  it('drops an elided article, pronoun or conjunction, whatever the apostrophe', () => {
    for (const word of ['l’orage', "l'orage", 'L’Orage', 'lʼorage', 'l‘orage']) expect(normalizeWord(word), word).toBe('orage');
    expect(normalizeWord('d’Arménie')).toBe('armenie');
    expect(normalizeWord('qu’elle')).toBe('elle');
    expect(normalizeWord('jusqu’à')).toBe('a');
    expect(normalizeWord('lorsqu’il')).toBe('il');
    expect(normalizeWord('c’est')).toBe('est');
  });

  it('keeps words whose apostrophe is not an elision', () => {
    expect(normalizeWord('aujourd’hui')).toBe("aujourd'hui");
    expect(normalizeWord('presqu’île')).toBe("presqu'ile");
  });

  it('drops a final plural s or x from words of four letters or more only', () => {
    expect(normalizeWord('orages')).toBe('orage');
    expect(normalizeWord('jeux')).toBe('jeu');
    expect(normalizeWord('les')).toBe('les');
    expect(normalizeWord('gaz')).toBe('gaz');
  });
});

describe('normalizePhrase', () => {
  it('splits a keyphrase into normalised words, punctuation and quotes trimmed', () => {
    expect(normalizePhrase('« Égalité salariale »')).toEqual(['egalite', 'salariale']);
    expect(normalizePhrase('Tomates cerises, en pot !')).toEqual(['tomate', 'cerise', 'en', 'pot']);
  });

  it('splits hyphenated words, so that hyphens and spaces match each other', () => {
    expect(normalizePhrase('Haut-Karabakh')).toEqual(['haut', 'karabakh']);
    expect(normalizePhrase('haut karabakh')).toEqual(['haut', 'karabakh']);
    expect(normalizePhrase('Haut\u2011Karabakh')).toEqual(['haut', 'karabakh']);
    expect(normalizePhrase('États-Unis')).toEqual(normalizePhrase('etats unis'));
  });

  it('gives no word for blank or punctuation-only input', () => {
    expect(normalizePhrase('')).toEqual([]);
    expect(normalizePhrase(' « » … ')).toEqual([]);
  });
});

describe('findPhrase', () => {
  it('finds every start index of consecutive words', () => {
    expect(findPhrase(['a', 'b', 'c', 'a', 'b'], ['a', 'b'])).toEqual([0, 3]);
    expect(findPhrase(['a', 'c', 'b'], ['a', 'b'])).toEqual([]);
  });

  it('finds nothing for an empty phrase or one longer than the text', () => {
    expect(findPhrase(['a'], [])).toEqual([]);
    expect(findPhrase(['a'], ['a', 'b'])).toEqual([]);
    expect(findPhrase([], ['a'])).toEqual([]);
  });
});

describe('containsPhrase', () => {
  it('matches as a French writer expects', () => {
    expect(has('L’orage a frappé Lyon.', 'orage')).toBe(true);
    expect(has('Les orages de l’été.', 'orage')).toBe(true);
    expect(has('Vers l’égalité salariale', 'egalite salariale')).toBe(true);
    expect(has('Le Haut-Karabakh', 'haut-karabakh')).toBe(true);
    expect(has('Le Haut-Karabakh', 'haut karabakh')).toBe(true);
    expect(has('Le Haut Karabakh', 'Haut-Karabakh')).toBe(true);
    expect(has('Un cœur simple', 'coeur simple')).toBe(true);
  });

  it('needs every word, in order, as whole words', () => {
    expect(has('Des cerises et des tomates', 'tomates cerises')).toBe(false);
    expect(has('Un temps orageux', 'orage')).toBe(false);
    expect(has('Tomates et cerises', 'tomates cerises')).toBe(false);
  });

  it('finds a phrase wherever it sits among other words', () => {
    const word = fc.stringMatching(/^[a-zàâçéèêëîïôûùüÿœ]{1,10}$/);
    const words = fc.array(word, { maxLength: 8 });
    fc.assert(
      fc.property(words, fc.array(word, { minLength: 1, maxLength: 4 }), words, (before, phrase, after) => {
        const text = [...before, phrase.join(' ').toUpperCase(), ...after].join(' ');
        expect(containsPhrase(text, normalizePhrase(phrase.join(' ')))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
