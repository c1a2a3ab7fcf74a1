import * as vscode from 'vscode';
import { followTeamLanguage, say, sayCount } from '../say';
import type { Language } from '../../core/checks/Check';
import type { PlumeConfig } from '../../core/config/PlumeConfig';
import type { RewriteRequest, RewriteResult } from '../../core/rewrite/RewriteRequest';
import { readPlumeSettings } from '../config/readPlumeSettings';
import type { DocumentPolicy } from '../diagnostics/DiagnosticsController';
import type { ApiKeyStore } from './ApiKeyStore';
import { describeProposal, statusSummary, writingTitle } from './describeProposal';
import { loadRewriteEngine } from './loadRewriteEngine';
import type { RewriteEngine } from './loadRewriteEngine';
import type { PlumeLog } from './PlumeLog';
import { PROPOSAL_SCHEME } from './ProposalFileSystem';
import type { ProposalFileSystem } from './ProposalFileSystem';
import { publishFactWarnings } from './publishFactWarnings';
import type { LanguageModelChoice } from './LanguageModelChoice';
import { prepareModel } from './prepareModel';
import type { PreparedModel } from './prepareModel';
import { throttledWriter } from './throttledWriter';
import { RewriteSessions, rangeNow } from './RewriteSessions';
import type { RewriteOutcome, RewriteTarget, Session } from './RewriteSessions';
import { trackRange } from './trackRange';
import type { ConflictChoice } from './askOnConflict';
import { askOnConflict } from './askOnConflict';
import { applyProposal } from './applyProposal';
import { activeProposal, closeProposalTabs, proposalOf } from './proposalTabs';
import { showRewriteFailure } from './showRewriteFailure';
import { keepTrailingLineBreaks } from '../../core/rewrite/keepTrailingLineBreaks';

export type { RewriteOutcome, RewriteTarget } from './RewriteSessions';

/**
 * The rewrite in VS Code: a proposal per original document, streamed into a diff, then
 * accepted (one WorkspaceEdit) or discarded. The original is only touched by accept.
 */
export class RewriteController implements vscode.Disposable {
  private readonly sessions = new RewriteSessions();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly factWarnings = vscode.languages.createDiagnosticCollection('plume-rewrite');
  private engine?: Promise<RewriteEngine>;
  private counter = 0;
  /** Asks what to do when the original changed inside the rewritten range; tests replace it. */
  chooseOnConflict: (originalName: string) => Promise<ConflictChoice> = askOnConflict;

