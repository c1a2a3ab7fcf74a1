import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { analyzeArticle } from '../core/analyzeArticle';
import { MAX_DOCUMENT_CHARACTERS, isTooLarge } from '../core/inputLimits';
import { ArticleDocument } from '../core/markdown/ArticleDocument';
import { SiteIndex, summarizeArticle } from '../core/site/SiteIndex';
import type { SiteArticle } from '../core/site/SiteIndex';
import type { Language, Severity } from '../core/checks/Check';
import { resolveLanguage } from '../core/config/resolveSettings';
import type { CliIo } from './CliIo';
import { cliText } from './cliText';
import { expandFileArguments } from './expandFileArguments';
import { formatTextReport, formatTotal, toFileReport } from './formatCheckReport';
import { formatSarif } from './formatSarif';
import { version } from '../../package.json';
import { parseCommandLine } from './parseCommandLine';
import type { FileReport } from './formatCheckReport';
import { ConfigError, createConfigLoader } from './loadConfig';
import { UsageError, parseLanguageOption, parseWholeNumber } from './parseOptions';
import { ParseHelpers } from '../worker/ParseHelpers';
import { PARALLEL_THRESHOLD, parseInParallel } from '../worker/parseInParallel';

// A level and every level above it: for --fail-on and --severity.
const AT_LEAST: Record<string, Severity[]> = {
  error: ['error'],
  warning: ['error', 'warning'],
  info: ['error', 'warning', 'info'],
  hint: ['error', 'warning', 'info', 'hint'],
};

/** `plume check <files or globs...>`: exit 0 clean, 1 findings at or above --fail-on, 2 usage or I/O error. */
export async function runCheckCommand(args: string[], io: CliIo, defaultLanguage: Language): Promise<number> {
  const { values, positionals } = parseCommandLine('check', args, {
    format: { type: 'string', default: 'text' },
    'min-words': { type: 'string' },
    'fail-on': { type: 'string', default: 'error' },
    severity: { type: 'string', default: 'hint' },
    keyphrase: { type: 'string' },
    hints: { type: 'boolean', default: false },
    quiet: { type: 'boolean', short: 'q', default: false },
    lang: { type: 'string' },
  }, defaultLanguage);
  const cliLanguage = parseLanguageOption(values.lang, defaultLanguage);
  const language = cliLanguage ?? defaultLanguage;
  const text = cliText(language);
  if (values.help) {
    io.stdout(text.commandUsage.check ?? text.usage);
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json' && values.format !== 'sarif') throw new UsageError(text.badOption('--format', 'text, json, sarif'));
  const failOn = AT_LEAST[values['fail-on'] ?? 'error'];
  if (!failOn) throw new UsageError(text.badOption('--fail-on', Object.keys(AT_LEAST).join(', ')));
  const shown = AT_LEAST[values.severity ?? 'hint'];
  if (!shown) throw new UsageError(text.badOption('--severity', Object.keys(AT_LEAST).join(', ')));
  const minWords = values['min-words'] === undefined ? undefined : parseWholeNumber('--min-words', values['min-words'], language);
  if (positionals.length === 0) throw new UsageError(text.noFiles);

  const { files, unmatched } = expandFileArguments(positionals);
  let ioFailed = unmatched.length > 0;
  for (const pattern of unmatched) io.stderr(text.noMatch(pattern));

  const loadConfig = createConfigLoader();
  // The site the files make, for the checks between articles (a keyphrase used twice, a broken
  // link, an orphan): read first when there are several files, each summarised and let go.
  const site = new SiteIndex(files.length > 1 ? summarize(files) : [], (path) => existsSync(path));
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
      // The file's path names the slug when the front matter has none (keyphrase-in-slug, slug-length).
      const analysis = analyzeArticle(source, layers, root, { keyphrase: values.keyphrase, fileName: sitePath(file), site });
      for (const failure of analysis.failures) io.stderr(text.internalError(file, failure.checkId, failure.error));
      if (analysis.findings.some((finding) => failOn.includes(finding.severity))) failing = true;
      const findings = analysis.findings.filter((finding) => shown.includes(finding.severity));
      const report = toFileReport(displayPath(file), analysis.doc, findings, fileLanguage);
      reports.push(report);
      if (values.format === 'text' && !(values.quiet && report.findings.length === 0)) io.stdout(formatTextReport(report, fileLanguage, { hints: values.hints, quiet: values.quiet }));
    }
  } finally {
    helpers?.dispose();
  }
  if (values.format === 'json') io.stdout(JSON.stringify(reports, null, 2));
  else if (values.format === 'sarif') io.stdout(formatSarif(reports, language, version));
  else if (reports.length > 1 && !values.quiet) io.stdout(formatTotal(reports, language));
  return ioFailed ? 2 : failing ? 1 : 0;
}

/** A file's path in the site index: absolute, with `/` separators on every system. */
function sitePath(file: string): string {
  return resolve(file).split(sep).join('/');
}

/** The summaries of the articles among `files` that can be read (the others are reported in the second pass). */
function summarize(files: readonly string[]): SiteArticle[] {
  const articles: SiteArticle[] = [];
  for (const file of files) {
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    if (isTooLarge(source)) continue;
    articles.push(summarizeArticle(new ArticleDocument(source), sitePath(file)));
  }
  return articles;
}

/** Paths as the writer typed them, relative to where they are: globs and folders alike. */
function displayPath(file: string): string {
  const relativePath = relative(process.cwd(), resolve(file));
  return relativePath === '' || relativePath.startsWith('..') || isAbsolute(relativePath) ? file : relativePath;
}

/**
 * Helpers run the analysis worker bundled next to the CLI (dist/analysisWorker.js). Run from the
 * sources (unit tests) there is none, and every chunk is parsed on this thread.
 */
function createHelpers(): ParseHelpers {
  const script = join(__dirname, 'analysisWorker.js');
  return new ParseHelpers(script, existsSync(script) ? undefined : 0);
}
