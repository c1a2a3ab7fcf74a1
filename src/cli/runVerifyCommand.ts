import type { Language } from '../core/checks/Check';
import { verifyRewrite } from '../core/rewrite/verifyRewrite';
import type { CliIo } from './CliIo';
import { cliText } from './cliText';
import { openArticle, readAnalysedFile } from './openArticle';
import { formatTextRewriteReport, toJsonReport } from './formatRewriteReport';
import { parseCommandLine } from './parseCommandLine';
import { UsageError, parseLanguageOption, parseWholeNumber } from './parseOptions';

/** `plume verify <source> <rewrite>`: 0 every constraint met, 1 some unmet, 2 usage or I/O error. */
export function runVerifyCommand(args: string[], io: CliIo, defaultLanguage: Language): number {
  const { values, positionals } = parseCommandLine('verify', args, {
    format: { type: 'string', default: 'text' },
    'min-words': { type: 'string' },
    keyphrase: { type: 'string' },
    selection: { type: 'boolean', default: false },
    'ignore-fact': { type: 'string', multiple: true },
    lang: { type: 'string' },
  }, defaultLanguage);
  const cliLanguage = parseLanguageOption(values.lang, defaultLanguage);
  let language = cliLanguage ?? defaultLanguage;
  const text = cliText(language);
  if (values.help) {
    io.stdout(text.commandUsage.verify ?? text.usage);
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(text.badOption('--format', 'text, json'));
  if (positionals.length !== 2) throw new UsageError(text.verifyUsage);
  const [sourceFile, rewriteFile] = positionals as [string, string];
  const minWords = values['min-words'] === undefined ? undefined : parseWholeNumber('--min-words', values['min-words'], language);
  // The source's .plumerc.json, as `plume check` and `plume rewrite` read it.
  const article = openArticle(sourceFile, cliLanguage, defaultLanguage, io);
  if (!article) return 2;
  const { config, source } = article;
  language = article.language;
  const rewrite = readAnalysedFile(rewriteFile, article.text, io);
  if (rewrite === undefined) return 2;
  const { report } = verifyRewrite(source, rewrite, { mode: values.selection ? 'selection' : 'document', minWords, keyphrase: values.keyphrase, ignoreFacts: values['ignore-fact'], layers: [config] });
  io.stdout(values.format === 'json' ? JSON.stringify(toJsonReport(report, language), null, 2) : formatTextRewriteReport(report, language));
  return report.ok ? 0 : 1;
}
