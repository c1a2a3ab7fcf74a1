import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import type { Language } from '../core/checks/Check';
import { nearest } from '../core/config/nearest';
import { cliText } from './cliText';
import { UsageError } from './parseOptions';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util's parseArgs with Plume's habits: `-h`/`--help` on every command, and mistakes in the
 * writer's language with the nearest option suggested (« Option inconnue --formt pour plume check.
 * Vouliez-vous dire --format ? ») instead of Node's English.
 */
export function parseCommandLine<T extends Options>(command: string, args: string[], options: T, language: Language) {
  const all = { ...options, help: { type: 'boolean', short: 'h' } } as const satisfies Options;
  const text = cliText(language);
  try {
    return parseArgs({ args, options: all, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const message = (error as Error).message;
    const option = /'(-{1,2}[^' <]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const names = Object.entries(all).flatMap(([name, spec]) => [`--${name}`, ...('short' in spec && spec.short ? [`-${spec.short}`] : [])]);
      throw new UsageError(text.unknownOption(option, command, nearest(option, names)));
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      // « --min-words -5 »: parseArgs takes -5 for an option; the writer meant a number.
      const value = args[args.indexOf(option) + 1];
      throw new UsageError(value !== undefined && /^-\d/.test(value) ? text.notANumber(option, value) : text.missingValue(option));
    }
    if (code.startsWith('ERR_PARSE_ARGS')) throw new UsageError(message);
    throw error;
  }
}
