import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { covered, fixture, runCheck } from './runCheck';

const ID = 'keyphrase-in-image-alt';

/** An article with this keyphrase and one image per alt text (`''`: an image without alt). */
function article(keyphrase: string, alts: readonly string[], extra = ''): string {
  const images = alts.map((alt, i) => `![${alt}](image-${i}.jpg)`).join('\n\n');
  return `---\nkeyphrase: ${keyphrase}\n${extra}---\n\n# Titre\n\nLe texte.\n\n${images}\n`;
}

const WITH = 'Les chalets du marché de Noël';
const WITHOUT = 'Le grand sapin de la place Kléber';
/** `matches` alts with the keyphrase « marché de Noël » among `total`. */
const mixed = (matches: number, total: number): string[] => Array.from({ length: total }, (_, i) => `${i < matches ? WITH : WITHOUT} ${i}`);

describe('keyphrase-in-image-alt', () => {
  describe('fewer than 5 described images: one alt with the keyphrase is enough', () => {
    it('reports alts without it, on the first image, in French and English', () => {
      const text = article('marché de Noël', ['', WITHOUT, 'La cathédrale illuminée']);
      const [finding, ...rest] = runCheck(ID, text);
      expect(rest).toEqual([]);
      expect(finding?.severity).toBe('warning');
      // The image without alt is image-alt-missing's: the finding goes to the first described one.
      expect(covered(text, finding!)).toBe(`![${WITHOUT}](image-1.jpg)`);
      expect(finding?.data).toEqual({ matches: 0, total: 2, share: 0, direction: 'too-few', change: 1 });
      expect(finding?.message.fr).toBe('Aucun des 2 textes alternatifs des images ne contient l’expression clé « marché de Noël ». Décrivez avec elle une image qui illustre vraiment le sujet.');
      expect(finding?.message.en).toBe('None of the 2 image alt texts contains the keyphrase “marché de Noël”. Use it to describe an image that truly illustrates the topic.');
    });

    it('says it of a single image too', () => {
      const [finding] = runCheck(ID, article('marché de Noël', [WITHOUT]));
      expect(finding?.message.fr).toBe('Le texte alternatif de l’image ne contient pas l’expression clé « marché de Noël ». Décrivez avec elle une image qui illustre vraiment le sujet.');
      expect(finding?.message.en).toBe('The image alt text does not contain the keyphrase “marché de Noël”. Use it to describe an image that truly illustrates the topic.');
    });

    it('accepts one alt out of 4, and all 4 (no over-optimisation under 5 images)', () => {
      expect(runCheck(ID, article('marché de Noël', mixed(1, 4)))).toEqual([]);
      expect(runCheck(ID, article('marché de Noël', mixed(4, 4)))).toEqual([]);
    });

    it('says nothing when no image has an alt text (image-alt-missing\'s), nor without images or keyphrase', () => {
      expect(runCheck(ID, article('marché de Noël', ['', ' ']))).toEqual([]);
      expect(runCheck(ID, article('marché de Noël', []))).toEqual([]);
      expect(runCheck(ID, `# Titre\n\n![${WITHOUT}](x.jpg)\n`)).toEqual([]);
    });
  });

  describe('an alt holds the keyphrase with at least half its content words (minWordShare: 50)', () => {
    it('one word of two is exactly 50 %: it counts', () => {
      expect(runCheck(ID, article('marché de Noël', ['Un marché couvert']))).toEqual([]);
      expect(runCheck(ID, article('marché de Noël', ['Les illuminations de Noël']))).toEqual([]);
    });

    it('one word of three is 33 %: it does not; two of three do', () => {
      expect(runCheck(ID, article('rénovation énergétique logement', ['Une rénovation de façade']))).toHaveLength(1);
      expect(runCheck(ID, article('rénovation énergétique logement', ['Les rénovations énergétiques d’une façade']))).toEqual([]);
    });

    it('takes the share from a team configuration', () => {
      expect(runCheck(ID, article('marché de Noël', ['Un marché couvert']), { minWordShare: 51 })).toHaveLength(1);
      expect(runCheck(ID, article('marché de Noël', ['Le marché de Noël']), { minWordShare: 100 })).toEqual([]);
    });

    it('matches forms, synonyms and quoted keyphrases as the other keyphrase checks', () => {
      expect(runCheck(ID, article('élection présidentielle', ['Les élections présidentielles de 2022']))).toEqual([]);
      expect(runCheck(ID, article('Haut-Karabakh', ['Carte du haut Karabakh']))).toEqual([]);
      expect(runCheck(ID, article('Haut-Karabakh', ['Une route en Artsakh']))).toHaveLength(1);
      expect(runCheck(ID, article('Haut-Karabakh', ['Une route en Artsakh'], 'keyphrase_synonyms: [Artsakh]\n'))).toEqual([]);
      const team = analyzeArticle(article('Haut-Karabakh', ['Une route en Artsakh']), [{ synonyms: { 'Haut-Karabakh': ['Artsakh'] } }]);
      expect(team.findings.filter((finding) => finding.checkId === ID)).toEqual([]);
      expect(runCheck(ID, article('\'"train de nuit"\'', ['Un train de nuit en gare']))).toEqual([]);
      expect(runCheck(ID, article('\'"train de nuit"\'', ['La nuit, un train']))).toHaveLength(1);
    });

    it('mentions the synonyms in its message when there are some', () => {
      const [finding] = runCheck(ID, article('Haut-Karabakh', [WITHOUT], 'keyphrase_synonyms: [Artsakh]\n'));
      expect(finding?.message.fr).toContain('l’expression clé « Haut-Karabakh » ou un synonyme.');
      expect(finding?.message.en).toContain('the keyphrase “Haut-Karabakh” or a synonym.');
    });

    it('reads HTML alt texts too', () => {
      expect(runCheck(ID, `---\nkeyphrase: marché de Noël\n---\n\n<img src="a.jpg" alt="Le march&eacute; de No&#235;l">\n`)).toEqual([]);
      expect(runCheck(ID, `---\nkeyphrase: marché de Noël\n---\n\n<img src="a.jpg" alt="${WITHOUT}">\n`)).toHaveLength(1);
    });
  });

  describe('5 described images or more: 30 % to 75 % of them', () => {
    it('starts at 5 images (manyImages), or the team\'s number', () => {
      // 1 of 4 is enough; 1 of 5 is 20 %, under 30 %.
      expect(runCheck(ID, article('marché de Noël', mixed(1, 4)))).toEqual([]);
      expect(runCheck(ID, article('marché de Noël', mixed(1, 5)))).toHaveLength(1);
      expect(runCheck(ID, article('marché de Noël', mixed(1, 5)), { manyImages: 6 })).toEqual([]);
      // 5 of 5 is 100 %: over-optimised from 5 images on.
      expect(runCheck(ID, article('marché de Noël', mixed(5, 5)))).toHaveLength(1);
    });

    it('accepts 30 % exactly, reports 20 % on the first image with how many to add', () => {
      expect(runCheck(ID, article('marché de Noël', mixed(3, 10)))).toEqual([]);
      const text = article('marché de Noël', ['', ...mixed(2, 10)]);
      const [finding, ...rest] = runCheck(ID, text);
      expect(rest).toEqual([]);
      expect(finding?.severity).toBe('warning');
      expect(covered(text, finding!)).toBe(`![${WITH} 0](image-1.jpg)`);
      expect(finding?.data).toEqual({ matches: 2, total: 10, share: 20, direction: 'too-few', change: 1 });
      expect(finding?.message.fr).toBe('2 textes alternatifs d’image sur 10 (20 %) contiennent l’expression clé ; 30 à 75 % recommandés. Décrivez avec « marché de Noël » 1 image de plus, parmi celles qui illustrent vraiment le sujet.');
      expect(finding?.message.en).toBe('2 of 10 image alt texts (20%) contain the keyphrase; 30 to 75% recommended. Use “marché de Noël” to describe 1 more image, among those that truly illustrate the topic.');
    });

    it('accepts 75 % exactly, reports 80 % as info on the first line (over-optimisation)', () => {
      expect(runCheck(ID, article('marché de Noël', mixed(15, 20)))).toEqual([]);
      const text = article('marché de Noël', mixed(16, 20));
      const [finding, ...rest] = runCheck(ID, text);
      expect(rest).toEqual([]);
      expect(finding?.severity).toBe('info');
      expect(covered(text, finding!)).toBe('# Titre');
      expect(finding?.data).toEqual({ matches: 16, total: 20, share: 80, direction: 'too-many', change: 1 });
      expect(finding?.message.fr).toBe('16 textes alternatifs d’image sur 20 (80 %) contiennent l’expression clé ; 30 à 75 % recommandés. Récrivez 1 texte alternatif sans « marché de Noël », en décrivant ce que montre l’image (suroptimisation).');
      expect(finding?.message.en).toBe('16 of 20 image alt texts (80%) contain the keyphrase; 30 to 75% recommended. Rewrite 1 alt text without “marché de Noël”, describing what the image shows (over-optimisation).');
    });

    it('takes the range from a team configuration', () => {
      expect(runCheck(ID, article('marché de Noël', mixed(2, 10)), { minShare: 20 })).toEqual([]);
      expect(runCheck(ID, article('marché de Noël', mixed(16, 20)), { maxShare: 80 })).toEqual([]);
      expect(runCheck(ID, article('marché de Noël', mixed(15, 20)), { maxShare: 70 })[0]?.data).toMatchObject({ direction: 'too-many', change: 1 });
    });

    it('leaves images without alt text out of the count', () => {
      // 2 of 5 described images (40 %), whatever the 5 images without alt around them.
      expect(runCheck(ID, article('marché de Noël', [...mixed(2, 5), '', '', '', '', '']))).toEqual([]);
    });
  });

  it('finds nothing in the example article, which has no image, even with its keyphrase', () => {
    const body = fixture('example', 'article-blinken-azerbaidjan.txt');
    expect(runCheck(ID, `---\nkeyphrase: Haut-Karabakh\n---\n${body}`)).toEqual([]);
    // With a map whose alt names the region, and a portrait that does not: one of two is enough.
    const illustrated = `---\nkeyphrase: Haut-Karabakh\n---\n![Carte du Haut-Karabakh et du corridor de Latchine](carte.png)\n\n![Antony Blinken à Washington](blinken.jpg)\n\n${body}`;
    expect(runCheck(ID, illustrated)).toEqual([]);
  });
});
