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
import { CheckOutput } from './CheckOutput';
import type { CheckFormat } from './CheckOutput';
import { fileReport, findingPositions } from './formatCheckReport';
import { CheckCache, DEFAULT_CACHE_FILE, hashText, runKey } from './CheckCache';
import { articleFigures } from '../core/figures/articleFigures';
import { version } from '../../package.json';
import { parseCommandLine } from './parseCommandLine';
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
    cache: { type: 'boolean', default: false },
    'cache-location': { type: 'string' },
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
  const cache = values.cache || values['cache-location'] !== undefined ? new CheckCache(values['cache-location'] ?? DEFAULT_CACHE_FILE, version) : undefined;
  // With a cache the summaries are known even for one file: they say which linked files to look for.
  const summaries = files.length > 1 || cache ? summarize(files, cache) : [];
  const site = new SiteIndex(summaries, (path) => existsSync(path));
  // What, besides its own text, decides a file's findings: with --cache, a file is analysed again
  // when any of it changed (a title elsewhere, a heading another article links to).
  const siteKey = cache ? runKey([...summaries].sort((a, b) => a.path.localeCompare(b.path))) : '';
  // …and when a file it links to outside the site appeared or went (link-broken asks the disk).
  const linkedFiles = (path: string) => (site.article(path)?.linksTo ?? []).filter((target) => !site.article(target)).map((target) => [target, existsSync(target)]);
  const output = new CheckOutput(values.format as CheckFormat, io, language, version, { hints: values.hints, quiet: values.quiet });
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
      const path = sitePath(file);
      const hash = cache ? hashText(source) : '';
      const key = cache ? runKey([layers, values.keyphrase ?? null, siteKey, linkedFiles(path)]) : '';
      let analysed = cache?.analysis(path, hash, key);
      if (!analysed) {
        // A big file is parsed by chunks on every core (see src/worker/parseInParallel.ts).
        if (source.length >= PARALLEL_THRESHOLD) helpers ??= createHelpers();
        const root = helpers && helpers.size > 0 && source.length >= PARALLEL_THRESHOLD ? await parseInParallel(source, helpers) : undefined;
        // The file's path names the slug when the front matter has none (keyphrase-in-slug, slug-length).
        const analysis = analyzeArticle(source, layers, root, { keyphrase: values.keyphrase, fileName: path, site });
        for (const failure of analysis.failures) io.stderr(text.internalError(file, failure.checkId, failure.error));
        analysed = { findings: analysis.findings, figures: articleFigures(analysis.doc), positions: findingPositions(analysis.doc, analysis.findings) };
        // A check that failed is no result to keep.
        if (cache && analysis.failures.length === 0) cache.storeAnalysis(path, hash, key, analysed);
      }
      if (analysed.findings.some((finding) => failOn.includes(finding.severity))) failing = true;
      const kept = analysed.findings.map((finding, index) => ({ finding, position: analysed.positions[index] })).filter(({ finding }) => shown.includes(finding.severity));
      const report = fileReport(displayPath(file), analysed.figures, kept.map(({ finding }) => finding), kept.map(({ position }) => position ?? { line: 1, column: 1, endLine: 1, endColumn: 1 }), fileLanguage);
      output.add(report, fileLanguage);
    }
  } finally {
    helpers?.dispose();
    cache?.save();
  }
  output.finish();
  return ioFailed ? 2 : failing ? 1 : 0;
}

/** A file's path in the site index: absolute, with `/` separators on every system. */
function sitePath(file: string): string {
  return resolve(file).split(sep).join('/');
}

/**
 * The summaries of the articles among `files` that can be read (the others are reported in the
 * second pass); with a cache, an unchanged file's summary is not parsed again.
 */
function summarize(files: readonly string[], cache: CheckCache | undefined): SiteArticle[] {
  const articles: SiteArticle[] = [];
  for (const file of files) {
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    if (isTooLarge(source)) continue;
    const path = sitePath(file);
    const hash = cache ? hashText(source) : '';
    let summary = cache?.summary(path, hash);
    if (!summary) {
      summary = summarizeArticle(new ArticleDocument(source), path);
      cache?.storeSummary(path, hash, summary);
    }
    articles.push(summary);
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
