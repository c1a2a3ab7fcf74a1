import { writeFileSync } from 'node:fs';
import { createTwoFilesPatch } from 'diff';
import type { Language } from '../core/checks/Check';
import { resolveLanguage } from '../core/config/resolveSettings';
import { applyEdits, typographyEdits } from '../core/typography/fixTypography';
import type { CliIo } from './CliIo';
import { cliText } from './cliText';
import { expandFileArguments } from './expandFileArguments';
import { ConfigError, createConfigLoader } from './loadConfig';
import { readAnalysedFile } from './openArticle';
import { parseCommandLine } from './parseCommandLine';
import { UsageError, parseLanguageOption } from './parseOptions';

/**
 * `plume fix <files…> [--write]`: the French typography of every file fixed (typographyEdits, the
 * team's settings applied). Without --write, a unified diff on standard output and exit 1 when
 * there is something to fix (a CI gate); with --write, the files written and exit 0; 2 on a usage
 * or I/O error.
 */
export function runFixCommand(args: string[], io: CliIo, defaultLanguage: Language): number {
  const { values, positionals } = parseCommandLine('fix', args, {
    write: { type: 'boolean', default: false },
    lang: { type: 'string' },
  }, defaultLanguage);
  const cliLanguage = parseLanguageOption(values.lang, defaultLanguage);
  const language = cliLanguage ?? defaultLanguage;
  const text = cliText(language);
  if (values.help) {
    io.stdout(text.commandUsage.fix ?? text.usage);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError(text.noFiles);
  const { files, unmatched } = expandFileArguments(positionals);
  let ioFailed = unmatched.length > 0;
  for (const pattern of unmatched) io.stderr(text.noMatch(pattern));
  const loadConfig = createConfigLoader();
  let fixes = 0;
  let touched = 0;
  for (const file of files) {
    let config;
    try {
      ({ config } = loadConfig(file));
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      ioFailed = true;
      io.stderr(text.badConfig(error.file, error.problems));
      continue;
    }
    const fileText = cliText(cliLanguage ?? resolveLanguage([config], defaultLanguage));
    const source = readAnalysedFile(file, fileText, io);
    if (source === undefined) {
      ioFailed = true;
      continue;
    }
    const edits = typographyEdits(source, [config]);
    if (edits.length === 0) continue;
    const fixed = applyEdits(source, edits);
    fixes += edits.length;
    touched++;
    if (values.write) {
      try {
        writeFileSync(file, fixed);
      } catch (error) {
        ioFailed = true;
        io.stderr(fileText.unwritable(file, error));
      }
    } else {
      io.stdout(createTwoFilesPatch(file, file, source, fixed, '', '', { context: 1 }).replace(/\n$/, ''));
    }
  }
  io.stderr(fixes === 0 ? text.fixedNothing : text.fixed(fixes, touched));
  if (ioFailed) return 2;
  return fixes > 0 && !values.write ? 1 : 0;
}
