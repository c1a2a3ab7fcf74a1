import { describe, expect, it } from 'vitest';
import { covered, runCheck } from './runCheck';

const ID = 'keyphrase-in-subheadings';
const KEY = 'rénovation énergétique';

/** An article with `total` H2s, the first `matches` of them containing the keyphrase. */
function article(total: number, matches: number, level = 2): string {
  const sections = Array.from({ length: total }, (_, i) =>
    `${'#'.repeat(level)} ${i < matches ? `Rénovation énergétique, étape ${i + 1}` : `Étape ${i + 1} du chantier`}\n\nUn paragraphe sur cette étape.\n`);
  return `---\ntitle: Rénover sa maison\nkeyphrase: ${KEY}\n---\n\n# Rénover sa maison\n\nIntroduction.\n\n${sections.join('\n')}`;
}

describe('keyphrase-in-subheadings', () => {
  it('accepts exactly 30 % and reports just under it', () => {
    expect(runCheck(ID, article(10, 3))).toEqual([]);
    expect(runCheck(ID, article(10, 2))).toHaveLength(1);
    expect(runCheck(ID, article(7, 2))).toHaveLength(1); // 28,6 %
  });

  it('accepts exactly 75 % and reports just over it', () => {
    expect(runCheck(ID, article(4, 3))).toEqual([]);
    expect(runCheck(ID, article(4, 4))).toHaveLength(1);
    expect(runCheck(ID, article(10, 8))).toHaveLength(1);
  });

  it('reports too few on the first H2/H3 with the counts, the range and what to do', () => {
    const text = article(5, 1);
    const [finding, ...rest] = runCheck(ID, text);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('warning');
    expect(covered(text, finding!)).toBe('## Rénovation énergétique, étape 1');
    expect(finding?.message.fr).toContain('1 intertitre sur 5 (20 %) contient l’expression clé ; 30 à 75 % recommandés');
    expect(finding?.message.fr).toContain('Placez « rénovation énergétique » dans 1 intertitre de plus');
    expect(finding?.message.en).toContain('1 of 5 subheadings (20%) contains the keyphrase; 30 to 75% recommended');
    expect(finding?.data).toMatchObject({ matches: 1, total: 5, direction: 'too-few', change: 1 });
  });

  it('reports none at all as too few', () => {
    const [finding] = runCheck(ID, article(3, 0));
    expect(finding?.message.fr).toContain('0 intertitre sur 3 (0 %)');
    expect(finding?.data).toMatchObject({ change: 1 });
  });

  it('reports too many as over-optimisation, with how many to rephrase', () => {
    const [finding] = runCheck(ID, article(4, 4));
    expect(finding?.message.fr).toContain('4 intertitres sur 4 (100 %) contiennent l’expression clé ; 30 à 75 % recommandés');
    expect(finding?.message.fr).toContain('Reformulez 1 intertitre sans « rénovation énergétique »');
    expect(finding?.message.en).toContain('4 of 4 subheadings (100%) contain the keyphrase');
    expect(finding?.message.en).toContain('over-optimisation');
    expect(finding?.data).toMatchObject({ direction: 'too-many', change: 1 });
  });

  it('accepts a single subheading that contains the keyphrase, as Yoast does', () => {
    expect(runCheck(ID, article(1, 1))).toEqual([]);
    expect(runCheck(ID, article(1, 0))).toHaveLength(1);
    expect(runCheck(ID, article(2, 2))).toHaveLength(1);
  });

  it('counts H3s with H2s, and ignores H1 and H4', () => {
    expect(runCheck(ID, article(4, 1, 3))).toHaveLength(1);
    expect(runCheck(ID, article(4, 2, 3))).toEqual([]);
    expect(runCheck(ID, article(4, 4, 4))).toEqual([]);
    const text = `${article(3, 0)}\n#### Rénovation énergétique\n\n#### Rénovation énergétique\n`;
    expect(runCheck(ID, text)).toHaveLength(1);
  });

  it('matches the keyphrase whatever its case, accents, elision or plural', () => {
    const text = `---\nkeyphrase: ${KEY}\n---\n\n## Financer sa RENOVATION ENERGETIQUE\n\nTexte.\n\n## Les rénovations énergétiques aidées\n\nTexte.\n\n## L’isolation\n\nTexte.\n`;
    expect(runCheck(ID, text)).toEqual([]);
    const elided = `---\nkeyphrase: orage\n---\n\n## Après l’orage\n\nTexte.\n\n## Le ciel\n\nTexte.\n`;
    expect(runCheck(ID, elided)).toEqual([]);
  });

  it('counts a subheading with more than half of the content words, in any form and order (Yoast)', () => {
    const headings = (keyphrase: string, ...texts: string[]): string =>
      `---\nkeyphrase: ${keyphrase}\n---\n\n${texts.map((text) => `## ${text}\n\nTexte.\n`).join('\n')}`;
    // Two content words: both. « Les élections présidentielles » holds the forms of both.
    expect(runCheck(ID, headings('élection présidentielle', 'Les élections présidentielles', 'Le calendrier', 'Les candidats'))[0]?.data).toBeUndefined();
    expect(runCheck(ID, headings('élection présidentielle', 'Les élections municipales', 'Le calendrier', 'Les candidats'))[0]?.data).toMatchObject({ matches: 0 });
    // Three content words (pain, levain, maison): two are enough.
    expect(runCheck(ID, headings('pain au levain maison', 'Le levain maison', 'La cuisson', 'Le façonnage'))).toEqual([]);
    expect(runCheck(ID, headings('pain au levain maison', 'Le levain', 'La cuisson', 'Le façonnage'))[0]?.data).toMatchObject({ matches: 0 });
  });

  it('counts subheadings with a synonym, and says so', () => {
    const text = (synonyms: string): string =>
      `---\nkeyphrase: Haut-Karabakh\n${synonyms}\n---\n\n## L’Artsakh vidé\n\nTexte.\n\n## Le Haut-Karabakh avant 2023\n\nTexte.\n\n## Bakou\n\nTexte.\n\n## Erevan\n\nTexte.\n\n## Washington\n\nTexte.\n\n## Moscou\n\nTexte.\n`;
    expect(runCheck(ID, text('keyphrase_synonyms: [Artsakh]'))).toEqual([]);
    const [finding] = runCheck(ID, text('keyphrase_synonyms: [Nagorno-Karabakh]'));
    expect(finding?.message.fr).toContain('1 intertitre sur 6 (16,7 %) contient l’expression clé ou un synonyme ;');
    expect(finding?.message.en).toContain('1 of 6 subheadings (16.7%) contains the keyphrase or a synonym;');
  });

  it('takes its limits from the options', () => {
    expect(runCheck(ID, article(5, 1), { minShare: 20 })).toEqual([]);
    expect(runCheck(ID, article(10, 3), { minShare: 40 })).toHaveLength(1);
    expect(runCheck(ID, article(4, 4), { maxShare: 100 })).toEqual([]);
    expect(runCheck(ID, article(4, 3), { maxShare: 50 })).toHaveLength(1);
    expect(runCheck(ID, article(5, 1), { minShare: 50 })[0]?.message.fr).toContain('50 à 75 % recommandés');
  });

  it('says nothing without a keyphrase or without any H2/H3', () => {
    expect(runCheck(ID, article(4, 0).replace(`keyphrase: ${KEY}\n`, ''))).toEqual([]);
    expect(runCheck(ID, `---\nkeyphrase: ${KEY}\n---\n\n# Rénover\n\nTexte sans intertitre.\n`)).toEqual([]);
  });

  it('handles an empty document and front matter alone', () => {
    expect(runCheck(ID, '')).toEqual([]);
    expect(runCheck(ID, `---\nkeyphrase: ${KEY}\n---\n`)).toEqual([]);
  });
});
