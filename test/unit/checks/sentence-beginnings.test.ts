import { describe, expect, it } from 'vitest';
import { covered, fixture, runCheck } from './runCheck';

const ID = 'sentence-beginnings';

describe(ID, () => {
  it('accepts two sentences in a row that begin alike and reports three, on the first of them', () => {
    expect(runCheck(ID, 'Le musée rouvre. Il présente un parcours neuf. Il reste gratuit.\n')).toEqual([]);
    const text = 'Le musée rouvre. Il présente un parcours neuf. Il accueille trois salles. Il reste gratuit.\n';
    const findings = runCheck(ID, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('warning');
    expect(covered(text, findings[0]!)).toBe('Il présente un parcours neuf.');
    expect(findings[0]?.data).toEqual({ beginning: 'il', length: 3, max: 2 });
  });

  it('names the repeated beginning and the run’s length, in French and English', () => {
    const [finding] = runCheck(ID, 'Nous arrivons tôt. Nous déposons nos sacs. Nous montons. Nous attendons.\n');
    expect(finding?.message.fr).toBe('4 phrases de suite commencent par « nous » ; 2 au plus recommandées. Variez leurs débuts : un autre sujet, un complément de temps ou de lieu, un mot de liaison.');
    expect(finding?.message.en).toBe('4 sentences in a row begin with “nous”; at most 2 recommended. Vary how they begin: another subject, a time or place phrase, a transition word.');
  });

  it('gives one finding per run', () => {
    const text = 'Il pleut. Il vente. Il gèle. Le maire parle. Nous écoutons. Nous notons. Nous partons. Il neige.\n';
    const findings = runCheck(ID, text);
    expect(findings.map((finding) => covered(text, finding))).toEqual(['Il pleut.', 'Nous écoutons.']);
    expect(findings.map((finding) => finding.data?.length)).toEqual([3, 3]);
  });

  it('reads an article, a number or a demonstrative together with the next word', () => {
    expect(runCheck(ID, 'Le président parle. Le maire répond. Le préfet conclut.\n')).toEqual([]);
    expect(runCheck(ID, 'Deux élèves chantent. Deux parents dansent. Deux voisins applaudissent.\n')).toEqual([]);
    const [finding] = runCheck(ID, 'Le foyer cherche. Le foyer trouve. Le foyer espère.\n');
    expect(finding?.data).toMatchObject({ beginning: 'le foyer', length: 3 });
  });

  it('ignores case and the kind of apostrophe', () => {
    const [finding] = runCheck(ID, 'L’État paie. L\'état décide. L’ÉTAT recule.\n');
    expect(finding?.data).toMatchObject({ beginning: "l'état", length: 3 });
  });

  it('never runs from one block to the next: paragraphs, list items, headings', () => {
    // Two « Il » here and one there: no run of three.
    expect(runCheck(ID, 'Il pleut. Il vente.\n\nIl gèle.\n')).toEqual([]);
    // List items that begin alike are an enumeration.
    expect(runCheck(ID, '- Vérifiez les pneus.\n- Vérifiez les freins.\n- Vérifiez la chaîne.\n')).toEqual([]);
    // A heading is not a sentence of the text, and it ends the run.
    expect(runCheck(ID, 'Il pleut. Il vente.\n\n## Il neige\n\nIl gèle. Il fait froid.\n')).toEqual([]);
    // Within one list item, the sentences are read as in a paragraph.
    expect(runCheck(ID, '- Il pleut. Il vente. Il gèle.\n')).toHaveLength(1);
  });

  it('takes the longest allowed run from a team configuration', () => {
    const three = 'Il pleut. Il vente. Il gèle.\n';
    expect(runCheck(ID, three, { max: 3 })).toEqual([]);
    expect(runCheck(ID, 'Il pleut. Il vente.\n', { max: 1 })[0]?.message.fr).toContain('2 phrases de suite commencent par « il » ; 1 au plus recommandées');
    expect(runCheck(ID, three, {}, 'info').map((finding) => finding.severity)).toEqual(['info']);
    expect(runCheck(ID, three, {}, 'off')).toEqual([]);
  });

  it('stays silent on an empty document or a front matter alone', () => {
    expect(runCheck(ID, '')).toEqual([]);
    expect(runCheck(ID, '---\ntitle: Seul\n---\n')).toEqual([]);
  });

  it('accepts its pass fixture', () => {
    expect(runCheck(ID, fixture('checks', ID, 'pass.md'))).toEqual([]);
  });

  it('finds no run in the example article', () => {
    // Read by hand: its 27 sentences begin « Lors », « Blinken », « Il », « Blinken », « Deux
    // autres »…; no beginning comes twice in a row (« Dans » and « Aliyev » come back, but later).
    expect(runCheck(ID, fixture('example', 'article-blinken-azerbaidjan.txt'))).toEqual([]);
  });
});
