import * as vscode from 'vscode';
import { say } from '../say';
import type { ConflictChoice } from './askOnConflict';
import type { OffsetRange } from './trackRange';

export interface ProposalTarget {
  original: vscode.Uri;
  originalName: string;
  mode: 'document' | 'selection';
  /** The rewritten range, as tracked through the edits made since the request. */
  range: OffsetRange;
  /** The text that was sent: what the range must still hold for a blind apply. */
  source: string;
}

export type ApplyOutcome = 'applied' | 'cancelled' | 'rerun' | 'failed';

/**
 * Applies a proposal to its original as ONE WorkspaceEdit (one undo restores it). When the
 * original changed inside the range since the request, it does not guess: `choose` decides.
 */
export async function applyProposal(target: ProposalTarget, text: string, choose: () => Promise<ConflictChoice>): Promise<ApplyOutcome> {
  const original = await vscode.workspace.openTextDocument(target.original);
  const whole = original.getText();
  const current = target.mode === 'document' ? whole : whole.slice(target.range.start, target.range.end);
  if (current !== target.source) {
    const answer = await choose();
    if (answer === 'cancel') return 'cancelled';
    if (answer === 'rerun') return 'rerun';
  }
  const [start, end] = target.mode === 'document' ? [0, whole.length] : [target.range.start, target.range.end];
  const edit = new vscode.WorkspaceEdit();
  edit.replace(target.original, new vscode.Range(original.positionAt(start), original.positionAt(end)), text);
  if (await vscode.workspace.applyEdit(edit)) return 'applied';
  void vscode.window.showErrorMessage(say('Plume could not apply the proposal to {0}.', target.originalName));
  return 'failed';
}
