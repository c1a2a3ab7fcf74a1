import { describe, expect, it } from 'vitest';
import { covered, fixture, runCheck, words } from './runCheck';

const ID = 'paragraph-too-long';

describe(ID, () => {
  it('accepts a paragraph of exactly 150 words, reports one of 151', () => {
    expect(runCheck(ID, `# Titre\n\n${words(150)}\n`)).toEqual([]);
    const findings = runCheck(ID, `# Titre\n\n${words(151)}\n`);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('warning');
    expect(findings[0]?.data).toEqual({ words: 151, max: 150, joinedLines: false });
  });

  it('says what was measured and expected, and what to do, in both languages', () => {
    const [finding] = runCheck(ID, words(212));
    expect(finding?.message.fr).toBe('Paragraphe de 212 mots ; 150 au plus attendus. Coupez-le en deux à un changement d’idée, ou allégez-le.');
    expect(finding?.message.en).toBe('Paragraph of 212 words; at most 150 expected. Split it in two where the idea changes, or trim it.');
  });

  it('sits on the first line of the paragraph only, CRLF or LF', () => {
    const lines = [words(60, 'a'), words(60, 'b'), words(60, 'c')];
    const lf = `# Titre\n\n${lines.join('\n')}\n\nFin.\n`;
    const [finding] = runCheck(ID, lf);
    expect(finding && covered(lf, finding)).toBe(lines[0]);
    const crlf = lf.replace(/\n/g, '\r\n');
    const [crlfFinding] = runCheck(ID, crlf);
    expect(crlfFinding && covered(crlf, crlfFinding)).toBe(lines[0]);
  });

  it('treats each list item and quoted paragraph as its own paragraph', () => {
    const list = `- ${words(100, 'a')}\n- ${words(100, 'b')}\n`;
    expect(runCheck(ID, list)).toEqual([]);
    const text = `- ${words(151, 'a')}\n- court\n\n> ${words(160, 'q')}\n`;
    const findings = runCheck(ID, text);
    expect(findings.map((finding) => finding.data?.words)).toEqual([151, 160]);
    expect(findings[0] && covered(text, findings[0])).toBe(words(151, 'a'));
  });

  it('does not count headings, code blocks or front matter as paragraphs', () => {
    expect(runCheck(ID, `---\ntitle: ${words(200)}\n---\n\n# ${words(200)}\n\n\`\`\`\n${words(200)}\n\`\`\`\n`)).toEqual([]);
  });

  it('takes its limit from the settings', () => {
    expect(runCheck(ID, words(200), { max: 200 })).toEqual([]);
    expect(runCheck(ID, words(201), { max: 200 })[0]?.message.fr).toContain('Paragraphe de 201 mots ; 200 au plus attendus');
  });

  it('stays silent on an empty document or a front matter alone', () => {
    expect(runCheck(ID, '')).toEqual([]);
    expect(runCheck(ID, '---\ntitle: Le vélo électrique\n---\n')).toEqual([]);
  });
});

describe('paragraph-too-long on text pasted one paragraph per line', () => {
  it('says the lines need blank lines between them (the user’s example article)', () => {
    const [finding] = runCheck('paragraph-too-long', fixture('example', 'article-blinken-azerbaidjan.txt'));
    expect(finding?.data).toMatchObject({ words: 706, joinedLines: true });
    expect(finding?.message.fr).toContain('laissez une ligne vide entre deux paragraphes');
    expect(finding?.message.en).toContain('leave a blank line between paragraphs');
  });

  it('gives the usual advice when the long paragraph is one block of prose', () => {
    const [finding] = runCheck('paragraph-too-long', `${words(151)}\n${words(10)}\n`);
    expect(finding?.data).toMatchObject({ joinedLines: false });
    expect(finding?.message.fr).toContain('Coupez-le en deux');
  });

  it('does not take a hard-wrapped paragraph for pasted lines when one line happens to end a sentence', () => {
    // Wrapped at ~70 columns, as many writers (and these docs) wrap: one line ends on a period.
    const prose = `${words(40, 'début')} fin.\n${words(12, 'suite')}\n${words(12, 'encore')}\n${words(90, 'reste')}.\n`;
    const [finding] = runCheck('paragraph-too-long', prose);
    expect(finding?.data).toMatchObject({ joinedLines: false });
  });
});
