import * as vscode from 'vscode';
import { followTeamLanguage, say } from '../say';
import type { EditorAnalysis } from '../../core/analyzeForEditor';
import type { Finding } from '../../core/checks/Check';
import type { QuickFix } from '../../core/fixes/QuickFix';
import type { Language } from '../../core/checks/Check';
import type { AnalysisClient } from '../../worker/AnalysisClient';
import { AnalysisTimeout } from '../../worker/AnalysisClient';
import { MAX_DOCUMENT_CHARACTERS, isTooLarge } from '../../core/inputLimits';
import type { PlumercLoader } from '../config/PlumercLoader';
import type { PlumeConfig } from '../../core/config/PlumeConfig';
import { messageLanguageOf, readPlumeSettings } from '../config/readPlumeSettings';
import { toDiagnostic } from './toDiagnostic';
import { fragmentLayer } from '../../core/rewrite/fragmentChecks';

/** How a document of another feature is analysed (DiagnosticsController.documentPolicy). */
export interface DocumentPolicy {
  /** Not analysed at all. */
  skip?: boolean;
  /** A fragment of an article: the whole-article checks are off. */
  fragment?: boolean;
  /** The document whose settings and `.plumerc.json` apply: a proposal is held to its original's. */
  configOf?: vscode.Uri;
}

export interface DocumentAnalysis {
  /** The document version the analysis is of: fixes apply only while it is current. */
  version: number;
  analysis: EditorAnalysis;
  language: Language;
  /** The language its `.plumerc.json` names, if any (with `plume.language` on `auto`, it applies). */
  teamLanguage?: Language;
}

// Documents that are views of something else (diffs of git, output channels) are never analysed.
const IGNORED_SCHEMES = new Set(['git', 'output', 'debug', 'vscode-scm', 'comment', 'vscode-chat-code-block']);

// A run may take at most this share of the time while the writer types: a document whose
// analysis takes 500 ms is analysed at most every 2.5 s, so even a huge file never freezes
// the extension host (the configured debounce stays the floor).
const MAX_BUSY_SHARE = 0.2;
// How long after an article's title, headings or links changed the other open articles are checked
// again: past the typing's own debounce, so a heading being typed is not chased letter by letter.
const SITE_RECHECK_MS = 600;

/**
 * Analyses Markdown documents on open and on change (debounced), publishes the findings as
 * diagnostics, drops results that a newer edit made stale, and clears them on close.
 */
