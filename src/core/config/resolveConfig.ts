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
  };
}
