import type { CheckDefinition, CheckOptions } from '../checks/Check';
import type { PlumeConfig, ResolvedSettings } from './PlumeConfig';

/**
 * Merges configuration layers, lowest precedence first (defaults are implied), into the
 * severity and options of every check. Within one layer, `checks["word-count-min"].min`
 * wins over the `minWords` shortcut.
 */
export function resolveSettings(checks: readonly CheckDefinition<CheckOptions>[], layers: readonly (PlumeConfig | undefined)[]): ResolvedSettings {
  const resolved: ResolvedSettings = new Map();
  for (const check of checks) {
    let severity = check.defaultSeverity;
    const options: CheckOptions = { ...check.defaultOptions };
    for (const layer of layers) {
      if (!layer) continue;
      if (check.id === 'word-count-min' && typeof layer.minWords === 'number') options.min = layer.minWords;
      const setting = layer.checks?.[check.id];
      if (typeof setting === 'string') severity = setting;
      else if (setting) {
        const { severity: own, ...rest } = setting;
        if (own) severity = own;
        for (const [key, value] of Object.entries(rest)) if (value !== undefined && key in options) options[key] = value;
      }
    }
    resolved.set(check.id, { severity, options });
  }
  return resolved;
}

/**
 * One check's options as `settings` resolved them, over its defaults: a check or a quick fix that
 * speaks of another check's numbers reads them here, so the two never disagree.
 */
export function optionsOf<O extends CheckOptions>(settings: ResolvedSettings | undefined, check: { id: string; defaultOptions: O }): O {
  return { ...check.defaultOptions, ...(settings?.get(check.id)?.options as Partial<O> | undefined) };
}

/** The language messages are shown in: the last layer that sets one, else the fallback. */
export function resolveLanguage(layers: readonly (PlumeConfig | undefined)[], fallback: 'fr' | 'en'): 'fr' | 'en' {
  return layers.reduce<'fr' | 'en'>((language, layer) => layer?.language ?? language, fallback);
}
