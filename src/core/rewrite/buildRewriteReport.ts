import { isSubheading } from '../language/fr/readerText';
import type { RewriteReport, RewriteRequest } from './RewriteRequest';
import type { Validation } from './validateProposal';

export interface ReportTotals {
  attempts: number;
  model: string;
  promptTokens: number;
  completionTokens: number;
  startedAt: number;
  modelMs: number;
  checkMs: number;
  now: number;
  incomplete?: boolean;
  /** What readAnswer took off the answer. */
  removed?: string[];
}

/** The report a writer reads before accepting: measures, every constraint, facts, costs. */
export function buildRewriteReport(mode: RewriteRequest['mode'], validation: Validation, totals: ReportTotals): RewriteReport {
  const doc = validation.analysis.doc;
  const ease = doc.readingEase;
  return {
    ok: validation.unmet.length === 0 && !totals.incomplete,
    mode,
    words: doc.wordCount,
    sentences: doc.sentences.length,
    subheadings: doc.headings.filter((heading) => isSubheading(heading.level)).length,
    readingEase: Number.isFinite(ease) ? Math.round(ease * 10) / 10 : null,
    french: doc.language.language === 'fr',
    title: doc.title?.text,
    description: doc.description?.text,
    keyphrase: doc.keyphrase?.text,
    constraints: validation.constraints,
    findings: validation.analysis.findings
      .filter((finding) => finding.severity !== 'hint')
      .map((finding) => ({ id: finding.checkId, severity: finding.severity, line: doc.lines.positionAt(finding.range.start).line + 1, message: finding.message })),
    missingFacts: validation.facts.missing,
    introducedFacts: validation.facts.introduced,
    alteredFacts: validation.facts.altered,
    factsToCheck: validation.facts.toCheck,
    ignoredFacts: validation.facts.ignored,
    removed: totals.removed ?? [],
    attempts: totals.attempts,
    model: totals.model,
    promptTokens: totals.promptTokens,
    completionTokens: totals.completionTokens,
    durations: { totalMs: totals.now - totals.startedAt, modelMs: totals.modelMs, checkMs: Math.round(totals.checkMs) },
    ...(totals.incomplete ? { incomplete: true } : {}),
  };
}
