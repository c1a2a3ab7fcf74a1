import { describe, expect, it } from 'vitest';
import { covered, fixture, runCheck } from './runCheck';

const ID = 'image-alt-length';

/** An alt text of exactly `n` characters. */
const alt = (n: number): string => 'Chalets illuminés place Broglie '.repeat(Math.ceil(n / 32) + 1).slice(0, n - 1).concat('.');
const image = (text: string): string => `![${text}](photo.jpg)\n`;

describe('image-alt-length', () => {
  it('reports an alt of 10 characters or fewer, on the image, in French and English', () => {
    const text = `# Titre\n\n${image('Sapin')}`;
    const [finding, ...rest] = runCheck(ID, text);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('warning');
    expect(covered(text, finding!)).toBe('![Sapin](photo.jpg)');
    expect(finding?.data).toEqual({ alt: 'Sapin', length: 5, min: 10, max: 200, direction: 'too-short' });
    expect(finding?.message.fr).toBe('Texte alternatif trop court : « Sapin », 5 caractères (plus de 10 attendus). Dites ce que montre l’image : qui, quoi, où.');
    expect(finding?.message.en).toBe('Alt text too short: “Sapin”, 5 characters (more than 10 expected). Say what the image shows: who, what, where.');
    expect(runCheck(ID, image('A'))[0]?.message.fr).toContain('« A », 1 caractère (plus de 10 attendus)');
  });

  it('reports an alt of 200 characters or more, in French and English', () => {
    const [finding] = runCheck(ID, image(alt(240)));
    expect(finding?.data).toMatchObject({ length: 240, direction: 'too-long' });
    expect(finding?.message.fr).toBe('Texte alternatif trop long : 240 caractères (moins de 200 attendus). Un lecteur d’écran le lit d’une traite : gardez l’essentiel de ce que montre l’image, et mettez le reste dans une légende ou dans le texte.');
    expect(finding?.message.en).toBe('Alt text too long: 240 characters (fewer than 200 expected). A screen reader reads it in one go: keep the gist of what the image shows, and move the rest to a caption or the text.');
  });

  it('includes both bounds: 10 and 200 are reported, 11 and 199 pass', () => {
    expect(alt(10)).toHaveLength(10);
    expect(runCheck(ID, image(alt(10)))).toHaveLength(1);
    expect(runCheck(ID, image(alt(11)))).toEqual([]);
    expect(runCheck(ID, image(alt(199)))).toEqual([]);
    expect(runCheck(ID, image(alt(200)))).toHaveLength(1);
  });

  it('takes its bounds from a team configuration', () => {
    expect(runCheck(ID, image(alt(5)), { min: 5 })).toHaveLength(1);
    expect(runCheck(ID, image(alt(6)), { min: 5 })).toEqual([]);
    expect(runCheck(ID, image(alt(149)), { max: 150 })).toEqual([]);
    expect(runCheck(ID, image(alt(150)), { max: 150 })).toHaveLength(1);
    expect(runCheck(ID, image(alt(150)), { max: 150 }, 'error')[0]?.severity).toBe('error');
  });

  it('counts characters as a reader sees them', () => {
    // « é » typed as e + combining accent is one character; spaces are collapsed and trimmed.
    expect(runCheck(ID, image('Cathe\u0301drales'))).toEqual([]);
    expect(runCheck(ID, image('Cathe\u0301drale'))[0]?.data).toMatchObject({ length: 10 });
    expect(runCheck(ID, image('   Le   sapin   '))[0]?.data).toMatchObject({ alt: 'Le   sapin', length: 8 });
    expect(runCheck(ID, image('Sapin 🎄 de Noël'))).toEqual([]);
    expect(runCheck(ID, image('🎄 du sapin'))[0]?.data).toMatchObject({ length: 10 });
  });

  it('reads HTML alt texts, their entities decoded', () => {
    // « Café & thé »: 10 characters once decoded, 25 as written.
    const text = '<figure>\n  <img src="a.jpg" alt="Caf&eacute; &amp; th&#233;">\n</figure>\n';
    const [finding] = runCheck(ID, text);
    expect(finding?.data).toMatchObject({ alt: 'Café & thé', length: 10 });
    expect(covered(text, finding!)).toBe('<img src="a.jpg" alt="Caf&eacute; &amp; th&#233;">');
    expect(runCheck(ID, '<img src="a.jpg" alt="Caf&eacute;s &amp; th&#233;">\n')).toEqual([]);
    expect(runCheck(ID, "Le logo <img src='a.svg' alt='Logo'> en ligne.\n")).toHaveLength(1);
  });

  it('leaves empty alt texts to image-alt-missing, and images in code alone', () => {
    expect(runCheck(ID, '![](a.jpg) ![  ](b.jpg) <img src="c.jpg" alt="">\n\n`![Sapin](d.jpg)`\n')).toEqual([]);
  });

  it('finds nothing in the example article, which has no image', () => {
    expect(runCheck(ID, fixture('example', 'article-blinken-azerbaidjan.txt'))).toEqual([]);
  });
});
