import { describe, expect, it } from 'vitest';
import { altKey } from '../../../src/core/checks/image-alt-duplicate';
import { covered, fixture, runCheck } from './runCheck';

const ID = 'image-alt-duplicate';

describe('image-alt-duplicate', () => {
  it('reports each repeat after the first, on the image, naming the first one\'s line', () => {
    const text = '# Titre\n\n![Le marché de Noël](a.jpg)\n\n![Le sapin](b.jpg)\n\n![Le marché de Noël](c.jpg)\n\n![Le marché de Noël](d.jpg)\n';
    const findings = runCheck(ID, text);
    expect(findings.map((finding) => covered(text, finding))).toEqual(['![Le marché de Noël](c.jpg)', '![Le marché de Noël](d.jpg)']);
    expect(findings[0]?.severity).toBe('warning');
    expect(findings[0]?.data).toEqual({ alt: 'Le marché de Noël', firstLine: 3, url: 'c.jpg' });
    expect(findings[0]?.message.fr).toBe('Même texte alternatif que l’image de la ligne 3 : « Le marché de Noël ». Décrivez ce que montre celle-ci, qui la distingue de l’autre.');
    expect(findings[0]?.message.en).toBe('Same alt text as the image on line 3: “Le marché de Noël”. Describe what this one shows that sets it apart from the other.');
  });

  it('compares alt texts as a screen reader says them: case, spaces, apostrophes and a final period aside', () => {
    expect(altKey('  L’Arménie   vue du ciel. ')).toBe(altKey("l'arménie vue du ciel"));
    expect(altKey('Carte')).not.toBe(altKey('Cartes'));
    const text = "![L’Arménie vue du ciel](a.jpg)\n\n![l'arménie  VUE du ciel.](b.jpg)\n";
    expect(runCheck(ID, text)).toHaveLength(1);
  });

  it('compares Markdown and HTML images together', () => {
    const text = '![Le sapin de la place Kléber](a.jpg)\n\n<figure>\n  <img src="b.jpg" alt="Le sapin de la place Kl&eacute;ber">\n</figure>\n';
    const [finding] = runCheck(ID, text);
    expect(covered(text, finding!)).toBe('<img src="b.jpg" alt="Le sapin de la place Kl&eacute;ber">');
  });

  it('lets the same picture shown twice keep its description', () => {
    expect(runCheck(ID, '![Le sapin](sapin.jpg)\n\nPlus loin :\n\n![Le sapin](sapin.jpg)\n')).toEqual([]);
  });

  it('leaves empty alt texts to image-alt-missing, and reads no image in code', () => {
    expect(runCheck(ID, '![](a.jpg) ![ ](b.jpg) <img src="c.jpg" alt="">\n\n```\n![Le sapin](a.jpg)\n![Le sapin](b.jpg)\n```\n')).toEqual([]);
  });

  it('can be set by a team to another severity', () => {
    expect(runCheck(ID, '![Le sapin](a.jpg)\n\n![Le sapin](b.jpg)\n', {}, 'info')[0]?.severity).toBe('info');
  });

  it('finds nothing in the example article, which has no image', () => {
    expect(runCheck(ID, fixture('example', 'article-blinken-azerbaidjan.txt'))).toEqual([]);
  });
});
