// What `plume check` prints, file after file, without keeping every file's report until the end:
// at 10,000 articles the reports were most of the run's 2 GB (issue 14: memory bounded beyond
// the index). Text is printed as it comes with running totals; JSON and SARIF are streamed into
// the same bytes JSON.stringify(…, null, 2) gives for the whole document.
import type { Language } from '../core/checks/Check';
import type { CliIo } from './CliIo';
import { countSeverities, formatTextReport, formatTotal } from './formatCheckReport';
import type { FileReport, SeverityCounts } from './formatCheckReport';
import { sarifLog, sarifResults } from './formatSarif';

export type CheckFormat = 'text' | 'json' | 'sarif';

// A string no value holds, standing for the array's items in the document's skeleton.
const PLACEHOLDER = '\u0000items\u0000';

/**
 * Streams the items of the one array of `skeleton` marked by PLACEHOLDER: the text before it,
 * each item indented as JSON.stringify would, commas between them, the text after it. One item
 * is held back at a time, to know whether a comma follows it.
 */
export class JsonArrayStream {
  private readonly before: string;
  private readonly after: string;
  private readonly empty: string;
  private readonly indent: string;
  private pending: string | undefined;
  private started = false;

  constructor(skeleton: unknown, private readonly io: CliIo) {
    const whole = JSON.stringify(skeleton, null, 2);
    const marker = JSON.stringify(PLACEHOLDER);
    const at = whole.indexOf(marker);
    const lineStart = whole.lastIndexOf('\n', at) + 1;
    this.indent = whole.slice(lineStart, at);
    // The array's opening line ends just before the placeholder's line; its closing one starts just after.
    this.before = whole.slice(0, lineStart - 1);
    const afterLine = whole.indexOf('\n', at);
    this.after = whole.slice(afterLine + 1);
    this.empty = `${this.before.replace(/\[$/, '')}[]${whole.slice(whole.indexOf(']', at) + 1)}`;
  }

  add(item: unknown): void {
    if (!this.started) {
      this.io.stdout(this.before);
      this.started = true;
    }
    if (this.pending !== undefined) this.io.stdout(`${this.pending},`);
    this.pending = JSON.stringify(item, null, 2).split('\n').map((line) => this.indent + line).join('\n');
  }

  finish(): void {
    if (!this.started) {
      this.io.stdout(this.empty);
      return;
    }
    if (this.pending !== undefined) this.io.stdout(this.pending);
    this.io.stdout(this.after);
  }
}

/** The run's output in one of the three formats; `add` each file's report in order, then `finish`. */
export class CheckOutput {
  private files = 0;
  private words = 0;
  private readonly counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  private readonly stream: JsonArrayStream | undefined;

  constructor(
    private readonly format: CheckFormat,
    private readonly io: CliIo,
    private readonly language: Language,
    version: string,
    private readonly text: { hints: boolean; quiet: boolean },
  ) {
    if (format === 'json') this.stream = new JsonArrayStream([PLACEHOLDER], io);
    if (format === 'sarif') this.stream = new JsonArrayStream(sarifLog(language, version, [PLACEHOLDER]), io);
  }

  add(report: FileReport, fileLanguage: Language): void {
    this.files += 1;
    this.words += report.figures.words;
    countSeverities(report.findings, this.counts);
    if (this.format === 'json') this.stream?.add(report);
    else if (this.format === 'sarif') for (const result of sarifResults(report)) this.stream?.add(result);
    else if (!(this.text.quiet && report.findings.length === 0)) this.io.stdout(formatTextReport(report, fileLanguage, this.text));
  }

  finish(): void {
    if (this.stream) this.stream.finish();
    else if (this.files > 1 && !this.text.quiet) this.io.stdout(formatTotal({ files: this.files, words: this.words, counts: this.counts }, this.language));
  }
}
