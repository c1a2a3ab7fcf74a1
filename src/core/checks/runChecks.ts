import type { ArticleDocument } from '../markdown/ArticleDocument';
import type { ResolvedSettings } from '../config/PlumeConfig';
import type { CheckDefinition, CheckOptions, Finding, Severity } from './Check';
import { checkReading } from './checkReading';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export interface CheckRun {
  /** The settings every check ran with: quick fixes and front ends read the same numbers. */
  settings: ResolvedSettings;
  findings: Finding[];
  /** Checks that threw (a bug): the others still ran, and the caller can log these. */
  failures: { checkId: string; error: unknown }[];
  /** Checks that ran and found nothing to judge (CheckContext.skip). */
  skipped: string[];
}

/** Runs every enabled check on one document; findings come back in document order. */
export function runChecks(doc: ArticleDocument, checks: readonly CheckDefinition<CheckOptions>[], settings: ResolvedSettings): CheckRun {
  const findings: Finding[] = [];
  const failures: CheckRun['failures'] = [];
  const skipped: string[] = [];
  const hasKeyphrase = doc.keyphrase !== undefined;
  for (const check of checks) {
    const setting = settings.get(check.id) ?? { severity: check.defaultSeverity, options: check.defaultOptions };
    if (setting.severity === 'off' || (check.needsKeyphrase && !hasKeyphrase)) continue;
    const checkSeverity = setting.severity;
    try {
      check.run({
        ...checkReading(doc, settings, check),
        report: ({ range, message, severity, data, fix }) => {
          // A finding may only be milder than its check (a long sentence is a hint under the
          // `sentences-too-long` warning), never louder than the writer configured.
          const chosen = severity && RANK[severity] > RANK[checkSeverity] ? severity : checkSeverity;
          findings.push({ checkId: check.id, severity: chosen, message, range, ...(data ? { data } : {}), ...(fix !== undefined ? { fix } : {}) });
        },
        skip: () => {
          if (skipped.at(-1) !== check.id) skipped.push(check.id);
        },
      });
    } catch (error) {
      failures.push({ checkId: check.id, error });
    }
  }
  findings.sort((a, b) => a.range.start - b.range.start || RANK[a.severity] - RANK[b.severity] || a.checkId.localeCompare(b.checkId));
  return { settings, findings, failures, skipped };
}
