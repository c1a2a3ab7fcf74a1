// The title drafted by title-missing's quick fix fits both title-length's characters and
// title-width's pixels, as the team configured them.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { titleFits } from '../../../src/core/checks/title-width';
import { draftTitle } from '../../../src/core/fixes/frontMatterDraft';
import { quickFixesFor } from '../../../src/core/fixes/quickFixesFor';
import { readerLength } from '../../../src/core/language/fr/readerText';
import type { PlumeConfig } from '../../../src/core/config/PlumeConfig';
import { applyEdits } from '../checks/runCheck';

/** The title the quick fix of title-missing drafts for `text`. */
function drafted(text: string, layers: PlumeConfig[] = []): string {
  const { doc, findings, settings } = analyzeArticle(text, layers);
  const finding = findings.find((candidate) => candidate.checkId === 'title-missing');
  const [fix] = finding ? quickFixesFor(doc, finding, settings) : [];
  const fixed = fix ? applyEdits(text, fix.edits) : text;
  return /^title: "([^"]*)"$/m.exec(fixed)?.[1] ?? '';
}

describe('draftTitle', () => {
  it('leaves a title within both limits as it is', () => {
    expect(draftTitle('Bien choisir sa tente de randonnée', 60, 600)).toBe('Bien choisir sa tente de randonnée');
  });

  it('cuts at the character limit when it is the narrower one', () => {
    const title = draftTitle('Le guide complet pour bien choisir sa tente de randonnée en montagne', 40, 600);
    expect(readerLength(title)).toBeLessThanOrEqual(40);
    expect(title).toBe('Le guide complet pour bien choisir sa…');
  });

  it('cuts at the width when capitals make 49 characters wider than 600 px', () => {
    const title = draftTitle('WOMEN\'S WORLD CUP : MOMENTS MÉMORABLES DU MONDIAL', 60, 600);
    expect(titleFits(title, 600)).toBe(true);
    expect(title).toBe('WOMEN\'S WORLD CUP : MOMENTS MÉMORABLES DU…');
  });

  it('fits both limits whatever they are', () => {
    const text = 'Haut-Karabakh : l’Arménie et l’Azerbaïdjan signent un accord de paix historique à Washington';
    for (const [chars, px] of [[60, 600], [80, 400], [30, 600], [45, 450]] as const) {
      const title = draftTitle(text, chars, px);
      expect(readerLength(title), `${chars}/${px}`).toBeLessThanOrEqual(chars);
      expect(titleFits(title, px), `${chars}/${px}: ${title}`).toBe(true);
      expect(title.endsWith('…')).toBe(true);
    }
  });
});

describe('the title-missing quick fix', () => {
  it('drafts from the first sentence within title-width’s 600 px, even under title-length’s 60 characters', () => {
    // 59 characters in capitals: 728 px, far wider than 600.
    const text = 'LES ÉLUS DÉMOCRATES MAINTIENNENT LA PRESSION SUR WASHINGTON. Le texte continue ici.\n';
    const title = drafted(text);
    expect(title).toBe(draftTitle('LES ÉLUS DÉMOCRATES MAINTIENNENT LA PRESSION SUR WASHINGTON', 60, 600));
    expect(titleFits(title, 600)).toBe(true);
    expect(title.endsWith('…')).toBe(true);
  });

  it('follows the team’s title-width and title-length', () => {
    const text = 'Des élus démocrates maintiennent la pression sur Washington après l’offensive éclair de septembre. Le texte continue.\n';
    const narrow = drafted(text, [{ checks: { 'title-width': { maxPx: 300 } } }]);
    expect(narrow).not.toBe('');
    expect(titleFits(narrow, 300)).toBe(true);
    const short = drafted(text, [{ checks: { 'title-length': { max: 30 } } }]);
    expect(readerLength(short)).toBeLessThanOrEqual(30);
    expect(titleFits(drafted(text), 600)).toBe(true);
  });
});
