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
 */
export function typographyEdits(text: string, layers: readonly (PlumeConfig | undefined)[] = []): TextEdit[] {
  const doc = new ArticleDocument(text);
  const settings = resolveSettings(allChecks, layers);
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
  return typographyEdits(text, layers).reduceRight((result, edit) => result.slice(0, edit.start) + edit.text + result.slice(edit.end), text);
}
