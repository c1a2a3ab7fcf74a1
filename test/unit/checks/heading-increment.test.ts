import { describe, expect, it } from 'vitest';
import { covered, runCheck } from './runCheck';

const ID = 'heading-increment';
const outline = (...levels: number[]): string => levels.map((level, i) => `${'#'.repeat(level)} Partie ${i}\n\nTexte de la partie ${i}.\n`).join('\n');

describe(ID, () => {
  it('accepts headings that go down one level at a time, and jumps back up', () => {
    expect(runCheck(ID, outline(1, 2, 3, 4, 2, 3, 2))).toEqual([]);
    expect(runCheck(ID, outline(1, 2, 3, 4, 1, 2))).toEqual([]);
  });

  it('lets the first heading be an H1 or an H2, with or without a front matter title', () => {
    expect(runCheck(ID, outline(2, 3, 2))).toEqual([]);
    expect(runCheck(ID, `---\ntitle: Entretien d’embauche\n---\n\n${outline(2, 3)}`)).toEqual([]);
  });

  it('reports an H3 right after the H1, on the H3, with the level expected', () => {
    const text = outline(1, 3);
    const findings = runCheck(ID, text);
    expect(findings).toHaveLength(1);
    expect(findings[0] && covered(text, findings[0])).toBe('### Partie 1');
    expect(findings[0]?.severity).toBe('warning');
    expect(findings[0]?.data).toEqual({ level: 3, expectedLevel: 2 });
    expect(findings[0]?.message.fr).toBe('Intertitre de niveau 3 après un niveau 1 ; niveau 2 au plus attendu. Utilisez ## ou ajoutez l’intertitre intermédiaire qui manque.');
    expect(findings[0]?.message.en).toBe('Level-3 heading after level 1; at most level 2 expected. Use ## or add the missing intermediate heading.');
  });

  it('reports a first heading that is an H3, the title being level 1', () => {
    const text = `---\ntitle: Entretien d’embauche\n---\n\n${outline(3, 4)}`;
    const findings = runCheck(ID, text);
    expect(findings.map((finding) => finding.data)).toEqual([{ level: 3, expectedLevel: 2 }]);
    expect(runCheck(ID, outline(3)).map((finding) => finding.data)).toEqual([{ level: 3, expectedLevel: 2 }]);
  });

  it('reports one finding per jump, like markdownlint MD001', () => {
    const text = outline(1, 2, 4, 5, 2, 6);
    const findings = runCheck(ID, text);
    expect(findings.map((finding) => covered(text, finding))).toEqual(['#### Partie 2', '###### Partie 5']);
    expect(findings.map((finding) => finding.data)).toEqual([{ level: 4, expectedLevel: 3 }, { level: 6, expectedLevel: 3 }]);
  });

  it('stays silent on an empty document, a front matter alone, or a text without headings', () => {
    expect(runCheck(ID, '')).toEqual([]);
    expect(runCheck(ID, '---\ntitle: Entretien\n---\n')).toEqual([]);
    expect(runCheck(ID, 'Un entretien se prépare.')).toEqual([]);
  });

  it('follows the severity set in the settings', () => {
    expect(runCheck(ID, outline(1, 3), {}, 'hint')[0]?.severity).toBe('hint');
    expect(runCheck(ID, outline(1, 3), {}, 'off')).toEqual([]);
  });
});
