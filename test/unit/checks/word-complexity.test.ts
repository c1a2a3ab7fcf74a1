import { describe, expect, it } from 'vitest';
import { FREQUENT_LONG_WORDS } from '../../../src/core/language/fr/frequentLongWords';
import { covered, fixture, runCheck, words } from './runCheck';

const ID = 'word-complexity';
// Long, lower case and absent from the frequency list (checked below): complex.
const RARE = 'anticonstitutionnellement';
// « mot0 », « mot1 »…: short words.
const text = (complex: number, simple: number, word = RARE): string => `${[...Array.from({ length: complex }, () => word), words(simple)].join(' ')}.\n`;

describe(ID, () => {
  it('relies on words the list holds and does not hold', () => {
    expect(FREQUENT_LONG_WORDS.has(RARE)).toBe(false);
    for (const frequent of ['administration', 'gouvernement', "aujourd'hui", 'évidemment']) expect(FREQUENT_LONG_WORDS.has(frequent), frequent).toBe(true);
  });

  it('accepts exactly 10 % and reports just over it, as information', () => {
    expect(runCheck(ID, text(10, 90))).toEqual([]);
    expect(runCheck(ID, text(100, 900))).toEqual([]);
    // 101 of 1,000: 10.1 %.
    const [finding] = runCheck(ID, text(101, 899));
    expect(finding?.severity).toBe('info');
    expect(finding?.data).toMatchObject({ share: 10.1, complex: 101, words: 1000, maxShare: 10 });
  });

  it('compares the share as shown, to one decimal: 21 of 209 (10.05 %) reads 10 % and passes', () => {
    expect(runCheck(ID, text(21, 188))).toEqual([]);
    expect(runCheck(ID, text(21, 188), { maxShare: 9.9 })[0]?.data).toMatchObject({ share: 10, complex: 21, words: 209 });
  });

  it('only scores texts of 100 words and more', () => {
    expect(runCheck(ID, text(99, 0))).toEqual([]);
    expect(runCheck(ID, text(100, 0))).toHaveLength(1);
  });

  it('says the share, examples and what to do, in French and English, on the first line of the body', () => {
    const body = `${['tarification', 'tarification', 'tarification', 'subordonnée', 'subordonnée', 'dématérialisée', 'justificatifs', 'exigibilité', 'rétroactive', 'irrégularité', 'invalidation'].join(' ')} ${words(89)}.`;
    const source = `---\ntitle: Stationnement\n---\n\n# Stationnement\n\n${body}\n`;
    const [finding] = runCheck(ID, source);
    expect(covered(source, finding!)).toBe('# Stationnement');
    // The most frequent first, then in the order met; five at most.
    expect(finding?.message.fr).toBe(
      '11 % de mots complexes, de plus de 9 lettres et peu courants (11 sur 100) ; 10 % au plus recommandés. Par exemple : « tarification » (3 fois), « subordonnée » (2 fois), « dématérialisée », « justificatifs », « exigibilité ». Remplacez ceux que vous pouvez par des mots plus courts ou plus courants.',
    );
    expect(finding?.message.en).toBe(
      '11% of complex words, over 9 letters long and uncommon (11 of 100); at most 10% recommended. For example: “tarification” (3 times), “subordonnée” (2 times), “dématérialisée”, “justificatifs”, “exigibilité”. Replace those you can with shorter or more common words.',
    );
    expect(finding?.data?.examples).toEqual([
      { word: 'tarification', count: 3 },
      { word: 'subordonnée', count: 2 },
      { word: 'dématérialisée', count: 1 },
      { word: 'justificatifs', count: 1 },
      { word: 'exigibilité', count: 1 },
    ]);
  });

  it('counts only words of more than 9 letters, hyphens and apostrophes left out', () => {
    // « tarifaires » has 10 letters: counted. « tarifaire » has 9: not.
    expect(runCheck(ID, text(11, 89, 'tarifaires'))).toHaveLength(1);
    expect(runCheck(ID, text(11, 89, 'tarifaire'))).toEqual([]);
  });

  it('never counts a word with a capital, the first word of a sentence included', () => {
    expect(runCheck(ID, text(20, 80, 'Azerbaïdjanaises'))).toEqual([]);
    expect(runCheck(ID, text(20, 80, 'ANTICONSTITUTIONNELLEMENT'))).toEqual([]);
    expect(runCheck(ID, text(20, 80, 'Anticonstitutionnellement'))).toEqual([]);
    // A capital on the elided article alone does not make a name: « L’anticonstitutionnalité ».
    expect(runCheck(ID, text(20, 80, 'L’anticonstitutionnalité'))).toHaveLength(1);
  });

  it('strips an elided article or pronoun before the lookup, whatever the apostrophe', () => {
    // « administration » is frequent: « l’administration » and « d'administration » are too.
    expect(runCheck(ID, text(20, 80, 'l’administration'))).toEqual([]);
    expect(runCheck(ID, text(20, 80, "d'administration"))).toEqual([]);
    expect(runCheck(ID, text(20, 80, 'qu’anticonstitutionnellement'))[0]?.data?.examples).toEqual([{ word: RARE, count: 20 }]);
    // « aujourd’hui » keeps its apostrophe: no clitic before it, and the list holds it whole.
    expect(runCheck(ID, text(20, 80, 'aujourd’hui'))).toEqual([]);
  });

  it('finds a word of the list written with decomposed accents', () => {
    expect(runCheck(ID, text(20, 80, 'e\u0301videmment'))).toEqual([]);
  });

  it('judges a compound the list does not hold by its parts', () => {
    expect(runCheck(ID, text(20, 80, 'questions-réponses'))).toEqual([]);
    expect(runCheck(ID, text(20, 80, 'contre-proposition'))).toEqual([]);
    expect(runCheck(ID, text(20, 80, 'anticonstitutionnellement-là'))).toHaveLength(1);
  });

  it('does not judge numbers, web addresses, file names or handles', () => {
    for (const token of ['1234567890123', 'https://exemple.fr/documentation', 'configuration.json', '@sebmarkbage']) {
      expect(runCheck(ID, text(20, 80, token)), token).toEqual([]);
    }
  });

  it('leaves headings out of the words it counts', () => {
    const headings = Array.from({ length: 5 }, () => `## ${RARE} ${RARE}`).join('\n\n');
    expect(runCheck(ID, `${headings}\n\n${text(10, 90)}`)).toEqual([]);
  });

  it('takes its limits from a team configuration', () => {
    expect(runCheck(ID, text(15, 85), { maxShare: 15 })).toEqual([]);
    expect(runCheck(ID, text(15, 85), { maxShare: 14 })[0]?.message.fr).toContain('14 % au plus recommandés');
    expect(runCheck(ID, text(100, 0), { minWords: 101 })).toEqual([]);
    expect(runCheck(ID, text(20, 30), { minWords: 50 })).toHaveLength(1);
    expect(runCheck(ID, text(20, 80), {}, 'warning').map((finding) => finding.severity)).toEqual(['warning']);
    expect(runCheck(ID, text(20, 80), {}, 'off')).toEqual([]);
  });

  it('stays silent on an empty document or a front matter alone', () => {
    expect(runCheck(ID, '')).toEqual([]);
    expect(runCheck(ID, '---\ntitle: Seul\n---\n')).toEqual([]);
  });

  it('accepts its pass fixture', () => {
    expect(runCheck(ID, fixture('checks', ID, 'pass.md'))).toEqual([]);
  });

  it('accepts the example article: 24 complex words of 706 (3.4 %)', () => {
    // Read by hand: news prose whose long words are mostly frequent (« législateurs » is not,
    // « dérogation » comes back four times) or names (« Azerbaïdjan », « Département »).
    const article = fixture('example', 'article-blinken-azerbaidjan.txt');
    expect(runCheck(ID, article)).toEqual([]);
    const [finding] = runCheck(ID, article, { maxShare: 0 });
    expect(finding?.data).toMatchObject({ share: 3.4, complex: 24, words: 706 });
    expect(finding?.message.fr).toContain('Par exemple : « dérogation » (4 fois), « législateurs » (2 fois)');
  });
});
