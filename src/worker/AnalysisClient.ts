import { Worker } from 'node:worker_threads';
import type { EditorAnalysis } from '../core/analyzeForEditor';
import type { PlumeConfig } from '../core/config/PlumeConfig';

type Pending = { resolve: (analysis: EditorAnalysis) => void; reject: (error: Error) => void; text: string; layers: (PlumeConfig | undefined)[]; timer?: ReturnType<typeof setTimeout>; worker?: Worker };

// Structure the parser finds costly is bounded (limitComplexity) and size is (inputLimits); this
// is the last guard against what neither foresaw: an analysis still running after a minute is
// stopped, its worker replaced, so that one document never holds up the others.
export const ANALYSIS_DEADLINE_MS = 60_000;

/** An analysis stopped at its deadline. */
export class AnalysisTimeout extends Error {
  constructor(readonly ms: number) {
    super(`analysis stopped after ${ms} ms`);
    this.name = 'AnalysisTimeout';
  }
}

/**
 * Sends analyses to one worker thread (started on first use, restarted if it dies). Where a
 * worker cannot start, analyses run in-process: slower to the editor, never missing.
 */
export class AnalysisClient {
  private worker: Worker | undefined;
  private failedToStart = false;
  private answered = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly workerFile: string,
    private readonly log: (message: string) => void = () => undefined,
    private readonly deadlineMs = ANALYSIS_DEADLINE_MS,
  ) {}

  analyze(text: string, layers: (PlumeConfig | undefined)[]): Promise<EditorAnalysis> {
    const worker = this.ensureWorker();
    if (!worker) return analyzeInProcess(text, layers);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const pending: Pending = { resolve, reject, text, layers, worker };
      pending.timer = setTimeout(() => {
        if (!this.pending.delete(id)) return;
        reject(new AnalysisTimeout(this.deadlineMs));
        // The worker is busy with it for who knows how long: replace it (it did start: no
        // fallback to analysing in the extension host, which this document would freeze).
        this.answered = true;
        if (this.worker === worker) this.worker = undefined;
        void worker.terminate();
      }, this.deadlineMs);
      pending.timer.unref?.();
      this.pending.set(id, pending);
      worker.postMessage({ id, text, layers });
    });
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || this.failedToStart) return this.worker;
    try {
      const worker = new Worker(this.workerFile);
      // An idle worker must not keep a CLI or a test process alive.
      worker.unref();
      worker.on('message', (message: { id: number; result?: EditorAnalysis; error?: string }) => {
        const pending = this.pending.get(message.id);
        this.pending.delete(message.id);
        clearTimeout(pending?.timer);
        this.answered = true;
        if (message.result) pending?.resolve(message.result);
        else pending?.reject(new Error(message.error ?? 'analysis failed'));
      });
      worker.on('error', (error) => this.log(`analysis worker failed: ${error.message}`));
      worker.on('exit', (code) => {
        if (this.worker === worker) this.worker = undefined;
        // A worker that died before its first answer never started (missing file, no
        // worker_threads): analyse in-process from now on. One that died later is restarted.
        if (!this.answered) this.failedToStart = true;
        for (const [id, pending] of this.pending) {
          // Only this worker's requests: a replacement may already have some of its own.
          if (pending.worker !== worker) continue;
          this.pending.delete(id);
          clearTimeout(pending.timer);
          if (this.failedToStart) analyzeInProcess(pending.text, pending.layers).then(pending.resolve, pending.reject);
          else pending.reject(new Error(`analysis worker exited (${code})`));
        }
      });
      this.worker = worker;
    } catch (error) {
      this.failedToStart = true;
      this.log(`analysis worker unavailable, analysing in-process: ${error instanceof Error ? error.message : String(error)}`);
    }
    return this.worker;
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}

/**
 * The engine (remark, micromark, the checks) is loaded in the host only if the worker cannot
 * run: activation then evaluates none of it.
 */
async function analyzeInProcess(text: string, layers: (PlumeConfig | undefined)[]): Promise<EditorAnalysis> {
  const { analyzeForEditor } = await import('../core/analyzeForEditor');
  return analyzeForEditor(text, layers);
}
