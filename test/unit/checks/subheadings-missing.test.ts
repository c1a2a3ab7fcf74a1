import { describe, expect, it } from 'vitest';
import { covered, fixture, runCheck, words } from './runCheck';

const ID = 'subheadings-missing';

describe(ID, () => {
  it('accepts a text of exactly 300 words without subheadings, reports one of 301', () => {
    expect(runCheck(ID, words(300))).toEqual([]);
    const findings = runCheck(ID, words(301));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('warning');
    expect(findings[0]?.data).toEqual({ words: 301, minWords: 300, suggestedLevel: 2 });
  });

  it('says how many words were measured, the threshold, and what to add, in both languages', () => {
    const [finding] = runCheck(ID, words(650));
    expect(finding?.message.fr).toBe('650 mots sans aucun intertitre ; au-delà de 300 mots, des intertitres (## Intertitre) sont attendus. Découpez le texte en parties avec environ 2 intertitres de niveau 2.');
    expect(finding?.message.en).toBe('650 words without any subheading; past 300 words, subheadings (## Subheading) are expected. Split the text into parts with about 2 level-2 subheadings.');
  });

  it('sits on the first line of the body, after the front matter', () => {
    const text = `---\ntitle: Le télétravail\n---\n\n# Le télétravail, cinq ans après\n\n${words(400)}\n`;
    const [finding] = runCheck(ID, text);
    expect(finding && covered(text, finding)).toBe('# Le télétravail, cinq ans après');
  });

  it('counts an H2 or an H3 as a subheading, not an H4', () => {
    expect(runCheck(ID, `# Titre\n\n${words(200)}\n\n## Partie\n\n${words(200)}\n`)).toEqual([]);
    expect(runCheck(ID, `# Titre\n\n${words(200)}\n\n### Partie\n\n${words(200)}\n`)).toEqual([]);
    expect(runCheck(ID, `# Titre\n\n${words(200)}\n\n#### Partie\n\n${words(200)}\n`)).toHaveLength(1);
  });

  it('counts the words of the whole text, headings and list items included', () => {
    // 1 + 298 + 2 list items of 1 word = 301 words.
    expect(runCheck(ID, `# Titre\n\n${words(298)}\n\n- un\n- deux\n`)).toHaveLength(1);
    expect(runCheck(ID, `# Titre\n\n${words(297)}\n\n- un\n- deux\n`)).toEqual([]);
  });

  it('takes its threshold from the settings', () => {
    expect(runCheck(ID, words(500), { minWords: 500 })).toEqual([]);
    expect(runCheck(ID, words(501), { minWords: 500 })[0]?.message.fr).toContain('au-delà de 500 mots');
    expect(runCheck(ID, words(101), { minWords: 100 })).toHaveLength(1);
  });

  it('stays silent on an empty document or a front matter alone', () => {
    expect(runCheck(ID, '')).toEqual([]);
    expect(runCheck(ID, '---\ntitle: Le télétravail\n---\n')).toEqual([]);
  });

  it('reports the fixture article written as one block, not the one with subheadings', () => {
    expect(runCheck(ID, fixture('checks', ID, 'fail.md'))).toHaveLength(1);
    expect(runCheck(ID, fixture('checks', ID, 'pass.md'))).toEqual([]);
  });
});
