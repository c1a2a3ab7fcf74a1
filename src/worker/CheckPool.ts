// The files of `plume check` analysed on every core: worker threads running analysisWorker.js as
// `role: 'check'`, each given the text and the configuration of one file at a time, while the
// calling thread reads the next files, analyses some itself and writes what comes back in order.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyzeForCheck } from '../core/analyzeForCheck';
import type { CheckedFile } from '../core/analyzeForCheck';
import type { PlumeConfig } from '../core/config/PlumeConfig';

/** One file to analyse: its text, its configuration layers, its path in the site and the run's keyphrase. */
export interface CheckJob {
  source: string;
  layers: (PlumeConfig | undefined)[];
  path: string;
  keyphrase?: string;
}

/** What a check worker answers. */
export interface CheckAnswer {
  id: number;
  checked?: CheckedFile;
  error?: string;
}

// A worker is given its next file while it analyses one, so it never waits for the calling thread.
const JOBS_PER_WORKER = 2;

/**
 * How many threads analyse files, the calling one included: every core (`PLUME_CHECK_THREADS`
 * overrides it, for measurements and for a CI runner that shares its cores).
 */
export function defaultCheckThreads(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  const forced = Number.parseInt(env.PLUME_CHECK_THREADS ?? '', 10);
  return Number.isInteger(forced) && forced >= 1 ? forced : Math.max(1, cores);
}

interface Lane {
  worker: Worker;
  inFlight: number;
}

export class CheckPool {
  private readonly lanes: Lane[] = [];
  private readonly waiting = new Map<number, { resolve: (checked: CheckedFile) => void; job: CheckJob; lane: Lane }>();
  private nextId = 1;
  /** How many files the workers analysed (the rest were analysed on the calling thread). */
  answeredByWorkers = 0;

  /** `script`: dist/analysisWorker.js; `workers`: how many threads besides the calling one (0: none). */
  constructor(script: string | undefined, workers: number) {
    if (!script) return;
    for (let i = 0; i < workers; i++) {
      try {
        const worker = new Worker(script, { workerData: { role: 'check' } });
        const lane: Lane = { worker, inFlight: 0 };
        worker.on('message', (answer: CheckAnswer) => this.answer(lane, answer));
        // A worker that fails leaves its files to the calling thread: never a lost file.
        worker.on('error', () => this.drop(lane));
        worker.on('exit', () => this.drop(lane));
        this.lanes.push(lane);
      } catch {
        // No worker: the calling thread analyses everything.
      }
    }
  }

  /**
   * The analysis of `job`, on a worker that has room for it, else on the calling thread (at once:
   * the caller has nothing better to do while every worker is busy).
   */
  analyze(job: CheckJob): Promise<CheckedFile> {
    const lane = this.lanes.reduce<Lane | undefined>((best, candidate) => (candidate.inFlight < JOBS_PER_WORKER && (!best || candidate.inFlight < best.inFlight) ? candidate : best), undefined);
    if (!lane) return Promise.resolve(analyzeHere(job));
    const id = this.nextId++;
    lane.inFlight++;
    return new Promise((resolve) => {
      this.waiting.set(id, { resolve, job, lane });
      lane.worker.postMessage({ id, job });
    });
  }

  dispose(): void {
    for (const lane of this.lanes) void lane.worker.terminate();
    this.lanes.length = 0;
  }

  private answer(lane: Lane, answer: CheckAnswer): void {
    const waiting = this.waiting.get(answer.id);
    if (!waiting) return;
    this.waiting.delete(answer.id);
    lane.inFlight--;
    if (answer.checked) this.answeredByWorkers++;
    // An error in the worker is analysed again here, where it is reported like any other.
    waiting.resolve(answer.checked ?? analyzeHere(waiting.job));
  }

  private drop(lane: Lane): void {
    const index = this.lanes.indexOf(lane);
    if (index < 0) return;
    this.lanes.splice(index, 1);
    for (const [id, waiting] of this.waiting) {
      if (waiting.lane !== lane) continue;
      this.waiting.delete(id);
      waiting.resolve(analyzeHere(waiting.job));
    }
  }
}

export function analyzeHere(job: CheckJob): CheckedFile {
  return analyzeForCheck(job.source, job.layers, { path: job.path, ...(job.keyphrase !== undefined ? { keyphrase: job.keyphrase } : {}) });
}
