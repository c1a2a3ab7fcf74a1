import type { CheckDefinition, CheckOptions, Localized } from '../checks/Check';
import { SEVERITIES } from '../checks/Check';
import { nearest } from './nearest';
import type { PlumeConfig } from './PlumeConfig';

export type ConfigValidation = { ok: true; config: PlumeConfig } | { ok: false; errors: Localized[] };

const severities = SEVERITIES.join(', ');

/**
 * Checks a parsed `.plumerc.json` (or the `plume.checks` setting, `{ checks }`) against the
 * registry. Every error names the key at fault, in French and English, and suggests the check id
 * or option a typo most likely meant, so a writer can fix it without reading the schema.
 */
export function validateConfig(raw: unknown, checks: readonly CheckDefinition<CheckOptions>[]): ConfigValidation {
  const errors: Localized[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, errors: [{ fr: 'la configuration doit être un objet JSON', en: 'the configuration must be a JSON object' }] };
  const byId = new Map(checks.map((check) => [check.id, check]));
  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case '$schema':
        break;
      case 'minWords':
        if (!isCount(value)) errors.push({ fr: '« minWords » doit être un nombre entier ≥ 0', en: '"minWords" must be a whole number ≥ 0' });
        break;
      case 'language':
        if (value !== 'fr' && value !== 'en') errors.push({ fr: '« language » doit valoir "fr" ou "en"', en: '"language" must be "fr" or "en"' });
        break;
      case 'synonyms':
        errors.push(...validateSynonyms(value));
        break;
      case 'siteUrl':
        if (!isSiteUrl(value)) {
          errors.push({
            fr: '« siteUrl » doit être l’adresse http(s) du site, par exemple "https://www.exemple.fr"',
            en: '"siteUrl" must be the site\'s http(s) address, for example "https://www.example.com"',
          });
        }
        break;
      case 'contentRoot':
        if (typeof value !== 'string' || value.trim() === '') {
          errors.push({
            fr: '« contentRoot » doit être le dossier des articles, relatif à ce fichier, par exemple "content"',
            en: '"contentRoot" must be the articles\' folder, relative to this file, for example "content"',
          });
        }
        break;
      case 'checks':
        if (value === null || typeof value !== 'object' || Array.isArray(value)) errors.push({ fr: '« checks » doit être un objet dont les clés sont des identifiants de vérification', en: '"checks" must be an object keyed by check id' });
        else for (const [id, setting] of Object.entries(value)) errors.push(...validateCheckSetting(id, setting, byId.get(id), [...byId.keys()]));
        break;
      default: {
        const guess = nearest(key, ['minWords', 'language', 'checks', 'synonyms', 'siteUrl', 'contentRoot']);
        errors.push({
          fr: `clé inconnue « ${key} » (attendues : minWords, language, checks, synonyms, siteUrl, contentRoot)${guess ? ` ; vouliez-vous dire « ${guess} » ?` : ''}`,
          en: `unknown key "${key}" (expected minWords, language, checks, synonyms, siteUrl, contentRoot)${guess ? `; did you mean "${guess}"?` : ''}`,
        });
      }
    }
  }
  return errors.length === 0 ? { ok: true, config: raw as PlumeConfig } : { ok: false, errors };
}

