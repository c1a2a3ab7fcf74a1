import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ChunkLabels } from '../core/markdown/chunkLabels';
import type { ParsedChunk } from '../core/markdown/parseInChunks';
import type { ChunkSpan } from '../core/markdown/planChunks';

/** One chunk to parse: its text, where it sits in the whole text, the labels defined elsewhere it needs. */
export interface ChunkJob {
  text: string;
  span: ChunkSpan;
  foreign?: ChunkLabels;
}

/** What `analysisWorker.js` answers when it runs as a parse helper. */
export interface ChunkAnswer {
  id: number;
  parsed?: ParsedChunk;
  error?: string;
}

/**
 * How many helpers by default: one per core beyond two (at most 3). One core is the calling
 * thread's; one is left to V8's own threads, which a big parse keeps busy (garbage collection is
 * about a quarter of it). Measured on the 2-core development machine, a helper there made the
 * calling thread's own chunks ~1.8× slower and the whole parse slower than on one thread.
 * `PLUME_PARSE_THREADS` (threads in all, the calling one included) overrides it for measurements.
 */
export function defaultHelperCount(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  const forced = Number.parseInt(env.PLUME_PARSE_THREADS ?? '', 10);
  if (Number.isInteger(forced) && forced >= 1) return forced - 1;
  return Math.min(3, Math.max(0, cores - 2));
}

/**
 * Helper threads that parse chunks of a big document while the calling thread parses others:
 * micromark is single-threaded and is most of the cost of a big analysis. They start on the
 * first big document and stop after a quiet minute, giving their memory back.
 */
export class ParseHelpers {
  private workers: (Worker | undefined)[] = [];
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    /** The script a helper runs: dist/analysisWorker.js, started with `workerData.role = 'parse'`. */
    private readonly script: string,
    readonly size = defaultHelperCount(),
    private readonly idleMs = 60_000,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  /**
   * Parses every job, each on whichever thread is free first; `parseHere` parses on the calling
   * thread. A helper that cannot start or fails leaves its jobs to the others: never a lost chunk.
   */
  async parseAll(jobs: ChunkJob[], parseHere: (job: ChunkJob) => ParsedChunk): Promise<ParsedChunk[]> {
    clearTimeout(this.idleTimer);
    const results: ParsedChunk[] = new Array<ParsedChunk>(jobs.length);
    let next = 0;
    const take = () => (next < jobs.length ? next++ : undefined);
    const here = async () => {
      for (let index = take(); index !== undefined; index = take()) {
        results[index] = parseHere(jobs[index] as ChunkJob);
        // Let the helpers' answers in between two chunks, and hand them the next ones.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    };
    const helper = async (slot: number) => {
      for (let index = take(); index !== undefined; index = take()) {
        try {
          results[index] = await this.send(slot, jobs[index] as ChunkJob);
        } catch (error) {
          this.log(`parse helper failed, its chunks are parsed elsewhere: ${error instanceof Error ? error.message : String(error)}`);
          results[index] = parseHere(jobs[index] as ChunkJob);
          return;
        }
      }
    };
    try {
      await Promise.all([...Array.from({ length: this.size }, (_, slot) => helper(slot)), here()]);
    } finally {
      this.idleTimer = setTimeout(() => this.dispose(), this.idleMs);
      this.idleTimer.unref();
    }
    return results;
  }

  private send(slot: number, job: ChunkJob): Promise<ParsedChunk> {
    const worker = this.workers[slot] ?? this.start(slot);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const onMessage = (answer: ChunkAnswer) => {
        if (answer.id !== id) return;
        cleanUp();
        if (answer.parsed) resolve(answer.parsed);
        else reject(new Error(answer.error ?? 'no answer'));
      };
      const onError = (error: Error) => {
        cleanUp();
        reject(error);
      };
      const onExit = (code: number) => onError(new Error(`exited with code ${code}`));
      const cleanUp = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id, ...job });
    });
  }

  private start(slot: number): Worker {
    const worker = new Worker(this.script, { workerData: { role: 'parse' } });
    // Idle helpers must not keep a CLI run or a test process alive.
    worker.unref();
    worker.on('exit', () => {
      if (this.workers[slot] === worker) this.workers[slot] = undefined;
    });
    // A failed helper is reported to the job waiting on it; without a job, an error must not crash.
    worker.on('error', () => undefined);
    this.workers[slot] = worker;
    return worker;
  }

  dispose(): void {
    clearTimeout(this.idleTimer);
    for (const worker of this.workers) void worker?.terminate();
    this.workers = [];
  }
}
