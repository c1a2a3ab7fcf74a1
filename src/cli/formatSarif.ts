// `plume check --format sarif`: SARIF 2.1.0, the format GitHub code scanning (and other CI
// dashboards) read, so a team sees Plume's findings on the pull request's lines.
import type { Language, Severity } from '../core/checks/Check';
import { CHECK_NAMES } from '../core/checks/checkNames';
import { docsUrl } from '../core/checks/docsUrl';
import { allChecks } from '../core/checks/registry';
import type { FileReport } from './formatCheckReport';

// SARIF has three levels of result; Plume's information and hints are its notes.
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

const ABSOLUTE = /^(?:[a-z]:)?[\\/]/i;

/**
 * A path as a SARIF artifact URI: `/` separators, each segment percent-encoded; an absolute path
 * as a `file:` URI, a relative one relative to `%SRCROOT%`.
 */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const encoded = file.split(/[\\/]/).map((segment) => (/^[a-z]:$/i.test(segment) ? segment : encodeURIComponent(segment))).join('/');
  if (!ABSOLUTE.test(file)) return { uri: encoded, uriBaseId: '%SRCROOT%' };
  return { uri: `file://${encoded.startsWith('/') ? '' : '/'}${encoded}` };
}

/**
 * One run of Plume over `reports`: every check as a rule (its name, description, docs page and
 * default level), every finding as a result with its region (1-based, UTF-16 columns, as Plume
 * counts them). Relative paths are relative to `%SRCROOT%`, the folder `plume check` ran in.
 */
export function formatSarif(reports: readonly FileReport[], language: Language, version: string): string {
  return JSON.stringify(sarifLog(language, version, reports.flatMap(sarifResults)), null, 2);
}

const RULE_INDEX = new Map(allChecks.map((check, index) => [check.id, index]));

/** The SARIF log around `results`: one run of Plume, every check as a rule. */
export function sarifLog(language: Language, version: string, results: unknown[]) {
  const rules = allChecks.map((check) => ({
    id: check.id,
    name: (CHECK_NAMES[check.id] ?? check.title)[language],
    shortDescription: { text: check.description[language] },
    helpUri: docsUrl(check.id),
    defaultConfiguration: { level: check.defaultSeverity === 'off' ? 'none' : LEVEL[check.defaultSeverity] },
    properties: { tags: [check.family] },
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'Plume', semanticVersion: version, informationUri: 'https://github.com/plume-seo/plume', rules } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
}

/** The SARIF results of one file's report. */
export function sarifResults(report: FileReport) {
  return report.findings.map((finding) => ({
    ruleId: finding.id,
    ...(RULE_INDEX.has(finding.id) ? { ruleIndex: RULE_INDEX.get(finding.id) } : {}),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [{
      physicalLocation: {
        artifactLocation: artifactLocation(report.file),
        region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
      },
    }],
  }));
}
