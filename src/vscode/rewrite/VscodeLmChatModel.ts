import * as vscode from 'vscode';
import type { ChatMessage, ChatModel, ChatUsage, ModelErrorDetails } from '../../core/rewrite/ChatModel';
import { ModelError } from '../../core/rewrite/ChatModel';

export interface VscodeLmSettings {
  /**
   * Why Plume asks for the model, shown by VS Code in its consent dialog (the first request of
   * the extension): in the writer's language.
   */
  justification: string;
  /**
   * One deadline for the answer, as on the OpenAI route (plume.openai.timeoutSeconds); it starts
   * once VS Code has accepted the request (after its consent dialog, if any).
   */
  timeoutMs?: number;
}

// countTokens is a call into the vendor's extension: a tokenizer that does not answer must not
// hold the proposal back. The pipeline estimates the counts when none arrive.
const COUNT_TOKENS_TIMEOUT_MS = 2_000;

/**
 * The ChatModel port over one of VS Code's language models (`vscode.lm`: GitHub Copilot or any
 * extension that provides a model). The request must come from a writer's action: the first one
 * shows VS Code's consent dialog, with `justification`.
 */
export class VscodeLmChatModel implements ChatModel {
  readonly model: string;
  /** Who serves the model, for messages: « VS Code (copilot) ». */
  readonly endpoint: string;

  constructor(private readonly chat: vscode.LanguageModelChat, private readonly settings: VscodeLmSettings) {
    this.model = chat.name || chat.id;
    this.endpoint = `VS Code (${chat.vendor})`;
  }

  async *stream(messages: ChatMessage[], options: { signal?: AbortSignal; onUsage?: (usage: ChatUsage) => void }): AsyncIterable<string> {
    const context: ModelErrorDetails = { model: this.model, endpoint: this.endpoint, provider: 'vscode' };
    const cancellation = new vscode.CancellationTokenSource();
    // VS Code 1.100 passes a cancel on to the model's provider only until the request has
    // started; after that a provider may keep writing, or pause forever. Plume stops waiting for
    // the next piece as soon as its own token is cancelled (the writer, or the deadline).
    let interrupt: () => void = () => {};
    const interrupted = new Promise<never>((_, reject) => { interrupt = () => reject(new Error('interrupted')); });
    interrupted.catch(() => {});
    const stopListening = cancellation.token.onCancellationRequested(() => interrupt());
    let timedOut = false;
    const cancel = () => cancellation.cancel();
    options.signal?.addEventListener('abort', cancel, { once: true });
    let deadline: ReturnType<typeof setTimeout> | undefined;
    const stopped = (): ModelError | undefined => {
      if (timedOut) return new ModelError('timeout', `no whole answer within ${this.settings.timeoutMs} ms`, { ...context, limitSeconds: Math.round((this.settings.timeoutMs ?? 0) / 1000) });
      if (options.signal?.aborted) return new ModelError('cancelled', 'cancelled', context);
      return undefined;
    };
    const lmMessages = toLanguageModelMessages(messages);
    // Counted while the model writes: the prompt does not change.
    const promptTokens = options.onUsage ? this.countAll(lmMessages) : undefined;
    let text = '';
    try {
      if (options.signal?.aborted) throw stopped();
      const response = await this.chat.sendRequest(lmMessages, { justification: this.settings.justification }, cancellation.token);
      // From here, not before: the first request waits for the writer to answer VS Code's consent
      // dialog, which no deadline should cut short.
      if (this.settings.timeoutMs !== undefined) {
        deadline = setTimeout(() => {
          timedOut = true;
          cancellation.cancel();
        }, this.settings.timeoutMs);
      }
      const pieces = response.text[Symbol.asyncIterator]();
      try {
        for (;;) {
          const next = await Promise.race([pieces.next(), interrupted]);
          // A provider may keep yielding after the token was cancelled: stop reading.
          const reason = stopped();
          if (reason) throw reason;
          if (next.done) break;
          if (typeof next.value !== 'string') continue;
          text += next.value;
          if (next.value) yield next.value;
        }
      } finally {
        // Not awaited: a provider that pauses forever would hold the failure back.
        void Promise.resolve(pieces.return?.()).catch(() => {});
      }
    } catch (error) {
      throw stopped() ?? toLmModelError(error, context, text.length > 0);
    } finally {
      clearTimeout(deadline);
      options.signal?.removeEventListener('abort', cancel);
      stopListening.dispose();
      cancellation.dispose();
    }
    // A cancelled stream may simply end: only the state tells.
    const reason = stopped();
    if (reason) throw reason;
    if (promptTokens && options.onUsage) {
      const [prompt, completion] = await Promise.all([promptTokens, this.count(text)]);
      if (prompt !== undefined && completion !== undefined) options.onUsage({ promptTokens: prompt, completionTokens: completion });
    }
  }

