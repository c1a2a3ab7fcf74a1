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
      synonyms: {
        type: 'object',
        description: 'Synonymes de chaque expression clé, acceptés à sa place / synonyms of each keyphrase, accepted in its place',
        propertyNames: { pattern: '\\S' },
        additionalProperties: { type: 'array', items: { type: 'string', pattern: '\\S' } },
        examples: [{ 'Haut-Karabakh': ['Nagorno-Karabakh', 'Artsakh'] }],
      },
      siteUrl: {
        type: 'string',
        // validateConfig's isSiteUrl, as far as a pattern can say it: http(s), then a host.
        pattern: '^\\s*[Hh][Tt][Tt][Pp][Ss]?://[^/?#\\s]',
        description: 'Adresse du site (http ou https) : les liens vers son domaine sont des liens internes / the site\'s http(s) address: links to its host are internal links',
        examples: ['https://www.exemple.fr'],
      },
      contentRoot: {
        type: 'string',
        pattern: '\\S',
        description: 'Dossier des articles, relatif à ce fichier : les liens absolus du site (/guides/famille/) y sont cherchés / the articles\' folder, relative to this file: site-absolute links (/guides/family/) are looked for there',
        examples: ['content', 'src/content/blog'],
      },
    },
  };
}
