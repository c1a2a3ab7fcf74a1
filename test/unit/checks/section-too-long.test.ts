import { describe, expect, it } from 'vitest';
import { covered, runCheck, words } from './runCheck';

const ID = 'section-too-long';
const END = '\n\n## Conclusion\n\nFin de l’article.\n';

describe(ID, () => {
  it('accepts a section of exactly 300 words, reports one of 301 on its heading', () => {
    expect(runCheck(ID, `# Titre\n\n## Partie longue\n\n${words(300)}${END}`)).toEqual([]);
    const text = `# Titre\n\n## Partie longue\n\n${words(301)}${END}`;
    const findings = runCheck(ID, text);
    expect(findings).toHaveLength(1);
    expect(findings[0] && covered(text, findings[0])).toBe('## Partie longue');
    expect(findings[0]?.severity).toBe('warning');
    expect(findings[0]?.data).toMatchObject({ words: 301, max: 300, suggestedLevel: 3 });
  });

  it('says what was measured and expected, and where to add a subheading, in both languages', () => {
    const [finding] = runCheck(ID, `## Partie longue\n\n${words(1234)}${END}`);
    expect(finding?.message.fr).toBe('La section « Partie longue » compte 1\u202f234 mots ; 300 au plus attendus. Ajoutez un intertitre vers le milieu de la section.');
    expect(finding?.message.en).toBe('The section “Partie longue” has 1,234 words; at most 300 expected. Add a subheading around the middle of the section.');
  });

  it('does not count the words of the heading itself', () => {
    expect(runCheck(ID, `## Une partie au titre assez long\n\n${words(300)}${END}`)).toEqual([]);
  });

  it('treats the text before the first heading as a section, flagged on its first line', () => {
    const intro = `${words(150)}\n${words(151, 'suite')}`;
    const text = `${intro}\n\n## Partie\n\nTexte court.\n`;
    const [finding] = runCheck(ID, text);
    expect(finding && covered(text, finding)).toBe(words(150));
    expect(finding?.message.fr).toContain('L’introduction compte 301 mots');
    expect(finding?.message.en).toContain('The introduction has 301 words');
    expect(finding?.data).toMatchObject({ suggestedLevel: 2 });
  });

  it('flags the section under the H1 and suggests an H2 there', () => {
    const text = `# Titre\n\n${words(301)}${END}`;
    const [finding] = runCheck(ID, text);
    expect(finding && covered(text, finding)).toBe('# Titre');
    expect(finding?.data).toMatchObject({ suggestedLevel: 2 });
  });

  it('leaves a text without any H2 or H3 to subheadings-missing', () => {
    expect(runCheck(ID, `# Titre\n\n${words(900)}\n`)).toEqual([]);
    expect(runCheck(ID, `# Titre\n\n${words(400)}\n\n#### Détail\n\n${words(400)}\n`)).toEqual([]);
  });

  it('points the quick fix at the paragraph boundary nearest the middle of the section', () => {
    // 100 + 150 + 60 words: the boundary before the 150 is 55 words from the middle (155), the next one 95.
    const text = `## Partie\n\n${words(100, 'a')}\n\n${words(150, 'b')}\n\n${words(60, 'c')}${END}`;
    const [finding] = runCheck(ID, text);
    expect(finding?.data?.splitOffset).toBe(text.indexOf('b0 '));
    const later = `## Partie\n\n${words(100, 'a')}\n\n${words(100, 'b')}\n\n${words(100, 'c')}\n\n${words(10, 'd')}${END}`;
    expect(runCheck(ID, later)[0]?.data?.splitOffset).toBe(later.indexOf('c0 '));
    const single = `## Partie\n\n${words(400)}${END}`;
    expect(runCheck(ID, single)[0]?.data?.splitOffset).toBeUndefined();
  });

  it('counts list items and quotes as part of the section', () => {
    const items = Array.from({ length: 4 }, (_, i) => `- ${words(70, `item${i}x`)}`).join('\n');
    expect(runCheck(ID, `## Liste\n\n${items}\n\n> ${words(21)}${END}`)).toHaveLength(1);
    expect(runCheck(ID, `## Liste\n\n${items}\n\n> ${words(20)}${END}`)).toEqual([]);
  });

  it('reports every long section, each on its own heading', () => {
    const text = `## Une\n\n${words(301)}\n\n## Deux\n\n${words(200)}\n\n## Trois\n\n${words(302)}\n`;
    expect(runCheck(ID, text).map((finding) => covered(text, finding))).toEqual(['## Une', '## Trois']);
  });

  it('takes its limit from the settings', () => {
    expect(runCheck(ID, `## Partie\n\n${words(400)}${END}`, { max: 400 })).toEqual([]);
    expect(runCheck(ID, `## Partie\n\n${words(401)}${END}`, { max: 400 })[0]?.message.en).toContain('at most 400 expected');
  });

  it('stays silent on an empty document or a front matter alone', () => {
    expect(runCheck(ID, '')).toEqual([]);
    expect(runCheck(ID, '---\ntitle: Le télétravail\n---\n')).toEqual([]);
  });
});
