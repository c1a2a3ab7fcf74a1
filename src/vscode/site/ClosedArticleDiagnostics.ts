import * as vscode from 'vscode';
import type { Language } from '../../core/checks/Check';
import { scopeOf } from '../../core/site/ClosedArticleFindings';
import type { ArticleFindings, ClosedFindingsRequest, ClosedScope } from '../../core/site/ClosedArticleFindings';
import type { AnalysisClient } from '../../worker/AnalysisClient';
import type { PlumercLoader } from '../config/PlumercLoader';
import { messageLanguageOf, readPlumeSettings } from '../config/readPlumeSettings';
import type { PlumeSettings } from '../config/readPlumeSettings';
import type { DiagnosticsController } from '../diagnostics/DiagnosticsController';
import { diagnosticAt } from '../diagnostics/toDiagnostic';
import { TimeSlicer } from './SummaryStore';
import type { WorkspaceIndex } from './WorkspaceIndex';

// Changes are grouped this long: the first change of a burst sets the time, as the index's own
// events do (WorkspaceIndex's CHANGE_DELAY_MS), so a heading being typed is judged a few times a
// second at most, and a `git checkout` of 2,000 articles once.
const REFRESH_DELAY_MS = 500;
// …and longer on a site whose round takes long: judging takes at most this share of the time
// while the writer types (DiagnosticsController's MAX_BUSY_SHARE, for the same reason).
const MAX_BUSY_SHARE = 0.2;
// While the index is being read (a build, a burst of file events such as a `git checkout`), the
// refresh waits for the end, this long at most: a round halfway would publish what the next one
// changes again, and thousands of files' diagnostics at every step flood the workbench.
const MAX_POSTPONE_MS = 10_000;
// The index is taken as still being read while it said it changed this recently (it says so at
// most every 500 ms during a burst: WorkspaceIndex's CHANGE_DELAY_MS).
const QUIET_MS = 1_000;
// Folders whose settings are read at once: each `.plumerc.json` looked for is a round trip to the workbench.
const SCOPES_IN_FLIGHT = 8;
// Rounds of « these folders' settings, please »: one, unless a folder appeared meanwhile.
const SCOPE_ROUNDS = 3;
// Files per `DiagnosticCollection.set`: VS Code converts and posts them to the workbench in that
// call, about as long as building them here, so a slice stops short of the budget to leave it room.
const FILES_PER_MESSAGE = 100;

/** How one refresh went (the log says it; the integration tests read it). */
export interface ClosedRun {
  /** Closed articles judged by the worker, and in how long. */
  judged: number;
  workerMs: number;
  /** Files whose findings were published (or cleared). */
  published: number;
  ms: number;
  /** The longest the refresh held the host's thread between two awaits, and doing what. */
  longestSliceMs: number;
  longestWhat: string;
}

/**
 * The findings between articles (a broken link, a shared title, an orphan…) of the workspace's
 * articles that are not open, in the Problems panel beside the open ones'. The analysis worker
 * judges them from the workspace index (ClosedArticleFindings) and answers only what changed; this
 * publishes it in DiagnosticsController's collection, by slices of at most 8 ms of work on the
 * host's thread (TimeSlicer). An open article's own analysis replaces them; closed, its editor's
 * text is dropped, the file read again from the disk and its findings between articles put back.
 *
 * Settings are read per folder, not per file: a `.plumerc.json` is found from a file's folder,
 * and VS Code's settings of a file are those of its workspace folder (a closed file has no
 * language id: `[markdown]` settings apply to it, as the index reads Markdown files).
 */
