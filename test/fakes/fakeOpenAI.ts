// A local OpenAI-compatible server for tests: real HTTP, real SSE, scripted answers.
// The real `openai` SDK talks to it, so retries, timeouts, cut streams and cancellation go
// through the same code paths as in production. node:http only, no framework.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Scenario {
  /** HTTP status; default 200. Non-2xx answers send `error` as the OpenAI error JSON body. */
  status?: number;
  headers?: Record<string, string>;
  error?: { message: string; type?: string; code?: string | null };
  /** Content deltas streamed as SSE `data: {chat.completion.chunk}` lines, then `data: [DONE]`. */
  chunks?: string[];
  /** Convenience: a whole answer split into chunks of ~20–40 characters (word boundaries). */
  answer?: string;
  /** Milliseconds between chunks (default 0). */
  delayMs?: number;
  /** Destroy the socket after this many chunks, with no [DONE] (a stream cut mid-way). */
  cutAfterChunks?: number;
  /** Accept the request and never answer (for client timeouts); the server still closes cleanly. */
  hang?: boolean;
  /** finish_reason of the last chunk: 'stop' (default) or 'length'. */
  finishReason?: 'stop' | 'length';
  // Hostile servers (test/unit/cli/hostileServer.test.ts):
  /** Answer with this redirect (301, 302, 307, 308) to `location` instead of a completion. */
  redirect?: { status: number; location: string };
  /** Keep streaming the chunks again and again, never finishing (until the client leaves). */
  endless?: boolean;
  /** Repeat the chunks this many times before finishing (a huge answer). */
  repeat?: number;
  /** After the chunks, send one broken event instead of finishing. */
  malformed?: 'json' | 'shape' | 'no-choices' | 'error-event';
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  // The parsed JSON body as sent by the client (undefined for GET, the raw text if not JSON).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export type Script = Scenario[] | ((request: RecordedRequest, index: number) => Scenario);

export interface FakeOpenAI {
  /** e.g. http://127.0.0.1:PORT/v1 */
  baseURL: string;
  /** Every request received, in order (headers lowercased, JSON body parsed). */
  requests: RecordedRequest[];
  /**
   * Replace the script: each POST /v1/chat/completions takes the next scenario; the last one
   * repeats. The index (for arrays and functions) counts chat requests since this call.
   */
  script(scenarios: Script): void;
  close(): Promise<void>;
}

export const DEFAULT_MODELS = ['gpt-4o-mini', 'plume-fake'];

/** What the server answers when nothing was scripted. */
const DEFAULT_SCENARIO: Scenario = { answer: 'Réponse factice du serveur de test.' };

/** Real OpenAI error bodies for the statuses tests use, so messages look like production. */
const DEFAULT_ERRORS: Record<number, { message: string; type: string; code: string | null }> = {
  400: { message: 'Bad request.', type: 'invalid_request_error', code: null },
  401: { message: 'Incorrect API key provided: sk-fake. You can find your API key at https://platform.openai.com/account/api-keys.', type: 'invalid_request_error', code: 'invalid_api_key' },
  403: { message: 'You are not allowed to sample from this model.', type: 'invalid_request_error', code: null },
  404: { message: 'Not found.', type: 'invalid_request_error', code: null },
  429: { message: 'Rate limit reached for requests. Please try again in 1s.', type: 'requests', code: 'rate_limit_exceeded' },
  500: { message: 'The server had an error while processing your request. Sorry about that!', type: 'server_error', code: null },
  502: { message: 'Bad gateway.', type: 'server_error', code: null },
  503: { message: 'The engine is currently overloaded, please try again later.', type: 'server_error', code: null },
};

/**
 * Splits an answer into deltas of about 20–40 characters, cut after whitespace so words stay
 * whole (a single word longer than 40 characters is one delta). Joining the deltas gives the
 * answer back exactly.
 */
export function splitAnswer(answer: string): string[] {
  const pieces = answer.match(/\s+|\S+\s*/g) ?? [];
  const chunks: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current.length > 0 && current.length + piece.length > 40) {
      chunks.push(current);
      current = '';
    }
    current += piece;
    if (current.length >= 20) {
      chunks.push(current);
      current = '';
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Rough token count (4 characters a token) for the usage fields. */
function tokens(text: string): number {
  return Math.ceil(text.length / 4);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    request.on('data', (part: Buffer) => parts.push(part));
    request.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    request.on('error', reject);
  });
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

