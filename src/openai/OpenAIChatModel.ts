import OpenAI from 'openai';
import type { ChatMessage, ChatModel, ChatUsage } from '../core/rewrite/ChatModel';
import { ModelError } from '../core/rewrite/ChatModel';
import { guardedFetch } from './guardedFetch';
import type { RedirectRefused } from './guardedFetch';
import { toModelError } from './toModelError';

export interface OpenAIModelSettings {
  /** Any OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 for Ollama. */
  baseURL: string;
  /** Optional for local servers; never logged. */
  apiKey?: string;
  model: string;
  temperature?: number;
  timeoutMs?: number;
  maxRetries?: number;
  /** Extra headers some providers need (OpenRouter's HTTP-Referer, Azure's api-key…). */
  headers?: Record<string, string>;
}

export const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
export const DEFAULT_MODEL = 'gpt-4o-mini';
// Five minutes for one call — connection, headers, every pause and the whole answer, the SDK's
// retries included: a 1,000-word article from a slow local model (≈ 10 tokens/s) fits.
export const DEFAULT_TIMEOUT_MS = 300_000;

/** The origin of an endpoint: what logs and messages may show (never a path with secrets or the key). */
export function endpointOrigin(baseURL: string): string {
  try {
    return new URL(baseURL).origin;
  } catch {
    return baseURL;
  }
}

/** What one call learned about why it stopped. */
interface CallState {
  refused?: RedirectRefused;
  timedOut: boolean;
  streaming: boolean;
}

/** The ChatModel port over the official openai SDK (Chat Completions, streamed). */
export class OpenAIChatModel implements ChatModel {
  readonly model: string;
  readonly endpoint: string;
  private readonly timeoutMs: number;

  constructor(private readonly settings: OpenAIModelSettings) {
    this.model = settings.model;
    this.endpoint = endpointOrigin(settings.baseURL);
    this.timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /** A client for one call: its fetch refuses redirects to another origin and tells `state`. */
  private client(state: CallState, controller: AbortController): OpenAI {
    return new OpenAI({
      baseURL: this.settings.baseURL,
      // Local servers (Ollama, LM Studio, vLLM) accept any key; the SDK insists on one.
      apiKey: this.settings.apiKey || 'no-key',
      timeout: this.timeoutMs,
      maxRetries: this.settings.maxRetries ?? 2,
      defaultHeaders: this.settings.headers,
      // The SDK's debug logging prints request headers, the key among them.
      logLevel: 'off',
      fetch: guardedFetch((refusal) => {
        state.refused = refusal;
        // An abort, not an error: the SDK would retry an error against the same redirect.
        controller.abort();
      }),
    });
  }

  /**
   * Streams one answer within ONE deadline (`timeoutMs`): connection, headers, pauses, the whole
   * answer and the SDK's retries all fit in it. Whatever the server sends that is not a chat
   * stream (bad JSON, another shape, an error event) is `invalid-output`, never an exception.
   */
  async *stream(messages: ChatMessage[], options: { signal?: AbortSignal; onUsage?: (usage: ChatUsage) => void }): AsyncIterable<string> {
    const context = { model: this.model, endpoint: this.endpoint, signal: options.signal };
    const state: CallState = { timedOut: false, streaming: false };
    const controller = new AbortController();
    const forward = () => controller.abort();
    options.signal?.addEventListener('abort', forward, { once: true });
    const deadline = setTimeout(() => {
      state.timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    const stopped = (): ModelError | undefined => {
      if (state.refused) return new ModelError('redirect-refused', state.refused.message, { ...context, redirectTo: state.refused.to });
      if (state.timedOut) return new ModelError('timeout', `no whole answer within ${this.timeoutMs} ms`, { ...context, limitSeconds: Math.round(this.timeoutMs / 1000) });
      if (options.signal?.aborted) return new ModelError('cancelled', 'cancelled', context);
      return undefined;
    };
    const malformed = (why: string) => new ModelError('invalid-output', why, { ...context, reason: 'malformed' });
    let finished = false;
    try {
      const stream = await this.client(state, controller).chat.completions.create(
        { model: this.model, messages, stream: true, ...(this.settings.temperature === undefined ? {} : { temperature: this.settings.temperature }) },
        { signal: controller.signal },
      );
      state.streaming = true;
      for await (const chunk of stream) {
        const choices = (chunk as { choices?: unknown }).choices;
        if (!Array.isArray(choices)) throw malformed('a chunk without choices');
        const choice = chunk.choices[0];
        const delta = choice?.delta?.content;
        if (delta !== undefined && delta !== null && typeof delta !== 'string') throw malformed('a chunk whose content is not text');
        if (delta) yield delta;
        if (chunk.usage) options.onUsage?.({ promptTokens: chunk.usage.prompt_tokens, completionTokens: chunk.usage.completion_tokens });
        if (choice?.finish_reason) {
          // « length »: the model hit its output limit mid-article.
          if (choice.finish_reason === 'length') throw new ModelError('invalid-output', 'the answer was cut at the model’s output limit', { ...context, reason: 'length' });
          finished = true;
        }
      }
    } catch (error) {
      const reason = stopped();
      if (reason) throw reason;
      if (error instanceof ModelError) throw error;
      const known = toModelError(error, context);
      // Once the stream has begun, anything but a lost connection is a broken answer: bad JSON
      // (SyntaxError), an error event inside a 200 stream (APIError without a status), a shape
      // the SDK did not expect.
      if (state.streaming && (!known || (error instanceof OpenAI.APIError && error.status === undefined))) throw malformed(error instanceof Error ? error.message : String(error));
      throw known ?? error;
    } finally {
      clearTimeout(deadline);
      options.signal?.removeEventListener('abort', forward);
    }
    // The SDK ends the loop quietly on an abort: only the state tells.
    const reason = stopped();
    if (reason) throw reason;
    // A stream that ends without a finish reason was cut (proxy, server crash): not an answer.
    if (!finished) throw new ModelError('invalid-output', 'the stream ended before the model finished', { ...context, reason: 'cut' });
  }

  /** The endpoint's model ids, for a model picker (same redirect policy and deadline). */
  async listModels(signal?: AbortSignal): Promise<string[]> {
    const state: CallState = { timedOut: false, streaming: false };
    const controller = new AbortController();
    const forward = () => controller.abort();
    signal?.addEventListener('abort', forward, { once: true });
    const deadline = setTimeout(() => {
      state.timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    const context = { model: this.model, endpoint: this.endpoint, signal };
    try {
      const ids: string[] = [];
      for await (const model of this.client(state, controller).models.list({ signal: controller.signal })) ids.push(model.id);
      return ids.sort();
    } catch (error) {
      if (state.refused) throw new ModelError('redirect-refused', state.refused.message, { ...context, redirectTo: state.refused.to });
      if (state.timedOut) throw new ModelError('timeout', 'no answer in time', { ...context, limitSeconds: Math.round(this.timeoutMs / 1000) });
      throw toModelError(error, context) ?? error;
    } finally {
      clearTimeout(deadline);
      signal?.removeEventListener('abort', forward);
    }
  }
}
