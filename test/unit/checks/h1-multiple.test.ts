import { describe, expect, it } from 'vitest';
import { covered, runCheck } from './runCheck';

const ID = 'h1-multiple';
const PARAGRAPH = 'Un balcon orienté au sud suffit pour récolter des tomates.';

describe(ID, () => {
  it('accepts a single H1, with or without a front matter title', () => {
    expect(runCheck(ID, `# Tomates sur le balcon\n\n${PARAGRAPH}\n\n## Variétés\n\n${PARAGRAPH}\n`)).toEqual([]);
    expect(runCheck(ID, `---\ntitle: Tomates sur le balcon\n---\n\n# Tomates sur le balcon\n\n${PARAGRAPH}\n`)).toEqual([]);
  });

  it('reports each H1 after the first, on that heading, with the level to use', () => {
    const text = `# Tomates sur le balcon\n\n${PARAGRAPH}\n\n# Choisir les variétés\n\n${PARAGRAPH}\n\n# Arroser\n\n${PARAGRAPH}\n`;
    const findings = runCheck(ID, text);
    expect(findings.map((finding) => covered(text, finding))).toEqual(['# Choisir les variétés', '# Arroser']);
    for (const finding of findings) {
      expect(finding.severity).toBe('warning');
      expect(finding.data).toEqual({ level: 1, suggestedLevel: 2 });
    }
    expect(findings[0]?.message.fr).toContain('n° 2 sur 3 ; un seul H1 attendu');
    expect(findings[0]?.message.fr).toContain('## Choisir les variétés');
    expect(findings[1]?.message.en).toContain('Level-1 heading 3 of 3; a single H1 expected');
  });

  it('counts setext H1s and ignores the front matter title', () => {
    const text = `---\ntitle: Tomates\n---\n\nTomates sur le balcon\n=====================\n\n${PARAGRAPH}\n\nArroser\n=======\n`;
    const findings = runCheck(ID, text);
    expect(findings).toHaveLength(1);
    expect(findings[0] && covered(text, findings[0])).toBe('Arroser\n=======');
  });

  it('does not count H2s or deeper headings', () => {
    expect(runCheck(ID, `# Tomates\n\n## Variétés\n\n## Arrosage\n\n### Le soir\n`)).toEqual([]);
  });

  it('stays silent on an empty document, a front matter alone, or a text without headings', () => {
    expect(runCheck(ID, '')).toEqual([]);
    expect(runCheck(ID, '---\ntitle: Tomates\n---\n')).toEqual([]);
    expect(runCheck(ID, PARAGRAPH)).toEqual([]);
  });

  it('follows the severity set in the settings', () => {
    expect(runCheck(ID, '# Un\n\n# Deux\n', {}, 'error')[0]?.severity).toBe('error');
    expect(runCheck(ID, '# Un\n\n# Deux\n', {}, 'off')).toEqual([]);
  });
});
