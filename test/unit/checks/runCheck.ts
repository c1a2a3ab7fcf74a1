// Test helpers for checks: run one check (or all) on a Markdown string with given options.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckOptions, Finding, SeveritySetting } from '../../../src/core/checks/Check';
import { allChecks } from '../../../src/core/checks/registry';
import { runChecks } from '../../../src/core/checks/runChecks';
import { resolveSettings } from '../../../src/core/config/resolveSettings';
import type { QuickFix, TextEdit } from '../../../src/core/fixes/QuickFix';
import { quickFixesFor } from '../../../src/core/fixes/quickFixesFor';
import { ArticleDocument } from '../../../src/core/markdown/ArticleDocument';
import type { ArticleOptions } from '../../../src/core/markdown/ArticleDocument';
import { SiteIndex, summarizeArticle } from '../../../src/core/site/SiteIndex';
import { readMarkers } from './fixtureMarkers';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures');

/**
 * Findings of one check only, with its options overridden. A check that is off by default
 * (title-length) runs as a warning, as a team that turns it on gets it, unless `severity` says otherwise.
 */
export function runCheck(id: string, text: string, options: Partial<CheckOptions> = {}, severity?: SeveritySetting, article: ArticleOptions = {}): Finding[] {
  const check = allChecks.find((candidate) => candidate.id === id);
  if (!check) throw new Error(`no check ${id}`);
  const chosen = severity ?? (check.defaultSeverity === 'off' ? 'warning' : undefined);
  const settings = resolveSettings([check], [{ checks: { [id]: { ...(chosen ? { severity: chosen } : {}), ...options } } }]);
  return runChecks(new ArticleDocument(text, undefined, article), [check], settings).findings;
}

/**
 * How a check's fixture is run: a check between articles reads its fixture
 * folder as a site, every fixture an article named by its file name; others see one file alone.
 */
export function fixtureOptions(id: string, files: readonly string[]): (file: string) => ArticleOptions {
  const check = allChecks.find((candidate) => candidate.id === id);
  if (!check?.needsSite) return () => ({});
  const folder = join(FIXTURES, 'checks', id);
  const site = new SiteIndex(files.map((name) => summarizeArticle(new ArticleDocument(readMarkers(readFileSync(join(folder, name), 'utf8')).text), name)));
  return (file) => ({ fileName: file, site });
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

/** The fixes the finding's check offers for it, computed as the editor asks for them. */
export function fixesOf(text: string, finding: Finding): QuickFix[] {
  return quickFixesFor(new ArticleDocument(text), finding);
}

/** `text` with the edits of a fix applied (last first, so offsets stay right). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((result, edit) => result.slice(0, edit.start) + edit.text + result.slice(edit.end), text);
}
