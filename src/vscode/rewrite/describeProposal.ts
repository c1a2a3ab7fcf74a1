import * as vscode from 'vscode';
import type { RewriteReport } from '../../core/rewrite/RewriteRequest';

/** The diff's title while the text streams in. */
export function writingTitle(originalName: string): string {
  return vscode.l10n.t('Plume: {0} ↔ proposal (writing…)', originalName);
}

/** The report at a glance, for the diff's title: words, subheadings, and what is unmet. */
export function describeProposal(originalName: string, report: RewriteReport | undefined, incomplete: boolean): string {
  if (!report) return vscode.l10n.t('Plume: {0} ↔ proposal (incomplete)', originalName);
  if (incomplete || report.incomplete) return vscode.l10n.t('Plume: {0} ↔ proposal — incomplete answer ({1} words)', originalName, report.words);
  const unmet = report.constraints.filter((constraint) => !constraint.met).length;
  const verdict = unmet === 0 ? '✓' : unmet === 1 ? vscode.l10n.t('1 constraint not met') : vscode.l10n.t('{0} constraints not met', unmet);
  const summary = vscode.l10n.t('{0} words, {1} subheadings', report.words, report.subheadings);
  return vscode.l10n.t('Plume: {0} ↔ proposal — {1} {2}', originalName, summary, verdict);
}

/** One line for the status bar: the title's facts plus the meta description and the facts to check. */
export function statusSummary(report: RewriteReport): string {
  const parts = [vscode.l10n.t('{0} words, {1} subheadings', report.words, report.subheadings)];
  parts.push(report.description ? vscode.l10n.t('meta description: {0} characters', [...report.description].length) : vscode.l10n.t('no meta description'));
  const facts = report.missingFacts.length + report.introducedFacts.length + report.alteredFacts.length;
  if (facts > 0) parts.push(facts === 1 ? vscode.l10n.t('1 fact not kept') : vscode.l10n.t('{0} facts not kept', facts));
  if (report.factsToCheck.length > 0) parts.push(report.factsToCheck.length === 1 ? vscode.l10n.t('1 item to check') : vscode.l10n.t('{0} items to check', report.factsToCheck.length));
  const unmet = report.constraints.filter((constraint) => !constraint.met);
  if (unmet.length > 0) parts.push(unmet.length === 1 ? vscode.l10n.t('1 constraint not met') : vscode.l10n.t('{0} constraints not met', unmet.length));
  return vscode.l10n.t('Plume: {0}', parts.join(' · '));
}
