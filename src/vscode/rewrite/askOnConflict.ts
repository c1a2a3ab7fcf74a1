import * as vscode from 'vscode';

/** What the writer chose when the original changed inside the rewritten range. */
export type ConflictChoice = 'rerun' | 'apply' | 'cancel';

/** Plume does not guess: a modal choice between re-running, applying anyway, or cancelling. */
export async function askOnConflict(originalName: string): Promise<ConflictChoice> {
  const rerun = vscode.l10n.t('Re-run on the new text');
  const apply = vscode.l10n.t('Apply anyway');
  const picked = await vscode.window.showWarningMessage(
    vscode.l10n.t('{0} changed inside the rewritten text since the request.', originalName),
    { modal: true, detail: vscode.l10n.t('Applying the proposal would replace those changes.') },
    rerun,
    apply,
  );
  return picked === rerun ? 'rerun' : picked === apply ? 'apply' : 'cancel';
}
