import type { Language } from '../core/checks/Check';
import { formatNumber } from '../core/checks/formatNumber';
import { describeFactNote } from '../core/rewrite/describeFactNote';
import type { Fact } from '../core/rewrite/facts/Fact';
import type { RewriteReport } from '../core/rewrite/RewriteRequest';
import { showFact } from '../core/rewrite/validateProposal';

/** The JSON report of `plume rewrite --format json` and `plume verify --format json`. */
export function toJsonReport(report: RewriteReport, language: Language) {
  const fact = (item: Fact) => ({ kind: item.kind, text: item.text, ...(item.kind === 'name' ? { person: item.person === true } : {}) });
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
    alteredFacts: report.alteredFacts.map((change) => ({ kind: change.kind, from: change.from.text, to: change.to.text })),
    factsToCheck: report.factsToCheck.map((note) => ({ reason: note.reason, ...fact(note.fact), ...(note.source ? { source: note.source.text } : {}), message: describeFactNote(note)[language] })),
    ignoredFacts: report.ignoredFacts.map(fact),
    removed: report.removed,
    attempts: report.attempts,
    model: report.model,
    promptTokens: report.promptTokens,
    completionTokens: report.completionTokens,
    durations: report.durations,
    ...(report.incomplete ? { incomplete: true } : {}),
  };
}

// A removed passage is shown by its start: enough to recognise it.
const EXCERPT_CHARACTERS = 60;
const excerpt = (text: string): string => {
  const line = text.replace(/\s+/g, ' ').trim();
  return [...line].length > EXCERPT_CHARACTERS ? `${[...line].slice(0, EXCERPT_CHARACTERS).join('')}…` : line;
};

/** A report a writer reads in a terminal: a verdict, every constraint, what to check, what was set aside. */
export function formatTextRewriteReport(report: RewriteReport, language: Language): string {
  const n = (value: number) => formatNumber(value, language);
  const fr = language === 'fr';
  const lines: string[] = [];
  lines.push(report.ok
    ? (fr ? '✓ Toutes les contraintes sont respectées.' : '✓ Every constraint is met.')
    : report.incomplete
      ? (fr ? '✗ Réponse incomplète :' : '✗ Incomplete answer:')
      : (fr ? '✗ Contraintes non respectées :' : '✗ Unmet constraints:'));
  for (const constraint of report.constraints) lines.push(`  ${constraint.met ? '✓' : '✗'} ${constraint.message[language]}`);
  if (report.factsToCheck.length) {
    lines.push(fr ? 'À vérifier (ne bloque pas la réécriture) :' : 'To check (does not fail the rewrite):');
    for (const note of report.factsToCheck) lines.push(`  · ${describeFactNote(note)[language]}`);
  }
  if (report.ignoredFacts.length) lines.push(`${fr ? 'Faits écartés (--ignore-fact) :' : 'Facts set aside (--ignore-fact):'} ${report.ignoredFacts.map(showFact).join(' ; ')}`);
  if (report.removed.length) {
    lines.push(fr ? 'Retiré de la réponse, hors article (non vérifié) :' : 'Taken off the answer, outside the article (not checked):');
    for (const passage of report.removed) lines.push(`  · ${excerpt(passage)}`);
  }
  const findings = report.findings.filter((finding) => finding.severity !== 'info');
  if (findings.length) {
    lines.push(fr ? 'Autres constats :' : 'Other findings:');
    for (const finding of findings) lines.push(`  ${finding.line}: ${finding.id} — ${finding.message[language]}`);
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
