// The rewrite's title constraint: the prompt asks for characters (a model cannot measure pixels),
// the validation holds the proposal to both title-length's characters and title-width's pixels.
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../src/core/config/resolveConfig';
import type { PlumeConfig } from '../../../src/core/config/PlumeConfig';
import { ArticleDocument } from '../../../src/core/markdown/ArticleDocument';
import { rewriteLimits } from '../../../src/core/rewrite/rewriteLimits';
import { validateProposal } from '../../../src/core/rewrite/validateProposal';

const BODY = 'Une bonne tente de randonnée pèse moins de deux kilos et se monte en cinq minutes.';
const proposal = (title: string): string => `---\ntitle: "${title}"\ndescription: "Poids, montage, résistance au vent et imperméabilité : les critères pour bien choisir sa tente de randonnée avant de partir en montagne."\n---\n\n${BODY}\n`;

function titleConstraint(title: string, layers: PlumeConfig[] = []) {
  const source = new ArticleDocument(proposal('Une tente'));
  const { limits } = resolveConfig(layers);
  const { constraints } = validateProposal(source, proposal(title), { mode: 'document', minWords: 1, headingLevel: 1, layers, limits });
  return constraints.find((constraint) => constraint.id === 'title');
}

describe('the rewrite’s title constraint', () => {
  it('takes title-width’s maxPx into the limits, beside title-length’s max', () => {
    expect(rewriteLimits()).toMatchObject({ titleMax: 60, titleMaxPx: 600 });
    expect(resolveConfig([{ checks: { 'title-width': { maxPx: 550 }, 'title-length': { max: 50 } } }]).limits).toMatchObject({ titleMax: 50, titleMaxPx: 550 });
  });

  it('is met by a title within both limits, and states both', () => {
    // 55 characters, 514.7 px.
    const met = titleConstraint('Haut-Karabakh : Blinken sous la pression des démocrates');
    expect(met?.met).toBe(true);
    expect(met?.message.fr).toBe('Titre SEO de 55 caractères et 515 px de large (60 caractères et 600 px au plus)');
    expect(met?.message.en).toBe('SEO title of 55 characters, 515 px wide (at most 60 characters and 600 px)');
  });

  it('fails a title short enough in characters but too wide', () => {
    // 49 characters, 620.5 px: capitals are wide.
    const wide = titleConstraint('WOMEN\'S WORLD CUP : MOMENTS MÉMORABLES DU MONDIAL');
    expect(wide?.met).toBe(false);
    expect(wide?.message.fr).toBe('Titre SEO de 49 caractères et 621 px de large (60 caractères et 600 px au plus)');
  });

  it('fails a title narrow enough but over the character limit', () => {
    // 61 characters, 568.1 px.
    expect(titleConstraint('Tente de randonnée : comment bien la choisir pour la montagne')?.met).toBe(false);
  });

  it('follows the team’s limits', () => {
    const team = [{ checks: { 'title-width': { maxPx: 500 } } }];
    const narrow = titleConstraint('Haut-Karabakh : Blinken sous la pression des démocrates', team);
    expect(narrow?.met).toBe(false);
    expect(narrow?.message.en).toBe('SEO title of 55 characters, 515 px wide (at most 60 characters and 500 px)');
    expect(titleConstraint('Tente de randonnée : comment bien la choisir pour la montagne', [{ checks: { 'title-length': { max: 65 } } }])?.met).toBe(true);
  });

  it('still says when the front matter has no title', () => {
    const source = new ArticleDocument(proposal('Une tente'));
    const { constraints } = validateProposal(source, `${BODY}\n`, { mode: 'document', minWords: 1, headingLevel: 1, layers: [], limits: rewriteLimits() });
    expect(constraints.find((constraint) => constraint.id === 'title')).toMatchObject({ met: false, message: { fr: 'Titre SEO absent du front matter', en: 'No SEO title in the front matter' } });
  });
});
