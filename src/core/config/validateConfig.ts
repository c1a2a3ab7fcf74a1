import type { CheckDefinition, CheckOptions } from '../checks/Check';
import { SEVERITIES } from '../checks/Check';
import type { PlumeConfig } from './PlumeConfig';

export type ConfigValidation = { ok: true; config: PlumeConfig } | { ok: false; errors: string[] };

/**
 * Checks a parsed `.plumerc.json` (or the `plume.checks` setting) against the registry. Every
 * error names the key at fault, so a writer can fix the file without reading the schema.
 */
export function validateConfig(raw: unknown, checks: readonly CheckDefinition<CheckOptions>[]): ConfigValidation {
  const errors: string[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, errors: ['the configuration must be a JSON object'] };
  const byId = new Map(checks.map((check) => [check.id, check]));
  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case '$schema':
        break;
      case 'minWords':
        if (!isCount(value)) errors.push('"minWords" must be a whole number ≥ 0');
        break;
      case 'language':
        if (value !== 'fr' && value !== 'en') errors.push('"language" must be "fr" or "en"');
        break;
      case 'checks':
        if (value === null || typeof value !== 'object' || Array.isArray(value)) errors.push('"checks" must be an object keyed by check id');
        else for (const [id, setting] of Object.entries(value)) errors.push(...validateCheckSetting(id, setting, byId.get(id)));
        break;
      default:
        errors.push(`unknown key "${key}" (expected minWords, language, checks)`);
    }
  }
  return errors.length === 0 ? { ok: true, config: raw as PlumeConfig } : { ok: false, errors };
}

function validateCheckSetting(id: string, setting: unknown, check: CheckDefinition<CheckOptions> | undefined): string[] {
  if (!check) return [`unknown check "checks.${id}"`];
  if (typeof setting === 'string') {
    return SEVERITIES.includes(setting as never) ? [] : [`"checks.${id}" must be one of ${SEVERITIES.join(', ')} or an object`];
  }
  if (setting === null || typeof setting !== 'object' || Array.isArray(setting)) {
    return [`"checks.${id}" must be a severity (${SEVERITIES.join(', ')}) or an object`];
  }
  const errors: string[] = [];
  for (const [option, value] of Object.entries(setting)) {
    if (option === 'severity') {
      if (!SEVERITIES.includes(value as never)) errors.push(`"checks.${id}.severity" must be one of ${SEVERITIES.join(', ')}`);
      continue;
    }
    const expected = check.defaultOptions[option];
    if (expected === undefined) {
      const known = Object.keys(check.defaultOptions);
      errors.push(`unknown option "checks.${id}.${option}"${known.length ? ` (options: ${known.join(', ')})` : ' (this check has no options)'}`);
    } else if (typeof value !== typeof expected || (typeof value === 'number' && !(Number.isFinite(value) && value >= 0))) {
      errors.push(`"checks.${id}.${option}" must be ${typeof expected === 'number' ? 'a number ≥ 0' : `a ${typeof expected}`}`);
    }
  }
  return errors;
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
