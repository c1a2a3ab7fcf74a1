import { describe, expect, it } from 'vitest';
import { covered, runCheck } from './runCheck';

const ID = 'keyphrase-in-meta-description';
const DESCRIPTION = 'Sentiers, points de vue et criques où se baigner, notre guide pour une journée de marche au départ de Marseille.';
const article = (frontMatter: string): string => `---\ntitle: Randonnée\n${frontMatter}\n---\n\nLes calanques se découvrent à pied.\n`;

describe('keyphrase-in-meta-description', () => {
  it('reports a description without the keyphrase, on the description value', () => {
    const text = article(`description: ${DESCRIPTION}\nkeyphrase: calanques de Marseille`);
    const [finding, ...rest] = runCheck(ID, text);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('warning');
    expect(covered(text, finding!)).toBe(DESCRIPTION);
    expect(finding?.message.fr).toContain('« calanques de Marseille »');
    expect(finding?.message.en).toContain('“calanques de Marseille”');
    expect(finding?.data).toMatchObject({ keyphrase: 'calanques de Marseille', key: 'description' });
  });

  it('sits on a quoted value with its quotes (French colons need them in YAML)', () => {
    const quoted = '"Sentiers et criques : notre guide de randonnée au départ de Marseille."';
    const text = article(`description: ${quoted}\nkeyphrase: orage`);
    const [finding] = runCheck(ID, text);
    expect(covered(text, finding!)).toBe(quoted);
  });

  it('reads meta_description and metaDescription too', () => {
    for (const key of ['meta_description', 'metaDescription']) {
      const text = article(`${key}: ${DESCRIPTION}\nkeyphrase: calanques de Marseille`);
      const [finding] = runCheck(ID, text);
      expect(covered(text, finding!), key).toBe(DESCRIPTION);
    }
  });

  it('accepts the keyphrase whatever its case, accents, elision or plural', () => {
    for (const [description, keyphrase] of [
      ['Notre guide de la calanque de Marseille, de Callelongue à Cassis.', 'calanques de Marseille'],
      ['Le guide des CALANQUES DE MARSEILLE.', 'calanques de marseille'],
      ['Tout sur la rénovation énergétique d’une maison.', 'renovation energetique'],
      ['Comprendre l’orage et ses dangers.', 'orage'],
    ]) {
      expect(runCheck(ID, article(`description: ${description}\nkeyphrase: ${keyphrase}`)), description).toEqual([]);
    }
  });

  it('accepts the word forms of the keyphrase and its content words in any order, within one sentence', () => {
    for (const description of [
      'Les élections présidentielles de 2027 : le calendrier, les candidats et les sondages.',
      'Tout sur l’élection présidentielle : le calendrier, les candidats et les sondages.',
      'Présidentielle 2027 : le calendrier de l’élection, les candidats et les sondages.',
    ]) {
      expect(runCheck(ID, article(`description: "${description}"\nkeyphrase: élection présidentielle`)), description).toEqual([]);
    }
    const spread = 'La présidentielle approche. Le calendrier de l’élection, les candidats et les sondages.';
    expect(runCheck(ID, article(`description: "${spread}"\nkeyphrase: élection présidentielle`))).toHaveLength(1);
  });

  it('accepts a synonym of the keyphrase', () => {
    const description = 'Randonnées entre Marseille et Cassis : sentiers, points de vue et criques où se baigner.';
    expect(runCheck(ID, article(`description: "${description}"\nkeyphrase: calanques de Marseille\nkeyphrase_synonyms: criques de Marseille`))).toEqual([]);
    const [finding] = runCheck(ID, article(`description: ${DESCRIPTION}\nkeyphrase: calanques de Marseille\nkeyphrase_synonyms: [massif des Calanques]`));
    expect(finding?.message.en).toContain('nor any of its synonyms (“massif des Calanques”)');
  });

  it('says nothing without a keyphrase or without a description', () => {
    expect(runCheck(ID, article(`description: ${DESCRIPTION}`))).toEqual([]);
    expect(runCheck(ID, article('keyphrase: calanques de Marseille'))).toEqual([]);
    expect(runCheck(ID, article('description: ""\nkeyphrase: calanques de Marseille'))).toEqual([]);
  });

  it('handles an empty document and front matter alone', () => {
    expect(runCheck(ID, '')).toEqual([]);
    expect(runCheck(ID, `---\ndescription: ${DESCRIPTION}\nkeyphrase: orage\n---\n`)).toHaveLength(1);
  });

  it('follows the configured severity', () => {
    const text = article(`description: ${DESCRIPTION}\nkeyphrase: orage`);
    expect(runCheck(ID, text, {}, 'info')[0]?.severity).toBe('info');
    expect(runCheck(ID, text, {}, 'off')).toEqual([]);
  });
});
