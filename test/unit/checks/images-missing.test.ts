import { describe, expect, it } from 'vitest';
import { covered, fixture, runCheck, words } from './runCheck';

const ID = 'images-missing';

const long = (paragraph: string): string => `${words(400)}\n\n${paragraph}\n`;

describe('images-missing', () => {
  it('reports a text of 300 words without any image, on its first line, in French and English', () => {
    const text = `# Titre\n\n${words(299)}\n`;
    const [finding, ...rest] = runCheck(ID, text);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('warning');
    expect(covered(text, finding!)).toBe('# Titre');
    expect(finding?.data).toEqual({ words: 300, minWords: 300, cover: null });
    expect(finding?.message.fr).toBe('Aucune image dans ce texte de 300 mots. Ajoutez au moins une image utile (photo, carte, schéma) avec un texte alternatif : elle aère la lecture et peut amener des visiteurs par la recherche d’images.');
    expect(finding?.message.en).toBe('No image in this 300-word text. Add at least one useful image (a photo, a map, a diagram) with alt text: it breaks up the reading and can bring visitors from image search.');
  });

  it('checks texts of 300 words exactly, not of 299, or the team\'s minimum', () => {
    expect(runCheck(ID, words(300))).toHaveLength(1);
    expect(runCheck(ID, words(299))).toEqual([]);
    expect(runCheck(ID, words(999), { minWords: 1000 })).toEqual([]);
    expect(runCheck(ID, words(1000), { minWords: 1000 })).toHaveLength(1);
    expect(runCheck(ID, words(300), { minWords: 0 }, 'info')[0]?.severity).toBe('info');
  });

  it.each([
    ['a Markdown image', '![Carte du Haut-Karabakh](carte.png)'],
    ['a Markdown image without alt', '![](carte.png)'],
    ['a reference image', '![Carte][carte]\n\n[carte]: carte.png'],
    ['an HTML image in a block', '<figure>\n  <img src="carte.png" alt="Carte">\n</figure>'],
    ['an inline HTML image', 'Le drapeau <img src="drapeau.svg"> flotte.'],
    ['a linked image', '[![Carte](carte.png)](/carte)'],
  ])('is satisfied by %s', (_, paragraph) => {
    expect(runCheck(ID, long(paragraph))).toEqual([]);
  });

  it.each([
    ['an image in code', '```markdown\n![Carte](carte.png)\n```\n\nEt `<img src="x.png">` en ligne.'],
    ['a commented-out image', '<!-- <img src="ancienne.png" alt="Ancienne"> -->'],
    ['a link to an image', 'Voir [la carte](carte.png).'],
  ])('is not satisfied by %s', (_, paragraph) => {
    expect(runCheck(ID, long(paragraph))).toHaveLength(1);
  });

  it('does not count the front matter\'s cover image, and says so', () => {
    const text = `---\nimage: /images/couverture.jpg\n---\n\n${words(400)}\n`;
    const [finding] = runCheck(ID, text);
    expect(finding?.data).toMatchObject({ cover: '/images/couverture.jpg' });
    expect(finding?.message.fr).toContain(' L’image de couverture du front matter (« /images/couverture.jpg ») ne compte pas : elle n’est pas dans le texte.');
    expect(finding?.message.en).toContain(' The front matter\'s cover image (“/images/couverture.jpg”) does not count: it is not in the text.');
    expect(runCheck(ID, `---\ncover:\n  image: couverture.jpg\n---\n\n${words(400)}\n`)[0]?.data).toMatchObject({ cover: 'couverture.jpg' });
  });

  it('reports the example article: 706 words of text, no image', () => {
    const text = fixture('example', 'article-blinken-azerbaidjan.txt');
    const [finding, ...rest] = runCheck(ID, text);
    expect(rest).toEqual([]);
    expect(finding?.data).toEqual({ words: 706, minWords: 300, cover: null });
    expect(covered(text, finding!)).toBe(text.split('\n')[0]);
  });
});
