import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { covered, runCheck, words } from './runCheck';

const ID = 'word-count-min';
const article = (n: number): string => `---\ntitle: Un article\n---\n\n${words(n)}\n`;

describe('word-count-min', () => {
  it('reports 699 words and accepts 700', () => {
    expect(runCheck(ID, article(699))).toHaveLength(1);
    expect(runCheck(ID, article(700))).toEqual([]);
  });

  it('says what it counted, the minimum and how much to add, in both languages', () => {
    const [finding] = runCheck(ID, article(699));
    expect(finding?.severity).toBe('warning');
    expect(finding?.message.fr).toContain('699 mots ; 700 attendus au minimum');
    expect(finding?.message.fr).toContain('Développez le texte d’environ 1 ');
    expect(finding?.message.en).toContain('699 words; at least 700 expected');
    expect(finding?.data).toEqual({ words: 699, min: 700 });
  });

  it('sits on the first line of the body, after the front matter', () => {
    const text = `---\ntitle: Un article\n---\n\n\nPremière ligne du texte.\nDeuxième ligne.\n`;
    const [finding] = runCheck(ID, text);
    expect(covered(text, finding!)).toBe('Première ligne du texte.');
  });

  it('takes its minimum from the options and from the minWords shortcut', () => {
    expect(runCheck(ID, article(699), { min: 699 })).toEqual([]);
    expect(runCheck(ID, article(700), { min: 701 })[0]?.message.fr).toContain('700 mots ; 701 attendus au minimum');
    expect(runCheck(ID, article(299), { min: 300 })).toHaveLength(1);
    const ids = (text: string, minWords: number) => analyzeArticle(text, [{ minWords }]).findings.map((finding) => finding.checkId);
    expect(ids(article(700), 800)).toContain(ID);
    expect(ids(article(699), 600)).not.toContain(ID);
  });

  it('formats large numbers the French way', () => {
    const [finding] = runCheck(ID, article(1200), { min: 1500 });
    expect(finding?.message.fr).toMatch(/^1\s200 mots ; 1\s500 attendus au minimum/u);
    expect(finding?.message.en).toMatch(/^1,200 words; at least 1,500 expected/);
  });

  it('counts French words as a reader does, and skips front matter and code', () => {
    // l’Arménie, aujourd’hui, peut-être and « 100 000 » (no-break space) are one word each.
    const french = 'l’Arménie aujourd’hui peut-être 100\u00a0000';
    const text = `---\ntitle: ${words(50)}\n---\n\n${words(696)} ${french}\n\n\`\`\`\n${words(30)}\n\`\`\`\n\nDu \`code\`.\n`;
    // 696 + 4 + « Du » = 701; with « Du » gone: 700.
    expect(runCheck(ID, text.replace('Du `code`.', ''))).toEqual([]);
    expect(runCheck(ID, text.replace(' 100\u00a0000', '').replace('Du `code`.', ''))).toHaveLength(1);
  });

  it('reports an empty document and front matter alone with 0 words', () => {
    const [empty] = runCheck(ID, '');
    expect(empty?.message.fr).toContain('0 mots ; 700 attendus');
    expect(empty?.range).toEqual({ start: 0, end: 0 });
    const frontMatterOnly = '---\ntitle: Seul\n---\n';
    const [alone] = runCheck(ID, frontMatterOnly);
    expect(alone?.data).toEqual({ words: 0, min: 700 });
    expect(alone!.range.end).toBeLessThanOrEqual(frontMatterOnly.length);
  });

  it('follows the configured severity', () => {
    expect(runCheck(ID, article(10), {}, 'error')[0]?.severity).toBe('error');
    expect(runCheck(ID, article(10), {}, 'off')).toEqual([]);
  });
});
