import { writeFileSync } from 'node:fs';
import type { Language } from '../core/checks/Check';
import { ArticleDocument } from '../core/markdown/ArticleDocument';
import { headingLevelAt } from '../core/rewrite/headingLevelAt';
import { keepTrailingLineBreaks } from '../core/rewrite/keepTrailingLineBreaks';
import { rewriteArticle } from '../core/rewrite/rewriteArticle';
import { checkBaseUrl, isLocalBaseUrl } from '../openai/checkBaseUrl';
import { DEFAULT_BASE_URL, DEFAULT_MODEL, OpenAIChatModel, endpointOrigin } from '../openai/OpenAIChatModel';
import type { CliIo } from './CliIo';
import { cliText } from './cliText';
import { openArticle } from './openArticle';
import { formatTextRewriteReport, toJsonReport } from './formatRewriteReport';
import { parseCommandLine } from './parseCommandLine';
import { UsageError, parseLanguageOption, parseWholeNumber } from './parseOptions';

// What shells expect of a command stopped by Ctrl+C (128 + SIGINT).
const EXIT_INTERRUPTED = 130;

/**
 * `plume rewrite <file>`: the proposal to --out or stdout, the report to stderr. Exit 0 when
 * every constraint is met, 1 when a proposal has unmet constraints, 2 on failure (no proposal),
 * 130 when interrupted (nothing written).
 */
export async function runRewriteCommand(args: string[], io: CliIo, defaultLanguage: Language, env: NodeJS.ProcessEnv): Promise<number> {
  const { values, positionals } = parseCommandLine('rewrite', args, {
    out: { type: 'string' },
    lines: { type: 'string' },
    'min-words': { type: 'string' },
    keyphrase: { type: 'string' },
    instructions: { type: 'string' },
    model: { type: 'string' },
    'base-url': { type: 'string' },
    'max-repairs': { type: 'string' },
    timeout: { type: 'string' },
    format: { type: 'string', default: 'text' },
    'ignore-fact': { type: 'string', multiple: true },
    lang: { type: 'string' },
  }, defaultLanguage);
  const cliLanguage = parseLanguageOption(values.lang, defaultLanguage);
  let language = cliLanguage ?? defaultLanguage;
  let text = cliText(language);
  if (values.help) {
    io.stdout(text.commandUsage.rewrite ?? text.usage);
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(text.badOption('--format', 'text, json'));
  if (positionals.length !== 1) throw new UsageError(text.rewriteUsage);
  const file = positionals[0] as string;
  const number = (option: string, value: string | undefined) => (value === undefined ? undefined : parseWholeNumber(option, value, language));
  const minWords = number('--min-words', values['min-words']);
  const maxRepairs = number('--max-repairs', values['max-repairs']);
  const timeoutSeconds = number('--timeout', values.timeout);
  // 0 would mean « never give up »: a hung server would hold the terminal for ever.
  if (timeoutSeconds !== undefined && timeoutSeconds < 1) throw new UsageError(text.badTimeout(values.timeout ?? ''));
  // The same guard however the URL arrives: the flag is a usage error, the environment is not.
  const baseURL = values['base-url'] ?? env.OPENAI_BASE_URL ?? DEFAULT_BASE_URL;
  const problem = checkBaseUrl(baseURL);
  if (problem && values['base-url'] !== undefined) throw new UsageError(text.badBaseUrl(baseURL, problem));
  if (problem) {
    io.stderr(`plume: OPENAI_BASE_URL — ${text.badBaseUrl(baseURL, problem)}`);
    return 2;
  }

  // The article's .plumerc.json, as `plume check` reads it: its limits shape the prompt and the
  // validation, its language the messages (unless --lang says otherwise).
  const article = openArticle(file, cliLanguage, defaultLanguage, io);
  if (!article) return 2;
  const { config, source } = article;
  language = article.language;
  text = article.text;
  const selection = values.lines === undefined ? undefined : selectLines(source, values.lines, language);
  // No key for a remote service: say how to give one, or how to do without, before connecting.
  if (!env.OPENAI_API_KEY && !isLocalBaseUrl(baseURL)) {
    io.stderr(`plume: ${text.noApiKey(endpointOrigin(baseURL))}`);
    return 2;
  }
  const model = new OpenAIChatModel({
    baseURL,
    apiKey: env.OPENAI_API_KEY,
    model: values.model ?? env.PLUME_MODEL ?? DEFAULT_MODEL,
    ...(timeoutSeconds ? { timeoutMs: timeoutSeconds * 1000 } : {}),
  });

  // Ctrl+C or a SIGTERM stops the request and says so; a second one leaves at once.
  const controller = new AbortController();
  const onSignal = () => {
    if (controller.signal.aborted) process.exit(EXIT_INTERRUPTED);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let lastProgress = 0;
  const result = await rewriteArticle(
    {
      mode: selection ? 'selection' : 'document',
      source: selection ? selection.text : source,
      minWords,
      keyphrase: values.keyphrase,
      instructions: values.instructions,
      headingLevel: selection?.headingLevel,
      maxRepairs,
      ignoreFacts: values['ignore-fact'],
      layers: [config],
    },
    model,
    {
      signal: controller.signal,
      surface: 'cli',
      onProgress: (progress) => {
        if (!io.isTTY || Date.now() - lastProgress < 250) return;
        lastProgress = Date.now();
        io.progress?.(text.progress(progress.phase, progress.attempt, progress.words));
      },
    },
  ).finally(() => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  });
  io.progress?.('');

  if (!result.ok && result.failure.kind === 'cancelled') {
    io.stderr(`plume: ${text.cancelled}`);
    return EXIT_INTERRUPTED;
  }
  if (!result.ok) {
    io.stderr(`plume: ${result.failure.message[language]}`);
    if (result.proposal && result.report) io.stderr(formatTextRewriteReport(result.report, language));
    return 2;
  }
  const output = selection ? `${selection.before}${keepTrailingLineBreaks(selection.text, result.proposal)}${selection.after}` : result.proposal;
  if (values.out) {
    try {
      writeFileSync(values.out, output);
    } catch (error) {
      io.stderr(text.unwritable(values.out, error));
      return 2;
    }
  } else {
    io.stdout(output.replace(/\r?\n$/, ''));
  }
  io.stderr(values.format === 'json' ? JSON.stringify(toJsonReport(result.report, language), null, 2) : formatTextRewriteReport(result.report, language));
  return result.report.ok ? 0 : 1;
}

/** `--lines A-B` (1-based, inclusive): the text to rewrite, what surrounds it, and the heading level that fits there. */
function selectLines(source: string, range: string, language: Language) {
  const match = /^(\d+)-(\d+)$/.exec(range);
  const lines = source.split(/(?<=\n)/);
  const from = Number(match?.[1]);
  const to = Number(match?.[2]);
  if (!match || from < 1 || to < from || to > lines.length) throw new UsageError(cliText(language).badLines(range, lines.length));
  const before = lines.slice(0, from - 1).join('');
  return {
    before,
    text: lines.slice(from - 1, to).join(''),
    after: lines.slice(to).join(''),
    headingLevel: headingLevelAt(new ArticleDocument(source), before.length),
  };
}
