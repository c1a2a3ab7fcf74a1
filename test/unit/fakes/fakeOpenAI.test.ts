// Proves the fake OpenAI server with the REAL openai SDK over real HTTP and SSE, and records
// exactly how the SDK surfaces each failure — the adapter (src/openai) relies on these shapes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import OpenAI from 'openai';
import type { ChatCompletionChunk } from 'openai/resources/chat/completions';
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeOpenAI, Scenario } from '../../fakes/fakeOpenAI';
import { splitAnswer, startFakeOpenAI } from '../../fakes/fakeOpenAI';

const ANSWER =
  'Lors d’un appel téléphonique du 3 octobre, les législateurs ont fait pression sur Blinken. ' +
  'Plus de 100 000 Arméniens de souche ont fui le Haut-Karabakh. « Nous mettrons en œuvre le corridor de Zanguezur, que l’Arménie le veuille ou non ».';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'rewrite');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

let fake: FakeOpenAI | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(scenarios: Scenario[], models?: string[]): Promise<FakeOpenAI> {
  fake = await startFakeOpenAI({ scenarios, ...(models ? { models } : {}) });
  return fake;
}

function client(server: FakeOpenAI, options: { maxRetries?: number; timeout?: number } = {}): OpenAI {
  // logLevel 'off': the SDK's debug logging prints request headers, the API key among them.
  return new OpenAI({ baseURL: server.baseURL, apiKey: 'sk-test', maxRetries: options.maxRetries ?? 0, timeout: options.timeout ?? 10_000, logLevel: 'off' });
}

const messages = [{ role: 'user' as const, content: 'Réécris cet article.' }];

/** Reads a stream to its end, or to its error; says which. */
async function drain(stream: AsyncIterable<ChatCompletionChunk>, onChunk?: (count: number) => void) {
  const chunks: ChatCompletionChunk[] = [];
  let error: unknown;
  try {
    for await (const chunk of stream) {
      chunks.push(chunk);
      onChunk?.(chunks.length);
    }
  } catch (caught) {
    error = caught;
  }
  const text = chunks.map((chunk) => chunk.choices[0]?.delta?.content ?? '').join('');
  const finishReasons = chunks.map((chunk) => chunk.choices[0]?.finish_reason).filter((reason) => reason != null);
  return { chunks, text, finishReasons, error };
}

describe('splitAnswer', () => {
  it('cuts an answer into 20–40-character deltas at word boundaries that join back exactly', () => {
    const chunks = splitAnswer(ANSWER);
    expect(chunks.join('')).toBe(ANSWER);
    expect(chunks.length).toBeGreaterThan(4);
    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk.length).toBeGreaterThanOrEqual(20);
      expect(chunk.length).toBeLessThanOrEqual(40);
      expect(chunk).toMatch(/\s$/);
    }
  });
});

