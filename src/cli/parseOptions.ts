import type { Language } from '../core/checks/Check';
import { cliText } from './cliText';

/** A mistake in the command line: exit code 2 with a message and the usage. */
export class UsageError extends Error {}

/** `--lang`: fr or en; a mistake is told in the language Plume would otherwise speak. */
export function parseLanguageOption(value: string | undefined, language: Language = 'fr'): Language | undefined {
  if (value === undefined) return undefined;
  if (value === 'fr' || value === 'en') return value;
  throw new UsageError(cliText(language).badOption('--lang', 'fr, en'));
}

export function parseWholeNumber(option: string, value: string, language: Language): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number)) throw new UsageError(cliText(language).notANumber(option, value));
  return number;
}