  constructor(
    private readonly files: ProposalFileSystem,
    private readonly keys: ApiKeyStore,
    private readonly log: PlumeLog,
    /** The document's configuration layers as the diagnostics read them (settings, then .plumerc.json). */
    private readonly layersFor: (uri: vscode.Uri) => Promise<(PlumeConfig | undefined)[]>,
    /** The VS Code language model chosen for `plume.provider` = `vscode`. */
    private readonly languageModels: LanguageModelChoice,
  ) {
    this.disposables.push(
      this.factWarnings,
      vscode.workspace.onDidChangeTextDocument((event) => {
        const session = this.sessions.of(event.document.uri);
        if (session && event.contentChanges.length > 0) session.range = trackRange(session.range, event.contentChanges);
      }),
      // Closing the diff is a discard.
      vscode.window.tabGroups.onDidChangeTabs((event) => {
        const open = new Set(vscode.window.tabGroups.all.flatMap((group) => group.tabs).flatMap(proposalOf).map(String));
        for (const uri of event.closed.flatMap(proposalOf)) {
          const session = this.sessions.ofProposal(uri);
          if (session && !session.closingByPlume && !open.has(uri.toString())) void this.discard(session.proposal);
        }
        void this.updateContext();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => void this.updateContext()),
    );
  }

  /** Whether the rewrite engine and the openai SDK were loaded (they are, on the first rewrite only). */
  get engineLoaded(): boolean {
    return this.engine !== undefined;
  }

  /** The proposal of a document (by its original or the proposal's URI). */
  proposalFor(uri: vscode.Uri): vscode.Uri | undefined {
    return this.sessions.find(uri)?.proposal;
  }

  /** Resolves when the rewrite of this document (original or proposal URI) has ended. */
  whenDone(uri: vscode.Uri): Promise<RewriteOutcome> | undefined {
    return this.sessions.find(uri)?.done;
  }

  /** What `plume.rewrite` rewrites: the selection if there is one, else the document. */
  targetOf(editor: vscode.TextEditor, instructions?: string): RewriteTarget {
    const { document, selection } = editor;
    if (selection.isEmpty) return { document, range: { start: 0, end: document.getText().length }, mode: 'document', instructions };
    return { document, range: { start: document.offsetAt(selection.start), end: document.offsetAt(selection.end) }, mode: 'selection', instructions };
  }

  async rewrite(target: RewriteTarget): Promise<RewriteOutcome> {
    const { document } = target;
    const prepared = await prepareModel(document, this.keys, this.languageModels, this.log);
    if (!prepared.ok) return prepared.outcome;

    // A second rewrite of the same file replaces the first.
    const previous = this.sessions.of(document.uri);
    if (previous) await this.discard(previous.proposal);

    const originalName = document.uri.path.split('/').pop() || 'document.md';
    // The document may have changed while the key was asked for: a whole-document rewrite takes it as it is now.
    const range = target.mode === 'document' ? { start: 0, end: document.getText().length } : target.range;
    const source = document.getText().slice(range.start, range.end);
    const folder = `/${Date.now().toString(36)}-${++this.counter}`;
    const session: Session = {
      original: document.uri,
      originalName,
      proposal: vscode.Uri.from({ scheme: PROPOSAL_SCHEME, path: `${folder}/${originalName}` }),
      // A selection's diff compares the selected text with its proposal: what accept replaces.
      ...(target.mode === 'selection' ? { originalView: vscode.Uri.from({ scheme: PROPOSAL_SCHEME, path: `${folder}/selection/${originalName}` }) } : {}),
      mode: target.mode,
      source,
      range: { ...range },
      instructions: target.instructions,
      abort: new AbortController(),
      streaming: true,
      closingByPlume: false,
      ignoreFacts: [...(target.ignoreFacts ?? [])],
      factWarnings: [],
    };
    this.sessions.add(session);
    if (session.originalView) this.files.setText(session.originalView, source);
    this.files.setText(session.proposal, '');
    session.done = this.run(session, document, prepared).catch(async (error: unknown) => {
      // A bug, not an expected failure: say so, and leave the original as it was.
      this.log.error(`rewrite of ${originalName} failed unexpectedly: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      await this.discard(session.proposal);
      void vscode.window.showErrorMessage(say('Plume could not rewrite {0}: {1}', originalName, error instanceof Error ? error.message : String(error)));
      return { status: 'failed', failureKind: 'internal' } satisfies RewriteOutcome;
    });
    return session.done;
  }

  private async run(session: Session, document: vscode.TextDocument, prepared: PreparedModel & { ok: true }): Promise<RewriteOutcome> {
    const { settings } = prepared;
    const layers = await this.layersFor(session.original);
    // The rewrite speaks of this document: in its team's language when plume.language is `auto`.
    followTeamLanguage(layers.findLast((layer) => layer?.language)?.language);
    await vscode.commands.executeCommand('vscode.diff', session.originalView ?? session.original, session.proposal, writingTitle(session.originalName), { preview: false });
    void this.updateContext();
    const engine = await (this.engine ??= loadRewriteEngine());
    const request: RewriteRequest = {
      mode: session.mode,
      source: session.source,
      layers,
      ...(session.mode === 'document' ? {} : { headingLevel: engine.headingLevelAt(new engine.ArticleDocument(document.getText()), session.range.start) }),
      instructions: [settings.instructions, session.instructions].filter(Boolean).join('\n') || undefined,
      maxRepairs: settings.maxRepairs,
      ...(session.ignoreFacts.length ? { ignoreFacts: [...session.ignoreFacts] } : {}),
      ...prepared.budget,
    };
    session.request = request;
    const model = prepared.connect(engine);
    this.log.info(`rewrite ${session.mode} of ${session.originalName}: ${prepared.route}, ${session.source.length} characters, max ${settings.maxRepairs} repairs`);
    this.log.trace(`rewrite source:\n${session.source}`);

    const writer = throttledWriter((text) => this.files.setText(session.proposal, text), () => session.streaming);
    const started = Date.now();
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: say('Plume: rewriting {0}', session.originalName), cancellable: true },
      async (progress, token) => {
        token.onCancellationRequested(() => session.abort.abort());
        return engine.rewriteArticle(request, model, {
          signal: session.abort.signal,
          onProgress: (update) => {
            progress.report({ message: update.phase === 'repairing' ? say('repairing (attempt {0}): {1}', update.attempt, sayCount(update.words, '{0} word', '{0} words')) : sayCount(update.words, '{0} word', '{0} words') });
            writer.offer(update.text);
          },
        });
      },
    );
    writer.stop();
    session.streaming = false;
    void this.updateContext();
    return this.finish(session, result, Date.now() - started);
  }

  private async finish(session: Session, result: RewriteResult, durationMs: number): Promise<RewriteOutcome> {
    // Discarded (tab closed, a newer rewrite) while it ran: nothing more to show.
    if (!this.sessions.isCurrent(session)) return { status: 'cancelled' };
    if (result.ok) {
      const { report } = result;
      this.log.info(`rewrite done in ${durationMs} ms: ${report.attempts} attempt(s), ${report.words} words, ${report.subheadings} subheadings, ${report.promptTokens}+${report.completionTokens} tokens, ${report.constraints.filter((c) => !c.met).length} unmet constraint(s)`);
      const proposal = session.mode === 'selection' ? keepTrailingLineBreaks(session.source, result.proposal) : result.proposal;
      this.log.trace(`rewrite proposal:\n${proposal}`);
      this.files.setText(session.proposal, proposal);
      session.report = report;
      await this.retitle(session, describeProposal(session.originalName, report, false));
      this.showFactWarnings(session, proposal);
      vscode.window.setStatusBarMessage(statusSummary(report), 15_000);
      return { status: 'proposed', proposal: session.proposal };
    }
    const { failure } = result;
    this.log.warn(`rewrite failed after ${durationMs} ms: ${failure.kind}${failure.details.status ? ` (HTTP ${failure.details.status})` : ''}${failure.partial ? `, ${failure.partial.length} characters received` : ''}`);
    if (failure.kind === 'cancelled') {
      await this.discard(session.proposal);
      return { status: 'cancelled' };
    }
    const partial = result.proposal ?? failure.partial;
    if (partial?.trim()) {
      // A stream cut mid-way: the text stays visible, marked incomplete, never applied silently.
      this.files.setText(session.proposal, partial);
      session.report = result.report;
      await this.retitle(session, describeProposal(session.originalName, result.report, true));
      this.showFactWarnings(session, partial);
    } else {
      await this.discard(session.proposal);
    }
    void showRewriteFailure(failure.message[messageLanguage()], failure.action, () => this.retry(session));
    return { status: 'failed', failureKind: failure.kind, ...(partial?.trim() ? { proposal: session.proposal } : {}) };
  }

  /**
   * Applies the proposal to the original as one edit, then closes the diff. However it is reached
   * (the ✓ button, the keybinding, the palette), a change of the original inside the rewritten
   * text since the request is never overwritten without asking the writer.
   */
  async accept(uri: vscode.Uri | undefined): Promise<boolean> {
    const session = this.sessionFor(uri);
    if (!session) return false;
    if (session.streaming) {
      void vscode.window.showInformationMessage(say('Plume is still writing the proposal; accept it when it is complete.'));
      return false;
    }
    const text = this.proposalText(session);
    const outcome = await applyProposal(session, text, async () => {
      const chosen = await this.chooseOnConflict(session.originalName);
      this.log.info(`accept: the original changed inside the rewritten range; choice: ${chosen}`);
      return chosen;
    });
    if (outcome === 'rerun') {
      const original = await vscode.workspace.openTextDocument(session.original);
      void this.rewrite({ document: original, range: rangeNow(session, original), mode: session.mode, instructions: session.instructions, ignoreFacts: session.ignoreFacts });
    }
    if (outcome !== 'applied') return false;
    this.log.info(`accepted the proposal for ${session.originalName} (${text.length} characters)`);
    await this.discard(session.proposal);
    return true;
  }

  /** Closes the diff and forgets the proposal; the original is not touched. */
  async discard(uri: vscode.Uri | undefined): Promise<boolean> {
    const session = this.sessionFor(uri);
    if (!session) return false;
    this.sessions.remove(session);
    session.streaming = false;
    session.abort.abort();
    session.closingByPlume = true;
    await closeProposalTabs(session.proposal);
    this.files.remove(session.proposal);
    if (session.originalView) this.files.remove(session.originalView);
    this.factWarnings.delete(session.proposal);
    void this.updateContext();
    return true;
  }

  /** The same request again on the original's current text, optionally with an added instruction. */
  async regenerate(uri: vscode.Uri | undefined, instruction?: string): Promise<RewriteOutcome> {
    const session = this.sessionFor(uri);
    if (!session) return { status: 'skipped' };
    const original = await vscode.workspace.openTextDocument(session.original);
    const instructions = [session.instructions, instruction?.trim()].filter(Boolean).join('\n') || undefined;
    return this.rewrite({ document: original, range: rangeNow(session, original), mode: session.mode, instructions, ignoreFacts: session.ignoreFacts });
  }

  /**
   * Leaves a fact out of this proposal's verification (the quick fix on a fact warning): the
   * proposal as it stands is checked again, its title and warnings follow.
   */
  async ignoreFact(uri: vscode.Uri | undefined, fact: string): Promise<boolean> {
    const session = this.sessionFor(uri);
    if (!session?.request || !session.report || session.streaming || !fact.trim()) return false;
    if (!session.ignoreFacts.includes(fact)) session.ignoreFacts.push(fact);
    session.request = { ...session.request, ignoreFacts: [...session.ignoreFacts] };
    const engine = await (this.engine ??= loadRewriteEngine());
    const text = this.proposalText(session);
    session.report = engine.recheckProposal(session.request, text, session.report);
    this.log.info(`fact set aside for ${session.originalName}: ${session.ignoreFacts.length} in all; ${session.report.constraints.filter((c) => !c.met).length} unmet constraint(s)`);
    await this.retitle(session, describeProposal(session.originalName, session.report, session.report.incomplete === true));
    this.showFactWarnings(session, text);
    return true;
  }

  /** The fact a warning on a proposal is about, if it can be dismissed. */
  factOfWarning(proposal: vscode.Uri, message: string): string | undefined {
    return this.sessions.ofProposal(proposal)?.factWarnings.find((warning) => warning.message === message)?.fact;
  }

  /**
   * How the diagnostics treat a document of a rewrite: the selected text on the left of a
   * selection's diff is not analysed; a selection's proposal is a fragment (no title, no meta
   * description, no total length of its own).
   */
  diagnosticsPolicy(uri: vscode.Uri): DocumentPolicy | undefined {
    if (uri.scheme !== PROPOSAL_SCHEME) return undefined;
    if (this.sessions.ofOriginalView(uri)) return { skip: true };
    const session = this.sessions.ofProposal(uri);
    return session ? { configOf: session.original, ...(session.mode === 'selection' ? { fragment: true } : {}) } : undefined;
  }

  private proposalText(session: Session): string {
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === session.proposal.toString());
    return document?.getText() ?? this.files.getText(session.proposal) ?? '';
  }

  private showFactWarnings(session: Session, text: string): void {
    void this.engine?.then((engine) => {
      if (!this.sessions.isCurrent(session)) return;
      session.factWarnings = publishFactWarnings(this.factWarnings, session.proposal, text, session.report ? engine.describeFactWarnings(session.report) : undefined, messageLanguage());
    });
  }

  /** The failed request again, on the original's current text (the failed session may be gone). */
  private async retry(session: Session): Promise<RewriteOutcome> {
    const original = await vscode.workspace.openTextDocument(session.original);
    const text = original.getText();
    let range = rangeNow(session, original);
    if (session.mode === 'selection' && text.slice(range.start, range.end) !== session.source) {
      const found = text.indexOf(session.source);
      if (found >= 0) range = { start: found, end: found + session.source.length };
    }
    return this.rewrite({ document: original, range, mode: session.mode, instructions: session.instructions, ignoreFacts: session.ignoreFacts });
  }

  /** Cancels a rewrite in progress (what the progress notification's Cancel does). */
  cancel(uri: vscode.Uri | undefined): void {
    this.sessionFor(uri)?.abort.abort();
  }

  private sessionFor(uri: vscode.Uri | undefined): Session | undefined {
    const active = uri ?? activeProposal() ?? vscode.window.activeTextEditor?.document.uri;
    if (!active) return undefined;
    return this.sessions.find(active);
  }

  private async retitle(session: Session, title: string): Promise<void> {
    // A tab's label is set when it opens: reopen the diff under its new title.
    session.closingByPlume = true;
    try {
      await closeProposalTabs(session.proposal);
      if (!this.sessions.isCurrent(session)) return;
      await vscode.commands.executeCommand('vscode.diff', session.original, session.proposal, title, { preview: false });
    } finally {
      session.closingByPlume = false;
    }
    void this.updateContext();
  }

  private async updateContext(): Promise<void> {
    const active = activeProposal() ?? vscode.window.activeTextEditor?.document.uri;
    const reviewing = !!active && (active.scheme === PROPOSAL_SCHEME || this.sessions.of(active) !== undefined);
    await vscode.commands.executeCommand('setContext', 'plume.reviewingProposal', reviewing);
  }

  dispose(): void {
    for (const session of this.sessions.all()) session.abort.abort();
    this.sessions.clear();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function messageLanguage(): Language {
  return readPlumeSettings().messageLanguage;
}
