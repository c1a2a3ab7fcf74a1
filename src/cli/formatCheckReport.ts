import type { Finding, Language } from '../core/checks/Check';
import { formatNumber } from '../core/checks/formatNumber';
import type { ArticleDocument } from '../core/markdown/ArticleDocument';

export interface FileReport {
  file: string;
  words: number;
  sentences: number;
  /** Kandel–Moles, rounded to 1 decimal; null when the text has no sentence. */
  readingEase: number | null;
  findings: {
    id: string;
    severity: Finding['severity'];
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    message: string;
  }[];
}

/** The JSON shape of `plume check --format json`: 1-based lines and columns. */
export function toFileReport(file: string, doc: ArticleDocument, findings: Finding[], language: Language): FileReport {
  const ease = doc.readingEase;
  return {
    file,
    words: doc.wordCount,
    sentences: doc.sentences.length,
    readingEase: Number.isFinite(ease) ? Math.round(ease * 10) / 10 : null,
    findings: findings.map((finding) => {
      const start = doc.lines.positionAt(finding.range.start);
      const end = doc.lines.positionAt(finding.range.end);
      return {
        id: finding.checkId,
        severity: finding.severity,
        line: start.line + 1,
        column: start.column + 1,
        endLine: end.line + 1,
        endColumn: end.column + 1,
        message: finding.message[language],
      };
    }),
  };
}

const SEVERITY_LABEL: Record<Language, Record<Finding['severity'], string>> = {
  fr: { error: 'erreur', warning: 'avert.', info: 'info', hint: 'conseil' },
  en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
};

/** `file:line:col  severity  id  message` lines, then the file's one-line summary. */
export function formatTextReport(report: FileReport, language: Language): string {
  const width = Math.max(0, ...report.findings.map((f) => `${report.file}:${f.line}:${f.column}`.length));
  const lines = report.findings.map((f) => {
    const where = `${report.file}:${f.line}:${f.column}`.padEnd(width);
    return `${where}  ${SEVERITY_LABEL[language][f.severity].padEnd(7)}  ${f.id.padEnd(30)}  ${f.message}`;
  });
  const n = (value: number) => formatNumber(value, language);
  const ease = report.readingEase === null ? '–' : n(report.readingEase);
  // Hints (each long sentence) are advice, not problems: counted apart, as the status bar does.
  const hints = report.findings.filter((finding) => finding.severity === 'hint').length;
  const count = report.findings.length - hints;
  const plural = (n: number, word: string) => `${formatNumber(n, language)} ${word}${n > 1 ? 's' : ''}`;
  const tally = language === 'fr'
    ? [count === 0 ? 'aucun constat' : plural(count, 'constat'), ...(hints ? [plural(hints, 'conseil')] : [])].join(', ')
    : [count === 0 ? 'no findings' : plural(count, 'finding'), ...(hints ? [plural(hints, 'hint')] : [])].join(', ');
  lines.push(language === 'fr'
    ? `${report.file} : ${n(report.words)} mots, ${n(report.sentences)} phrases, facilité de lecture ${ease} (Kandel–Moles) — ${tally}`
    : `${report.file}: ${n(report.words)} words, ${n(report.sentences)} sentences, reading ease ${ease} (Kandel–Moles) — ${tally}`);
  return lines.join('\n');
}
