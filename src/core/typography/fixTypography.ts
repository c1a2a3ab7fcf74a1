import type { CheckDefinition, CheckOptions } from '../checks/Check';
import { allChecks } from '../checks/registry';
import { runChecks } from '../checks/runChecks';
import type { PlumeConfig } from '../config/PlumeConfig';
import { resolveSettings } from '../config/resolveSettings';
import { quickFixesFor } from '../fixes/quickFixesFor';
import type { TextEdit } from '../fixes/QuickFix';
import { ArticleDocument } from '../markdown/ArticleDocument';

/** The checks « Corriger toute la typographie » applies: the typography family, as configured. */
export const TYPOGRAPHY_CHECKS: readonly CheckDefinition<CheckOptions>[] = allChecks.filter((check) => check.family === 'typography');

/**
 * Every typography fix of `text` at once (« Corriger toute la typographie », fix on save, `plume
 * fix`): the edits of each finding's fix, with the team's settings (a check turned off is not
 * applied; `narrow` chooses the space), none overlapping another, in document order. Each changes
 * only the characters its rule names, so applying them twice changes nothing the second time.
 * The `maxFindings` cap of the diagnostics does not apply: every occurrence is fixed.
 */
export function typographyEdits(text: string, layers: readonly (PlumeConfig | undefined)[] = []): TextEdit[] {
  const doc = new ArticleDocument(text);
  const settings = resolveSettings(allChecks, layers);
  // Every occurrence, not the first `maxFindings` the diagnostics list (reportCapped): 0 is « all ».
  for (const check of TYPOGRAPHY_CHECKS) {
    const setting = settings.get(check.id);
    if (setting && 'maxFindings' in setting.options) settings.set(check.id, { ...setting, options: { ...setting.options, maxFindings: 0 } });
  }
  const { findings } = runChecks(doc, TYPOGRAPHY_CHECKS, settings);
  const edits = findings.flatMap((finding) => quickFixesFor(doc, finding, settings)[0]?.edits ?? []).sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: TextEdit[] = [];
  for (const edit of edits) {
    const last = kept[kept.length - 1];
    // Two rules on one character (never seen, but a fix-all must stay one coherent edit): the first wins.
    if (last && edit.start < last.end) continue;
    if (last && edit.start === last.start && edit.end === last.end && edit.text === last.text) continue;
    kept.push(edit);
  }
  // A BOM is dropped by ArticleDocument: its offsets start after it.
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return shift ? kept.map((edit) => ({ start: edit.start + shift, end: edit.end + shift, text: edit.text })) : kept;
}

/** `text` with its typography fixed (see typographyEdits). */
export function fixTypography(text: string, layers: readonly (PlumeConfig | undefined)[] = []): string {
  return applyEdits(text, typographyEdits(text, layers));
}

/** `text` with `edits` (in order, none overlapping) applied. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  // Pieces joined once: slicing the growing result edit after edit copied the whole text each
  // time (a 1 MB proposal with thousands of fixes took a minute).
  const parts: string[] = [];
  let from = 0;
  for (const edit of edits) {
    parts.push(text.slice(from, edit.start), edit.text);
    from = edit.end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
