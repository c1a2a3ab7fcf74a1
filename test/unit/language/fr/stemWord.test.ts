import { describe, expect, it } from 'vitest';
import { stemWord } from '../../../../src/core/language/fr/stemWord';

describe('stemWord', () => {
  it('gives the stems of Snowball’s French algorithm (as libstemmer 2.2 gives them)', () => {
    const cases: [word: string, stem: string][] = [
      ['continuellement', 'continuel'],
      ['contrariété', 'contrariet'],
      ['élections', 'élect'],
      ['présidentielles', 'présidentiel'],
      ['nationaux', 'national'],
      ['chevaux', 'cheval'],
      ['égalité', 'égal'],
      ['orageux', 'orag'],
      ['réflexions', 'réflex'],
      ['université', 'univers'],
      ['activités', 'activ'],
      ['accordée', 'accord'],
      ['mères', 'mer'],
    ];
    for (const [word, stem] of cases) {
      expect(stemWord(word), word).toBe(stem);
    }
  });

  it('needs the accents: folded first, a word loses its suffixes', () => {
    expect(stemWord('égalité')).toBe('égal');
    expect(stemWord('egalite')).toBe('egalit');
    expect(stemWord('accordee')).not.toBe(stemWord('accord'));
  });

  it('drops the plural s after a vowel and x after u that Snowball keeps', () => {
    // libstemmer: « vélos », « bijoux », « élus », « jeux » unchanged.
    expect(stemWord('vélos')).toBe(stemWord('vélo'));
    expect(stemWord('bijoux')).toBe(stemWord('bijou'));
    expect(stemWord('élus')).toBe(stemWord('élu'));
    expect(stemWord('jeux')).toBe(stemWord('jeu'));
    // Stems of three letters keep theirs (« bus », « pas »).
    expect(stemWord('bus')).toBe('bus');
    expect(stemWord('pas')).toBe('pas');
  });

  it('gives the same stem on every call (memoised)', () => {
    expect(stemWord('présidentielles')).toBe(stemWord('présidentielles'));
  });
});