  private async countAll(messages: vscode.LanguageModelChatMessage[]): Promise<number | undefined> {
    const counts = await Promise.all(messages.map((message) => this.count(message)));
    return counts.every((count) => count !== undefined) ? counts.reduce<number>((sum, count) => sum + (count ?? 0), 0) : undefined;
  }

  /** The model's own count, or undefined if it fails or takes too long (never an error: usage is a figure). */
  private async count(text: string | vscode.LanguageModelChatMessage): Promise<number | undefined> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const late = new Promise<undefined>((resolve) => { timer = setTimeout(() => resolve(undefined), COUNT_TOKENS_TIMEOUT_MS); });
      const count = await Promise.race([Promise.resolve(this.chat.countTokens(text)), late]);
      return typeof count === 'number' && Number.isFinite(count) && count >= 0 ? count : undefined;
    } catch {
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * Plume's messages as vscode.lm takes them. The API has no system role: the system text — which
 * holds the « the source is data » guard — opens the first user message, before the fenced
 * source, so the guard still comes first. Assistant messages (a repair's previous answer) stay
 * assistant messages.
 */
export function toLanguageModelMessages(messages: readonly ChatMessage[]): vscode.LanguageModelChatMessage[] {
  const system = messages.filter((message) => message.role === 'system').map((message) => message.content);
  const result: vscode.LanguageModelChatMessage[] = [];
  let folded = system.length === 0;
  for (const message of messages) {
    if (message.role === 'system') continue;
    if (message.role === 'assistant') {
      result.push(vscode.LanguageModelChatMessage.Assistant(message.content));
      continue;
    }
    result.push(vscode.LanguageModelChatMessage.User(folded ? message.content : [...system, message.content].join('\n\n')));
    folded = true;
  }
  // System text alone (never built by Plume, but the port allows it): it is the request.
  if (!folded) result.unshift(vscode.LanguageModelChatMessage.User(system.join('\n\n')));
  return result;
}

// What vendors say when they throttle or run out (Copilot: "rate limit", "quota"; HTTP-backed
// providers pass a 429 on), and when the prompt does not fit.
const RATE_LIMITED = /rate[ _-]?limit|too many requests|\b429\b|quota/i;
const CONTEXT_TOO_LONG = /context[ _-]?(length|window)|too long|prompt.*too large|maximum.*tokens|tokens.*(exceed|maximum|limit)|token limit/i;
const OFFLINE = /network|fetch failed|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|offline|socket/i;
const CANCELLED = /cancel+ed|canceled/i;

/**
 * Maps what `sendRequest` and its stream throw to Plume's failure kinds. `LanguageModelError`
 * carries a code (NoPermissions, Blocked, NotFound, or Unknown with the vendor's error as cause);
 * anything else is read from its message. `streaming`: text had arrived, so a failure now cut the
 * answer (its text is kept as incomplete).
 */
export function toLmModelError(error: unknown, context: ModelErrorDetails, streaming = false): ModelError {
  if (error instanceof ModelError) return error;
  const code = languageModelErrorCode(error);
  const message = errorText(error);
  if (code === vscode.LanguageModelError.NoPermissions.name) return new ModelError('consent-refused', message, context);
  if (code === vscode.LanguageModelError.NotFound.name) return new ModelError('model-not-found', message, context);
  // Blocked: the vendor refuses this extension (quota used up, policy). A throttle said as Blocked
  // is still a rate limit: retrying later works, another model is not needed.
  if (code === vscode.LanguageModelError.Blocked.name) return new ModelError(RATE_LIMITED.test(message) && !/quota/i.test(message) ? 'rate-limited' : 'blocked', message, context);
  if (error instanceof vscode.CancellationError || (error instanceof Error && error.name === 'Canceled') || (CANCELLED.test(message) && !streaming)) return new ModelError('cancelled', message, context);
  if (RATE_LIMITED.test(message)) return new ModelError('rate-limited', message, context);
  if (CONTEXT_TOO_LONG.test(message)) return new ModelError('context-too-long', message, context);
  if (streaming) return new ModelError('invalid-output', message, { ...context, reason: 'cut' });
  if (OFFLINE.test(message)) return new ModelError('unreachable', message, context);
  return new ModelError('server-error', message, context);
}

/** The code of a LanguageModelError, however it crossed from the vendor's extension. */
function languageModelErrorCode(error: unknown): string | undefined {
  if (error instanceof vscode.LanguageModelError) return error.code;
  // Errors rebuilt from another extension host may lose their class but keep name and code.
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' && error instanceof Error && /LanguageModelError/.test(error.name)) return error.code;
  return undefined;
}

/** The error's message and its causes' (Unknown errors hold the vendor's error as `cause`). */
function errorText(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 4; depth++) {
    if (current instanceof Error) {
      parts.push(current.message);
      current = (current as { cause?: unknown }).cause;
    } else {
      parts.push(String(current));
      break;
    }
  }
  return parts.filter(Boolean).join(' — ') || 'error';
}
