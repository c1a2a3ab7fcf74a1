// Manual demos: `PORT=8787 node dist/serveFakeOpenAI.js` (once bundled), then point Plume at the
// printed base URL. Every chat request gets the faithful rewrite of the example article.
// The answer is read at run time (not imported) so the bundle needs no special loader;
// FAKE_ANSWER=<file> serves another answer.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { startFakeOpenAI } from './fakeOpenAI';

const FIXTURE = join('test', 'fixtures', 'rewrite', 'faithful.md');

/** The fixture, looked up from the working directory and from the script's folder, upwards. */
function findAnswerFile(): string | undefined {
  if (process.env.FAKE_ANSWER) return resolve(process.env.FAKE_ANSWER);
  const starts = [process.cwd(), ...(process.argv[1] ? [dirname(resolve(process.argv[1]))] : [])];
  for (const start of starts) {
    for (let folder = start; ; folder = dirname(folder)) {
      const candidate = join(folder, FIXTURE);
      if (existsSync(candidate)) return candidate;
      if (dirname(folder) === folder) break;
    }
  }
  return undefined;
}

async function main(): Promise<void> {
  const file = findAnswerFile();
  if (!file || !existsSync(file)) {
    process.stderr.write(`serveFakeOpenAI: cannot find ${FIXTURE}; run from the repository or set FAKE_ANSWER=<file>\n`);
    process.exit(2);
  }
  const answer = readFileSync(file, 'utf8');
  const port = Number(process.env.PORT ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`serveFakeOpenAI: PORT must be a port number, got « ${process.env.PORT} »\n`);
    process.exit(2);
  }
  const delayMs = Number(process.env.FAKE_DELAY_MS ?? 15); // slow enough to watch it stream
  const server = await startFakeOpenAI({ port, scenarios: [{ answer, delayMs: Number.isFinite(delayMs) ? delayMs : 0 }] });
  process.stdout.write(`${server.baseURL}\n`);
  process.stderr.write(`Fake OpenAI-compatible server: models gpt-4o-mini, plume-fake; answer from ${file}. Ctrl+C to stop.\n`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
