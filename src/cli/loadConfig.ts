import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { Language, Localized } from '../core/checks/Check';
import { CONFIG_FILE, configFolders, parseConfigText } from '../core/config/configFile';
import type { PlumeConfig } from '../core/config/PlumeConfig';
import { resolveLanguage } from '../core/config/resolveSettings';

export class ConfigError extends Error {
  constructor(readonly file: string, readonly problems: Localized[]) {
    super(`${file}: ${problems.map((problem) => problem.en).join('; ')}`);
  }
}

/** The nearest `.plumerc.json` from `directory` upwards (src/core/config/configFile.ts), or undefined. */
export function findConfigFile(directory: string): string | undefined {
  const parentOf = (folder: string) => (dirname(folder) === folder ? undefined : dirname(folder));
  for (const folder of configFolders(resolve(directory), parentOf)) {
    const candidate = join(folder, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Reads and validates one `.plumerc.json`; throws ConfigError naming the key at fault. */
export function readConfigFile(file: string): PlumeConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ConfigError(file, [{ fr: `illisible : ${detail}`, en: `unreadable: ${detail}` }]);
  }
  const validation = parseConfigText(text, dirname(resolve(file)).split(sep).join('/'));
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

/**
 * What `plume rewrite` and `plume verify` take from the `.plumerc.json` of the article: its
 * layer (checks, limits, minWords, below the command's own flags) and the language to speak
 * when --lang does not say. Throws ConfigError for a broken file.
 */
export function configForArticle(file: string, cliLanguage: Language | undefined, defaultLanguage: Language): { config?: PlumeConfig; language: Language } {
  const { config } = createConfigLoader()(file);
  return { config, language: cliLanguage ?? resolveLanguage([config], defaultLanguage) };
}