function sendError(response: ServerResponse, status: number, error: { message: string; type?: string; code?: string | null }, headers: Record<string, string> = {}): void {
  sendJson(response, status, { error: { message: error.message, type: error.type ?? 'invalid_request_error', param: null, code: error.code ?? null } }, headers);
}

/** Writes and resolves once the bytes are handed to the socket (so a cut comes after them). */
function write(response: ServerResponse, text: string): Promise<void> {
  return new Promise((resolve) => {
    response.write(text, () => resolve());
  });
}

function messagesText(body: unknown): string {
  const messages = (body as { messages?: unknown } | undefined)?.messages;
  if (!Array.isArray(messages)) return '';
  return messages.map((message: { content?: unknown }) => (typeof message.content === 'string' ? message.content : JSON.stringify(message.content ?? ''))).join('\n');
}

export interface FakeOpenAIOptions {
  /** Ids listed by GET /v1/models and accepted as `model` (default DEFAULT_MODELS). */
  models?: string[];
  /** The initial script (default: one short French answer, repeated). */
  scenarios?: Scenario[];
  /** Port on 127.0.0.1; default 0 (any free port), which is what tests want. */
  port?: number;
}

export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const models = options.models ?? DEFAULT_MODELS;
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  // Aborted by close(): stops delays and pending streams so no timer outlives the server.
  const closing = new AbortController();
  let script: Script = options.scenarios && options.scenarios.length > 0 ? options.scenarios : [DEFAULT_SCENARIO];
  let chatIndex = 0;
  let completionCount = 0;
  const created = Math.floor(Date.now() / 1000);

  function nextScenario(request: RecordedRequest): Scenario {
    const index = chatIndex++;
    if (typeof script === 'function') return script(request, index);
    return script[Math.min(index, script.length - 1)] ?? DEFAULT_SCENARIO;
  }

  async function pause(ms: number | undefined): Promise<boolean> {
    if (!ms || ms <= 0) return !closing.signal.aborted;
    try {
      await sleep(ms, undefined, { signal: closing.signal });
      return true;
    } catch {
      return false;
    }
  }

  async function chatCompletion(request: RecordedRequest, response: ServerResponse): Promise<void> {
    const scenario = nextScenario(request);
    if (scenario.hang) return; // the socket stays open until the client gives up or close()
    const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as {
      model?: unknown;
      stream?: unknown;
      stream_options?: { include_usage?: unknown };
    };
    const headers = { 'x-request-id': `req_fake_${requests.length}`, ...scenario.headers };
    const status = scenario.status ?? 200;
    if (scenario.redirect) {
      response.writeHead(scenario.redirect.status, { ...headers, location: scenario.redirect.location, 'content-length': 0 });
      response.end();
      return;
    }

    if (status < 200 || status >= 300) {
      if (!(await pause(scenario.delayMs))) return;
      sendError(response, status, scenario.error ?? DEFAULT_ERRORS[status] ?? { message: `HTTP ${status}`, type: 'server_error', code: null }, headers);
      return;
    }
    if (scenario.error) {
      // A 2xx with an error: OpenAI-compatible servers sometimes do this; the SDK reads it as an error.
      sendJson(response, status, { error: { message: scenario.error.message, type: scenario.error.type ?? 'server_error', param: null, code: scenario.error.code ?? null } }, headers);
      return;
    }
    const model = typeof body.model === 'string' ? body.model : '';
    if (scenario.status === undefined && !models.includes(model)) {
      sendError(response, 404, { message: `The model \`${model}\` does not exist`, type: 'invalid_request_error', code: 'model_not_found' }, headers);
      return;
    }

    const chunks = scenario.chunks ?? splitAnswer(scenario.answer ?? '');
    const finishReason = scenario.finishReason ?? 'stop';
    const id = `chatcmpl-fake${++completionCount}`;
    const promptTokens = tokens(messagesText(body));
    const completionTokens = tokens(chunks.join(''));
    const usage = { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens };

    if (body.stream !== true) {
      const completion = {
        id,
        object: 'chat.completion',
        created,
        model,
        choices: [{ index: 0, message: { role: 'assistant', content: chunks.join(''), refusal: null }, logprobs: null, finish_reason: finishReason }],
        usage,
        system_fingerprint: 'fp_fake',
      };
      if (!(await pause(scenario.delayMs))) return;
      if (scenario.cutAfterChunks !== undefined) {
        // Promise the whole body, send part of it, hang up.
        const text = JSON.stringify(completion);
        response.writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        await write(response, text.slice(0, Math.floor(text.length / 2)));
        response.socket?.destroy();
        return;
      }
      sendJson(response, status, completion, headers);
      return;
    }

    const includeUsage = body.stream_options?.include_usage === true;
    response.writeHead(status, { ...headers, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive' });
    response.flushHeaders();
    const event = (choices: unknown[], extra: Record<string, unknown> = {}): string =>
      `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, system_fingerprint: 'fp_fake', choices, ...(includeUsage ? { usage: null } : {}), ...extra })}\n\n`;
    const cutAfter = scenario.cutAfterChunks;
    const cut = (): void => {
      response.socket?.destroy();
    };

    if (cutAfter !== undefined && cutAfter <= 0) return cut();
    // With nothing to say, still open the message with the role (as OpenAI does).
    const deltas = chunks.length > 0 ? chunks : [''];
    let sent = 0;
    for (let round = 0; scenario.endless || round < (scenario.repeat ?? 1); round++) {
      for (const content of deltas) {
        if (sent > 0 && !(await pause(scenario.delayMs))) return;
        if (response.destroyed || closing.signal.aborted) return; // the client went away
        const delta = sent === 0 ? { role: 'assistant', content } : { content };
        await write(response, event([{ index: 0, delta, logprobs: null, finish_reason: null }]));
        sent++;
        if (cutAfter !== undefined && sent >= cutAfter) return cut();
      }
    }
    if (scenario.malformed) {
      const broken = {
        json: 'data: {"id": "chatcmpl-broken", "choices": [{"delta": {"content": "x"\n\n',
        shape: `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', choices: 'oops' })}\n\n`,
        'no-choices': `data: ${JSON.stringify({ id, object: 'chat.completion.chunk' })}\n\n`,
        'error-event': `data: ${JSON.stringify({ error: { message: 'The server had an error while processing your request.', type: 'server_error' } })}\n\n`,
      }[scenario.malformed];
      await write(response, broken);
      response.end('data: [DONE]\n\n');
      return;
    }
    if (!(await pause(scenario.delayMs)) || response.destroyed) return;
    await write(response, event([{ index: 0, delta: {}, logprobs: null, finish_reason: finishReason }]));
    if (includeUsage) await write(response, event([], { usage }));
    response.end('data: [DONE]\n\n');
  }

  async function handle(incoming: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = incoming.method ?? 'GET';
    const path = (incoming.url ?? '/').split('?')[0] ?? '/';
    const request: RecordedRequest = { method, path, headers: { ...incoming.headers }, body: parseBody(await readBody(incoming)) };
    requests.push(request);

    if (method === 'POST' && path === '/v1/chat/completions') {
      if (typeof request.body !== 'object' || request.body === null) {
        sendError(response, 400, { message: 'We could not parse the JSON body of your request.', type: 'invalid_request_error', code: null });
        return;
      }
      await chatCompletion(request, response);
      return;
    }
    if (method === 'GET' && path === '/v1/models') {
      sendJson(response, 200, { object: 'list', data: models.map((id) => ({ id, object: 'model', created, owned_by: 'fake' })) });
      return;
    }
    const modelMatch = /^\/v1\/models\/([^/]+)$/.exec(path);
    if (method === 'GET' && modelMatch?.[1] !== undefined) {
      const id = decodeURIComponent(modelMatch[1]);
      if (models.includes(id)) sendJson(response, 200, { id, object: 'model', created, owned_by: 'fake' });
      else sendError(response, 404, { message: `The model \`${id}\` does not exist`, type: 'invalid_request_error', code: 'model_not_found' });
      return;
    }
    sendError(response, 404, { message: `Invalid URL (${method} ${path})`, type: 'invalid_request_error', code: null });
  }

  const server = createServer((incoming, response) => {
    handle(incoming, response).catch((error: unknown) => {
      // A bug in the fake, not a scenario: answer 500 if still possible, and say why.
      if (!response.headersSent) sendError(response, 500, { message: `fake server error: ${String(error)}`, type: 'server_error' });
      else response.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    script(scenarios: Script): void {
      script = Array.isArray(scenarios) && scenarios.length === 0 ? [DEFAULT_SCENARIO] : scenarios;
      chatIndex = 0;
    },
    close(): Promise<void> {
      closed ??= new Promise<void>((resolve, reject) => {
        closing.abort();
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive, streaming and hanging sockets would keep close() waiting forever.
        for (const socket of sockets) socket.destroy();
      });
      return closed;
    },
  };
}