describe('fake OpenAI server through the real openai SDK', () => {
  it('streams content that reassembles exactly, role first, finish_reason last, then [DONE]', async () => {
    const server = await start([{ answer: ANSWER }]);
    const stream = await client(server).chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true });
    const result = await drain(stream);

    expect(result.error).toBeUndefined();
    expect(result.text).toBe(ANSWER);
    expect(result.chunks[0]?.object).toBe('chat.completion.chunk');
    expect(result.chunks[0]?.choices[0]?.delta.role).toBe('assistant');
    expect(result.chunks.at(-1)?.choices[0]?.finish_reason).toBe('stop');
    expect(result.chunks.at(-1)?.choices[0]?.delta).toEqual({});
    expect(result.finishReasons).toEqual(['stop']);
    // One SSE event per delta, plus the closing one: [DONE] ended the iteration cleanly.
    expect(result.chunks).toHaveLength(splitAnswer(ANSWER).length + 1);
  });

  it('records the request: method, path, lowercased headers and the parsed JSON body', async () => {
    const server = await start([{ chunks: ['Bonjour'] }]);
    await drain(await client(server).chat.completions.create({ model: 'plume-fake', messages, stream: true, temperature: 0.3 }));

    expect(server.requests).toHaveLength(1);
    const request = server.requests[0];
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.headers.authorization).toBe('Bearer sk-test');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.body).toMatchObject({ model: 'plume-fake', stream: true, temperature: 0.3, messages });
  });

  it('sends scripted chunks as given, a final usage chunk when asked, and finish_reason length', async () => {
    const server = await start([{ chunks: ['Le Haut-', 'Karabakh'], finishReason: 'length' }]);
    const stream = await client(server).chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true, stream_options: { include_usage: true } });
    const result = await drain(stream);

    expect(result.chunks.map((chunk) => chunk.choices[0]?.delta.content ?? null)).toEqual(['Le Haut-', 'Karabakh', null, null]);
    expect(result.finishReasons).toEqual(['length']);
    const usage = result.chunks.at(-1);
    expect(usage?.choices).toEqual([]);
    expect(usage?.usage).toMatchObject({ completion_tokens: expect.any(Number), prompt_tokens: expect.any(Number) });
  });

  it('answers stream: false with one chat.completion holding the joined answer', async () => {
    const server = await start([{ answer: ANSWER }]);
    const completion = await client(server).chat.completions.create({ model: 'gpt-4o-mini', messages });

    expect(completion.object).toBe('chat.completion');
    expect(completion.choices[0]?.message.content).toBe(ANSWER);
    expect(completion.choices[0]?.finish_reason).toBe('stop');
  });

  it('takes the next scenario for each request and repeats the last; script() starts over', async () => {
    const server = await start([{ chunks: ['un'] }, { chunks: ['deux'] }]);
    const sdk = client(server);
    const ask = async () => (await sdk.chat.completions.create({ model: 'gpt-4o-mini', messages })).choices[0]?.message.content;

    expect([await ask(), await ask(), await ask()]).toEqual(['un', 'deux', 'deux']);
    server.script((_request, index) => ({ chunks: [`appel ${index}`] }));
    expect([await ask(), await ask()]).toEqual(['appel 0', 'appel 1']);
  });

  it('401 → AuthenticationError with status 401 and the OpenAI message', async () => {
    const server = await start([{ status: 401 }]);
    const error = await client(server).chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: 'invalid_api_key', type: 'invalid_request_error' });
    expect((error as Error).message).toMatch(/^401 Incorrect API key provided/);
  });

  it('429 with retry-after then 200 → the SDK waits, retries once and succeeds', async () => {
    const server = await start([{ status: 429, headers: { 'retry-after': '1' } }, { answer: ANSWER }]);
    const started = Date.now();
    const stream = await client(server, { maxRetries: 1 }).chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true });
    const result = await drain(stream);

    expect(result.text).toBe(ANSWER);
    expect(server.requests).toHaveLength(2);
    // retry-after: 1 (seconds) is honoured.
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(server.requests[1]?.headers['x-stainless-retry-count']).toBe('1');
  });

  it('429 with no retries left → RateLimitError that carries the retry-after header', async () => {
    const server = await start([{ status: 429, headers: { 'retry-after': '7' } }]);
    const error = await client(server).chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect(error).toMatchObject({ status: 429, code: 'rate_limit_exceeded' });
    expect((error as InstanceType<typeof OpenAI.RateLimitError>).headers.get('retry-after')).toBe('7');
  });

  it('500 → InternalServerError once the retries are spent', async () => {
    const server = await start([{ status: 500 }]);
    const error = await client(server, { maxRetries: 0 }).chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(OpenAI.InternalServerError);
    expect(error).toMatchObject({ status: 500, type: 'server_error' });
    expect((error as Error).message).toMatch(/^500 The server had an error/);
    expect(server.requests).toHaveLength(1);
  });

  it('a request that is never answered → APIConnectionTimeoutError after the client timeout', async () => {
    const server = await start([{ hang: true }]);
    const error = await client(server, { timeout: 300 }).chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
    // A subclass of APIConnectionError: check for the timeout first when mapping.
    expect(error).toBeInstanceOf(OpenAI.APIConnectionError);
    expect((error as Error).message).toBe('Request timed out.');
  });

  it('the client timeout does NOT bound a stream that stalls after its headers: it ends normally, late', async () => {
    // The SDK clears its timer once the response headers arrive; an idle stream needs its own watchdog.
    const server = await start([{ chunks: ['a', 'b'], delayMs: 400 }]);
    const started = Date.now();
    const stream = await client(server, { timeout: 200 }).chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true });
    const result = await drain(stream);

    expect(result.error).toBeUndefined();
    expect(result.text).toBe('ab');
    expect(Date.now() - started).toBeGreaterThanOrEqual(700);
  });

  it('a stream cut mid-way: the iteration throws a plain TypeError "terminated" (not an OpenAI error), after the chunks already read, with no finish_reason', async () => {
    const chunks = splitAnswer(ANSWER);
    const server = await start([{ answer: ANSWER, cutAfterChunks: 3 }]);
    // create() resolves: the status and headers arrived before the cut.
    const stream = await client(server).chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true });
    const result = await drain(stream);

    expect(result.text).toBe(chunks.slice(0, 3).join(''));
    expect(result.finishReasons).toEqual([]);
    expect(result.error).toBeInstanceOf(TypeError);
    expect(result.error).not.toBeInstanceOf(OpenAI.OpenAIError);
    expect((result.error as Error).message).toBe('terminated');
    expect((result.error as Error).cause).toMatchObject({ name: 'SocketError', code: 'UND_ERR_SOCKET', message: 'other side closed' });
  });

  it('the scripted faithful rewrite streams intact, and cut after 104 deltas it leaves exactly truncated.md', async () => {
    const faithful = fixture('faithful.md');
    const server = await start([{ answer: faithful }, { answer: faithful, cutAfterChunks: 104 }]);
    const sdk = client(server);

    const whole = await drain(await sdk.chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true }));
    expect(whole.text).toBe(faithful);
    const cut = await drain(await sdk.chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true }));
    expect(cut.text).toBe(fixture('truncated.md'));
    expect((cut.error as Error).message).toBe('terminated');
  });

  it('a stream cut before its first chunk throws the same TypeError from the iteration, not from create()', async () => {
    const server = await start([{ answer: ANSWER, cutAfterChunks: 0 }]);
    const stream = await client(server).chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true });
    const result = await drain(stream);

    expect(result.chunks).toEqual([]);
    expect(result.error).toBeInstanceOf(TypeError);
    expect((result.error as Error).message).toBe('terminated');
  });

  it('abort() mid-stream: the SDK does NOT throw — the iteration just ends, with no finish_reason; only signal.aborted tells', async () => {
    const server = await start([{ answer: ANSWER, delayMs: 20 }]);
    const controller = new AbortController();
    const stream = await client(server).chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true }, { signal: controller.signal });
    const result = await drain(stream, (count) => {
      if (count === 2) controller.abort();
    });

    expect(result.error).toBeUndefined();
    expect(result.chunks).toHaveLength(2);
    expect(result.finishReasons).toEqual([]);
    expect(controller.signal.aborted).toBe(true);
  });

  it('abort() while waiting for the next chunk also ends the iteration silently', async () => {
    const server = await start([{ answer: ANSWER, delayMs: 100 }]);
    const controller = new AbortController();
    const stream = await client(server).chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 150);
    const result = await drain(stream);

    expect(result.error).toBeUndefined();
    expect(result.chunks.length).toBeGreaterThan(0);
    expect(result.chunks.length).toBeLessThan(splitAnswer(ANSWER).length);
    expect(result.finishReasons).toEqual([]);
  });

  it('abort() before the response headers → create() rejects with APIUserAbortError', async () => {
    const server = await start([{ hang: true }]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await client(server).chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true }, { signal: controller.signal }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(OpenAI.APIUserAbortError);
    expect((error as Error).message).toBe('Request was aborted.');
  });

  it('models.list() returns the configured ids', async () => {
    const server = await start([], ['gpt-4o-mini', 'mistral-small', 'llama3.1:8b']);
    const ids: string[] = [];
    for await (const model of client(server).models.list()) ids.push(model.id);

    expect(ids).toEqual(['gpt-4o-mini', 'mistral-small', 'llama3.1:8b']);
    expect(server.requests[0]).toMatchObject({ method: 'GET', path: '/v1/models' });
  });

  it('an unknown model → NotFoundError with code model_not_found', async () => {
    const server = await start([{ answer: ANSWER }]);
    const error = await client(server).chat.completions.create({ model: 'gpt-9', messages, stream: true }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    expect(error).toMatchObject({ status: 404, code: 'model_not_found', type: 'invalid_request_error' });
    expect((error as Error).message).toBe('404 The model `gpt-9` does not exist');
  });

  it('a base URL that is not an API → NotFoundError with code null and an "Invalid URL" message', async () => {
    const server = await start([{ answer: ANSWER }]);
    const sdk = new OpenAI({ baseURL: server.baseURL.replace(/\/v1$/, '/api'), apiKey: 'sk-test', maxRetries: 0, logLevel: 'off' });
    const error = await sdk.chat.completions.create({ model: 'gpt-4o-mini', messages }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    expect(error).toMatchObject({ status: 404, code: null });
    expect((error as Error).message).toBe('404 Invalid URL (POST /api/chat/completions)');
  });

  it('close() ends hanging and streaming connections promptly', async () => {
    const server = await start([{ hang: true }]);
    const pending = client(server, { timeout: 60_000 }).chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true }).catch((caught: unknown) => caught);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await server.close();

    expect(Date.now() - started).toBeLessThan(1000);
    // The client sees the connection drop (it would retry with maxRetries > 0).
    expect(await pending).toBeInstanceOf(OpenAI.APIConnectionError);
  });
});
