import * as vscode from 'vscode';
import { docsUrl } from '../../core/checks/docsUrl';
import type { QuickFix } from '../../core/fixes/QuickFix';
import { reportFieldEdit } from '../../core/report/reportFieldEdit';
import type { ReportEmpty, ReportMessage, ReportUpdate } from '../../webview/reportMessages';
import type { DiagnosticsController } from '../diagnostics/DiagnosticsController';
import { fileName } from '../diagnostics/DiagnosticsController';
import { say, uiLanguage } from '../say';
import { reportHtml } from './reportHtml';
import { sectionAround } from '../../core/report/sectionAround';

export const REPORT_VIEW = 'plume.report';
export const OPEN_REPORT_COMMAND = 'plume.openReport';

/**
 * The SEO report beside the editor: the activity bar's view and, on « Plume : Ouvrir le rapport
 * SEO », a panel beside the editor. Both show the report of the Markdown document the writer last
 * looked at, from the same analysis as its diagnostics (sent when they are published), and turn
 * what the writer does in them into editor actions: reveal a range, apply a quick fix, write a
 * front matter field, rewrite.
 */
export class ReportController implements vscode.Disposable, vscode.WebviewViewProvider {
  private readonly webviews = new Set<vscode.Webview>();
  private panel: vscode.WebviewPanel | undefined;
  private target: vscode.TextDocument | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly posted = new vscode.EventEmitter<{ where: 'view' | 'panel'; message: ReportUpdate | ReportEmpty }>();
  /** Fires with each message sent to a report (what it shows next): for tests and the log. */
  readonly onDidPost = this.posted.event;

