import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { titleFits, titleWidthPx } from '../../../src/core/checks/title-width';
import { covered, fixture, runCheck } from './runCheck';

const ID = 'title-width';
const BODY = '\nUne bonne tente de randonnée pèse moins de deux kilos.\n';
const titled = (title: string, key = 'title'): string => `---\n${key}: "${title}"\n---\n${BODY}`;
// « s », « k » and « y » are each 1,024 Arial units wide, exactly 10 px at 20 px (1,024 × 20 ÷ 2,048):
// 60 of them make a title of exactly 600 px, 61 one of 610 px.
const px = (tens: number): string => 'sky'.repeat(Math.ceil(tens / 3)).slice(0, tens);
const TENT = 'Le guide complet pour bien choisir sa tente de randonnée en montagne'; // 68 characters, 632.7 px

describe(ID, () => {
  it('accepts a title of exactly 600 px, reports one of 610 px', () => {
    expect(titleWidthPx(px(60))).toBe(600);
    expect(runCheck(ID, titled(px(60)))).toEqual([]);
    const findings = runCheck(ID, titled(px(61)));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('warning');
    expect(findings[0]?.data).toMatchObject({ widthPx: 610, maxPx: 600, excessPx: 10, characters: 1 });
  });

  it('says the width, the limit, what Google shows and by how much to shorten, in both languages, on the title value', () => {
    const text = titled(TENT);
    const [finding] = runCheck(ID, text);
    expect(finding && covered(text, finding)).toBe(`"${TENT}"`);
    expect(finding?.message.fr).toBe('Titre SEO (champ `title`) de 633 px de large ; 600 px au plus (Arial 20 px, comme Google). Google n’en affichera que « Le guide complet pour bien choisir sa tente de randonnée en … » : raccourcissez-le d’environ 33 px, soit à peu près 4 caractères, ou ajoutez un `seo_title` plus court dans le front matter.');
    expect(finding?.message.en).toBe('SEO title (`title` field) 633 px wide; at most 600 px (20 px Arial, as Google draws it). Google will only show “Le guide complet pour bien choisir sa tente de randonnée en …”: shorten it by about 33 px, roughly 4 characters, or add a shorter `seo_title` to the front matter.');
    expect(finding?.data).toMatchObject({ widthPx: 632.7, visible: 'Le guide complet pour bien choisir sa tente de randonnée en …', source: 'front-matter', key: 'title' });
  });

  it('judges width, not length: 49 capitals are cut, 61 lower-case characters fit', () => {
    expect(runCheck(ID, titled('WOMEN\'S WORLD CUP : MOMENTS MÉMORABLES DU MONDIAL'))[0]?.data).toMatchObject({ widthPx: 620.5 });
    expect(runCheck(ID, titled('Tente de randonnée : comment bien la choisir pour la montagne'))).toEqual([]);
    // title-length, off by default, would have flagged the second one (61 characters).
    expect(runCheck('title-length', titled('Tente de randonnée : comment bien la choisir pour la montagne'))).toHaveLength(1);
  });

  it('takes its limit from a team config', () => {
    const settings = { maxPx: 450 };
    expect(runCheck(ID, titled(px(45)), settings)).toEqual([]);
    const [finding] = runCheck(ID, titled(px(46)), settings);
    expect(finding?.message.fr).toContain('de 460 px de large ; 450 px au plus');
    expect(finding?.message.en).toContain('460 px wide; at most 450 px');
    expect(analyzeArticle(titled(px(61)), [{ checks: { 'title-width': { maxPx: 700 } } }]).findings.filter((f) => f.checkId === ID)).toEqual([]);
    expect(runCheck(ID, titled(px(61)), {}, 'off')).toEqual([]);
    expect(runCheck(ID, titled(px(61)), {}, 'error')[0]?.severity).toBe('error');
  });

  it('uses the H1 when there is no front matter title, and does not suggest a seo_title it already has', () => {
    const h1 = `# ${TENT}\n${BODY}`;
    const [finding] = runCheck(ID, h1);
    expect(finding && covered(h1, finding)).toBe(`# ${TENT}`);
    expect(finding?.message.fr).toContain('Titre SEO (titre de niveau 1) de 633 px');
    const seo = `---\ntitle: Tente\nseo_title: ${TENT}\n---\n${BODY}`;
    expect(runCheck(ID, seo)[0]?.message.fr).not.toContain('ajoutez un `seo_title`');
    expect(runCheck(ID, `---\ntitle: ${TENT}\nseo_title: Bien choisir sa tente de randonnée\n---\n${BODY}`)).toEqual([]);
  });

  it('measures the title as HTML draws it: runs of white space as one space, none at the ends', () => {
    // A folded YAML title: its line break is a space.
    const folded = `---\ntitle: >-\n  ${px(30)}\n  ${px(29)}\n---\n${BODY}`;
    expect(runCheck(ID, folded)).toEqual([]); // 590 px + one space (5.6 px)
    expect(titleFits(`  ${px(60)}  `, 600)).toBe(true);
    expect(titleFits(`${px(30)}\n\n   ${px(30)}`, 600)).toBe(false); // 600 px + one space
  });

  it('stays silent without a title: title-missing reports that', () => {
    expect(runCheck(ID, '')).toEqual([]);
    expect(runCheck(ID, '---\ndescription: Une tente.\n---\n')).toEqual([]);
    expect(runCheck(ID, BODY)).toEqual([]);
  });

  it('on the example article: no title, nothing to measure; with the title of the docs, it fits', () => {
    const example = fixture('example', 'article-blinken-azerbaidjan.txt');
    expect(runCheck(ID, example)).toEqual([]);
    expect(runCheck(ID, `---\ntitle: "Haut-Karabakh : Blinken sous pression face à l’Azerbaïdjan"\n---\n${example}`)).toEqual([]); // 527 px
    // Its first sentence (about 290 characters) as a title is far too wide.
    const first = example.split('.')[0] ?? '';
    expect(runCheck(ID, `# ${first}\n\n${example}`)[0]?.data?.widthPx).toBeGreaterThan(2000);
  });
});
