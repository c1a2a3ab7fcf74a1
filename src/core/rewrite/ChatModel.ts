/** The port through which the rewrite reaches a model; src/openai adapts the openai SDK to it. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface ChatModel {
  /** The model's name as the endpoint knows it, for the report. */
  readonly model: string;
  /**
   * Streams the answer's text. Ends normally only when the model finished; an expected
   * failure (401, 429, timeout, a cut stream…) rejects with a ModelError, whose partial text
   * the pipeline keeps.
   */
  stream(messages: ChatMessage[], options: { signal?: AbortSignal; onUsage?: (usage: ChatUsage) => void }): AsyncIterable<string>;
}

/** The failures a writer can meet, each with one message and one action (describeFailure). */
export type FailureKind =
  | 'unauthorized'
  | 'rate-limited'
  | 'unreachable'
  | 'timeout'
  | 'server-error'
  | 'model-not-found'
  | 'context-too-long'
  | 'cancelled'
  | 'invalid-output'
  | 'redirect-refused'
  // VS Code's language models (vscode.lm): the writer declined Plume's access, the model's
  // vendor refused the request (quota, policy), or no model is available at all.
  | 'consent-refused'
  | 'blocked'
  | 'no-models';

/** Why an answer is not a whole answer (`invalid-output`). */
export type InvalidOutputReason = 'empty' | 'cut' | 'length' | 'too-long' | 'malformed';

export interface ModelErrorDetails {
  status?: number;
  retryAfterSeconds?: number;
  model?: string;
  endpoint?: string;
  /** `invalid-output`: what was wrong with the answer. */
  reason?: InvalidOutputReason;
  /** `redirect-refused`: where the endpoint tried to send the request. */
  redirectTo?: string;
  /** `timeout`: the deadline of the call, in seconds. */
  limitSeconds?: number;
  /** `invalid-output` with reason `too-long`: the most characters accepted. */
  limitCharacters?: number;
  /**
   * Which route the request took: `vscode` for VS Code's language models, where there is no
   * HTTP status, API key or base URL to speak of. Absent: an OpenAI-compatible endpoint.
   */
  provider?: 'openai' | 'vscode';
}

/** An expected failure crossing the ChatModel port; the pipeline turns it into a value. */
export class ModelError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly details: ModelErrorDetails = {},
  ) {
    super(message);
    this.name = 'ModelError';
  }
}
