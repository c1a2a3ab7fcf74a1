// Test helpers for checks: run one check (or all) on a Markdown string with given options.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckOptions, Finding, SeveritySetting } from '../../../src/core/checks/Check';
import { allChecks } from '../../../src/core/checks/registry';
import { runChecks } from '../../../src/core/checks/runChecks';
import { resolveSettings } from '../../../src/core/config/resolveSettings';
import { ArticleDocument } from '../../../src/core/markdown/ArticleDocument';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures');

/** Findings of one check only, with its options overridden. */
export function runCheck(id: string, text: string, options: Partial<CheckOptions> = {}, severity?: SeveritySetting): Finding[] {
  const check = allChecks.find((candidate) => candidate.id === id);
  if (!check) throw new Error(`no check ${id}`);
  const settings = resolveSettings([check], [{ checks: { [id]: { ...(severity ? { severity } : {}), ...options } } }]);
  return runChecks(new ArticleDocument(text), [check], settings).findings;
}

/** The text of a fixture under test/fixtures. */
export function fixture(...path: string[]): string {
  return readFileSync(join(FIXTURES, ...path), 'utf8');
}

/** A paragraph of `n` distinct French-looking words with no sentence end, for boundary tests. */
export function words(n: number, word = 'mot'): string {
  return Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');
}

/** `n` words as one sentence ending with a period. */
export function sentence(n: number, word = 'mot'): string {
  return `${words(n, word).replace(/^./, (c) => c.toUpperCase())}.`;
}

/** The source text that a finding's range covers. */
export function covered(text: string, finding: Finding): string {
  return text.slice(finding.range.start, finding.range.end);
}
