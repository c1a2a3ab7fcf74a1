import { describe, expect, it } from 'vitest';
import { covered, fixture, runCheck } from './runCheck';

const ID = 'passive-voice';
const PASSIVE = 'Le texte a été adopté par le conseil.';
const ACTIVE = 'Le conseil examine le texte.';
/** `passive` passive sentences then `active` active ones, in one paragraph. */
const text = (passive: number, active: number): string =>
  `${[...Array.from({ length: passive }, () => PASSIVE), ...Array.from({ length: active }, () => ACTIVE)].join(' ')}\n`;

const main = (source: string, options = {}) => runCheck(ID, source, options).filter((finding) => finding.severity !== 'hint');

describe(ID, () => {
  it('passes at exactly 10 % and reports just over it as information', () => {
    expect(runCheck(ID, text(1, 9))).toEqual([]);
    // 1 of 9: 11.1 %.
    const [finding] = main(text(1, 8));
    expect(finding?.severity).toBe('info');
    expect(finding?.data).toMatchObject({ share: 11.1, passive: 1, sentences: 9, level: 'improve' });
  });

  it('reports exactly 15 % as information and just over it as the check’s warning', () => {
    expect(main(text(3, 17)).map((finding) => finding.severity)).toEqual(['info']);
    // 2 of 13: 15.4 %.
    const [finding] = main(text(2, 11));
    expect(finding?.severity).toBe('warning');
    expect(finding?.data).toMatchObject({ share: 15.4, passive: 2, sentences: 13, level: 'problem' });
  });

  it('compares the share as shown, to one decimal: 21 of 209 (10.05 %) reads 10 % and passes', () => {
    expect(runCheck(ID, text(21, 188))).toEqual([]);
    expect(main(text(21, 188), { good: 9.9 })[0]?.data).toMatchObject({ share: 10, passive: 21, sentences: 209 });
  });

  it('says the share, the count and what to do, in French and English, on the first line of the body', () => {
    const source = `---\ntitle: Le conseil\n---\n\n# Le conseil\n\n${text(1, 3)}`;
    const [finding] = main(source);
    expect(covered(source, finding!)).toBe('# Le conseil');
    expect(finding?.message.fr).toBe('25 % des phrases sont à la voix passive (1 sur 4) ; 10 % au plus recommandés. Mettez à la voix active les phrases signalées : dites qui agit.');
    expect(finding?.message.en).toBe('25% of sentences are in the passive voice (1 of 4); at most 10% recommended. Turn the sentences marked into the active voice: say who acts.');
  });

  it('marks each passive sentence with a hint, and only when the share is reported', () => {
    const first = 'Les piles ont été coulées pendant l’hiver.';
    const second = 'Le tablier sera posé en juin.';
    const source = `Le pont relie les deux rives. ${first} La ville attend les cyclistes.\n\n${second} Les riverains patientent.\n`;
    const findings = runCheck(ID, source);
    expect(findings.map((finding) => finding.severity)).toEqual(['warning', 'hint', 'hint']);
    expect(findings.slice(1).map((finding) => covered(source, finding))).toEqual([first, second]);
    expect(findings[1]?.message.fr).toContain('Phrase à la voix passive : dites qui agit');
    expect(findings[1]?.message.en).toContain('Sentence in the passive voice: say who acts');
    // 1 of 10: no finding, so no hint either.
    expect(runCheck(ID, text(1, 9))).toEqual([]);
  });

  it('does not count active compound tenses, reflexive verbs or être with a noun', () => {
    const source = 'Elle est arrivée hier. Il s’est rendu à la mairie. C’est un député. Ils sont restés tard.\n';
    expect(runCheck(ID, source)).toEqual([]);
  });

  it('leaves headings out of the sentences it counts', () => {
    const source = `# Le texte a été adopté\n\n## Il a été voté\n\n${text(1, 9)}`;
    expect(runCheck(ID, source)).toEqual([]);
  });

  it('takes its thresholds from a team configuration', () => {
    // 1 of 5 = 20 %: a warning by default.
    expect(runCheck(ID, text(1, 4), { good: 20 })).toEqual([]);
    expect(main(text(1, 4), { problem: 20 }).map((finding) => finding.severity)).toEqual(['info']);
    expect(main(text(1, 4), { good: 15, problem: 30 })[0]?.message.en).toContain('at most 15% recommended');
  });

  it('follows the configured severity for the problem zone, information and hints staying so', () => {
    expect(runCheck(ID, text(1, 3), {}, 'error').map((finding) => finding.severity)).toEqual(['error', 'hint']);
    expect(runCheck(ID, text(1, 8), {}, 'error').map((finding) => finding.severity)).toEqual(['info', 'hint']);
    expect(runCheck(ID, text(1, 3), {}, 'off')).toEqual([]);
  });

  it('stays silent on an empty document or a front matter alone', () => {
    expect(runCheck(ID, '')).toEqual([]);
    expect(runCheck(ID, '---\ntitle: Seul\n---\n')).toEqual([]);
  });

  it('accepts its pass fixture', () => {
    expect(runCheck(ID, fixture('checks', ID, 'pass.md'))).toEqual([]);
  });

  it('rates the example article as to improve: 3 of its 27 sentences are passive (11.1 %)', () => {
    // Read by hand: « son régime est enhardi » (in Pallone's quoted tweet), « cela est perçu » and
    // « ont été tués »: 3 of 27, over 10 %, under 15 %.
    const text = fixture('example', 'article-blinken-azerbaidjan.txt');
    const findings = runCheck(ID, text);
    expect(findings.map((finding) => finding.severity)).toEqual(['info', 'hint', 'hint', 'hint']);
    expect(findings[0]?.data).toMatchObject({ share: 11.1, passive: 3, sentences: 27 });
    const hinted = findings.slice(1).map((finding) => covered(text, finding));
    expect(hinted[0]).toContain('son régime est enhardi');
    expect(hinted[1]).toContain('cela est perçu');
    expect(hinted[2]).toContain('ont été tués');
  });
});
