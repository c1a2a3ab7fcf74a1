import type { Localized } from '../checks/Check';
import type { PlumeConfig } from '../config/PlumeConfig';
import type { FactComparison } from './facts/compareFacts';
import type { AlteredFact, Fact, FactNote } from './facts/Fact';
import type { FailureAction, FailureDetails } from './describeFailure';
import type { FailureKind } from './ChatModel';

export interface RewriteRequest {
  /** Document: the whole file, answered with front matter. Selection: a fragment, answered as a fragment. */
  mode: 'document' | 'selection';
  /** The Markdown to rewrite (the whole file, or the selected text). */
  source: string;
  /**
   * Minimum words of the result; default: for a document, word-count-min's minimum as `layers`
   * resolve it (700 unless configured), for a selection the source's own length.
   */
  minWords?: number;
  /**
   * The writer's configuration (.plumerc.json, the editor's settings), lowest precedence first:
   * the prompt's limits, the validation and the proposal's analysis follow it as the diagnostics do.
   */
  layers?: readonly (PlumeConfig | undefined)[];
  /** Focus keyphrase; default: the source front matter's, else the model picks one (document mode). */
  keyphrase?: string;
  /** Tone or extra instructions from the writer, passed on as data. */
  instructions?: string;
  /** Selection mode: the level the fragment's headings start at (3 under an H2). Default 2. */
  headingLevel?: number;
  /** Facts the writer dismissed (as written): neither reported nor repaired. */
  ignoreFacts?: string[];
  /** Extra calls allowed to repair unmet constraints. Default 2. */
  maxRepairs?: number;
  /** Above this estimated size (tokens) the source is rewritten section by section. Default 8,000. */
  sectionThresholdTokens?: number;
  /** Beyond this, even one section cannot be sent: `context-too-long`. Default 24,000. */
  contextLimitTokens?: number;
}

export interface Constraint {
  id: string;
  met: boolean;
  message: Localized;
}

export interface RewriteReport {
  ok: boolean;
  mode: RewriteRequest['mode'];
  words: number;
  sentences: number;
  subheadings: number;
  readingEase: number | null;
  french: boolean;
  title?: string;
  description?: string;
  keyphrase?: string;
  /** Every constraint checked, met or not. */
  constraints: Constraint[];
  /** The analysis findings on the proposal (the same checks as the diagnostics). */
  findings: { id: string; severity: string; line: number; message: Localized }[];
  /** Hard facts (numbers, dates, quotations, persons): they gate `ok` and are repaired. */
  missingFacts: Fact[];
  introducedFacts: Fact[];
  alteredFacts: AlteredFact[];
  /** Soft items, « à vérifier »: names of places and institutions, completed names, other spellings. */
  factsToCheck: FactNote[];
  /** Facts the writer dismissed for this rewrite. */
  ignoredFacts: Fact[];
  /** What was taken off the answer around the article (preamble, closing, label lines): not judged. */
  removed: string[];
  attempts: number;
  model: string;
  promptTokens: number;
  completionTokens: number;
  durations: { totalMs: number; modelMs: number; checkMs: number };
  /** Set when the proposal is the partial text of a failed stream. */
  incomplete?: boolean;
}

export interface RewriteFailure {
  kind: FailureKind;
  message: Localized;
  action: FailureAction;
  details: FailureDetails;
  /** Text received before the failure (a stream cut mid-way), never applied silently. */
  partial?: string;
}

export type RewriteResult =
  | { ok: true; proposal: string; report: RewriteReport }
  | { ok: false; failure: RewriteFailure; proposal?: string; report?: RewriteReport };

export interface RewriteProgress {
  attempt: number;
  characters: number;
  words: number;
  /** The text received so far in this attempt (for a live preview). */
  text: string;
  phase: 'writing' | 'checking' | 'repairing';
}

export type { FactComparison };
