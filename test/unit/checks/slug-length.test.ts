import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { covered, fixture, runCheck } from './runCheck';

const ID = 'slug-length';
const BODY = '\nUne bonne tente de randonnée pèse moins de deux kilos.\n';
/** A slug of exactly `n` characters, made of words and hyphens. */
const slug = (n: number): string => 'choisir-sa-tente-de-randonnee-'.repeat(5).slice(0, n).replace(/-$/, 'e');
const withSlug = (value: string, key = 'slug'): string => `---\ntitle: Bien choisir sa tente\n${key}: ${value}\n---\n${BODY}`;

describe(ID, () => {
  it('accepts a slug of 75 characters, reports one of 76 on the front matter value', () => {
    expect(slug(75)).toHaveLength(75);
    expect(runCheck(ID, withSlug(slug(75)))).toEqual([]);
    const text = withSlug(slug(76));
    const [finding, ...rest] = runCheck(ID, text);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('warning');
    expect(finding && covered(text, finding)).toBe(slug(76));
    expect(finding?.data).toEqual({ slug: slug(76), length: 76, max: 75, source: 'front-matter' });
  });

  it('says the length, the maximum and what to do, in both languages', () => {
    const [finding] = runCheck(ID, withSlug(slug(92)));
    expect(finding?.message.fr).toBe('Slug (champ `slug`) de 92 caractères ; 75 au plus attendus. Raccourcissez-le d’au moins 17 caractères : gardez l’expression clé et retirez les mots outils et les détails. Une adresse déjà publiée demande une redirection.');
    expect(finding?.message.en).toBe('Slug (`slug` field) of 92 characters; at most 75 expected. Shorten it by at least 17 characters: keep the keyphrase and drop function words and details. An address already published needs a redirect.');
  });

  it('reads permalink and url, and counts decoded characters', () => {
    expect(runCheck(ID, withSlug(`/blog/${slug(76)}/`, 'permalink'))[0]?.data).toMatchObject({ length: 76 });
    expect(runCheck(ID, withSlug(`https://exemple.fr/${slug(70)}/`, 'url'))).toEqual([]);
    // « é » written %C3%A9 is one character, as the address bar shows it.
    expect(runCheck(ID, withSlug(`"%C3%A9${slug(74)}"`))).toEqual([]);
    expect(runCheck(ID, withSlug(`"%C3%A9${slug(75)}"`))[0]?.data).toMatchObject({ length: 76 });
  });

  it('falls back on the file name, reported on the first line of the body', () => {
    const text = `---\ntitle: Bien choisir sa tente\n---\n${BODY}`;
    expect(runCheck(ID, text, {}, undefined, { fileName: `articles/${slug(75)}.md` })).toEqual([]);
    const [finding] = runCheck(ID, text, {}, undefined, { fileName: `articles/${slug(80)}.md` });
    expect(finding && covered(text, finding)).toBe(BODY.trim());
    expect(finding?.message.fr).toContain(`Slug (tiré du nom du fichier ${slug(80)}.md) de 80 caractères`);
    expect(finding?.message.fr).toContain('renommez le fichier ou ajoutez un champ `slug` plus court au front matter');
    expect(finding?.message.en).toContain('rename the file or add a shorter `slug` field to the front matter');
    // A Jekyll date is not part of the slug.
    expect(runCheck(ID, text, {}, undefined, { fileName: `_posts/2024-03-01-${slug(75)}.md` })).toEqual([]);
    // No file name and no front matter slug: nothing to measure.
    expect(runCheck(ID, text)).toEqual([]);
  });

  it('takes its limit from a team config', () => {
    expect(runCheck(ID, withSlug(slug(60)), { max: 60 })).toEqual([]);
    expect(runCheck(ID, withSlug(slug(61)), { max: 60 })[0]?.message.en).toContain('at most 60 expected');
    const layers = [{ checks: { 'slug-length': { max: 100 } } }];
    expect(analyzeArticle(withSlug(slug(92)), layers).findings.filter((finding) => finding.checkId === ID)).toEqual([]);
    expect(runCheck(ID, withSlug(slug(92)), {}, 'off')).toEqual([]);
  });

  it('on the example article: silent without a name, and its file name is short enough', () => {
    const example = fixture('example', 'article-blinken-azerbaidjan.txt');
    expect(runCheck(ID, example)).toEqual([]);
    expect(runCheck(ID, example, {}, undefined, { fileName: 'test/fixtures/example/article-blinken-azerbaidjan.txt' })).toEqual([]);
  });
});
