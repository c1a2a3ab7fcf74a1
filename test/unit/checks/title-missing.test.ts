import { describe, expect, it } from 'vitest';
import { covered, runCheck } from './runCheck';

const ID = 'title-missing';

describe('title-missing', () => {
  it('reports an article without H1 or front matter title, on the first body line', () => {
    const text = '---\ndescription: Un résumé.\n---\n\n\nPremière ligne du texte.\nDeuxième ligne.\n';
    const [finding, ...rest] = runCheck(ID, text);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('error');
    expect(covered(text, finding!)).toBe('Première ligne du texte.');
    expect(finding?.message.fr).toContain('Aucun titre');
    expect(finding?.message.en).toContain('No title');
  });

  it('accepts an H1, a front matter title or seo_title, in YAML or TOML', () => {
    expect(runCheck(ID, '# Haut-Karabakh : Blinken sous pression\n\nTexte.\n')).toEqual([]);
    expect(runCheck(ID, 'Texte d’abord.\n\n# Le titre plus bas\n')).toEqual([]);
    expect(runCheck(ID, '---\ntitle: Un titre\n---\n\nTexte.\n')).toEqual([]);
    expect(runCheck(ID, '---\nseo_title: Un titre SEO\n---\n\nTexte.\n')).toEqual([]);
    expect(runCheck(ID, '+++\ntitle = "Un titre"\n+++\n\nTexte.\n')).toEqual([]);
  });

  it('does not take an H2, an empty H1 or an empty title for a title', () => {
    expect(runCheck(ID, '## Un intertitre\n\nTexte.\n')).toHaveLength(1);
    expect(runCheck(ID, '#\n\nTexte.\n')).toHaveLength(1);
    expect(runCheck(ID, '---\ntitle: ""\n---\n\nTexte.\n')).toHaveLength(1);
    expect(runCheck(ID, '---\ntitle: "   "\n---\n\nTexte.\n')).toHaveLength(1);
  });

  it('reports an empty document and front matter alone', () => {
    const [empty] = runCheck(ID, '');
    expect(empty?.range).toEqual({ start: 0, end: 0 });
    const alone = '---\ndescription: Seul\n---\n';
    const [finding] = runCheck(ID, alone);
    expect(finding!.range.start).toBeGreaterThanOrEqual(0);
    expect(finding!.range.end).toBeLessThanOrEqual(alone.length);
  });

  it('follows the configured severity', () => {
    expect(runCheck(ID, 'Texte.\n', {}, 'warning')[0]?.severity).toBe('warning');
    expect(runCheck(ID, 'Texte.\n', {}, 'off')).toEqual([]);
  });
});
