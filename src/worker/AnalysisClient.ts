import { Worker } from 'node:worker_threads';
import type { EditorAnalyses, EditorAnalysis } from '../core/analyzeForEditor';
import type { PlumeConfig } from '../core/config/PlumeConfig';
import type { QuickFix, TextEdit } from '../core/fixes/QuickFix';
import type { ClosedFindingsAnswer, ClosedFindingsRequest } from '../core/site/ClosedArticleFindings';
import type { SiteEntry } from '../core/site/SiteEntry';
import type { WorkerRequest } from './analysisWorker';

type Job = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
type Pending = { resolve: (result: unknown) => void; reject: (error: Error) => void; job: Job; timer?: ReturnType<typeof setTimeout>; worker?: Worker };

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
 * Sends analyses to one worker thread (started on first use, restarted if it dies), which keeps
 * each document's last analysis so that its quick fixes are computed only when asked for. Where
 * a worker cannot start, the same happens in-process: slower to the editor, never missing.
 */
export class AnalysisClient {
  private worker: Worker | undefined;
  private failedToStart = false;
  private answered = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private local: Promise<EditorAnalyses> | undefined;

  constructor(
    private readonly workerFile: string,
    private readonly log: (message: string) => void = () => undefined,
    private readonly deadlineMs = ANALYSIS_DEADLINE_MS,
  ) {}

  /** Analyses the text of document `key` (its URI), replacing the document's previous analysis. */
  analyze(text: string, layers: (PlumeConfig | undefined)[], key = ''): Promise<EditorAnalysis> {
    return this.send({ analyze: { key, text, layers } }) as Promise<EditorAnalysis>;
  }

  /** The quick fixes of finding `index` of an analysis; none if the document was analysed again since. */
  async fixes(key: string, analysisId: number, index: number): Promise<QuickFix[]> {
    return (await this.send({ fixes: { key, analysisId, index } })) as QuickFix[];
  }

  /**
   * The site index of the workspace, kept by the worker for the checks between articles: reads an
   * article into it, drops one, or says the workspace has been read whole. Resolves to whether the
   * index changed.
   */
  site(request: { summarize: { key: string; text: string } } | { remove: string } | { complete: true }): Promise<boolean> {
    return this.send({ site: request }) as Promise<boolean>;
  }

  /** Reads an article into the site index, as `site({ summarize })`, and gives its entry back (to be stored). */
  indexText(key: string, text: string): Promise<{ changed: boolean; entry?: SiteEntry }> {
    return this.send({ site: { index: { key, text } } }) as Promise<{ changed: boolean; entry?: SiteEntry }>;
  }

  /** Puts an entry stored earlier for the same content into the site index: the worker parses nothing. */
  restoreEntry(key: string, entry: SiteEntry): Promise<boolean> {
    return this.send({ site: { restore: { key, entry } } }) as Promise<boolean>;
  }

  /** The findings between articles of the articles that are not open, as far as they changed (ClosedArticleFindings). */
  closedFindings(request: ClosedFindingsRequest): Promise<ClosedFindingsAnswer> {
    return this.send({ site: { closed: request } }) as Promise<ClosedFindingsAnswer>;
  }

  /** The next slice of the round `closedFindings` began (while its answer says `more`). */
  closedFindingsMore(): Promise<ClosedFindingsAnswer> {
    return this.send({ site: { closedMore: true } }) as Promise<ClosedFindingsAnswer>;
  }

  /** Every typography fix of a text at once, with the team's settings (« Corriger toute la typographie »). */
  typography(text: string, layers: (PlumeConfig | undefined)[]): Promise<TextEdit[]> {
    return this.send({ typography: { text, layers } }) as Promise<TextEdit[]>;
  }

  /** Drops what is kept of a closed document. */
  forget(key: string): void {
    this.send({ forget: key }).catch(() => undefined);
  }

  private send(job: Job): Promise<unknown> {
    const id = this.nextId++;
    const worker = this.ensureWorker();
    if (!worker) return this.runInProcess(id, job);
    return new Promise((resolve, reject) => {
      const pending: Pending = { resolve, reject, job, worker };
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
      worker.postMessage({ id, ...job });
    });
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || this.failedToStart) return this.worker;
    try {
      const worker = new Worker(this.workerFile);
      // An idle worker must not keep a CLI or a test process alive.
      worker.unref();
      worker.on('message', (message: { id: number; result?: unknown; error?: string }) => {
        const pending = this.pending.get(message.id);
        this.pending.delete(message.id);
        clearTimeout(pending?.timer);
        this.answered = true;
        if (message.result !== undefined) pending?.resolve(message.result);
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
          if (this.failedToStart) this.runInProcess(id, pending.job).then(pending.resolve, pending.reject);
          // A new worker knows none of the old one's analyses: their fixes are simply none.
          else if ('fixes' in pending.job) pending.resolve([]);
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

  /**
   * The engine (remark, micromark, the checks) is loaded in the host only if the worker cannot
   * run: activation then evaluates none of it.
   */
  private async runInProcess(id: number, job: Job): Promise<unknown> {
    this.local ??= import('../core/analyzeForEditor').then(({ EditorAnalyses }) => new EditorAnalyses());
    const analyses = await this.local;
    if ('analyze' in job) return analyses.analyze(job.analyze.key, id, job.analyze.text, job.analyze.layers);
    if ('fixes' in job) return analyses.fixes(job.fixes.key, job.fixes.analysisId, job.fixes.index);
    if ('typography' in job) {
      const { typographyEdits } = await import('../core/typography/fixTypography');
      return typographyEdits(job.typography.text, job.typography.layers);
    }
    if ('site' in job) {
      const { answerSite } = await import('./siteRequests');
      return answerSite(analyses, job.site);
    }
    analyses.forget(job.forget);
    return true;
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
