// The report's SEO and readability sections: one line per check that ran, its light, and the
// section's score as Yoast SEO computes it.
import type { CheckDefinition, CheckFamily, CheckOptions, Finding, Localized, Severity } from '../checks/Check';
import type { ResolvedSettings } from '../config/PlumeConfig';
import type { Light, ReportLine, ReportSection } from './ReportModel';

// Yoast SEO scores each assessment 9 (good), 6 (ok) or 3 (bad) and a whole analysis as the sum of
// the scores over 9 per assessment, in % (yoastseo's Assessor.calculateOverallScore).
export const LIGHT_SCORE: Record<Light, number> = { good: 9, improve: 6, problem: 3 };
const SCORE_RATING = 9;

/** The section's light from its score, as Yoast SEO rates a score out of 100: over 70 good, over 40 to improve. */
export function lightOfScore(score: number): Light {
  if (score > 70) return 'good';
  if (score > 40) return 'improve';
  return 'problem';
}

/** A finding's light: what the writer configured as errors and warnings is a problem, information and hints are to improve. */
export function lightOfSeverity(severity: Severity): Light {
  return severity === 'error' || severity === 'warning' ? 'problem' : 'improve';
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };
const LIGHT_ORDER: Record<Light, number> = { problem: 0, improve: 1, good: 2 };

export const SECTION_TITLES: Record<CheckFamily, Localized> = {
  seo: { fr: 'SEO', en: 'SEO' },
  readability: { fr: 'Lisibilité', en: 'Readability' },
  typography: { fr: 'Typographie', en: 'Typography' },
};

export interface SectionsInput {
  checks: readonly CheckDefinition<CheckOptions>[];
  settings: ResolvedSettings;
  findings: readonly Finding[];
  hasKeyphrase: boolean;
  /** Checks with nothing to judge in this article (CheckContext.skip), and checks that failed: no line, no score. */
  skipped?: readonly string[];
}

/** The two sections, and how many checks wait for a focus keyphrase. */
export function reportSections({ checks, settings, findings, hasKeyphrase, skipped = [] }: SectionsInput): { sections: ReportSection[]; waitingForKeyphrase: number } {
  const byCheck = new Map<string, number[]>();
  findings.forEach((finding, index) => {
    const list = byCheck.get(finding.checkId);
    if (list) list.push(index);
    else byCheck.set(finding.checkId, [index]);
  });
  let waitingForKeyphrase = 0;
  const left = new Set(skipped);
  const lines: Record<CheckFamily, ReportLine[]> = { seo: [], readability: [], typography: [] };
  for (const check of checks) {
    const severity = settings.get(check.id)?.severity ?? check.defaultSeverity;
    if (severity === 'off') continue;
    if (check.needsKeyphrase && !hasKeyphrase) {
      waitingForKeyphrase++;
      continue;
    }
    // Yoast leaves out an assessment that does not apply: a check with nothing to judge would
    // otherwise count as good (a missing title « fits » the width) and lift the score.
    if (left.has(check.id) && !byCheck.has(check.id)) continue;
    // The most severe first; a hint (one long sentence under the share's warning) never decides the light alone.
    const own = [...(byCheck.get(check.id) ?? [])].sort((a, b) => RANK[(findings[a] as Finding).severity] - RANK[(findings[b] as Finding).severity] || a - b);
    const first = own[0] === undefined ? undefined : findings[own[0]];
    const decisive = first && first.severity !== 'hint' ? first : undefined;
    lines[check.family].push({
      checkId: check.id,
      title: check.title,
      light: decisive ? lightOfSeverity(decisive.severity) : 'good',
      message: decisive ? decisive.message : check.passed,
      ...(first ? { range: first.range } : {}),
      findings: own,
      fixable: first?.fix !== undefined,
      docs: `docs/checks/${check.id}.md`,
    });
  }
  const section = (id: CheckFamily): ReportSection => {
    const own = lines[id];
    const score = own.length === 0 ? null : Math.round((own.reduce((sum, line) => sum + LIGHT_SCORE[line.light], 0) / (own.length * SCORE_RATING)) * 100);
    // Problems first: the stable sort keeps the registry's order within a light.
    const ordered = [...own].sort((a, b) => LIGHT_ORDER[a.light] - LIGHT_ORDER[b.light]);
    return { id, title: SECTION_TITLES[id], score, light: score === null ? null : lightOfScore(score), lines: ordered };
  };
  return { sections: [section('seo'), section('readability'), section('typography')], waitingForKeyphrase };
}
