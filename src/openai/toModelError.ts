import OpenAI from 'openai';
import { ModelError } from '../core/rewrite/ChatModel';

interface Context {
  model: string;
  endpoint: string;
  signal?: AbortSignal;
}

function header(headers: unknown, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Maps what the openai SDK throws to the pipeline's failure kinds (only expected failures). */
export function toModelError(error: unknown, context: Context): ModelError | undefined {
  const base = { model: context.model, endpoint: context.endpoint };
  if (error instanceof OpenAI.APIUserAbortError || context.signal?.aborted) return new ModelError('cancelled', 'cancelled', base);
  if (error instanceof OpenAI.APIConnectionTimeoutError) return new ModelError('timeout', error.message, base);
  if (error instanceof OpenAI.APIConnectionError) return new ModelError('unreachable', error.message, base);
  if (error instanceof OpenAI.APIError) {
    const status = error.status;
    const details = { ...base, status };
    const message = error.message ?? '';
    if (status === 401 || status === 403) return new ModelError('unauthorized', message, details);
    if (status === 429) {
      const retryAfter = Number(header(error.headers, 'retry-after'));
      return new ModelError('rate-limited', message, { ...details, ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}) });
    }
    if (status === 404) {
      // A 404 about the model, or a base URL that points at no API at all.
      return error.code === 'model_not_found' || /model/i.test(message)
        ? new ModelError('model-not-found', message, details)
        : new ModelError('unreachable', message, details);
    }
    if (status === 408) return new ModelError('timeout', message, details);
    if ((status === 400 || status === 413) && (error.code === 'context_length_exceeded' || /context|too long|maximum.*tokens|tokens.*maximum/i.test(message))) {
      return new ModelError('context-too-long', message, details);
    }
    return new ModelError('server-error', message, details);
  }
  // A stream cut mid-way surfaces as a plain error from the body reader ("terminated", ECONNRESET).
  if (error instanceof Error && /terminated|ECONNRESET|socket|premature|aborted|network/i.test(`${error.message} ${String((error as { cause?: unknown }).cause ?? '')}`)) {
    return new ModelError('invalid-output', error.message, { ...base, reason: 'cut' });
  }
  return undefined;
}
