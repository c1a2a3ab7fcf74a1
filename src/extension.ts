import * as vscode from 'vscode';
import { PlumeCodeActions, DISABLE_CHECK_COMMAND } from './vscode/codeActions/PlumeCodeActions';
import { disableCheck } from './vscode/codeActions/disableCheck';
import { PlumercLoader } from './vscode/config/PlumercLoader';
import { configLayersFor } from './vscode/config/configLayersFor';
import { DiagnosticsController } from './vscode/diagnostics/DiagnosticsController';
import { ApiKeyStore } from './vscode/rewrite/ApiKeyStore';
import { LanguageModelChoice } from './vscode/rewrite/LanguageModelChoice';
import { recordLog } from './vscode/rewrite/PlumeLog';
import type { PlumeLog } from './vscode/rewrite/PlumeLog';
import { PROPOSAL_SCHEME, ProposalFileSystem } from './vscode/rewrite/ProposalFileSystem';
import { registerRewriteCommands, rewriteCodeActions } from './vscode/rewrite/registerRewriteCommands';
import { RewriteController } from './vscode/rewrite/RewriteController';
import { OPEN_REPORT_COMMAND, REPORT_VIEW, ReportController } from './vscode/report/ReportController';
import { ClosedArticleDiagnostics } from './vscode/site/ClosedArticleDiagnostics';
import { REBUILD_INDEX_COMMAND, STOP_INDEX_COMMAND, WorkspaceIndex, storeFileIn } from './vscode/site/WorkspaceIndex';
import { registerTypography } from './vscode/typography/registerTypography';
import { StatusBar } from './vscode/StatusBar';
import { AnalysisClient } from './worker/AnalysisClient';

/** What other features (and the integration tests) reach through the extension's exports. */
export interface PlumeApi {
  diagnostics: DiagnosticsController;
  codeActions: PlumeCodeActions;
  statusBar: StatusBar;
  rewrite: RewriteController;
  report: ReportController;
  /** The workspace's articles as the checks between them see them. */
  site: WorkspaceIndex;
  /** The findings between articles of the articles that are not open. */
  closedArticles: ClosedArticleDiagnostics;
  /** The "Plume" log, with its last lines (tests check what it holds). */
  log: PlumeLog;
}

/** Wires Plume's pieces into VS Code; holds no logic of its own. */
export function activate(context: vscode.ExtensionContext): PlumeApi {
  const started = Date.now();
  const channel = vscode.window.createOutputChannel('Plume', { log: true });
  const log = recordLog(channel);
  const loader = new PlumercLoader();
  const analyzer = new AnalysisClient(vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysisWorker.js').fsPath, (message) => log.warn(message));
  const diagnostics = new DiagnosticsController(loader, analyzer, (message) => log.error(message));
  const codeActions = new PlumeCodeActions(diagnostics);
  const statusBar = new StatusBar(diagnostics);
  const proposals = new ProposalFileSystem();
  const keys = new ApiKeyStore(context.secrets);
  const languageModels = new LanguageModelChoice(context.globalState);
  const rewrite = new RewriteController(proposals, keys, log, (uri) => configLayersFor(loader, uri), languageModels);
  diagnostics.documentPolicy = (uri) => rewrite.diagnosticsPolicy(uri);
  const report = new ReportController(context.extensionUri, diagnostics);
  // The workspace's articles, for the checks between them; read in the background after activation.
  // Its summaries are kept between sessions in the extension's storage for this workspace.
  // A document the diagnostics show from its own analysis is read into the index by that analysis,
  // with the text the writer sees; any other (closed, or open but not analysed) from the disk.
  const site = new WorkspaceIndex(
    analyzer,
    (message) => log.info(message),
    (uri) => diagnostics.owns(uri),
    storeFileIn(context.storageUri ?? context.globalStorageUri),
    String(context.extension.packageJSON.version),
  );
  const closedArticles = new ClosedArticleDiagnostics(analyzer, diagnostics, site, loader, (message) => log.info(message));
  context.subscriptions.push(
    channel,
    { dispose: () => analyzer.dispose() },
    loader,
    diagnostics,
    statusBar,
    // Every language: plume.diagnostics.languages may add some; the provider only answers Plume's diagnostics.
    vscode.languages.registerCodeActionsProvider('*', codeActions, PlumeCodeActions.metadata),
    vscode.commands.registerCommand(DISABLE_CHECK_COMMAND, (checkId: string, uri: vscode.Uri) => disableCheck(loader, checkId, uri)),
    proposals,
    vscode.workspace.registerFileSystemProvider(PROPOSAL_SCHEME, proposals, { isCaseSensitive: true }),
    rewrite,
    ...registerRewriteCommands(rewrite, keys, languageModels, log),
    codeActions.addExtraActions(rewriteCodeActions),
    report,
    site,
    closedArticles,
    site.onDidChange(() => diagnostics.reanalyzeOthers(undefined)),
    vscode.commands.registerCommand(REBUILD_INDEX_COMMAND, () => site.rebuild()),
    vscode.commands.registerCommand(STOP_INDEX_COMMAND, () => site.stop()),
    ...registerTypography(analyzer, diagnostics),
    vscode.window.registerWebviewViewProvider(REPORT_VIEW, report),
    vscode.commands.registerCommand(OPEN_REPORT_COMMAND, () => report.openBeside()),
  );
  log.info(`Plume ${String(context.extension.packageJSON.version)} activated in ${Date.now() - started} ms`);
  return { diagnostics, codeActions, statusBar, rewrite, report, site, closedArticles, log };
}

export function deactivate(): void {
  // Everything registered is in context.subscriptions, disposed by VS Code.
}
