import type { ArticleDocument } from '../markdown/ArticleDocument';
import type { ResolvedSettings } from '../config/PlumeConfig';
import { optionsOf } from '../config/resolveSettings';
import type { SiteIndex } from '../site/SiteIndex';
import { siteSubjectOf } from '../site/SiteSubject';
import type { SiteSubject } from '../site/SiteSubject';
import type { CheckDefinition, CheckOptions, Finding, FindingInput, Severity } from './Check';
import { checkReading } from './checkReading';

/** The more severe first: how findings at one place are ordered. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export interface CheckRun {
  /** The settings every check ran with: quick fixes and front ends read the same numbers. */
  settings: ResolvedSettings;
  findings: Finding[];
  /** Checks that threw (a bug): the others still ran, and the caller can log these. */
  failures: { checkId: string; error: unknown }[];
  /** Checks that ran and found nothing to judge (CheckContext.skip). */
  skipped: string[];
}

/** What runChecks does with `site`: every check (the editor), none of the checks between articles, or only them. */
export type SiteChecks = 'with' | 'without' | 'only';

/**
 * Runs every enabled check on one document; findings come back in document order. `siteChecks:
 * 'without'` leaves out the checks between articles, for a run that judges them later on the
 * document's subject (runSiteChecks: `plume check` on a folder).
 */
export function runChecks(doc: ArticleDocument, checks: readonly CheckDefinition<CheckOptions>[], settings: ResolvedSettings, siteChecks: SiteChecks = 'with'): CheckRun {
  let subject: SiteSubject | undefined;
  return runEach(checks.filter((check) => (siteChecks === 'without' ? !check.needsSite : siteChecks === 'only' ? check.needsSite : true)), settings, doc.keyphrase !== undefined, (check, options, report, skip) => {
    if (check.needsSite) check.run({ subject: (subject ??= siteSubjectOf(doc)), site: doc.site, options, report, skip });
    else check.run({ ...checkReading(doc, settings, check), report, skip });
  });
}

/** The checks between articles on what was kept of one article (its subject), against `site`. */
export function runSiteChecks(subject: SiteSubject, site: SiteIndex | undefined, checks: readonly CheckDefinition<CheckOptions>[], settings: ResolvedSettings): CheckRun {
  return runEach(checks.filter((check) => check.needsSite), settings, subject.keyphrase !== undefined, (check, options, report, skip) => {
    if (check.needsSite) check.run({ subject, site, options, report, skip });
  });
}

type RunOne = (check: CheckDefinition<CheckOptions>, options: CheckOptions, report: (finding: FindingInput<unknown>) => void, skip: () => void) => void;

function runEach(checks: readonly CheckDefinition<CheckOptions>[], settings: ResolvedSettings, hasKeyphrase: boolean, runOne: RunOne): CheckRun {
  const findings: Finding[] = [];
  const failures: CheckRun['failures'] = [];
  const skipped: string[] = [];
  for (const check of checks) {
    const setting = settings.get(check.id) ?? { severity: check.defaultSeverity, options: check.defaultOptions };
    if (setting.severity === 'off' || (check.needsKeyphrase && !hasKeyphrase)) continue;
    const checkSeverity = setting.severity;
    try {
      runOne(check, optionsOf(settings, check), ({ range, message, severity, data, fix }) => {
        // A finding may only be milder than its check (a long sentence is a hint under the
        // `sentences-too-long` warning), never louder than the writer configured.
        const chosen = severity && SEVERITY_RANK[severity] > SEVERITY_RANK[checkSeverity] ? severity : checkSeverity;
        findings.push({ checkId: check.id, severity: chosen, message, range, ...(data ? { data } : {}), ...(fix !== undefined ? { fix } : {}) });
      }, () => {
        if (skipped.at(-1) !== check.id) skipped.push(check.id);
      });
    } catch (error) {
      failures.push({ checkId: check.id, error });
    }
  }
  findings.sort(compareFindings);
  return { settings, findings, failures, skipped };
}

/** Document order; at one place, the more severe first, then by check. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.range.start - b.range.start || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.checkId.localeCompare(b.checkId);
}
