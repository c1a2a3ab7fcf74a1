import * as vscode from 'vscode';
import { PlumeCodeActions, DISABLE_CHECK_COMMAND } from './vscode/codeActions/PlumeCodeActions';
import { disableCheck } from './vscode/codeActions/disableCheck';
import { PlumercLoader } from './vscode/config/PlumercLoader';
import { DiagnosticsController } from './vscode/diagnostics/DiagnosticsController';
import { StatusBar } from './vscode/StatusBar';
import { AnalysisClient } from './worker/AnalysisClient';

/** What other features (and the integration tests) reach through the extension's exports. */
export interface PlumeApi {
  diagnostics: DiagnosticsController;
  codeActions: PlumeCodeActions;
  statusBar: StatusBar;
}

/** Wires Plume's pieces into VS Code; holds no logic of its own. */
export function activate(context: vscode.ExtensionContext): PlumeApi {
  const log = vscode.window.createOutputChannel('Plume', { log: true });
  const loader = new PlumercLoader();
  const analyzer = new AnalysisClient(vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysisWorker.js').fsPath, (message) => log.warn(message));
  const diagnostics = new DiagnosticsController(loader, analyzer, (message) => log.error(message));
  const codeActions = new PlumeCodeActions(diagnostics);
  const statusBar = new StatusBar(diagnostics);
  context.subscriptions.push(
    log,
    { dispose: () => analyzer.dispose() },
    loader,
    diagnostics,
    statusBar,
    // Every language: plume.diagnostics.languages may add some; the provider only answers Plume's diagnostics.
    vscode.languages.registerCodeActionsProvider('*', codeActions, PlumeCodeActions.metadata),
    vscode.commands.registerCommand(DISABLE_CHECK_COMMAND, (checkId: string, uri: vscode.Uri) => disableCheck(loader, checkId, uri)),
  );
  log.info(`Plume ${String(context.extension.packageJSON.version)} activated`);
  return { diagnostics, codeActions, statusBar };
}

export function deactivate(): void {
  // Everything registered is in context.subscriptions, disposed by VS Code.
}
