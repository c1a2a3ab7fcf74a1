import OpenAI from 'openai';
import type { ChatMessage, ChatModel, ChatUsage } from '../core/rewrite/ChatModel';
import { ModelError } from '../core/rewrite/ChatModel';
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
// Two minutes: a long article from a slow local model can take a while before its first token.
export const DEFAULT_TIMEOUT_MS = 120_000;

/** The origin of an endpoint: what logs and messages may show (never a path with secrets or the key). */
export function endpointOrigin(baseURL: string): string {
  try {
    return new URL(baseURL).origin;
  } catch {
    return baseURL;
  }
}

/** The ChatModel port over the official openai SDK (Chat Completions, streamed). */
export class OpenAIChatModel implements ChatModel {
  private readonly client: OpenAI;
  readonly model: string;
  readonly endpoint: string;

  constructor(private readonly settings: OpenAIModelSettings) {
    this.model = settings.model;
    this.endpoint = endpointOrigin(settings.baseURL);
    this.client = new OpenAI({
      baseURL: settings.baseURL,
      // Local servers (Ollama, LM Studio, vLLM) accept any key; the SDK insists on one.
      apiKey: settings.apiKey || 'no-key',
      timeout: settings.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxRetries: settings.maxRetries ?? 2,
      defaultHeaders: settings.headers,
      // The SDK's debug logging prints request headers, the key among them.
      logLevel: 'off',
    });
  }

  async *stream(messages: ChatMessage[], options: { signal?: AbortSignal; onUsage?: (usage: ChatUsage) => void }): AsyncIterable<string> {
    const context = { model: this.model, endpoint: this.endpoint, signal: options.signal };
    // The SDK's timeout stops at the response headers; a stream that then stalls would hang
    // for ever. This watchdog aborts when no chunk arrived for the whole timeout.
    const idleMs = this.settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const controller = new AbortController();
    const forward = () => controller.abort();
    options.signal?.addEventListener('abort', forward, { once: true });
    let stalled = false;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        stalled = true;
        controller.abort();
      }, idleMs);
    };
    let finished = false;
    try {
      const stream = await this.client.chat.completions.create(
        { model: this.model, messages, stream: true, ...(this.settings.temperature === undefined ? {} : { temperature: this.settings.temperature }) },
        { signal: controller.signal },
      );
      arm();
      for await (const chunk of stream) {
        arm();
        const choice = chunk.choices[0];
        const delta = choice?.delta?.content;
        if (delta) yield delta;
        if (chunk.usage) options.onUsage?.({ promptTokens: chunk.usage.prompt_tokens, completionTokens: chunk.usage.completion_tokens });
        if (choice?.finish_reason) {
          // « length »: the model hit its output limit mid-article.
          if (choice.finish_reason === 'length') throw new ModelError('invalid-output', 'the answer was cut at the model’s output limit', context);
          finished = true;
        }
      }
    } catch (error) {
      if (error instanceof ModelError) throw error;
      if (stalled) throw new ModelError('timeout', `no data for ${idleMs} ms`, context);
      throw toModelError(error, context) ?? error;
    } finally {
      clearTimeout(watchdog);
      options.signal?.removeEventListener('abort', forward);
    }
    // The SDK ends the loop quietly on an abort: only the signals tell.
    if (stalled) throw new ModelError('timeout', `no data for ${idleMs} ms`, context);
    if (options.signal?.aborted) throw new ModelError('cancelled', 'cancelled', context);
    // A stream that ends without a finish reason was cut (proxy, server crash): not an answer.
    if (!finished) throw new ModelError('invalid-output', 'the stream ended before the model finished', context);
  }

  /** The endpoint's model ids, for a model picker. */
  async listModels(signal?: AbortSignal): Promise<string[]> {
    try {
      const ids: string[] = [];
      for await (const model of this.client.models.list({ signal })) ids.push(model.id);
      return ids.sort();
    } catch (error) {
      throw toModelError(error, { model: this.model, endpoint: this.endpoint, signal }) ?? error;
    }
  }
}
