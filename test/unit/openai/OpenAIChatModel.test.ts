// The adapter over the real openai SDK, against the local fake server over real HTTP/SSE.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FailureKind } from '../../../src/core/rewrite/ChatModel';
import { ModelError } from '../../../src/core/rewrite/ChatModel';
import { checkBaseUrl } from '../../../src/openai/checkBaseUrl';
import { OpenAIChatModel, endpointOrigin } from '../../../src/openai/OpenAIChatModel';
import type { FakeOpenAI, Scenario } from '../../fakes/fakeOpenAI';
import { startFakeOpenAI } from '../../fakes/fakeOpenAI';

const FAITHFUL = readFileSync(join(__dirname, '..', '..', 'fixtures', 'rewrite', 'faithful.md'), 'utf8');
const KEY = 'sk-test-secret-key-0123456789';

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());

function model(options: { timeoutMs?: number; model?: string; baseURL?: string } = {}) {
  return new OpenAIChatModel({ baseURL: options.baseURL ?? fake.baseURL, apiKey: KEY, model: options.model ?? 'gpt-4o-mini', timeoutMs: options.timeoutMs ?? 5_000, maxRetries: 0 });
}

async function collect(scenarios: Scenario[], options: Parameters<typeof model>[0] = {}, signal?: AbortSignal) {
  fake.script(scenarios);
  let text = '';
  try {
    for await (const delta of model(options).stream([{ role: 'user', content: 'Réécris.' }], { signal })) text += delta;
    return { text };
  } catch (error) {
    return { text, error };
  }
}

async function expectFailure(scenarios: Scenario[], kind: FailureKind, options: Parameters<typeof model>[0] = {}) {
  const { error, text } = await collect(scenarios, options);
  expect(error).toBeInstanceOf(ModelError);
  expect((error as ModelError).kind).toBe(kind);
  return { error: error as ModelError, text };
}

describe('OpenAIChatModel over the real SDK', () => {
  it('streams the answer exactly, sending the key and the messages', async () => {
    const { text, error } = await collect([{ answer: FAITHFUL }]);
    expect(error).toBeUndefined();
    expect(text).toBe(FAITHFUL);
    const request = fake.requests.at(-1);
    expect(request?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(request?.body).toMatchObject({ model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: 'Réécris.' }] });
  });

  it('maps 401 to unauthorized', async () => {
    const { error } = await expectFailure([{ status: 401 }], 'unauthorized');
    expect(error.details).toMatchObject({ status: 401, endpoint: endpointOrigin(fake.baseURL) });
  });

  it('maps 429 to rate-limited with the retry-after delay', async () => {
    const { error } = await expectFailure([{ status: 429, headers: { 'retry-after': '7' } }], 'rate-limited');
    expect(error.details.retryAfterSeconds).toBe(7);
  });

  it('maps 500 to server-error', async () => {
    await expectFailure([{ status: 500 }], 'server-error');
  });

  it('maps an unknown model to model-not-found and a wrong path to unreachable', async () => {
    await expectFailure([{ answer: 'x' }], 'model-not-found', { model: 'gpt-9' });
    await expectFailure([{ answer: 'x' }], 'unreachable', { baseURL: fake.baseURL.replace(/\/v1$/, '/api') });
  });

  it('maps a refused connection to unreachable', async () => {
    await expectFailure([{ answer: 'x' }], 'unreachable', { baseURL: 'http://127.0.0.1:9/v1' });
  });

  it('maps no answer at all to timeout', async () => {
    await expectFailure([{ hang: true }], 'timeout', { timeoutMs: 300 });
  });

  it('maps a stream that stalls after its first chunks to timeout (its own watchdog)', async () => {
    const { text } = await expectFailure([{ chunks: ['Un début', ' puis', ' plus rien'], delayMs: 800 }], 'timeout', { timeoutMs: 300 });
    expect(text).toBe('Un début');
  });

  it('maps a stream cut mid-way to invalid-output, after the text received', async () => {
    const { text } = await expectFailure([{ answer: FAITHFUL, cutAfterChunks: 104 }], 'invalid-output');
    expect(text).toBe(readFileSync(join(__dirname, '..', '..', 'fixtures', 'rewrite', 'truncated.md'), 'utf8'));
  });

  it('maps an answer cut at the output limit to invalid-output', async () => {
    await expectFailure([{ answer: 'Une réponse tronquée', finishReason: 'length' }], 'invalid-output');
  });

  it('maps an abort mid-stream to cancelled', async () => {
    const controller = new AbortController();
    fake.script([{ answer: FAITHFUL, delayMs: 5 }]);
    let text = '';
    let error: unknown;
    try {
      for await (const delta of model().stream([{ role: 'user', content: 'x' }], { signal: controller.signal })) {
        text += delta;
        if (text.length > 200) controller.abort();
      }
    } catch (caught) {
      error = caught;
    }
    expect((error as ModelError).kind).toBe('cancelled');
    expect(text.length).toBeLessThan(FAITHFUL.length);
  });

  it('lists the endpoint’s models', async () => {
    expect(await model().listModels()).toEqual(['gpt-4o-mini', 'plume-fake']);
  });

  it('never prints the key (the SDK’s logging is off)', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method));
    await collect([{ answer: 'Bonjour.' }]);
    await collect([{ status: 401 }]);
    const printed = spies.flatMap((spy) => spy.mock.calls.flat().map(String)).join('\n');
    spies.forEach((spy) => spy.mockRestore());
    expect(printed).not.toContain(KEY);
  });
});

describe('checkBaseUrl', () => {
  it('accepts https anywhere and http only on this machine', () => {
    expect(checkBaseUrl('https://api.openai.com/v1')).toBeUndefined();
    expect(checkBaseUrl('http://localhost:11434/v1')).toBeUndefined();
    expect(checkBaseUrl('http://127.0.0.1:1234/v1')).toBeUndefined();
    expect(checkBaseUrl('http://[::1]:8000/v1')).toBeUndefined();
    expect(checkBaseUrl('http://example.com/v1')).toBe('insecure');
    expect(checkBaseUrl('http://192.168.1.20:11434/v1')).toBe('insecure');
    expect(checkBaseUrl('pas une url')).toBe('invalid');
    expect(checkBaseUrl('ftp://example.com')).toBe('invalid');
  });
});
