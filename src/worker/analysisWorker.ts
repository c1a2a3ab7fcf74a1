// Runs in a worker thread: the analysis of a long article (a remark parse alone takes tens of
// milliseconds at 5,000 words) never blocks the extension host, which only posts the text.
import { parentPort } from 'node:worker_threads';
import { analyzeForEditor } from '../core/analyzeForEditor';
import type { PlumeConfig } from '../core/config/PlumeConfig';

export interface AnalysisRequest {
  id: number;
  text: string;
  layers: (PlumeConfig | undefined)[];
}

parentPort?.on('message', (request: AnalysisRequest) => {
  try {
    parentPort?.postMessage({ id: request.id, result: analyzeForEditor(request.text, request.layers) });
  } catch (error) {
    parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
