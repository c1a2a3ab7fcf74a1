// Runs in a worker thread: the analysis of a long article (a remark parse alone takes tens of
// milliseconds at 5,000 words) never blocks the extension host, which only posts the text.
// The same file, started with `workerData.role = 'parse'`, is a parse helper: it parses the
// chunks of a big document that the analysis thread hands it (see ParseHelpers).
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeForEditor } from '../core/analyzeForEditor';
import type { PlumeConfig } from '../core/config/PlumeConfig';
import { parseChunk } from '../core/markdown/parseInChunks';
import { ChunkCache } from './ChunkCache';
import type { ChunkAnswer, ChunkJob } from './ParseHelpers';
import { ParseHelpers } from './ParseHelpers';
import { PARALLEL_THRESHOLD, parseInParallel } from './parseInParallel';

export interface AnalysisRequest {
  id: number;
  text: string;
  layers: (PlumeConfig | undefined)[];
}

const port = parentPort;
if (port && (workerData as { role?: string } | undefined)?.role === 'parse') {
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
  // One analysis at a time: the chunk cache re-uses trees in place (see ChunkCache).
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (request: AnalysisRequest) => {
    queue = queue.then(() => answer(request));
  });
  const answer = async (request: AnalysisRequest) => {
    try {
      const started = performance.now();
      const root = request.text.length >= PARALLEL_THRESHOLD ? await parseInParallel(request.text, helpers, cache) : undefined;
      port.postMessage({ id: request.id, result: analyzeForEditor(request.text, request.layers, root, started) });
    } catch (error) {
      port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
    }
  };
}
