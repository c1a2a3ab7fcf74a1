// `plume rewrite` against hostile OpenAI-compatible servers (test/fakes/fakeOpenAI.ts modes):
// redirects, endless or dripping streams, huge and malformed answers, no headers at all, and
// signals. Each case asserts the exit code, the message, that it finishes (a generous bound,
// never a speed target) and that nothing was written.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import { RedirectRefused, guardedFetch } from '../../../src/openai/guardedFetch';
import type { FakeOpenAI, Scenario } from '../../fakes/fakeOpenAI';
import { startFakeOpenAI } from '../../fakes/fakeOpenAI';
import { fixture } from '../checks/runCheck';
import { fixTypography } from '../../../src/core/typography/fixTypography';

const ROOT = join(__dirname, '..', '..', '..');
const EXAMPLE = fixture('example', 'article-blinken-azerbaidjan.txt');
const FAITHFUL = fixture('rewrite', 'faithful.md');
// What Plume proposes from that answer: the answer with its typography fixed (rewriteArticle).
const PROPOSED = fixTypography(FAITHFUL);
// How long to wait for the CLI to send its request before giving up (a failure bound, not a
// measure: the deadline itself is shown by its message, and a hang by the test's timeout).
const FINISHES_WITHIN_MS = 15_000;

let fake: FakeOpenAI;
let elsewhere: FakeOpenAI;
let dir: string;
let source: string;
let counter = 0;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  elsewhere = await startFakeOpenAI();
  dir = mkdtempSync(join(tmpdir(), 'plume-hostile-'));
  source = join(dir, 'exemple.md');
  writeFileSync(source, EXAMPLE);
});
afterAll(async () => {
  await fake.close();
  await elsewhere.close();
});

/** Runs `plume rewrite` against one scenario; returns what a person would see, and where --out pointed. */
async function rewriteAgainst(scenario: Scenario, extra: string[] = []) {
  fake.script([scenario]);
  const out = join(dir, `sortie-${counter++}.md`);
  const lines: string[] = [];
  const code = await runCli(['rewrite', source, '--out', out, '--timeout', '2', '--max-repairs', '0', ...extra], { stdout: (text) => lines.push(text), stderr: (text) => lines.push(text) }, 'fr', { OPENAI_BASE_URL: fake.baseURL, OPENAI_API_KEY: 'sk-test' });
  const output = lines.join('\n');
  // Never a stack trace, never the source changed.
  expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(readFileSync(source, 'utf8')).toBe(EXAMPLE);
  return { code, output, out };
}

