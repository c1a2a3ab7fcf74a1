import * as vscode from 'vscode';
import type { TextEdit } from '../../core/fixes/QuickFix';
import type { AnalysisClient } from '../../worker/AnalysisClient';
import type { DiagnosticsController } from '../diagnostics/DiagnosticsController';
import { say } from '../say';

export const FIX_TYPOGRAPHY_COMMAND = 'plume.fixTypography';

// Past this, a save does not wait for the fixes (VS Code itself gives save participants 1.5 s).
const ON_SAVE_BUDGET_MS = 1000;
// The worker may be busy (a burst of file events, a big article): past this wait, a short article's
// fixes are computed here instead. Short: ≈ 1.3 ms per 1,000 characters measured on the 2-core VM
// (bench/corpus-fr), so at most ≈ 10 ms of the extension host's thread.
const WORKER_WAIT_MS = 500;
const HOST_FALLBACK_CHARACTERS = 8_000;

const toVsCode = (document: vscode.TextDocument, edits: readonly TextEdit[]) =>
  edits.map((edit) => vscode.TextEdit.replace(new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.text));

/**
 * « Plume : Corriger toute la typographie » (every typography fix of the article as one undoable
 * edit) and `plume.typography.fixOnSave`. The fixes are computed by the analysis worker, with the
 * article's settings and `.plumerc.json`.
 */
export function registerTypography(analyzer: AnalysisClient, diagnostics: DiagnosticsController): vscode.Disposable[] {
  const editsFor = async (document: vscode.TextDocument) => analyzer.typography(document.getText(), await diagnostics.configLayers(document));
  return [
    vscode.commands.registerCommand(FIX_TYPOGRAPHY_COMMAND, async (uri?: unknown) => {
      const document = uri instanceof vscode.Uri ? vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString()) : vscode.window.activeTextEditor?.document;
      if (!document || !diagnostics.isTarget(document)) {
        void vscode.window.showInformationMessage(say('Open a Markdown article to fix its typography.'));
        return 0;
      }
      const version = document.version;
      const edits = await editsFor(document);
      // The text changed while the fixes were computed: their offsets would point elsewhere.
      if (document.version !== version) return 0;
      if (edits.length === 0) {
        void vscode.window.showInformationMessage(say('Plume: nothing to fix in the typography of {0}.', document.uri.path.split('/').pop() ?? ''));
        return 0;
      }
      const edit = new vscode.WorkspaceEdit();
      edit.set(document.uri, toVsCode(document, edits));
      await vscode.workspace.applyEdit(edit);
      return edits.length;
    }),
    vscode.workspace.onWillSaveTextDocument((event) => {
      const document = event.document;
      if (!vscode.workspace.getConfiguration('plume', document.uri).get<boolean>('typography.fixOnSave') || !diagnostics.isTarget(document)) return;
      const version = document.version;
      const text = document.getText();
      const timeout = new Promise<TextEdit[]>((resolve) => setTimeout(() => resolve([]), ON_SAVE_BUDGET_MS));
      const here = text.length > HOST_FALLBACK_CHARACTERS
        ? new Promise<TextEdit[]>(() => {})
        : new Promise<void>((resolve) => setTimeout(resolve, WORKER_WAIT_MS)).then(async () => {
          const [{ typographyEdits }, layers] = await Promise.all([import('../../core/typography/fixTypography'), diagnostics.configLayers(document)]);
          return typographyEdits(text, layers);
        });
      const edits = Promise.race([editsFor(document), here, timeout]).catch(() => []);
      event.waitUntil(edits.then((found) => (document.version === version ? toVsCode(document, found) : [])));
    }),
  ];
}
