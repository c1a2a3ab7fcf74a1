import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/checks/Check';
import { suggestAltFromUrl } from '../../../src/core/checks/image-alt-missing';
import { applyEdits, covered, fixesOf, runCheck } from './runCheck';

const ID = 'image-alt-missing';

/** The text once the quick fix's edit is applied. */
function applyFix(text: string, finding: Finding): string {
  const [fix, ...others] = fixesOf(text, finding);
  expect(others).toEqual([]);
  return applyEdits(text, fix?.edits ?? []);
}

describe('image-alt-missing', () => {
  it('reports a Markdown image with an empty alt, on the image, with a suggested alt', () => {
    const text = '# La région\n\nVoici la carte :\n\n![](images/carte-haut-karabakh.png)\n';
    const [finding, ...rest] = runCheck(ID, text);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('warning');
    expect(covered(text, finding!)).toBe('![](images/carte-haut-karabakh.png)');
    expect(finding?.data).toMatchObject({ url: 'images/carte-haut-karabakh.png', suggestedAlt: 'carte haut karabakh' });
    expect(finding?.message.fr).toContain('(carte-haut-karabakh.png)');
    expect(finding?.message.fr).toContain('« carte haut karabakh »');
    expect(finding?.message.en).toContain('“carte haut karabakh”');
    expect(applyFix(text, finding!)).toContain('![carte haut karabakh](images/carte-haut-karabakh.png)');
  });

  it('treats a blank alt as missing, and its fix replaces the blank', () => {
    const text = 'Texte.\n\n![  ](photo-lac.jpg)\n';
    const [finding] = runCheck(ID, text);
    expect(applyFix(text, finding!)).toContain('![photo lac](photo-lac.jpg)');
  });

  it('accepts images with an alt text', () => {
    expect(runCheck(ID, '![Carte du Haut-Karabakh](carte.png)\n\n<img src="a.png" alt="Une route">\n')).toEqual([]);
    expect(runCheck(ID, "<img src='a.png' alt='Une route'>\n\n<img src=a.png alt=Route>\n")).toEqual([]);
  });

  it('reports an HTML <img> without alt, and its fix adds the attribute', () => {
    const text = '<figure>\n  <img src="/images/corridor-latchine_1024x768.jpg">\n</figure>\n';
    const [finding, ...rest] = runCheck(ID, text);
    expect(rest).toEqual([]);
    expect(covered(text, finding!)).toBe('<img src="/images/corridor-latchine_1024x768.jpg">');
    expect(finding?.data).toMatchObject({ url: '/images/corridor-latchine_1024x768.jpg', suggestedAlt: 'corridor latchine' });
    expect(applyFix(text, finding!)).toContain('<img alt="corridor latchine" src="/images/corridor-latchine_1024x768.jpg">');
  });

  it('reports an HTML <img> with an empty alt, and its fix fills it', () => {
    const text = 'Texte.\n\n<img src="bakou.webp" alt="" width="300">\n';
    const [finding] = runCheck(ID, text);
    expect(applyFix(text, finding!)).toContain('<img src="bakou.webp" alt="bakou" width="300">');
  });

  it('finds inline HTML images inside a paragraph, and one finding per image in order', () => {
    const text = 'Le drapeau <IMG SRC="drapeau.svg"> flotte.\n\n![](un.png) et ![](deux.png)\n';
    const findings = runCheck(ID, text);
    expect(findings.map((finding) => covered(text, finding))).toEqual(['<IMG SRC="drapeau.svg">', '![](un.png)', '![](deux.png)']);
  });

  it('reports reference images too', () => {
    const text = 'Voici ![][carte].\n\n[carte]: images/carte-bakou.png\n';
    const [finding] = runCheck(ID, text);
    expect(covered(text, finding!)).toBe('![][carte]');
  });

  it('ignores images in code and commented-out tags', () => {
    const text = '```markdown\n![](x.png)\n<img src="y.png">\n```\n\nDu code `![](z.png)`.\n\n<!-- <img src="brouillon.png"> -->\n';
    expect(runCheck(ID, text)).toEqual([]);
  });

  it('offers no edit when the file name gives no text', () => {
    const text = '![](data:image/png;base64,iVBORw0KGgo=)\n';
    const [finding] = runCheck(ID, text);
    expect(finding?.data).toMatchObject({ suggestedAlt: '' });
    expect(finding?.fix).toBeUndefined();
    expect(finding && fixesOf(text, finding)).toEqual([]);
    expect(finding?.message.fr).toContain('(data:…)');
  });

  it('derives readable alt texts from file names', () => {
    expect(suggestAltFromUrl('carte-haut-karabakh.png')).toBe('carte haut karabakh');
    expect(suggestAltFromUrl('https://exemple.fr/img/Photo_Blinken%20Bakou.JPG?v=2#x')).toBe('Photo Blinken Bakou');
    expect(suggestAltFromUrl('logo-plume@2x.png')).toBe('logo plume');
    expect(suggestAltFromUrl('carte_1024x768.webp')).toBe('carte');
    expect(suggestAltFromUrl('%E9t%E9.png')).toBe('E9t E9');
    expect(suggestAltFromUrl('')).toBe('');
  });

  it('handles an empty document and front matter alone', () => {
    expect(runCheck(ID, '')).toEqual([]);
    expect(runCheck(ID, '---\ntitle: Des images\n---\n')).toEqual([]);
  });

  it('follows the configured severity', () => {
    expect(runCheck(ID, '![](x.png)\n', {}, 'error')[0]?.severity).toBe('error');
    expect(runCheck(ID, '![](x.png)\n', {}, 'off')).toEqual([]);
  });
});

describe('image-alt-missing on broken HTML', () => {
  it('reads runs of unclosed tags and comments in linear time, and still finds the complete tags', () => {
    // Each unclosed « <img » or « <!-- » used to make the scan read to the end of the text again.
    const text = `<div>\n<img src="a.png">\n${'<img <!-- '.repeat(30_000)}\n</div>\n`;
    const findings = runCheck(ID, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.data).toMatchObject({ url: 'a.png' });
    expect(runCheck(ID, '<div>\n<!-- <img src="b.png"> -->\n<img src="c.png">\n</div>\n').map((finding) => finding.data?.url)).toEqual(['c.png']);
  });
});
