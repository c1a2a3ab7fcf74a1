import { describe, expect, it } from 'vitest';
import { covered, runCheck, words } from './runCheck';

const ID = 'keyphrase-density';

/** A one-paragraph article of exactly `total` words, `occurrences` of them the keyphrase `orage`. */
function article(total: number, occurrences: number, keyphrase = 'orage', occurrence = 'orage'): string {
  const filler = words(total - occurrences * occurrence.split(' ').length).split(' ');
  const step = Math.max(1, Math.floor(filler.length / (occurrences + 1)));
  for (let i = occurrences; i > 0; i--) filler.splice(Math.min(filler.length, i * step), 0, occurrence);
  return `---\ntitle: Les orages\nkeyphrase: ${keyphrase}\n---\n\n${filler.join(' ')}\n`;
}

describe('keyphrase-density', () => {
  it('accepts exactly 0.5 % and reports just under it', () => {
    expect(runCheck(ID, article(200, 1))).toEqual([]);
    const [finding] = runCheck(ID, article(201, 1));
    expect(finding?.data).toMatchObject({ occurrences: 1, words: 201, direction: 'too-low', change: 1 });
  });

  it('accepts exactly 3 % and reports just over it', () => {
    expect(runCheck(ID, article(200, 6))).toEqual([]);
    const [finding] = runCheck(ID, article(200, 7));
    expect(finding?.data).toMatchObject({ occurrences: 7, words: 200, direction: 'too-high', change: 1 });
  });

  it('measures texts of 100 words and more only', () => {
    expect(runCheck(ID, article(99, 0))).toEqual([]);
    expect(runCheck(ID, article(100, 0))).toHaveLength(1);
  });

  it('says what it measured, the range and how many occurrences to add', () => {
    const text = article(201, 1);
    const [finding, ...rest] = runCheck(ID, text);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('warning');
    // 1 × 100 / 201 = 0,4975 %: shown rounded down, never as the 0,5 % limit it misses.
    expect(finding?.message.fr).toContain('« orage » apparaît 1 fois pour 201 mots (0,49 %) ; 0,5 à 3 % recommandés, soit 2 à 6 occurrences.');
    expect(finding?.message.fr).toContain('environ 1 fois de plus');
    expect(finding?.message.en).toContain('“orage” appears 1 time in 201 words (0.49%); 0.5 to 3% recommended, that is 2 to 6 occurrences.');
    expect(finding?.message.en).toContain('about 1 more time');
  });

  it('says how many occurrences to replace when there are too many', () => {
    const [finding] = runCheck(ID, article(200, 10));
    expect(finding?.message.fr).toContain('10 fois pour 200 mots (5 %)');
    expect(finding?.message.fr).toContain('Remplacez environ 4 occurrences');
    expect(finding?.message.en).toContain('10 times in 200 words (5%)');
    expect(finding?.message.en).toContain('Replace about 4 occurrences');
  });

  it('sits on the first line of the body', () => {
    const text = article(150, 0);
    const [finding] = runCheck(ID, text);
    expect(covered(text, finding!)).toBe(text.split('\n')[5]);
  });

  it('counts occurrences whatever their case, accents, elision or plural', () => {
    const forms = ['L’orage', 'ORAGES', "l'orage", 'orage'];
    const body = `${forms.join(' et ')} ${words(193)}`;
    const text = `---\nkeyphrase: Orage\n---\n\n${body}\n`;
    // 4 occurrences in 200 words: 2 %.
    expect(runCheck(ID, text)).toEqual([]);
    expect(runCheck(ID, text, { max: 1.5 })[0]?.data).toMatchObject({ occurrences: 4, words: 200 });
    const accentless = `---\nkeyphrase: renovation energetique\n---\n\nLa rénovation énergétique ${words(197)}\n`;
    expect(runCheck(ID, accentless)).toEqual([]);
    const hyphens = `---\nkeyphrase: haut karabakh\n---\n\nLe Haut-Karabakh ${words(198)}\n`;
    expect(runCheck(ID, hyphens)).toEqual([]);
  });

  it('counts a multi-word keyphrase sentence by sentence, as its rarest content word (Yoast)', () => {
    // « tomates » once and « cerises » twice in one sentence: one occurrence, in any order. A
    // heading and the next paragraph are never one sentence.
    const text = `---\nkeyphrase: tomates cerises\n---\n\n## Les tomates\n\ncerises ${words(98)} tomates et cerises ${words(100)}\n`;
    expect(runCheck(ID, text)[0]?.data).toMatchObject({ occurrences: 1 });
    // Before stems and Yoast's count, the words had to follow each other (0 here).
    const split = `---\nkeyphrase: tomates cerises\n---\n\nDes tomates. Des cerises. ${words(196)}\n`;
    expect(runCheck(ID, split)[0]?.data).toMatchObject({ occurrences: 0 });
    expect(runCheck(ID, article(200, 2, 'tomates cerises', 'tomates cerises'))).toEqual([]);
    // Function words aside: « train de nuit » is in « le train de cette nuit ».
    const night = `---\nkeyphrase: train de nuit\n---\n\nLe train de cette nuit. Un train. ${words(194)}\n`;
    expect(runCheck(ID, night, { max: 0.1 })[0]?.data).toMatchObject({ occurrences: 1 });
  });

  it('counts the word forms of the keyphrase: « élection présidentielle »', () => {
    const body = 'Les élections présidentielles. L’élection présidentielle. Une élection présidentielle.';
    const text = `---\nkeyphrase: élection présidentielle\n---\n\n${body} ${words(192)}\n`;
    expect(runCheck(ID, text, { max: 1 })[0]?.data).toMatchObject({ occurrences: 3, words: 200 });
  });

  it('counts a quoted keyphrase word for word, in a row', () => {
    const body = 'Des tomates cerises. Des cerises et des tomates. Une tomate cerise.';
    const text = `---\nkeyphrase: '"tomates cerises"'\n---\n\n${body} ${words(190)}\n`;
    expect(runCheck(ID, text, { max: 0.1 })[0]?.data).toMatchObject({ occurrences: 2 });
  });

  it('leaves synonyms out of the count, which its advice says to use instead', () => {
    const text = `---\nkeyphrase: Haut-Karabakh\nkeyphrase_synonyms: [Artsakh]\n---\n\nLe Haut-Karabakh. L’Artsakh. ${words(196)}\n`;
    expect(runCheck(ID, text, { max: 0.1 })[0]?.data).toMatchObject({ occurrences: 1 });
  });

  it('takes its limits from the options', () => {
    expect(runCheck(ID, article(200, 1), { min: 1 })).toHaveLength(1);
    expect(runCheck(ID, article(200, 7), { max: 4 })).toEqual([]);
    expect(runCheck(ID, article(99, 0), { minWords: 50 })).toHaveLength(1);
    expect(runCheck(ID, article(150, 0), { minWords: 300 })).toEqual([]);
  });

  it('says nothing without a keyphrase', () => {
    expect(runCheck(ID, article(200, 0).replace('keyphrase: orage\n', ''))).toEqual([]);
  });

  it('handles an empty document and front matter alone', () => {
    expect(runCheck(ID, '')).toEqual([]);
    expect(runCheck(ID, '---\nkeyphrase: orage\n---\n')).toEqual([]);
    expect(runCheck(ID, '---\nkeyphrase: orage\n---\n', { minWords: 0 })).toEqual([]);
  });
});
