import { allChecks } from '../checks/registry';
import wordCountMin from '../checks/word-count-min';
import { rewriteLimits } from '../rewrite/rewriteLimits';
import type { RewriteLimits } from '../rewrite/rewriteLimits';
import type { PlumeConfig, ResolvedSettings } from './PlumeConfig';
import { optionsOf, resolveLanguage, resolveSettings } from './resolveSettings';

/** Everything a front end needs from the configuration, resolved once from the same layers. */
export interface ResolvedConfig {
  /** Severity and options of every check. */
  settings: ResolvedSettings;
  /** The language of messages: the last layer that names one, else the front end's own choice. */
  language: 'fr' | 'en';
  /** The minimum words of a document (word-count-min): what a document rewrite aims at. */
  minWords: number;
  /** What the rewrite's prompt asks and its validation checks. */
  limits: RewriteLimits;
  /** The synonyms of each keyphrase (ArticleDocument's `synonyms` option). */
  synonyms: Readonly<Record<string, readonly string[]>>;
  /** The site's address (ArticleDocument's `siteUrl` option): the last layer that names one. */
  siteUrl: string | undefined;
}

/**
 * The one resolver: layers lowest precedence first (in VS Code the user and workspace settings,
 * then `.plumerc.json`; in the CLI `.plumerc.json`, then the flags). Checks, quick fixes, the
 * rewrite's prompt and its validation all read what this returns.
 */
export function resolveConfig(layers: readonly (PlumeConfig | undefined)[], fallbackLanguage: 'fr' | 'en' = 'fr'): ResolvedConfig {
  const settings = resolveSettings(allChecks, layers);
  return {
    settings,
    language: resolveLanguage(layers, fallbackLanguage),
    minWords: optionsOf(settings, wordCountMin).min,
    limits: rewriteLimits(settings),
    synonyms: resolveSynonyms(layers),
    siteUrl: resolveSiteUrl(layers),
  };
}

/**
 * The synonyms of each keyphrase: a later layer's list for a keyphrase replaces an earlier one's
 * for the same spelling. Spellings that differ only by case, accents or hyphens are distinct
 * entries here; an article's keyphrase takes the synonyms of all those it matches.
 */
export function resolveSynonyms(layers: readonly (PlumeConfig | undefined)[]): Record<string, string[]> {
  const synonyms = new Map<string, string[]>();
  for (const layer of layers) for (const [keyphrase, list] of Object.entries(layer?.synonyms ?? {})) synonyms.set(keyphrase, [...list]);
  // fromEntries defines own properties: a keyphrase spelt « __proto__ » stays an entry.
  return Object.fromEntries(synonyms);
}

/**
 * The folder of the site's pages (`contentRoot`, made absolute when its file was read): the last
 * layer that names one wins (VS Code's settings, then the team's `.plumerc.json`), as for `language`.
 */
export function resolveContentRoot(layers: readonly (PlumeConfig | undefined)[]): string | undefined {
  return lastNamed(layers, 'contentRoot');
}

/**
 * The site's address: the last layer that names one wins (VS Code's `plume.siteUrl`, then the
 * team's `.plumerc.json`), as for `language`. Layers are validated before they get here.
 */
export function resolveSiteUrl(layers: readonly (PlumeConfig | undefined)[]): string | undefined {
  return lastNamed(layers, 'siteUrl');
}

/** The value of `key` in the last layer that names one (blank values name none), trimmed. */
function lastNamed(layers: readonly (PlumeConfig | undefined)[], key: 'siteUrl' | 'contentRoot'): string | undefined {
  let value: string | undefined;
  for (const layer of layers) if (layer?.[key] !== undefined && layer[key].trim() !== '') value = layer[key].trim();
  return value;
}
