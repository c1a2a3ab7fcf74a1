import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { covered, runCheck } from './runCheck';

const ID = 'title-length';
const BODY = '\nUne bonne tente de randonnée pèse moins de deux kilos.\n';
const chars = (n: number): string => 'Bien choisir sa tente de randonnée, '.repeat(5).slice(0, n).replace(/ $/, '.');

describe(ID, () => {
  it('is off by default (title-width judges the title), on once a team gives it a severity', () => {
    const text = `---\ntitle: ${chars(72)}\n---\n${BODY}`;
    const found = (layers: Parameters<typeof analyzeArticle>[1]) => analyzeArticle(text, layers).findings.filter((finding) => finding.checkId === ID);
    expect(found([])).toEqual([]);
    // A `max` alone leaves it off.
    expect(found([{ checks: { [ID]: { max: 65 } } }])).toEqual([]);
    expect(found([{ checks: { [ID]: { severity: 'warning', max: 65 } } }])[0]?.data).toMatchObject({ length: 72, max: 65 });
    expect(found([{ checks: { [ID]: 'warning' } }])[0]?.severity).toBe('warning');
  });

  it('accepts a title of 60 characters, reports one of 61 on the front matter value', () => {
    expect(runCheck(ID, `---\ntitle: ${chars(60)}\n---\n${BODY}`)).toEqual([]);
    const text = `---\ntitle: ${chars(61)}\n---\n${BODY}`;
    const findings = runCheck(ID, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('warning');
    expect(findings[0] && covered(text, findings[0])).toBe(chars(61));
    expect(findings[0]?.data).toEqual({ length: 61, max: 60, source: 'front-matter', key: 'title' });
  });

  it('says the length measured, the maximum and what to do, in both languages', () => {
    const [finding] = runCheck(ID, `---\ntitle: ${chars(72)}\n---\n${BODY}`);
    expect(finding?.message.fr).toBe('Titre SEO (champ `title`) de 72 caractères ; 60 au plus attendus. Google en coupera la fin : raccourcissez-le d’au moins 12 caractères, ou ajoutez un `seo_title` plus court dans le front matter.');
    expect(finding?.message.en).toBe('SEO title (`title` field) of 72 characters; at most 60 expected. Google will cut the end: shorten it by at least 12 characters, or add a shorter `seo_title` to the front matter.');
  });

  it('uses the H1 when there is no front matter title, and sits on its line', () => {
    const text = `# ${chars(61)}\n${BODY}`;
    const [finding] = runCheck(ID, text);
    expect(finding && covered(text, finding)).toBe(`# ${chars(61)}`);
    expect(finding?.data).toMatchObject({ source: 'h1' });
    expect(finding?.message.fr).toContain('Titre SEO (titre de niveau 1) de 61 caractères');
    expect(runCheck(ID, `# ${chars(60)}\n${BODY}`)).toEqual([]);
  });

  it('prefers a short seo_title to a long title, and does not suggest a seo_title it already has', () => {
    expect(runCheck(ID, `---\ntitle: ${chars(90)}\nseo_title: ${chars(50)}\n---\n${BODY}`)).toEqual([]);
    const text = `---\ntitle: Tente\nseo_title: ${chars(70)}\n---\n${BODY}`;
    const [finding] = runCheck(ID, text);
    expect(finding && covered(text, finding)).toBe(chars(70));
    expect(finding?.message.fr).not.toContain('ajoutez un `seo_title`');
    expect(finding?.message.en).toContain('SEO title (`seo_title` field) of 70 characters');
  });

  it('counts an emoji or an accented letter as one character', () => {
    expect(runCheck(ID, `---\ntitle: "${chars(59)}🏕"\n---\n${BODY}`)).toEqual([]);
    expect(runCheck(ID, `---\ntitle: "${chars(59)}é🏕"\n---\n${BODY}`)[0]?.data?.length).toBe(61);
  });

  it('reads TOML front matters', () => {
    const text = `+++\ntitle = "${chars(65)}"\n+++\n${BODY}`;
    const [finding] = runCheck(ID, text);
    expect(finding && covered(text, finding)).toBe(`"${chars(65)}"`);
  });

  it('takes its limit from the settings', () => {
    expect(runCheck(ID, `# ${chars(70)}\n`, { max: 70 })).toEqual([]);
    expect(runCheck(ID, `# ${chars(71)}\n`, { max: 70 })[0]?.message.en).toContain('at most 70 expected');
  });

  it('stays silent without a title: title-missing reports that', () => {
    expect(runCheck(ID, '')).toEqual([]);
    expect(runCheck(ID, '---\ndescription: Une tente.\n---\n')).toEqual([]);
    expect(runCheck(ID, BODY)).toEqual([]);
  });
});
