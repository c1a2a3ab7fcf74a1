import type { CheckDefinition, CheckOptions } from '../checks/Check';
import { SEVERITIES } from '../checks/Check';

/**
 * The JSON schema of `.plumerc.json`, derived from the registry so it can never drift from
 * the checks (a unit test compares it with schemas/plumerc.schema.json).
 */
export function buildConfigSchema(checks: readonly CheckDefinition<CheckOptions>[]): Record<string, unknown> {
  const severity = { enum: [...SEVERITIES] };
  const properties = Object.fromEntries(checks.map((check) => [check.id, {
    description: `${check.description.fr} / ${check.description.en}`,
    oneOf: [
      { ...severity, description: `Sévérité (par défaut : ${check.defaultSeverity}) / severity (default: ${check.defaultSeverity})` },
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          severity,
          ...Object.fromEntries(Object.entries(check.defaultOptions).map(([key, value]) => [key, {
            type: typeof value === 'number' ? 'number' : typeof value,
            ...(typeof value === 'number' ? { minimum: 0 } : {}),
            default: value,
          }])),
        },
      },
    ],
  }]));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Plume configuration (.plumerc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      minWords: { type: 'integer', minimum: 0, default: 700, description: 'Nombre de mots minimal / minimum word count (word-count-min)' },
      language: { enum: ['fr', 'en'], description: 'Langue des messages / language of messages' },
      checks: { type: 'object', additionalProperties: false, properties },
    },
  };
}
