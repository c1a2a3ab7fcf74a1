import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { analyzeArticle } from '../core/analyzeArticle';
import type { Language } from '../core/checks/Check';
import { buildReportModel } from '../core/report/buildReportModel';
import { REPORT_CSS } from '../core/report/reportCss';
import { renderReportPage } from '../core/report/renderReport';
import type { CliIo } from './CliIo';
import { cliText } from './cliText';
import { openArticle } from './openArticle';
import { parseCommandLine } from './parseCommandLine';
import { UsageError, parseLanguageOption } from './parseOptions';

/**
 * `plume report <file>`: the SEO report of one article (the fields, Google's preview, the SEO and
 * readability lights and scores, the figures and the outline) as one self-contained HTML page,
 * on stdout so that it can be piped, or in --out. Exit 0 when the page is written, whatever it
 * says of the article; 2 on a usage or I/O error.
 */
export function runReportCommand(args: string[], io: CliIo, defaultLanguage: Language): number {
  const { values, positionals } = parseCommandLine('report', args, {
    out: { type: 'string' },
    keyphrase: { type: 'string' },
    lang: { type: 'string' },
  }, defaultLanguage);
  const cliLanguage = parseLanguageOption(values.lang, defaultLanguage);
  let language = cliLanguage ?? defaultLanguage;
  let text = cliText(language);
  if (values.help) {
    io.stdout(text.commandUsage.report ?? text.usage);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(text.reportUsage);
  const file = positionals[0] as string;
  // « --out article.md » on the article itself would replace it with its report.
  if (values.out !== undefined && resolve(values.out) === resolve(file)) throw new UsageError(text.reportOverwrites(file));

  // The article's .plumerc.json: its checks, synonyms and siteUrl shape the report, its language
  // the page's (unless --lang says otherwise).
  const article = openArticle(file, cliLanguage, defaultLanguage, io);
  if (!article) return 2;
  const { config, source } = article;
  language = article.language;
  text = article.text;
  // The file's path names the slug when the front matter has none (the preview's URL, the slug checks).
  const analysis = analyzeArticle(source, [config], undefined, { keyphrase: values.keyphrase, fileName: file });
  for (const failure of analysis.failures) io.stderr(text.internalError(file, failure.checkId, failure.error));
  const page = renderReportPage(buildReportModel(analysis), { language, fileName: basename(file), css: REPORT_CSS });
  if (values.out === undefined) {
    // io.stdout ends the text with a line break of its own.
    io.stdout(page.replace(/\n$/, ''));
    return 0;
  }
  try {
    writeFileSync(values.out, page);
  } catch (error) {
    io.stderr(text.unwritable(values.out, error));
    return 2;
  }
  io.stdout(text.reportWritten(values.out));
  return 0;
}
