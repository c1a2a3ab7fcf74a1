import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { allChecks } from '../core/checks/registry';
import type { Localized } from '../core/checks/Check';
import type { PlumeConfig } from '../core/config/PlumeConfig';
import { validateConfig } from '../core/config/validateConfig';

export const CONFIG_FILE = '.plumerc.json';

export class ConfigError extends Error {
  constructor(readonly file: string, readonly problems: Localized[]) {
    super(`${file}: ${problems.map((problem) => problem.en).join('; ')}`);
  }
}

/** The nearest `.plumerc.json` from `directory` upwards, or undefined. */
export function findConfigFile(directory: string): string | undefined {
  let current = resolve(directory);
  for (;;) {
    const candidate = join(current, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Reads and validates one `.plumerc.json`; throws ConfigError naming the key at fault. */
export function readConfigFile(file: string): PlumeConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ConfigError(file, [{ fr: `JSON invalide : ${detail}`, en: `invalid JSON: ${detail}` }]);
  }
  const validation = validateConfig(raw, allChecks);
  if (!validation.ok) throw new ConfigError(file, validation.errors);
  return validation.config;
}

/** Loads the configuration that applies to a file, caching by config path. */
export function createConfigLoader(): (file: string) => { path?: string; config?: PlumeConfig } {
  const cache = new Map<string, PlumeConfig>();
  return (file) => {
    const path = findConfigFile(dirname(resolve(file)));
    if (!path) return {};
    let config = cache.get(path);
    if (!config) {
      config = readConfigFile(path);
      cache.set(path, config);
    }
    return { path, config };
  };
}