export class DiagnosticsController implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('plume');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly results = new Map<string, DocumentAnalysis>();
  /** Bumped by every analysis start and every forget: only the latest analysis may publish. */
  private readonly generations = new Map<string, number>();
  private readonly analyzed = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly log: (message: string) => void;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly cleared = new vscode.EventEmitter<vscode.Uri>();
  private readonly released = new vscode.EventEmitter<vscode.Uri>();
  /**
   * The documents this controller shows from their own analysis (or keeps empty: too large):
   * from their first scheduling as a target until forgotten. The others' findings between
   * articles come from the workspace index (showClosedFindings).
   */
  private readonly owned = new Set<string>();
  /** Documents already told they are too large or too costly to analyse. */
  private readonly told = new Set<string>();
  /** Fires after a document's diagnostics were published. */
  readonly onDidAnalyze = this.analyzed.event;
  /** Fires after a document's diagnostics were cleared (closed, or no longer a target). */
  readonly onDidClear = this.cleared.event;
  /** Fires when a document this controller showed is let go (closed, or no longer a target): it is now judged as a closed article. */
  readonly onDidRelease = this.released.event;
  /**
   * How documents of other features are analysed: the rewrite marks the selected text shown on
   * the left of its diff (not analysed) and a selection's proposal (a fragment).
   */
  documentPolicy: (uri: vscode.Uri) => DocumentPolicy | undefined = () => undefined;

  constructor(private readonly loader: PlumercLoader, private readonly analyzer: AnalysisClient, log: (message: string) => void) {
    this.log = log;
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document, 0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.schedule(event.document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      // VS Code keeps a document alive for a while after its last tab closes, and only then
      // fires onDidCloseTextDocument: the writer expects its problems to go with the tab.
      vscode.window.tabGroups.onDidChangeTabs((event) => {
        const open = new Set(vscode.window.tabGroups.all.flatMap((group) => group.tabs.flatMap(tabUris)).map(String));
        for (const uri of event.closed.flatMap(tabUris)) if (!open.has(uri.toString())) this.forget(uri);
      }),
      // …and a document reopened before it was disposed fires no open event.
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const { document } of editors) if (!this.results.has(document.uri.toString()) && !this.timers.has(document.uri.toString())) this.schedule(document, 0);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('plume')) this.reanalyzeAll();
      }),
      loader.onDidChange(() => this.reanalyzeAll()),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // A proposal speaks its original's language; a document not analysed yet keeps the
        // current one until its analysis says (see analyze()).
        if (!editor) return;
        const policy = this.documentPolicy(editor.document.uri);
        const result = this.results.get((policy?.configOf ?? editor.document.uri).toString());
        if (result) followTeamLanguage(result.teamLanguage);
      }),
    );
    this.reanalyzeAll();
  }

  /** The last analysis of a document, whatever its version. */
  resultFor(document: vscode.TextDocument): DocumentAnalysis | undefined {
    return this.results.get(document.uri.toString());
  }

  /**
   * The quick fixes of a finding of the document's current analysis, computed now, on the text
   * it was found in; none once the text has changed (their offsets would point elsewhere).
   */
  async fixesFor(document: vscode.TextDocument, finding: Finding): Promise<QuickFix[]> {
    const result = this.resultFor(document);
    const index = result?.analysis.findings.indexOf(finding) ?? -1;
    if (!result || index < 0 || result.version !== document.version || finding.fix === undefined) return [];
    return this.analyzer.fixes(document.uri.toString(), result.analysis.analysisId, index);
  }

  /** Whether the document's diagnostics are this controller's own (see `owned`). */
  owns(uri: vscode.Uri): boolean {
    return this.owned.has(uri.toString());
  }

  /** The keys (URIs) of the documents shown from their own analysis. */
  ownedKeys(): string[] {
    return [...this.owned];
  }

  /**
   * Shows the findings between articles of articles that are not open, in the same collection
   * (`undefined` clears one); a document this controller shows from its own analysis is left
   * alone (its analysis holds the same findings, on its current text).
   */
  showClosedFindings(entries: [vscode.Uri, vscode.Diagnostic[] | undefined][]): void {
    const shown = entries.filter(([uri]) => !this.owned.has(uri.toString()));
    if (shown.length > 0) this.collection.set(shown);
  }

  /** The configuration layers a document is analysed with: its settings, then its `.plumerc.json`. */
  async configLayers(document: vscode.TextDocument): Promise<(PlumeConfig | undefined)[]> {
    const configUri = this.documentPolicy(document.uri)?.configOf ?? document.uri;
    return [readPlumeSettings(configUri).layer, await this.loader.configFor(configUri)];
  }

  isTarget(document: vscode.TextDocument): boolean {
    const settings = readPlumeSettings(document);
    if (!settings.enabled || !settings.languages.includes(document.languageId) || IGNORED_SCHEMES.has(document.uri.scheme)) return false;
    return this.documentPolicy(document.uri)?.skip !== true;
  }

  reanalyzeAll(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  /** Checks the open articles other than `changed` again, after `delay` (their cross-article findings may have changed). */
  reanalyzeOthers(changed: vscode.TextDocument | undefined, delay = 0): void {
    for (const document of vscode.workspace.textDocuments) {
      if (document !== changed && this.results.has(document.uri.toString())) this.schedule(document, delay);
    }
  }

  private schedule(document: vscode.TextDocument, delay?: number): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    if (!this.isTarget(document)) {
      this.forget(document.uri);
      return;
    }
    this.owned.add(key);
    const last = this.results.get(key)?.analysis.durationMs ?? 0;
    const wait = delay ?? Math.max(readPlumeSettings(document).debounceMs, last / MAX_BUSY_SHARE);
    this.timers.set(key, setTimeout(() => void this.analyze(document), wait));
  }

  private async analyze(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    this.timers.delete(key);
    const version = document.version;
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    const current = () => !document.isClosed && document.version === version && this.generations.get(key) === generation;
    const policy = this.documentPolicy(document.uri);
    const configUri = policy?.configOf ?? document.uri;
    const settings = readPlumeSettings(configUri);
    if (settings.problems.length > 0) {
      this.tellOnce(vscode.Uri.parse(`plume-settings:${settings.problems.map((problem) => problem.en).join('|')}`), say('Plume ignores the setting plume.checks: {0}', settings.problems.map((problem) => problem[settings.messageLanguage]).join(' ; ')));
    }
    if (settings.siteUrlProblems.length > 0) {
      this.tellOnce(vscode.Uri.parse(`plume-settings:${settings.siteUrlProblems.map((problem) => problem.en).join('|')}`), say('Plume ignores the setting plume.siteUrl: {0}', settings.siteUrlProblems.map((problem) => problem[settings.messageLanguage]).join(' ; ')));
    }
    const repoConfig = await this.loader.configFor(configUri);
    // A newer edit arrived while the config was read: its own timer will analyse it.
    if (!current() || this.timers.has(key)) return;
    // Over the size Plume analyses: one message, no analysis (and none of the findings of before).
    if (isTooLarge(document.getText())) {
      this.collection.delete(document.uri);
      this.results.delete(key);
      this.tellOnce(document.uri, say('Plume does not analyse {0}: {1} characters, over the limit of {2}. Split the file to have it checked.', fileName(document.uri), document.getText().length.toLocaleString(), MAX_DOCUMENT_CHARACTERS.toLocaleString()));
      return;
    }
    this.told.delete(key);
    let analysis: EditorAnalysis;
    try {
      const fragment = policy?.fragment ? [fragmentLayer()] : [];
      analysis = await this.analyzer.analyze(document.getText(), [settings.layer, repoConfig, ...fragment], key);
    } catch (error) {
      this.log(`analysis of ${document.uri.toString(true)} failed: ${error instanceof Error ? error.message : String(error)}`);
      if (error instanceof AnalysisTimeout) this.tellOnce(document.uri, say('Plume stopped analysing {0} after {1} seconds: its Markdown is too costly to parse. The other files are not affected.', fileName(document.uri), Math.round(error.ms / 1000)));
      return;
    }
    // Stale: the text changed, the document closed, or a newer analysis started meanwhile.
    if (!current()) return;
    for (const failure of analysis.failures) this.log(`check ${failure.checkId} failed on ${document.uri.toString(true)}: ${failure.error}`);
    // The writer's plume.language first; with `auto`, the team's .plumerc.json may choose.
    const teamLanguage = repoConfig?.language;
    const language = messageLanguageOf(settings, repoConfig);
    this.results.set(key, { version, analysis, language, teamLanguage });
    if (vscode.window.activeTextEditor?.document === document) followTeamLanguage(teamLanguage);
    this.collection.set(document.uri, analysis.findings.map((finding) => toDiagnostic(document, finding, language)));
    this.analyzed.fire(document);
    // Its title, keyphrase, headings or links changed: the other open articles may now share a
    // title, or link to a heading that is gone.
    if (analysis.siteChanged) this.reanalyzeOthers(document, SITE_RECHECK_MS);
  }

  /** An information message, once per document until it is analysed again. */
  private tellOnce(uri: vscode.Uri, message: string): void {
    const key = uri.toString();
    if (this.told.has(key)) return;
    this.told.add(key);
    this.log(message);
    void vscode.window.showInformationMessage(message);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    const had = this.results.delete(key);
    if (had) this.analyzer.forget(key);
    this.collection.delete(uri);
    if (had) this.cleared.fire(uri);
    if (this.owned.delete(key)) this.released.fire(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
    this.collection.dispose();
    this.analyzed.dispose();
    this.cleared.dispose();
    this.released.dispose();
  }
}

/** A document's file name as a writer reads it in a message. */
export const fileName = (uri: vscode.Uri): string => uri.path.split('/').pop() || uri.toString(true);

/** The documents a tab shows: one for a text editor, two for a diff. */
function tabUris(tab: vscode.Tab): vscode.Uri[] {
  const input = tab.input;
  if (input instanceof vscode.TabInputText) return [input.uri];
  if (input instanceof vscode.TabInputTextDiff) return [input.original, input.modified];
  return [];
}
