import * as vscode from 'vscode';
import { checkName } from '../../core/checks/checkNames';
import { say, uiLanguage } from '../say';
import type { DiagnosticsController } from '../diagnostics/DiagnosticsController';
import { checkIdOf } from '../diagnostics/toDiagnostic';

/**
 * More actions for a Plume diagnostic, contributed by other features. The rewrite command
 * registers « Réécrire avec Plume » here, so every finding can lead to a rewrite.
 */
export type ExtraCodeActions = (document: vscode.TextDocument, diagnostic: vscode.Diagnostic, checkId: string) => vscode.CodeAction[];

export const DISABLE_CHECK_COMMAND = 'plume.disableCheck';

/** Quick fixes for Plume's diagnostics: the fixes each check computes for its finding, then « disable ». */
export class PlumeCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };
  private readonly extras: ExtraCodeActions[] = [];

  constructor(private readonly diagnostics: DiagnosticsController) {}

  /** The seam for later features (the rewrite); returns a disposable that removes the provider. */
  addExtraActions(provider: ExtraCodeActions): vscode.Disposable {
    this.extras.push(provider);
    return new vscode.Disposable(() => this.extras.splice(this.extras.indexOf(provider), 1));
  }

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const result = this.diagnostics.resultFor(document);
    const actions: vscode.CodeAction[] = [];
    // Two findings can share a fix (title-missing and meta-description-missing both add the
    // front matter) and a check can report twice on one line: offer each action once.
    const offered = new Set<string>();
    const offer = (action: vscode.CodeAction) => {
      if (offered.has(action.title)) return;
      offered.add(action.title);
      actions.push(action);
    };
    for (const diagnostic of context.diagnostics) {
      const checkId = checkIdOf(diagnostic);
      if (!checkId) continue;
      // A diagnostic is its finding's range in the analysed text: the finding is found by it.
      const start = document.offsetAt(diagnostic.range.start);
      const end = document.offsetAt(diagnostic.range.end);
      const finding = result?.version === document.version
        ? result.analysis.findings.find((candidate) => candidate.checkId === checkId && candidate.range.start === start && candidate.range.end === end)
        : undefined;
      // Only now are the fixes computed, by the check, on the text the finding came from.
      for (const fix of finding ? await this.diagnostics.fixesFor(document, finding) : []) {
        const action = new vscode.CodeAction(fix.title[result?.language ?? 'fr'], vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = fix.preferred;
        action.edit = new vscode.WorkspaceEdit();
        for (const edit of fix.edits) action.edit.replace(document.uri, new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.text);
        offer(action);
      }
      for (const extra of this.extras) extra(document, diagnostic, checkId).forEach(offer);
      const disable = new vscode.CodeAction(say('Disable “{0}” for this workspace', checkName(checkId, uiLanguage())), vscode.CodeActionKind.QuickFix);
      disable.diagnostics = [diagnostic];
      disable.command = { command: DISABLE_CHECK_COMMAND, title: disable.title, arguments: [checkId, document.uri] };
      offer(disable);
    }
    return actions;
  }
}
