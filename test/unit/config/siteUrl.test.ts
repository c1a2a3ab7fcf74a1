// The site's address (`siteUrl` in .plumerc.json, `plume.siteUrl` in VS Code): validated like the
// other keys, resolved through the same layers, and given to the link checks through the analysis.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { allChecks } from '../../../src/core/checks/registry';
import { buildConfigSchema } from '../../../src/core/config/buildConfigSchema';
import { parseConfigText } from '../../../src/core/config/configFile';
import { resolveConfig, resolveSiteUrl } from '../../../src/core/config/resolveConfig';
import { isSiteUrl, validateConfig } from '../../../src/core/config/validateConfig';

const ROOT = join(__dirname, '..', '..', '..');

describe('siteUrl in .plumerc.json', () => {
  it.each(['https://www.exemple.fr', 'http://exemple.fr', 'https://exemple.fr/blog/', 'HTTPS://Exemple.FR', 'https://exemple.fr:8443', 'https://blog.exemple.fr?x=1'])('accepts %s', (siteUrl) => {
    expect(validateConfig({ siteUrl }, allChecks).ok).toBe(true);
    expect(parseConfigText(JSON.stringify({ siteUrl, minWords: 900 })).ok).toBe(true);
  });

  it.each([['exemple.fr'], ['www.exemple.fr'], ['ftp://exemple.fr'], ['mailto:redaction@exemple.fr'], ['https://'], ['/blog'], [''], [42], [null], [['https://exemple.fr']]])('refuses %j, naming the key in French and English', (siteUrl) => {
    const result = validateConfig({ siteUrl }, allChecks);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([{
      fr: '« siteUrl » doit être l’adresse http(s) du site, par exemple "https://www.exemple.fr"',
      en: '"siteUrl" must be the site\'s http(s) address, for example "https://www.example.com"',
    }]);
  });

  it('suggests siteUrl for a typo', () => {
    const result = validateConfig({ siteUlr: 'https://exemple.fr' }, allChecks);
    expect(result.ok ? [] : result.errors.map((error) => error.en)).toEqual(['unknown key "siteUlr" (expected minWords, language, checks, synonyms, siteUrl, contentRoot); did you mean "siteUrl"?']);
  });

  it('is in the JSON schema, and the schema\'s pattern agrees with the validation', () => {
    const schema = buildConfigSchema(allChecks) as { properties: Record<string, { type?: string; pattern?: string }> };
    const property = schema.properties.siteUrl;
    expect(property?.type).toBe('string');
    const pattern = new RegExp(property?.pattern ?? '');
    for (const value of ['https://www.exemple.fr', 'http://exemple.fr/blog', 'exemple.fr', 'ftp://exemple.fr', 'https://', 'https:///chemin']) {
      expect(pattern.test(value), value).toBe(isSiteUrl(value));
    }
  });

  it('is a VS Code setting, empty by default, whose pattern accepts what the validation accepts (or nothing)', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const setting = manifest.contributes.configuration.properties['plume.siteUrl'];
    expect(setting).toMatchObject({ type: 'string', default: '', markdownDescription: '%plume.siteUrl.description%', patternErrorMessage: '%plume.siteUrl.patternError%' });
    const pattern = new RegExp(setting.pattern);
    expect(pattern.test('')).toBe(true);
    for (const value of ['https://www.exemple.fr', 'http://exemple.fr/blog', 'exemple.fr', 'ftp://exemple.fr', 'https://']) {
      expect(pattern.test(value), value).toBe(isSiteUrl(value));
    }
  });
});

describe('resolving siteUrl: the last layer that names one wins', () => {
  it('is undefined without any', () => {
    expect(resolveConfig([]).siteUrl).toBeUndefined();
    expect(resolveConfig([{ minWords: 900 }, undefined]).siteUrl).toBeUndefined();
  });

  it('VS Code: the settings first, then .plumerc.json, which wins', () => {
    const settings = { minWords: 700, siteUrl: 'https://perso.exemple.fr' };
    const team = { siteUrl: 'https://www.exemple.fr' };
    expect(resolveConfig([settings, team]).siteUrl).toBe('https://www.exemple.fr');
    // A team file without siteUrl leaves the writer's own setting in force.
    expect(resolveConfig([settings, { minWords: 900 }]).siteUrl).toBe('https://perso.exemple.fr');
  });

  it('ignores an empty value (the VS Code setting\'s default) and trims spaces', () => {
    expect(resolveSiteUrl([{ siteUrl: 'https://exemple.fr' }, { siteUrl: '  ' }])).toBe('https://exemple.fr');
    expect(resolveSiteUrl([{ siteUrl: ' https://exemple.fr ' }])).toBe('https://exemple.fr');
  });

  it('reaches the checks through analyzeArticle\'s layers', () => {
    const text = 'Voir [la carte](https://www.exemple.fr/carte) et [la source](https://source.org/doc).\n';
    const classify = (layers: Parameters<typeof analyzeArticle>[1]) => analyzeArticle(text, layers).doc.bodyLinks.map((link) => link.kind);
    expect(classify([])).toEqual(['outbound', 'outbound']);
    expect(classify([{ siteUrl: 'https://exemple.fr' }])).toEqual(['internal', 'outbound']);
    expect(classify([{ siteUrl: 'https://source.org' }, { siteUrl: 'https://exemple.fr' }])).toEqual(['internal', 'outbound']);
    // An explicit option wins over the layers, as the keyphrase of `plume check --keyphrase` does.
    expect(analyzeArticle(text, [{ siteUrl: 'https://exemple.fr' }], undefined, { siteUrl: 'https://source.org' }).doc.bodyLinks.map((link) => link.kind)).toEqual(['outbound', 'internal']);
  });
});