  constructor(private readonly extensionUri: vscode.Uri, private readonly diagnostics: DiagnosticsController) {
    this.target = this.markdownOf(vscode.window.activeTextEditor);
    this.disposables.push(
      diagnostics.onDidAnalyze((document) => {
        if (!this.target || this.target.isClosed) this.target = this.markdownOf(vscode.window.activeTextEditor);
        if (this.target === document) this.postAll();
      }),
      diagnostics.onDidClear((uri) => {
        if (this.target?.uri.toString() === uri.toString()) {
          this.target = undefined;
          this.postAll();
        }
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // Focus moving to the report itself leaves no active editor: the report keeps its document.
        const document = this.markdownOf(editor);
        if (document && document !== this.target) {
          this.target = document;
          this.postAll();
        }
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('plume.language')) this.postAll();
      }),
    );
  }

  /** The document a report can be shown for: a Markdown document Plume analyses. */
  private markdownOf(editor: vscode.TextEditor | undefined): vscode.TextDocument | undefined {
    const document = editor?.document;
    return document && this.diagnostics.isTarget(document) ? document : undefined;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.attach(view.webview, () => view.onDidDispose);
    view.onDidChangeVisibility(() => {
      if (view.visible) this.post(view.webview);
    });
  }

  /** « Plume : Ouvrir le rapport SEO »: the report in a panel beside the editor, the editor keeping the focus. */
  openBeside(): vscode.WebviewPanel {
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
      return this.panel;
    }
    const panel = vscode.window.createWebviewPanel(REPORT_VIEW, say('SEO report'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {});
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'activity.svg');
    this.attach(panel.webview, () => panel.onDidDispose);
    panel.onDidDispose(() => {
      this.panel = undefined;
    });
    return panel;
  }

  private attach(webview: vscode.Webview, onDispose: () => vscode.Event<void>): void {
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    webview.options = { enableScripts: true, localResourceRoots: [media] };
    webview.html = reportHtml(webview, media, uiLanguage(), say('Open a Markdown article to see its SEO report.'));
    this.webviews.add(webview);
    const listener = webview.onDidReceiveMessage((message: ReportMessage) => void this.receive(webview, message));
    onDispose()(() => {
      this.webviews.delete(webview);
      listener.dispose();
    });
  }

  private postAll(): void {
    for (const webview of this.webviews) this.post(webview);
  }

  private post(webview: vscode.Webview): void {
    const document = this.target;
    const result = document ? this.diagnostics.resultFor(document) : undefined;
    if (this.panel?.webview === webview && document) this.panel.title = say('SEO report: {0}', fileName(document.uri));
    if (!document || !result) {
      const empty: ReportEmpty = { type: 'empty', language: uiLanguage(), text: document ? say('Plume is analysing {0}…', fileName(document.uri)) : say('Open a Markdown article to see its SEO report.') };
      void webview.postMessage(empty);
      this.posted.fire({ where: this.panel?.webview === webview ? 'panel' : 'view', message: empty });
      return;
    }
    const update: ReportUpdate = { type: 'update', uri: document.uri.toString(), analysisId: result.analysis.analysisId, language: result.language, model: result.analysis.report };
    void webview.postMessage(update);
    this.posted.fire({ where: this.panel?.webview === webview ? 'panel' : 'view', message: update });
  }

  /** What a report's webview asks, as it asks it (the integration tests drive the same path). */
  handle(message: ReportMessage): Promise<void> {
    const webview = this.panel?.webview ?? [...this.webviews][0];
    return webview ? this.receive(webview, message) : Promise.resolve();
  }

  private documentFor(uri: string): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri);
  }

  /** The editor showing `document`, brought forward (opened in the first column if none shows it). */
  private async editorFor(document: vscode.TextDocument): Promise<vscode.TextEditor> {
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
    return vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
  }

  private async receive(webview: vscode.Webview, message: ReportMessage): Promise<void> {
    if (message.type === 'ready') return this.post(webview);
    if (message.type === 'docs') {
      await vscode.env.openExternal(vscode.Uri.parse(docsUrl(message.checkId)));
      return;
    }
    const document = this.documentFor(message.uri);
    if (!document) return;
    switch (message.type) {
      case 'reveal': {
        const editor = await this.editorFor(document);
        const range = new vscode.Range(document.positionAt(message.start), document.positionAt(message.end));
        editor.selection = new vscode.Selection(range.start, range.end);
        editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        return;
      }
      case 'fix':
        return this.fix(document, message.analysisId, message.finding);
      case 'setField': {
        const edit = reportFieldEdit(document.getText(), message.field, message.value);
        if (edit === 'invalid-front-matter') {
          void vscode.window.showWarningMessage(say('Plume cannot write {0} into the front matter of {1}: it does not parse. Fix the error Plume reports at its top first.', message.field, fileName(document.uri)));
          return;
        }
        if (!edit) return;
        const workspaceEdit = new vscode.WorkspaceEdit();
        workspaceEdit.replace(document.uri, new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.text);
        await vscode.workspace.applyEdit(workspaceEdit);
        return;
      }
      case 'fixWithAi': {
        // The section the finding points at, verified and shown like any rewrite; the whole article
        // for a finding about all of it (it points at the start of the body).
        const result = this.diagnostics.resultFor(document);
        const section = result ? sectionAround(document.getText(), result.analysis.report.figures.outline, message.start) : undefined;
        const line = result?.analysis.report.sections.flatMap((s) => s.lines).find((l) => l.checkId === message.checkId);
        const instruction = line ? say('Fix this: {0}', line.message[result?.language ?? 'fr']) : undefined;
        const editor = await this.editorFor(document);
        if (section) editor.selection = new vscode.Selection(document.positionAt(section.start), document.positionAt(section.end));
        else editor.selection = new vscode.Selection(0, 0, 0, 0);
        await vscode.commands.executeCommand('plume.rewriteWithInstructions', document.uri, instruction ?? '');
        return;
      }
      case 'rewrite': {
        const editor = await this.editorFor(document);
        editor.selection = new vscode.Selection(0, 0, 0, 0);
        await vscode.commands.executeCommand('plume.rewrite', document.uri);
        return;
      }
    }
  }

  /** A finding's quick fix from the report's button: applied at once when there is one, else chosen. */
  private async fix(document: vscode.TextDocument, analysisId: number, index: number): Promise<void> {
    const result = this.diagnostics.resultFor(document);
    const finding = result?.analysis.analysisId === analysisId ? result.analysis.findings[index] : undefined;
    if (!result || !finding) return;
    const fixes = await this.diagnostics.fixesFor(document, finding);
    if (fixes.length === 0) {
      void vscode.window.showInformationMessage(say('The article changed since this report: try again in a moment.'));
      return;
    }
    let chosen: QuickFix | undefined = fixes[0];
    if (fixes.length > 1) {
      const language = result.language;
      const picked = await vscode.window.showQuickPick(fixes.map((fix) => ({ label: fix.title[language], fix })), { title: say('Plume: choose a fix') });
      chosen = picked?.fix;
    }
    if (!chosen) return;
    const edit = new vscode.WorkspaceEdit();
    for (const change of chosen.edits) edit.replace(document.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.text);
    await vscode.workspace.applyEdit(edit);
  }

  dispose(): void {
    this.panel?.dispose();
    this.posted.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

