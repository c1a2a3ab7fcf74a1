import type * as vscode from 'vscode';
import type { RewriteReport, RewriteRequest } from '../../core/rewrite/RewriteRequest';
import type { PublishedFactWarning } from './publishFactWarnings';
import type { OffsetRange } from './trackRange';

/** How a rewrite command ended; returned to callers (tests, other commands). */
export interface RewriteOutcome {
  status: 'proposed' | 'failed' | 'cancelled' | 'skipped';
  proposal?: vscode.Uri;
  failureKind?: string;
}

export interface RewriteTarget {
  document: vscode.TextDocument;
  /** Offsets of the rewritten text; the whole document when mode is 'document'. */
  range: OffsetRange;
  mode: RewriteRequest['mode'];
  instructions?: string;
  /** Facts already dismissed for this text (a re-run keeps them). */
  ignoreFacts?: string[];
}

/** One rewrite of one original document, from the request to accept or discard. */
export interface Session {
  original: vscode.Uri;
  originalName: string;
  proposal: vscode.Uri;
  mode: RewriteRequest['mode'];
  source: string;
  range: OffsetRange;
  instructions?: string;
  abort: AbortController;
  streaming: boolean;
  /** Set while Plume closes or reopens the diff itself, so that this is not read as a discard. */
  closingByPlume: boolean;
  done?: Promise<RewriteOutcome>;
  /** Selection mode: the selected text as it was sent, the left side of the diff. */
  originalView?: vscode.Uri;
  /** Facts the writer dismissed for this proposal (the quick fix on a fact warning). */
  ignoreFacts: string[];
  /** The request as sent, and the report of the proposal as it stands. */
  request?: RewriteRequest;
  report?: RewriteReport;
  /** The fact warnings shown on the proposal, for their quick fixes. */
  factWarnings: PublishedFactWarning[];
}

/** The sessions under way: at most one per original, found by the original's or the proposal's URI. */
export class RewriteSessions {
  private readonly byOriginal = new Map<string, Session>();

  /** The session of an original document. */
  of(original: vscode.Uri): Session | undefined {
    return this.byOriginal.get(original.toString());
  }

  /** The session of a document given by its original or its proposal URI. */
  find(uri: vscode.Uri): Session | undefined {
    return this.of(uri) ?? this.ofProposal(uri);
  }

  /** The session whose diff shows `uri` as the selected text (the left side of a selection's diff). */
  ofOriginalView(uri: vscode.Uri): Session | undefined {
    for (const session of this.byOriginal.values()) if (session.originalView?.toString() === uri.toString()) return session;
    return undefined;
  }

  ofProposal(uri: vscode.Uri): Session | undefined {
    for (const session of this.byOriginal.values()) if (session.proposal.toString() === uri.toString()) return session;
    return undefined;
  }

  /** Whether `session` is still the current one of its original (not discarded nor replaced). */
  isCurrent(session: Session): boolean {
    return this.of(session.original) === session;
  }

  add(session: Session): void {
    this.byOriginal.set(session.original.toString(), session);
  }

  remove(session: Session): void {
    this.byOriginal.delete(session.original.toString());
  }

  all(): Session[] {
    return [...this.byOriginal.values()];
  }

  clear(): void {
    this.byOriginal.clear();
  }
}

/** What a new run of a session rewrites: the whole original as it is now, or the tracked selection. */
export function rangeNow(session: Pick<Session, 'mode' | 'range'>, original: vscode.TextDocument): OffsetRange {
  return session.mode === 'document' ? { start: 0, end: original.getText().length } : session.range;
}