function validateCheckSetting(id: string, setting: unknown, check: CheckDefinition<CheckOptions> | undefined, ids: string[]): Localized[] {
  if (!check) {
    const guess = nearest(id, ids);
    return [{
      fr: `vérification inconnue « checks.${id} »${guess ? ` ; vouliez-vous dire « ${guess} » ?` : ''}`,
      en: `unknown check "checks.${id}"${guess ? `; did you mean "${guess}"?` : ''}`,
    }];
  }
  if (typeof setting === 'string') {
    return SEVERITIES.includes(setting as never) ? [] : [{
      fr: `« checks.${id} » doit valoir ${severities} ou être un objet, pas « ${setting} »${nearestSeverity(setting, 'fr')}`,
      en: `"checks.${id}" must be one of ${severities} or an object, not "${setting}"${nearestSeverity(setting, 'en')}`,
    }];
  }
  if (setting === null || typeof setting !== 'object' || Array.isArray(setting)) {
    return [{ fr: `« checks.${id} » doit être une sévérité (${severities}) ou un objet`, en: `"checks.${id}" must be a severity (${severities}) or an object` }];
  }
  const errors: Localized[] = [];
  for (const [option, value] of Object.entries(setting)) {
    if (option === 'severity') {
      if (!SEVERITIES.includes(value as never)) errors.push({ fr: `« checks.${id}.severity » doit valoir ${severities}${nearestSeverity(String(value), 'fr')}`, en: `"checks.${id}.severity" must be one of ${severities}${nearestSeverity(String(value), 'en')}` });
      continue;
    }
    const expected = check.defaultOptions[option];
    if (expected === undefined) {
      const known = Object.keys(check.defaultOptions);
      const guess = nearest(option, known);
      errors.push({
        fr: `option inconnue « checks.${id}.${option} »${known.length ? ` (options : ${known.join(', ')})` : ' (cette vérification n’a pas d’option)'}${guess ? ` ; vouliez-vous dire « ${guess} » ?` : ''}`,
        en: `unknown option "checks.${id}.${option}"${known.length ? ` (options: ${known.join(', ')})` : ' (this check has no options)'}${guess ? `; did you mean "${guess}"?` : ''}`,
      });
    } else if (typeof value !== typeof expected || (typeof value === 'number' && !(Number.isFinite(value) && value >= 0))) {
      errors.push({
        fr: `« checks.${id}.${option} » doit être ${typeof expected === 'number' ? 'un nombre ≥ 0' : typeof expected === 'boolean' ? 'true ou false' : 'un texte'}`,
        en: `"checks.${id}.${option}" must be ${typeof expected === 'number' ? 'a number ≥ 0' : `a ${typeof expected}`}`,
      });
    }
  }
  return errors;
}

/** `{ "Haut-Karabakh": ["Nagorno-Karabakh", "Artsakh"] }`: each keyphrase with a list of texts. */
function validateSynonyms(value: unknown): Localized[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [{
      fr: '« synonyms » doit être un objet qui donne à chaque expression clé la liste de ses synonymes, par exemple { "Haut-Karabakh": ["Artsakh"] }',
      en: '"synonyms" must be an object that gives each keyphrase the list of its synonyms, for example { "Haut-Karabakh": ["Artsakh"] }',
    }];
  }
  const errors: Localized[] = [];
  for (const [keyphrase, synonyms] of Object.entries(value)) {
    if (keyphrase.trim() === '') errors.push({ fr: '« synonyms » : une expression clé vide n’a pas de synonymes', en: '"synonyms": an empty keyphrase has no synonyms' });
    else if (!Array.isArray(synonyms) || !synonyms.every((synonym) => typeof synonym === 'string' && synonym.trim() !== '')) {
      errors.push({
        fr: `« synonyms.${keyphrase} » doit être une liste de textes non vides, par exemple ["Artsakh"]`,
        en: `"synonyms.${keyphrase}" must be a list of non-empty strings, for example ["Artsakh"]`,
      });
    }
  }
  return errors;
}

/** « warn » → « ; vouliez-vous dire « warning » ? ». */
function nearestSeverity(value: string, language: 'fr' | 'en'): string {
  const guess = nearest(value, SEVERITIES as string[]) ?? (SEVERITIES.find((severity) => severity.startsWith(value.toLowerCase())) as string | undefined);
  if (!guess) return '';
  return language === 'fr' ? ` ; vouliez-vous dire « ${guess} » ?` : `; did you mean "${guess}"?`;
}

/**
 * An absolute http or https URL with a host (`https://www.exemple.fr`, a path allowed): what a link
 * of the article can be compared with. `exemple.fr` alone, `ftp:` or `file:` URLs are refused.
 */
export function isSiteUrl(value: unknown): value is string {
  // A host right after `//`: the URL parser would read « https:///chemin » as the host « chemin ».
  if (typeof value !== 'string' || !/^https?:\/\/[^/?#\s]/i.test(value.trim())) return false;
  try {
    return new URL(value.trim()).hostname !== '';
  } catch {
    return false;
  }
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
