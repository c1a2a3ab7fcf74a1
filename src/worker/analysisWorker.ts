// Runs in a worker thread: the analysis of a long article (a remark parse alone takes tens of
// milliseconds at 5,000 words) never blocks the extension host, which only posts the text.
// The same file, started with `workerData.role = 'parse'`, is a parse helper: it parses the
// chunks of a big document that the analysis thread hands it (see ParseHelpers); with
// `role = 'check'`, it analyses whole files for `plume check` (see CheckPool).
import { parentPort, workerData } from 'node:worker_threads';
import { EditorAnalyses } from '../core/analyzeForEditor';
import { typographyEdits } from '../core/typography/fixTypography';
import type { PlumeConfig } from '../core/config/PlumeConfig';
import { answerSite } from './siteRequests';
import type { SiteRequest } from './siteRequests';
import { parseChunk } from '../core/markdown/parseInChunks';
import { ChunkCache } from './ChunkCache';
import { analyzeHere } from './CheckPool';
import type { CheckAnswer, CheckJob } from './CheckPool';
import type { ChunkAnswer, ChunkJob } from './ParseHelpers';
import { ParseHelpers } from './ParseHelpers';
import { PARALLEL_THRESHOLD, parseInParallel } from './parseInParallel';

/** What the extension host asks of the analysis worker. */
export type WorkerRequest =
  | { id: number; analyze: { key: string; text: string; layers: (PlumeConfig | undefined)[] } }
  | { id: number; fixes: { key: string; analysisId: number; index: number } }
  | { id: number; forget: string }
  | { id: number; typography: { text: string; layers: (PlumeConfig | undefined)[] } }
  | { id: number; site: SiteRequest };

const port = parentPort;
const role = (workerData as { role?: string } | undefined)?.role;
if (port && role === 'check') {
  port.on('message', ({ id, job }: { id: number; job: CheckJob }) => {
    let answer: CheckAnswer;
    try {
      answer = { id, checked: analyzeHere(job) };
    } catch (error) {
      answer = { id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(answer);
  });
} else if (port && role === 'parse') {
  port.on('message', (job: ChunkJob & { id: number }) => {
    let answer: ChunkAnswer;
    try {
      answer = { id: job.id, parsed: parseChunk(job.text, job.span, job.foreign) };
    } catch (error) {
      answer = { id: job.id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(answer);
  });
} else if (port) {
  const helpers = new ParseHelpers(__filename);
  const cache = new ChunkCache();
  const analyses = new EditorAnalyses();
  // One request at a time, in order: the chunk cache re-uses trees in place (see ChunkCache),
  // and a finding's fixes are asked after the analysis that found it.
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (request: WorkerRequest) => {
    queue = queue.then(() => answer(request));
  });
  const answer = async (request: WorkerRequest) => {
    try {
      if ('analyze' in request) {
        const { key, text, layers } = request.analyze;
        const started = performance.now();
        const root = text.length >= PARALLEL_THRESHOLD ? await parseInParallel(text, helpers, cache) : undefined;
        port.postMessage({ id: request.id, result: analyses.analyze(key, request.id, text, layers, root, started) });
      } else if ('typography' in request) {
        port.postMessage({ id: request.id, result: typographyEdits(request.typography.text, request.typography.layers) });
      } else if ('site' in request) {
        port.postMessage({ id: request.id, result: answerSite(analyses, request.site) });
      } else if ('fixes' in request) {
        const { key, analysisId, index } = request.fixes;
        port.postMessage({ id: request.id, result: analyses.fixes(key, analysisId, index) });
      } else {
        analyses.forget(request.forget);
        port.postMessage({ id: request.id, result: true });
      }
    } catch (error) {
      port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
    }
  };
}