describe('plume rewrite against hostile servers', () => {
  it('refuses a redirect to another origin, naming both, and sends nothing there', async () => {
    const { code, output, out } = await rewriteAgainst({ redirect: { status: 307, location: `${elsewhere.baseURL}/chat/completions` } });
    expect(code).toBe(2);
    expect(output).toContain(new URL(fake.baseURL).origin);
    expect(output).toContain(new URL(elsewhere.baseURL).origin);
    expect(output).toContain('ne suit pas une redirection vers un autre serveur');
    expect(elsewhere.requests).toHaveLength(0);
    expect(existsSync(out)).toBe(false);
  });

  it('follows a redirect within the same origin', async () => {
    let first = true;
    fake.script((request) => {
      if (first && request.path === '/v1/chat/completions') {
        first = false;
        return { redirect: { status: 307, location: '/v1/chat/completions?moved=1' } };
      }
      return { answer: FAITHFUL };
    });
    const out = join(dir, 'meme-origine.md');
    const code = await runCli(['rewrite', source, '--out', out, '--max-repairs', '0'], { stdout: () => undefined, stderr: () => undefined }, 'fr', { OPENAI_BASE_URL: fake.baseURL, OPENAI_API_KEY: 'sk-test' });
    expect(code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(PROPOSED);
  });

  it('bounds an endless stream, a slow drip and a server that never answers by the one deadline (--timeout), retries included', async () => {
    for (const scenario of [{ answer: 'Un mot de plus. ', endless: true, delayMs: 5 }, { answer: 'Goutte. ', endless: true, delayMs: 400 }, { hang: true }] satisfies Scenario[]) {
      const { code, output, out } = await rewriteAgainst(scenario);
      expect(code, JSON.stringify(scenario)).toBe(2);
      expect(output).toContain('n’a pas répondu à temps (délai de 2 s pour l’appel entier, nouvelles tentatives comprises)');
      expect(output).toContain('rien n’a été écrit');
      expect(existsSync(out)).toBe(false);
    }
  });

  it('stops a huge answer at several times the expected length, keeping what came as an incomplete answer', async () => {
    const { code, output, out } = await rewriteAgainst({ answer: FAITHFUL, repeat: 200 }, ['--timeout', '60']);
    expect(code).toBe(2);
    expect(output).toMatch(/La réponse du modèle dépasse 50[\s\u202f\u00a0]000 caractères/);
    expect(output).toContain('✗ Réponse incomplète :');
    expect(existsSync(out)).toBe(false);
  });

  it('turns every malformed answer into a clear « réponse illisible », the partial text kept', async () => {
    for (const malformed of ['json', 'shape', 'no-choices', 'error-event'] as const) {
      const { code, output, out } = await rewriteAgainst({ answer: FAITHFUL.slice(0, 2000), malformed });
      expect(code, malformed).toBe(2);
      expect(output, malformed).toContain('Le service a envoyé une réponse illisible');
      expect(output, malformed).toContain('✗ Réponse incomplète :');
      expect(existsSync(out)).toBe(false);
    }
  });

  it('refuses --timeout 0 and an insecure OPENAI_BASE_URL with a clear message', async () => {
    const lines: string[] = [];
    const io = { stdout: (text: string) => lines.push(text), stderr: (text: string) => lines.push(text) };
    expect(await runCli(['rewrite', source, '--timeout', '0'], io, 'fr', { OPENAI_BASE_URL: fake.baseURL })).toBe(2);
    expect(lines.join('\n')).toContain('--timeout attend un nombre de secondes d’au moins 1');
    lines.length = 0;
    expect(await runCli(['rewrite', source], io, 'fr', { OPENAI_BASE_URL: 'http://example.com/v1' })).toBe(2);
    expect(lines.join('\n')).toContain('plume: OPENAI_BASE_URL — « http://example.com/v1 » : http:// n’est accepté que pour localhost');
    expect(lines.join('\n')).not.toContain('Usage');
  });
});

describe('the redirect policy', () => {
  const redirecting = (status: number, location: string) => async (url: string | URL | Request) =>
    String(url).includes('moved') ? new Response('{}', { status: 200 }) : new Response(null, { status, headers: { location } });

  it('never follows https → http, nor another host or port', async () => {
    for (const location of ['http://api.example.com/v1/chat', 'https://evil.example.net/v1/chat', 'https://api.example.com:8443/v1/chat']) {
      let heard: RedirectRefused | undefined;
      const fetch = guardedFetch((refusal) => (heard = refusal), redirecting(307, location));
      await expect(fetch('https://api.example.com/v1/chat', { method: 'POST', body: '{}' })).rejects.toBeInstanceOf(RedirectRefused);
      expect(heard?.to).toBe(location);
      expect(heard?.from).toBe('https://api.example.com/v1/chat');
    }
  });

  it('follows a few redirects within the origin, then gives up on a loop', async () => {
    const fetch = guardedFetch(() => undefined, redirecting(308, '/v1/chat?moved=1'));
    expect((await fetch('https://api.example.com/v1/chat', { method: 'POST', body: '{}' })).status).toBe(200);
    const loop = guardedFetch(() => undefined, async () => new Response(null, { status: 302, headers: { location: '/again' } }));
    await expect(loop('https://api.example.com/v1/chat')).rejects.toBeInstanceOf(RedirectRefused);
  });
});

describe('signals while streaming (the built CLI, a real process)', () => {
  /** Starts `plume rewrite` on a slow endless stream; resolves once the request reached the server. */
  async function startSlowRewrite() {
    fake.script([{ answer: 'Un mot. ', endless: true, delayMs: 200 }]);
    const out = join(dir, `signal-${counter++}.md`);
    const before = fake.requests.length;
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'plume.js'), 'rewrite', source, '--out', out, '--timeout', '60'], {
      env: { ...process.env, OPENAI_BASE_URL: fake.baseURL, OPENAI_API_KEY: 'sk-test', PLUME_LANG: 'fr', LANG: 'fr_FR.UTF-8' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const deadline = Date.now() + FINISHES_WITHIN_MS;
    while (fake.requests.length === before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { child, exited, out, stderr: () => stderr };
  }

  it('Ctrl+C and SIGTERM cancel the request, say so, write nothing and exit 130', async () => {
    expect(existsSync(join(ROOT, 'dist', 'cli.js')), 'dist/cli.js missing: run npm run build').toBe(true);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const run = await startSlowRewrite();
      run.child.kill(signal);
      expect(await run.exited, signal).toBe(130);
      expect(run.stderr()).toContain('Réécriture annulée : rien n’a été écrit.');
      expect(existsSync(run.out)).toBe(false);
    }
  });

  it('a second Ctrl+C leaves at once', async () => {
    const run = await startSlowRewrite();
    run.child.kill('SIGINT');
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(130);
    expect(existsSync(run.out)).toBe(false);
  });
});
