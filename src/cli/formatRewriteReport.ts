import type { Language } from '../core/checks/Check';
import { formatNumber } from '../core/checks/formatNumber';
import type { Fact } from '../core/rewrite/facts/Fact';
import type { RewriteReport } from '../core/rewrite/RewriteRequest';

/** The JSON report of `plume rewrite --format json` and `plume verify --format json`. */
export function toJsonReport(report: RewriteReport, language: Language) {
  const fact = (item: Fact) => ({ kind: item.kind, text: item.text });
  return {
    ok: report.ok,
    words: report.words,
    sentences: report.sentences,
    subheadings: report.subheadings,
    readingEase: report.readingEase,
    french: report.french,
    title: report.title ?? null,
    description: report.description ?? null,
    keyphrase: report.keyphrase ?? null,
    unmet: report.constraints.filter((constraint) => !constraint.met).map((constraint) => ({ id: constraint.id, message: constraint.message[language] })),
    findings: report.findings.map((finding) => ({ id: finding.id, severity: finding.severity, line: finding.line, message: finding.message[language] })),
    missingFacts: report.missingFacts.map(fact),
    introducedFacts: report.introducedFacts.map(fact),
    introducedNames: report.introducedNames.map(fact),
    attempts: report.attempts,
    model: report.model,
    promptTokens: report.promptTokens,
    completionTokens: report.completionTokens,
    durations: report.durations,
    ...(report.incomplete ? { incomplete: true } : {}),
  };
}

/** A report a writer reads in a terminal: a verdict, every constraint, then the facts. */
export function formatTextRewriteReport(report: RewriteReport, language: Language): string {
  const n = (value: number) => formatNumber(value, language);
  const fr = language === 'fr';
  const lines: string[] = [];
  lines.push(report.ok
    ? (fr ? '✓ Toutes les contraintes sont respectées.' : '✓ Every constraint is met.')
    : (fr ? `✗ ${report.incomplete ? 'Proposition incomplète' : 'Contraintes non respectées'} :` : `✗ ${report.incomplete ? 'Incomplete proposal' : 'Unmet constraints'}:`));
  for (const constraint of report.constraints) lines.push(`  ${constraint.met ? '✓' : '✗'} ${constraint.message[language]}`);
  const facts = (label: string, items: Fact[]) => items.length && lines.push(`  ${label} ${items.map((item) => (item.kind === 'quote' ? `« ${item.text} »` : item.text)).join(' ; ')}`);
  facts(fr ? 'Noms ajoutés (à vérifier) :' : 'Names added (check them):', report.introducedNames);
  const findings = report.findings.filter((finding) => finding.severity !== 'info');
  if (findings.length) {
    lines.push(fr ? '  Autres constats :' : '  Other findings:');
    for (const finding of findings) lines.push(`    ${finding.line}: ${finding.id} — ${finding.message[language]}`);
  }
  const ease = report.readingEase === null ? '–' : n(report.readingEase);
  const seconds = n(Math.round(report.durations.totalMs / 100) / 10);
  const cost = report.attempts === 0 ? '' : fr
    ? ` — ${report.model}, ${n(report.attempts)} appel(s), ~${n(report.promptTokens)} + ${n(report.completionTokens)} jetons, ${seconds} s`
    : ` — ${report.model}, ${n(report.attempts)} call(s), ~${n(report.promptTokens)} + ${n(report.completionTokens)} tokens, ${seconds} s`;
  lines.push(fr
    ? `${n(report.words)} mots, ${n(report.subheadings)} intertitres, facilité de lecture ${ease}${cost}`
    : `${n(report.words)} words, ${n(report.subheadings)} subheadings, reading ease ${ease}${cost}`);
  return lines.join('\n');
}
