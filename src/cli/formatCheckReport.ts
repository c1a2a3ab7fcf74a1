import type { Finding, Language } from '../core/checks/Check';
import { formatNumber } from '../core/checks/formatNumber';
import type { ArticleFigures } from '../core/figures/articleFigures';

export interface FileReport {
  file: string;
  /** What a team tracks in CI: words, sentences, reading ease, shares, title width, reading time. */
  figures: ArticleFigures;
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

const SEVERITY_LABEL: Record<Language, Record<Finding['severity'], string>> = {
  fr: { error: 'erreur', warning: 'avert.', info: 'info', hint: 'conseil' },
  en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
};

export interface TextReportOptions {
  /** One line per hint (each long sentence) instead of one line per check gathering them. */
  hints?: boolean;
  /** Findings only: no summary line, nothing for a file without findings. */
  quiet?: boolean;
}

// A grouped line shows this many line numbers, then « et N autres ».
const GROUPED_LINES_SHOWN = 8;

/** `file:line:col  severity  id  message` lines (hints grouped per check), then the file's one-line summary. */
export function formatTextReport(report: FileReport, language: Language, options: TextReportOptions = {}): string {
  const fr = language === 'fr';
  const n = (value: number) => formatNumber(value, language);
  const shown = options.hints ? report.findings : report.findings.filter((finding) => finding.severity !== 'hint');
  const rows = shown.map((f) => ({ where: `${report.file}:${f.line}:${f.column}`, severity: f.severity, id: f.id, message: f.message }));
  if (!options.hints) {
    // A long article has dozens of long sentences: one line per check, with where they are.
    const byCheck = new Map<string, number[]>();
    for (const finding of report.findings) if (finding.severity === 'hint') byCheck.set(finding.id, [...(byCheck.get(finding.id) ?? []), finding.line]);
    for (const [id, all] of byCheck) {
      const lines = [...new Set(all)];
      const listed = lines.slice(0, GROUPED_LINES_SHOWN).map(n).join(', ');
      const more = lines.length - GROUPED_LINES_SHOWN;
      const message = fr
        ? `${plural(all.length, 'conseil', 'conseils', language)} : ${lines.length > 1 ? 'lignes' : 'ligne'} ${listed}${more > 0 ? ` et ${n(more)} autres` : ''} (--hints pour le détail)`
        : `${plural(all.length, 'hint', 'hints', language)}: ${lines.length > 1 ? 'lines' : 'line'} ${listed}${more > 0 ? ` and ${n(more)} more` : ''} (--hints for details)`;
      rows.push({ where: `${report.file}:${lines[0] ?? 1}:1`, severity: 'hint', id, message });
    }
  }
  const width = Math.max(0, ...rows.map((row) => row.where.length));
  const lines = rows.map((row) => `${row.where.padEnd(width)}  ${SEVERITY_LABEL[language][row.severity].padEnd(7)}  ${row.id.padEnd(30)}  ${row.message}`);
  if (options.quiet) return lines.join('\n');
  const { words, sentences } = report.figures;
  lines.push(fr
    ? `${report.file} : ${plural(words, 'mot', 'mots', language)}, ${plural(sentences, 'phrase', 'phrases', language)}, lecture ${minutes(report, language)}, facilité de lecture ${ease(report, language)} (Kandel–Moles) — ${tally(report.findings, language)}`
    : `${report.file}: ${plural(words, 'word', 'words', language)}, ${plural(sentences, 'sentence', 'sentences', language)}, ${minutes(report, language)} read, reading ease ${ease(report, language)} (Kandel–Moles) — ${tally(report.findings, language)}`);
  return lines.join('\n');
}

const ease = (report: FileReport, language: Language): string => (report.figures.readingEase === null ? '–' : formatNumber(report.figures.readingEase, language));
/** « 4 min »: reading times are told in whole minutes, rounded up, as reading time labels are. */
const minutes = (report: FileReport, language: Language): string => `${formatNumber(Math.max(1, Math.ceil(report.figures.readingMinutes)), language)} min`;

/** « 1 mot », « 2 mots », « 0 mot » (French counts 0 and 1 as singular), « 1 word », « 0 words ». */
export function plural(count: number, one: string, many: string, language: Language): string {
  const singular = language === 'fr' ? count < 2 : count === 1;
  return `${formatNumber(count, language)} ${singular ? one : many}`;
}

/** « 3 constats (1 erreur, 2 avertissements), 12 conseils »: hints are advice, counted apart. */
function tally(findings: { severity: Finding['severity'] }[], language: Language): string {
  return tallyCounts(countSeverities(findings), language);
}

export type SeverityCounts = Record<Finding['severity'], number>;

export function countSeverities(findings: readonly { severity: Finding['severity'] }[], into: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 }): SeverityCounts {
  for (const finding of findings) into[finding.severity] += 1;
  return into;
}

function tallyCounts(counts: SeverityCounts, language: Language): string {
  const count = (severity: Finding['severity']) => counts[severity];
  const fr = language === 'fr';
  const problems = count('error') + count('warning') + count('info');
  const parts = (['error', 'warning', 'info'] as const).filter((severity) => count(severity) > 0).map((severity) => plural(count(severity), WORDS[language][severity][0], WORDS[language][severity][1], language));
  const head = problems === 0 ? (fr ? 'aucun constat' : 'no findings') : `${fr ? plural(problems, 'constat', 'constats', language) : plural(problems, 'finding', 'findings', language)}${parts.length > 1 ? ` (${parts.join(', ')})` : ''}`;
  const hints = count('hint');
  return hints ? `${head}, ${fr ? plural(hints, 'conseil', 'conseils', language) : plural(hints, 'hint', 'hints', language)}` : head;
}

const WORDS: Record<Language, Record<'error' | 'warning' | 'info', [string, string]>> = {
  fr: { error: ['erreur', 'erreurs'], warning: ['avertissement', 'avertissements'], info: ['info', 'infos'] },
  en: { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['info', 'infos'] },
};

/** The line after several files: how many, how many words, and the findings of them all. */
export function formatTotal(totals: { files: number; words: number; counts: SeverityCounts }, language: Language): string {
  const fr = language === 'fr';
  const { files, words, counts } = totals;
  return fr
    ? `Total : ${plural(files, 'fichier', 'fichiers', language)}, ${plural(words, 'mot', 'mots', language)} — ${tallyCounts(counts, language)}`
    : `Total: ${plural(files, 'file', 'files', language)}, ${plural(words, 'word', 'words', language)} — ${tallyCounts(counts, language)}`;
}
