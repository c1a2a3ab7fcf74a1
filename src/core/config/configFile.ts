import { allChecks } from '../checks/registry';
import { resolveLinkPath } from '../site/SiteIndex';
import { validateConfig } from './validateConfig';
import type { ConfigValidation } from './validateConfig';

/** The team's configuration file, found the same way by the CLI and by VS Code. */
export const CONFIG_FILE = '.plumerc.json';

/**
 * The one rule for finding `.plumerc.json`, as `.editorconfig` and markdownlint's files are
 * found: the folders to look in, nearest first — the file's own folder, then each parent up to
 * the root. The first folder that holds the file wins; the layers do not merge. (VS Code used to
 * stop at the workspace folder and the CLI at the root: a file outside the workspace, or a
 * workspace opened on a subfolder, got two different configurations.)
 */
export function* configFolders<D>(folder: D, parentOf: (folder: D) => D | undefined): Generator<D> {
  for (let current: D | undefined = folder; current !== undefined; current = parentOf(current)) yield current;
}

/**
 * Reads the text of a `.plumerc.json`: JSON first, then the same validation everywhere. `folder`:
 * the file's folder, with `/` separators, which a relative `contentRoot` is resolved from.
 */
export function parseConfigText(text: string, folder?: string): ConfigValidation {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ fr: `JSON invalide : ${detail}`, en: `invalid JSON: ${detail}` }] };
  }
  const validation = validateConfig(raw, allChecks);
  if (validation.ok && validation.config.contentRoot !== undefined && folder !== undefined) {
    validation.config.contentRoot = resolveLinkPath(`${folder.replace(/\/+$/, '')}/${CONFIG_FILE}`, validation.config.contentRoot.trim().replace(/\\/g, '/'));
  }
  return validation;
}
