import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeArticle } from '../core/analyzeArticle';
import { MAX_DOCUMENT_CHARACTERS, isTooLarge } from '../core/inputLimits';
import type { Language, Severity } from '../core/checks/Check';
import { resolveLanguage } from '../core/config/resolveSettings';
import type { CliIo } from './CliIo';
import { cliText } from './cliText';
import { expandFileArguments } from './expandFileArguments';
import { formatTextReport, toFileReport } from './formatCheckReport';
import type { FileReport } from './formatCheckReport';
import { ConfigError, createConfigLoader } from './loadConfig';
import { UsageError, parseLanguageOption, parseWholeNumber } from './parseOptions';
import { ParseHelpers } from '../worker/ParseHelpers';
import { PARALLEL_THRESHOLD, parseInParallel } from '../worker/parseInParallel';

const FAIL_ON: Record<string, Severity[]> = {
  error: ['error'],
  warning: ['error', 'warning'],
  info: ['error', 'warning', 'info'],
  hint: ['error', 'warning', 'info', 'hint'],
};

/** `plume check <files or globs...>`: exit 0 clean, 1 findings at or above --fail-on, 2 usage or I/O error. */
export async function runCheckCommand(args: string[], io: CliIo, defaultLanguage: Language): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      'min-words': { type: 'string' },
      'fail-on': { type: 'string', default: 'error' },
      lang: { type: 'string' },
    },
  });
  const cliLanguage = parseLanguageOption(values.lang);
  const language = cliLanguage ?? defaultLanguage;
  const text = cliText(language);
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(text.badOption('--format', 'text, json'));
  const failOn = FAIL_ON[values['fail-on'] ?? 'error'];
  if (!failOn) throw new UsageError(text.badOption('--fail-on', Object.keys(FAIL_ON).join(', ')));
  const minWords = values['min-words'] === undefined ? undefined : parseWholeNumber('--min-words', values['min-words'], language);
  if (positionals.length === 0) throw new UsageError(text.noFiles);

  const { files, unmatched } = expandFileArguments(positionals);
  let ioFailed = unmatched.length > 0;
  for (const pattern of unmatched) io.stderr(text.noMatch(pattern));

  const loadConfig = createConfigLoader();
  const reports: FileReport[] = [];
  let failing = false;
  let helpers: ParseHelpers | undefined;
  try {
    for (const file of files) {
      let source: string;
      let fileLanguage = language;
      let layers;
      try {
        source = readFileSync(file, 'utf8');
        const { config } = loadConfig(file);
        fileLanguage = cliLanguage ?? resolveLanguage([config], defaultLanguage);
        layers = [config, minWords === undefined ? undefined : { minWords }];
      } catch (error) {
        ioFailed = true;
        io.stderr(error instanceof ConfigError ? text.badConfig(error.file, error.problems) : text.unreadable(file, error));
        continue;
      }
      if (isTooLarge(source)) {
        ioFailed = true;
        io.stderr(text.tooLarge(file, source.length, MAX_DOCUMENT_CHARACTERS));
        continue;
      }
      // A big file is parsed by chunks on every core (see src/worker/parseInParallel.ts).
      if (source.length >= PARALLEL_THRESHOLD) helpers ??= createHelpers();
      const root = helpers && helpers.size > 0 && source.length >= PARALLEL_THRESHOLD ? await parseInParallel(source, helpers) : undefined;
      const { doc, findings, failures } = analyzeArticle(source, layers, root);
      for (const failure of failures) io.stderr(text.internalError(file, failure.checkId, failure.error));
      if (findings.some((finding) => failOn.includes(finding.severity))) failing = true;
      const report = toFileReport(file, doc, findings, fileLanguage);
      reports.push(report);
      if (values.format === 'text') io.stdout(formatTextReport(report, fileLanguage));
    }
  } finally {
    helpers?.dispose();
  }
  if (values.format === 'json') io.stdout(JSON.stringify(reports, null, 2));
  return ioFailed ? 2 : failing ? 1 : 0;
}

/**
 * Helpers run the analysis worker bundled next to the CLI (dist/analysisWorker.js). Run from the
 * sources (unit tests) there is none, and every chunk is parsed on this thread.
 */
function createHelpers(): ParseHelpers {
  const script = join(__dirname, 'analysisWorker.js');
  return new ParseHelpers(script, existsSync(script) ? undefined : 0);
}
