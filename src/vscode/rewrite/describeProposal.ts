import { say, sayCount } from '../say';
import type { RewriteReport } from '../../core/rewrite/RewriteRequest';

/** The diff's title while the text streams in. */
export function writingTitle(originalName: string): string {
  return say('Plume: {0} ↔ proposal (writing…)', originalName);
}

/** « 879 mots, 6 intertitres » / « 1 subheading »: both counts with their nouns right. */
function wordsAndSubheadings(report: RewriteReport): string {
  return `${sayCount(report.words, '{0} word', '{0} words')}, ${sayCount(report.subheadings, '{0} subheading', '{0} subheadings')}`;
}

const unmetConstraints = (count: number) => sayCount(count, '{0} constraint not met', '{0} constraints not met');

/** The report at a glance, for the diff's title: words, subheadings, and what is unmet. */
export function describeProposal(originalName: string, report: RewriteReport | undefined, incomplete: boolean): string {
  if (!report) return say('Plume: {0} ↔ proposal (incomplete)', originalName);
  if (incomplete || report.incomplete) return say('Plume: {0} ↔ proposal — incomplete answer ({1})', originalName, sayCount(report.words, '{0} word', '{0} words'));
  const unmet = report.constraints.filter((constraint) => !constraint.met).length;
  return say('Plume: {0} ↔ proposal — {1} {2}', originalName, wordsAndSubheadings(report), unmet === 0 ? '✓' : unmetConstraints(unmet));
}

/** One line for the status bar: the title's facts plus the meta description and the facts to check. */
export function statusSummary(report: RewriteReport): string {
  const parts = [wordsAndSubheadings(report)];
  parts.push(report.description ? say('meta description: {0}', sayCount([...report.description].length, '{0} character', '{0} characters')) : say('no meta description'));
  const facts = report.missingFacts.length + report.introducedFacts.length + report.alteredFacts.length;
  if (facts > 0) parts.push(sayCount(facts, '{0} fact not kept', '{0} facts not kept'));
  if (report.factsToCheck.length > 0) parts.push(sayCount(report.factsToCheck.length, '{0} item to check', '{0} items to check'));
  const unmet = report.constraints.filter((constraint) => !constraint.met);
  if (unmet.length > 0) parts.push(unmetConstraints(unmet.length));
  return say('Plume: {0}', parts.join(' · '));
}
