import * as vscode from 'vscode';
import { say } from '../say';

/** What the writer chose when the original changed inside the rewritten range. */
export type ConflictChoice = 'rerun' | 'apply' | 'cancel';

/**
 * Plume does not guess: a modal choice between re-running, applying anyway, or cancelling. The
 * cancel button is Plume's own (`isCloseAffordance`), so that it speaks Plume's language too.
 */
export async function askOnConflict(originalName: string): Promise<ConflictChoice> {
  const rerun: vscode.MessageItem = { title: say('Re-run on the new text') };
  const apply: vscode.MessageItem = { title: say('Apply anyway') };
  const cancel: vscode.MessageItem = { title: say('Cancel'), isCloseAffordance: true };
  const picked = await vscode.window.showWarningMessage(
    say('{0} changed inside the rewritten text since the request.', originalName),
    { modal: true, detail: say('Applying the proposal would replace those changes.') },
    rerun,
    apply,
    cancel,
  );
  return picked === rerun ? 'rerun' : picked === apply ? 'apply' : 'cancel';
}
