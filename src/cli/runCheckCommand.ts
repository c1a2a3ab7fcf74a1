import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { analyzeForCheck, placedPositions } from '../core/analyzeForCheck';
import type { CheckedFile, FindingPosition } from '../core/analyzeForCheck';
import { MAX_DOCUMENT_CHARACTERS, isTooLarge } from '../core/inputLimits';
import { SiteIndex } from '../core/site/SiteIndex';
import type { SiteArticle } from '../core/site/SiteIndex';
import type { SiteSubject } from '../core/site/SiteSubject';
import type { Finding, Language, Severity } from '../core/checks/Check';
import { allChecks } from '../core/checks/registry';
import { SEVERITY_RANK, runSiteChecks } from '../core/checks/runChecks';
import type { PlumeConfig, ResolvedSettings } from '../core/config/PlumeConfig';
import { resolveLanguage, resolveSettings } from '../core/config/resolveSettings';
import type { ArticleFigures } from '../core/figures/articleFigures';
import type { CliIo } from './CliIo';
import { cliText } from './cliText';
import { expandFileArguments } from './expandFileArguments';
import { CheckOutput } from './CheckOutput';
import type { CheckFormat } from './CheckOutput';
import type { FileReport } from './formatCheckReport';
import { CheckCache, DEFAULT_CACHE_FILE, hashText, runKey } from './CheckCache';
import { RecordSpill } from './RecordSpill';
import { version } from '../../package.json';
import { parseCommandLine } from './parseCommandLine';
import { ConfigError, createConfigLoader } from './loadConfig';
import { UsageError, parseLanguageOption, parseWholeNumber } from './parseOptions';
import { CheckPool, defaultCheckThreads } from '../worker/CheckPool';
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
  const cache = values.cache || values['cache-location'] !== undefined ? new CheckCache(values['cache-location'] ?? DEFAULT_CACHE_FILE, version) : undefined;
  const output = new CheckOutput(values.format as CheckFormat, io, language, version, { hints: values.hints, quiet: values.quiet });
  // Two passes. The first analyses each file once, on every core, without the checks between
  // articles: its findings wait on disk (RecordSpill), its summary and subject in memory. The
  // second, once the site is known, runs those checks on each subject and prints each file.
  const spill = new RecordSpill<SpilledFile>();
  const kept: KeptFile[] = [];
  const settingsOf = settingsByConfig();
  const threads = defaultCheckThreads();
  const script = join(__dirname, 'analysisWorker.js');
  // Run from the sources (unit tests) there is no worker script: every file is analysed here.
  const pool = new CheckPool(existsSync(script) ? script : undefined, threads - 1);
  let helpers: ParseHelpers | undefined;
  let failing = false;
  try {
    const pending: { file: string; fileLanguage: Language; layers: Layers; path: string; hash: string; key: string; fromCache: boolean; checked: Promise<CheckedFile> }[] = [];
    const settle = async (all: boolean) => {
      while (pending.length > (all ? 0 : threads * 2)) {
        const next = pending.shift() as (typeof pending)[number];
        const checked = await next.checked;
        for (const failure of checked.failures) io.stderr(text.internalError(next.file, failure.checkId, failure.error));
        // A check that failed is no result to keep.
        if (cache && !next.fromCache && checked.failures.length === 0) cache.storeAnalysis(next.path, next.hash, next.key, checked);
        if (checked.findings.some((finding) => failOn.includes(finding.severity))) failing = true;
        spill.add({ file: next.file, language: next.fileLanguage, figures: checked.figures, findings: reportRows(checked.findings, checked.positions, shown, next.fileLanguage) });
        kept.push({ summary: checked.summary, subject: checked.subject, places: checked.places, settings: settingsOf(next.layers) });
      }
    };
    for (const file of files) {
      let source: string;
      let fileLanguage = language;
      let layers: Layers;
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
      const key = cache ? runKey([layers, values.keyphrase ?? null]) : '';
      const cached = cache?.analysis(path, hash, key);
      const job = { source, layers, path, ...(values.keyphrase !== undefined ? { keyphrase: values.keyphrase } : {}) };
      let checked: Promise<CheckedFile>;
      if (cached) checked = Promise.resolve(cached);
      else if (source.length >= PARALLEL_THRESHOLD) {
        // A big file is parsed by chunks on every core (see src/worker/parseInParallel.ts).
        helpers ??= createHelpers();
        const root = helpers.size > 0 ? await parseInParallel(source, helpers) : undefined;
        checked = Promise.resolve(analyzeForCheck(source, layers, job, root));
      } else checked = pool.analyze(job);
      pending.push({ file: displayPath(file), fileLanguage, layers, path, hash, key, fromCache: cached !== undefined, checked });
      await settle(false);
      // Let the workers' answers in (they arrive as events, not as promises already settled).
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await settle(true);
    pool.dispose();
    // The checks between articles; one file alone is a site of one, whose links to other files
    // are looked for on disk.
    const site = new SiteIndex(kept.map((file) => file.summary), (path) => existsSync(path));
    let index = 0;
    for (const spilled of spill.read()) {
      const { subject, places, settings } = kept[index++] as KeptFile;
      const between = runSiteChecks(subject, site, allChecks, settings);
      for (const failure of between.failures) io.stderr(text.internalError(spilled.file, failure.checkId, failure.error));
      if (between.findings.some((finding) => failOn.includes(finding.severity))) failing = true;
      // In document order, as one run of every check gives them (compareFindings).
      const rows = [...spilled.findings, ...reportRows(between.findings, placedPositions(places, between.findings), shown, spilled.language)]
        .sort((a, b) => a.start - b.start || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.id.localeCompare(b.id));
      output.add({ file: spilled.file, figures: spilled.figures, findings: rows.map(({ start: _start, ...row }) => row) }, spilled.language);
    }
  } finally {
    pool.dispose();
    helpers?.dispose();
    spill.dispose();
    cache?.save();
  }
  output.finish();
  return ioFailed ? 2 : failing ? 1 : 0;
}

type Layers = (PlumeConfig | undefined)[];

/** A finding as the report prints it, with where it starts (to merge the two passes' findings in order). */
type ReportRow = FileReport['findings'][number] & { start: number };

/** What the first pass writes of a file, for the second to print: only what is shown, in the file's language. */
interface SpilledFile {
  file: string;
  language: Language;
  figures: ArticleFigures;
  findings: ReportRow[];
}

function reportRows(findings: readonly Finding[], positions: readonly FindingPosition[], shown: readonly Severity[], language: Language): ReportRow[] {
  const rows: ReportRow[] = [];
  findings.forEach((finding, index) => {
    if (!shown.includes(finding.severity)) return;
    const position = positions[index] ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
    rows.push({ id: finding.checkId, severity: finding.severity, ...position, message: finding.message[language], start: finding.range.start });
  });
  return rows;
}

/** What the second pass needs of a file in memory: the site is made of them. */
interface KeptFile {
  summary: SiteArticle;
  subject: SiteSubject;
  places: number[];
  settings: ResolvedSettings;
}

/** Resolved settings, once per configuration (a folder's files share theirs). */
function settingsByConfig(): (layers: Layers) => ResolvedSettings {
  const known = new Map<string, ResolvedSettings>();
  return (layers) => {
    const key = JSON.stringify(layers);
    let settings = known.get(key);
    if (!settings) {
      settings = resolveSettings(allChecks, layers);
      known.set(key, settings);
    }
    return settings;
  };
}

/** A file's path in the site index: absolute, with `/` separators on every system. */
function sitePath(file: string): string {
  return resolve(file).split(sep).join('/');
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
