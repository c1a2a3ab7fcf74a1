import { describe, expect, it } from 'vitest';
import { allChecks } from '../../../src/core/checks/registry';
import { resolveLanguage, resolveSettings } from '../../../src/core/config/resolveSettings';
import { validateConfig } from '../../../src/core/config/validateConfig';

describe('validateConfig', () => {
  it('accepts the documented example', () => {
    const result = validateConfig({ minWords: 900, checks: { 'title-length': 'off', 'paragraph-too-long': { severity: 'error', max: 120 } } }, allChecks);
    expect(result.ok).toBe(true);
  });

  it('accepts synonyms keyed by keyphrase', () => {
    expect(validateConfig({ synonyms: { 'Haut-Karabakh': ['Nagorno-Karabakh', 'Artsakh'], 'élection présidentielle': [] } }, allChecks).ok).toBe(true);
  });

  it.each([
    [[], 'JSON object'],
    [{ minWords: -3 }, '"minWords"'],
    [{ minWords: 7.5 }, '"minWords"'],
    [{ language: 'de' }, '"language"'],
    [{ colour: 'red' }, 'unknown key "colour"'],
    [{ checks: [] }, '"checks" must be an object'],
    [{ checks: { 'no-such-check': 'off' } }, 'unknown check "checks.no-such-check"'],
    [{ checks: { 'title-length': 'loud' } }, '"checks.title-length" must be one of'],
    [{ checks: { 'title-length': { severity: 'loud' } } }, '"checks.title-length.severity"'],
    [{ checks: { 'title-length': { maximum: 70 } } }, 'unknown option "checks.title-length.maximum" (options: max)'],
    [{ checks: { 'paragraph-too-long': { max: '120' } } }, '"checks.paragraph-too-long.max" must be a number'],
    [{ checks: { 'title-missing': { max: 3 } } }, 'this check has no options'],
    [{ synonyms: ['Artsakh'] }, '"synonyms" must be an object that gives each keyphrase the list of its synonyms'],
    [{ synonyms: { 'Haut-Karabakh': 'Artsakh' } }, '"synonyms.Haut-Karabakh" must be a list of non-empty strings'],
    [{ synonyms: { 'Haut-Karabakh': ['Artsakh', ''] } }, '"synonyms.Haut-Karabakh" must be a list of non-empty strings'],
    [{ synonyms: { ' ': ['Artsakh'] } }, '"synonyms": an empty keyphrase has no synonyms'],
    [{ synonym: {} }, 'unknown key "synonym" (expected minWords, language, checks, synonyms, siteUrl, contentRoot); did you mean "synonyms"?'],
  ])('rejects %j naming the key', (raw, expected) => {
    const result = validateConfig(raw, allChecks);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.en).join('\n')).toContain(expected);
  });

  it('says what is wrong with synonyms in French too', () => {
    const result = validateConfig({ synonyms: { 'Haut-Karabakh': 'Artsakh' } }, allChecks);
    expect(result.ok ? [] : result.errors.map((error) => error.fr)).toEqual(['« synonyms.Haut-Karabakh » doit être une liste de textes non vides, par exemple ["Artsakh"]']);
  });

  it('says it in French too, and suggests what a typo meant', () => {
    const result = validateConfig({ minWord: 900, checks: { 'titel-missing': 'off', 'sentences-too-long': 'warn', 'title-length': { mx: 55 } } }, allChecks);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.fr)).toEqual([
      'clé inconnue « minWord » (attendues : minWords, language, checks, synonyms, siteUrl, contentRoot) ; vouliez-vous dire « minWords » ?',
      'vérification inconnue « checks.titel-missing » ; vouliez-vous dire « title-missing » ?',
      '« checks.sentences-too-long » doit valoir error, warning, info, hint, off ou être un objet, pas « warn » ; vouliez-vous dire « warning » ?',
      'option inconnue « checks.title-length.mx » (options : max) ; vouliez-vous dire « max » ?',
    ]);
  });
});

describe('resolveSettings', () => {
  it('starts from each check’s defaults', () => {
    const settings = resolveSettings(allChecks, []);
    expect(settings.get('word-count-min')).toEqual({ severity: 'warning', options: { min: 700 } });
    expect(settings.size).toBe(allChecks.length);
  });

  it('lets later layers win, and a check’s own option win over the minWords shortcut', () => {
    const settings = resolveSettings(allChecks, [
      { minWords: 900, checks: { 'title-length': 'off' } },
      { checks: { 'title-length': { severity: 'info', max: 70 } } },
    ]);
    expect(settings.get('word-count-min')?.options.min).toBe(900);
    expect(settings.get('title-length')).toEqual({ severity: 'info', options: { max: 70 } });
    const both = resolveSettings(allChecks, [{ minWords: 900, checks: { 'word-count-min': { min: 500 } } }]);
    expect(both.get('word-count-min')?.options.min).toBe(500);
  });

  it('picks the language of the last layer that sets one', () => {
    expect(resolveLanguage([], 'fr')).toBe('fr');
    expect(resolveLanguage([{ language: 'en' }, {}], 'fr')).toBe('en');
  });
});
