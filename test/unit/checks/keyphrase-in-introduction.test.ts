import { describe, expect, it } from 'vitest';
import { covered, runCheck } from './runCheck';

const ID = 'keyphrase-in-introduction';
const article = (body: string, keyphrase = 'vélo électrique'): string => `---\ntitle: Le vélo électrique\nkeyphrase: ${keyphrase}\n---\n\n${body}`;

describe('keyphrase-in-introduction', () => {
  it('reports a first paragraph without the keyphrase, on its first line', () => {
    const text = article('Chaque matin, Claire parcourt douze kilomètres\nentre Villeurbanne et Lyon.\n\nSon vélo électrique a changé sa vie.\n');
    const [finding, ...rest] = runCheck(ID, text);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('warning');
    expect(covered(text, finding!)).toBe('Chaque matin, Claire parcourt douze kilomètres');
    expect(finding?.message.fr).toContain('« vélo électrique »');
    expect(finding?.message.en).toContain('“vélo électrique”');
  });

  it('accepts the keyphrase anywhere in the first paragraph, even on a later line', () => {
    expect(runCheck(ID, article('Chaque matin, Claire parcourt douze kilomètres\nsur son vélo électrique.\n'))).toEqual([]);
  });

  it('accepts the keyphrase whatever its case, accents, elision or plural', () => {
    expect(runCheck(ID, article('Claire a acheté un VELO ELECTRIQUE.\n'))).toEqual([]);
    expect(runCheck(ID, article('Les vélos électriques envahissent Lyon.\n'))).toEqual([]);
    expect(runCheck(ID, article('L’orage a surpris les cyclistes.\n', 'orage'))).toEqual([]);
    expect(runCheck(ID, article('Vers l’égalité salariale.\n', 'egalite salariale'))).toEqual([]);
  });

  it('accepts the word forms of the keyphrase: « élection présidentielle »', () => {
    for (const body of ['Les élections présidentielles approchent.\n', 'Le calendrier de l’élection présidentielle est connu.\n']) {
      expect(runCheck(ID, article(body, 'élection présidentielle')), body).toEqual([]);
    }
  });

  it('needs the content words within one sentence, as Yoast does', () => {
    expect(runCheck(ID, article('Le train partira de nuit, dit la SNCF.\n', 'train de nuit'))).toEqual([]);
    // Spread over two sentences: Yoast scores it orange, « not within one sentence ».
    const text = article('La présidentielle approche. L’élection aura lieu en avril.\n', 'élection présidentielle');
    const [finding] = runCheck(ID, text);
    expect(finding?.message.fr).toContain('Aucune phrase du premier paragraphe ne contient l’expression clé « élection présidentielle ».');
    expect(finding?.message.en).toContain('No sentence of the first paragraph contains the keyphrase “élection présidentielle”.');
  });

  it('accepts a synonym of the keyphrase', () => {
    const text = (body: string) => `---\ntitle: Exode\nkeyphrase: Haut-Karabakh\nkeyphrase_synonyms: [Artsakh]\n---\n\n${body}`;
    expect(runCheck(ID, text('L’Artsakh s’est vidé de ses habitants.\n'))).toEqual([]);
    const [finding] = runCheck(ID, text('Le Caucase s’est vidé.\n'));
    expect(finding?.message.fr).toContain('ni aucun de ses synonymes (« Artsakh »)');
  });

  it('looks at the first paragraph only, not at the headings before it', () => {
    const text = article('# Le vélo électrique\n\nChaque matin, Claire roule.\n\nSon vélo électrique a changé sa vie.\n');
    const [finding] = runCheck(ID, text);
    expect(covered(text, finding!)).toBe('Chaque matin, Claire roule.');
  });

  it('skips paragraphs without words, such as a lone image', () => {
    const text = article('![](velo.png)\n\nSon vélo électrique a changé sa vie.\n');
    expect(runCheck(ID, text)).toEqual([]);
  });

  it('says nothing without a keyphrase or without a paragraph', () => {
    expect(runCheck(ID, '---\ntitle: Le vélo\n---\n\nChaque matin, Claire roule.\n')).toEqual([]);
    expect(runCheck(ID, article('# Le vélo électrique\n'))).toEqual([]);
  });

  it('handles an empty document and front matter alone', () => {
    expect(runCheck(ID, '')).toEqual([]);
    expect(runCheck(ID, article(''))).toEqual([]);
  });

  it('follows the configured severity', () => {
    const text = article('Chaque matin, Claire roule.\n');
    expect(runCheck(ID, text, {}, 'hint')[0]?.severity).toBe('hint');
    expect(runCheck(ID, text, {}, 'off')).toEqual([]);
  });
});
