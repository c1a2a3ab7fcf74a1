import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { MAX_NESTING_DEPTH, limitComplexity } from '../../../src/core/markdown/limitComplexity';
import { parseMarkdown } from '../../../src/core/markdown/parseMarkdown';
import { covered, runCheck } from './runCheck';

const ID = 'markdown-too-complex';

/** The deepest chain of blockquote/list nodes in a tree. */
function depth(node: { type: string; children?: unknown[] }): number {
  const own = node.type === 'blockquote' || node.type === 'list' ? 1 : 0;
  return own + Math.max(0, ...((node.children ?? []) as { type: string }[]).map(depth));
}

const definitions = (count: number) => Array.from({ length: count }, (_, i) => `[l${i}]: https://exemple.fr/${i}`).join('\n');

describe(ID, () => {
  it('accepts ordinary nesting, brackets and definitions', () => {
    expect(runCheck(ID, '> Une citation\n> > et sa réponse\n\n- un\n  - deux\n    - trois\n\nVoir [la page][l1] et [[1]](#note).\n\n' + definitions(50) + '\n')).toEqual([]);
  });

  it('reports once, on the first line nested too deep, and reads the rest as text', () => {
    const deep = `${'> '.repeat(40)}Le dernier mot.`;
    const text = `Un paragraphe.\n\n${deep}\n\n${'- '.repeat(50)}fin\n`;
    const findings = runCheck(ID, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('info');
    expect(findings[0] && covered(text, findings[0])).toBe(deep);
    expect(findings[0]?.message.fr).toContain(`plus de ${MAX_NESTING_DEPTH} niveaux`);
    expect(depth(parseMarkdown(text))).toBeLessThanOrEqual(MAX_NESTING_DEPTH);
  });

  it('reads link definitions past the thousandth of a block as text', () => {
    const text = `# Liens\n\n${definitions(1200)}\n\nVoir [la première][l0] et [la dernière][l1199].\n`;
    const findings = runCheck(ID, text);
    expect(findings).toHaveLength(1);
    expect(findings[0] && covered(text, findings[0])).toBe('[l0]: https://exemple.fr/0');
    const root = parseMarkdown(text);
    const definitionsRead = root.children.filter((node) => node.type === 'definition');
    expect(definitionsRead).toHaveLength(1000);
    expect(definitionsRead[0]).toMatchObject({ label: 'l0', url: 'https://exemple.fr/0' });
  });

  it('keeps every offset: the limited text has the same length and the same characters elsewhere', () => {
    for (const text of ['> '.repeat(100) + 'x', '- '.repeat(100) + 'x', `${' '.repeat(300)}- x\n1. a`, `${'1. '.repeat(60)}x`, `${'['.repeat(100)}x${']'.repeat(100)}`, `x${']\n'.repeat(100)}`]) {
      const limited = limitComplexity(text);
      expect(limited.length).toBe(text.length);
      expect(limited).not.toBe(text);
    }
    const ordinary = '# Titre\n\n> citation\n\n- a\n  - b\n\n```\n    - code\n```\n\nVoir [ici](https://exemple.fr) [[1]].\n';
    expect(limitComplexity(ordinary)).toBe(ordinary);
  });

  it('analyses pathological structure in about the time of a text of its size (the parse was quadratic, or worse)', () => {
    const texts = ['>'.repeat(50_000) + ' texte\n', '- '.repeat(50_000) + 'texte\n', `${'['.repeat(50_000)}x${']'.repeat(50_000)}\n`, `x\n${']\n'.repeat(20_000)}`, `${definitions(20_000)}\n`];
    for (const text of texts) {
      const analysis = analyzeArticle(text);
      expect(analysis.findings.map((finding) => finding.checkId)).toContain(ID);
    }
  });
});