export class ClosedArticleDiagnostics implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  /** The language of each folder's findings (the worker keeps the folders' layers). */
  private readonly languages = new Map<string, Language>();
  /** VS Code's settings per workspace folder: read once per change of settings. */
  private readonly settings = new Map<string, { settings: PlumeSettings; shown: boolean }>();
  /** Closed since the last refresh: their findings were cleared with their editor's. */
  private readonly resend = new Set<string>();
  private reset = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  /** How long the last round kept the worker busy. */
  private lastRoundMs = 0;
  /** When the refresh due was first asked for, and when the index last said it changed. */
  private askedAt = 0;
  private indexChangedAt = 0;
  private disposed = false;
  /** How the last refresh that published something went. */
  lastRun: ClosedRun | undefined;

  constructor(
    private readonly analyzer: AnalysisClient,
    private readonly diagnostics: DiagnosticsController,
    private readonly index: WorkspaceIndex,
    private readonly loader: PlumercLoader,
    private readonly log: (message: string) => void,
  ) {
    this.disposables.push(
      index.onDidChange(() => {
        this.indexChangedAt = performance.now();
        this.refreshSoon();
      }),
      // An open article's title, headings or links changed: the closed ones may now share its title
      // or link to a heading that is gone.
      diagnostics.onDidAnalyze((document) => {
        if (diagnostics.resultFor(document)?.analysis.siteChanged) this.refreshSoon();
      }),
      diagnostics.onDidRelease((uri) => void this.released(uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('plume')) this.settingsChanged();
      }),
      loader.onDidChange(() => this.settingsChanged()),
    );
  }

  /** The refresh under way or due, if any (tests await it). */
  get pending(): boolean {
    return this.timer !== undefined || this.running !== undefined;
  }

  private async released(uri: vscode.Uri): Promise<void> {
    this.resend.add(uri.toString());
    // The disk's text, not the editor's (an unsaved change is gone with it).
    await this.index.reread(uri);
    this.refreshSoon();
  }

  private settingsChanged(): void {
    this.languages.clear();
    this.settings.clear();
    this.reset = true;
    this.refreshSoon();
  }

  private refreshSoon(): void {
    if (this.disposed || this.timer) return;
    // A change during a refresh is judged after it.
    if (this.running) {
      this.again = true;
      return;
    }
    this.askedAt = performance.now();
    this.refreshIn(Math.max(REFRESH_DELAY_MS, this.lastRoundMs / MAX_BUSY_SHARE));
  }

  private refreshIn(delay: number): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const reading = this.index.building !== undefined || this.index.pendingReads > 0 || performance.now() - this.indexChangedAt < QUIET_MS;
      if (reading && performance.now() - this.askedAt < MAX_POSTPONE_MS && !this.disposed) this.refreshIn(REFRESH_DELAY_MS);
      else void this.refresh();
    }, delay);
  }

  /** One refresh at a time. */
  private refresh(): Promise<void> {
    this.running ??= this.once()
      .catch((error: unknown) => this.log(`closed articles: not judged (${error instanceof Error ? error.message : String(error)})`))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.refreshSoon();
        }
      });
    return this.running;
  }

  private async once(): Promise<void> {
    const started = performance.now();
    const slicer = new TimeSlicer();
    // The worker keeps `resend` and `reset` until it has judged: a first answer asking for
    // folders' settings loses neither.
    const request: ClosedFindingsRequest = { open: this.diagnostics.ownedKeys(), resend: [...this.resend], ...(this.reset ? { reset: true } : {}) };
    this.resend.clear();
    this.reset = false;
    let answer = await this.analyzer.closedFindings(request);
    for (let round = 0; answer.unscoped.length > 0 && round < SCOPE_ROUNDS && !this.disposed; round++) {
      const scopes = await this.scopesOf(answer.unscoped, slicer);
      answer = await this.analyzer.closedFindings({ open: this.diagnostics.ownedKeys(), scopes });
    }
    slicer.resumed();
    let published = await this.publish(answer.changed, slicer);
    // The worker judges by slices, answering other requests (an open article's analysis) between them.
    while (answer.more && !this.disposed) {
      answer = await this.analyzer.closedFindingsMore();
      slicer.resumed();
      published += await this.publish(answer.changed, slicer);
    }
    this.lastRoundMs = answer.ms;
    if (published === 0) return;
    const run: ClosedRun = {
      judged: answer.judged,
      workerMs: Math.round(answer.ms * 10) / 10,
      published,
      ms: Math.round(performance.now() - started),
      longestSliceMs: Math.round(slicer.longestMs * 10) / 10,
      longestWhat: slicer.longestWhat,
    };
    this.lastRun = run;
    this.log(`closed articles: ${run.judged} judged by the worker in ${run.workerMs} ms; ${run.published} files' findings published in ${run.ms} ms; longest work on the host's thread ${run.longestSliceMs} ms (${run.longestWhat || 'none'})`);
  }

  /** Publishes one answer's articles by slices; resolves to how many there were. */
  private async publish(changed: ArticleFindings[], slicer: TimeSlicer): Promise<number> {
    let entries: [vscode.Uri, vscode.Diagnostic[] | undefined][] = [];
    for (const { key, findings } of changed) {
      const language = this.languages.get(scopeOf(key)) ?? readPlumeSettings().messageLanguage;
      const diagnostics = findings.map((finding) => diagnosticAt(new vscode.Range(finding.line - 1, finding.column - 1, finding.endLine - 1, finding.endColumn - 1), finding, language));
      entries.push([vscode.Uri.parse(key), diagnostics.length > 0 ? diagnostics : undefined]);
      if (slicer.due || entries.length >= FILES_PER_MESSAGE) {
        // One message to the workbench per slice (the collection's array form).
        this.diagnostics.showClosedFindings(entries);
        entries = [];
        await slicer.pause('publishing closed articles’ findings');
      }
    }
    this.diagnostics.showClosedFindings(entries);
    slicer.yielding('publishing closed articles’ findings');
    return changed.length;
  }

  /** The layers of the folders of `samples` (one article of each), a few folders at a time. */
  private async scopesOf(samples: string[], slicer: TimeSlicer): Promise<ClosedScope[]> {
    const scopes: ClosedScope[] = [];
    let next = 0;
    const lane = async () => {
      while (next < samples.length && !this.disposed) {
        const uri = vscode.Uri.parse(samples[next++]!);
        const repoConfig = await this.loader.configFor(uri, { remember: true });
        slicer.resumed();
        const { settings, shown } = this.settingsOf(uri);
        this.languages.set(scopeOf(uri.toString()), messageLanguageOf(settings, repoConfig));
        scopes.push({ scope: scopeOf(uri.toString()), layers: shown ? [settings.layer, repoConfig] : null });
        slicer.yielding('reading a folder’s settings');
      }
    };
    await Promise.all(Array.from({ length: SCOPES_IN_FLIGHT }, lane));
    return scopes;
  }

  /** VS Code's settings of a closed file (its workspace folder's), and whether its findings are shown. */
  private settingsOf(uri: vscode.Uri): { settings: PlumeSettings; shown: boolean } {
    const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() ?? '';
    let known = this.settings.get(folder);
    if (!known) {
      const markdown = readPlumeSettings({ uri, languageId: 'markdown' });
      known = { settings: readPlumeSettings(uri), shown: markdown.enabled && markdown.languages.includes('markdown') };
      this.settings.set(folder, known);
    }
    return known;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    for (const disposable of this.disposables) disposable.dispose();
  }
}
