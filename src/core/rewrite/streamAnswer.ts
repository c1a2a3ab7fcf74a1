import { countWords } from '../language/fr/tokenizeWords';
import type { ChatMessage, ChatModel, ChatUsage } from './ChatModel';
import { ModelError } from './ChatModel';
import type { RewriteProgress } from './RewriteRequest';

export interface StreamedAnswer {
  text: string;
  usage?: ChatUsage;
  modelMs: number;
}

// Counting words on every token would be quadratic on a long answer: report at most every
// 200 characters (a progress line a person reads does not need more).
const PROGRESS_EVERY_CHARS = 200;

/** Streams one answer; a ModelError carries the partial text received before the failure. */
export async function streamAnswer(
  model: ChatModel,
  messages: ChatMessage[],
  options: { signal?: AbortSignal; attempt: number; phase: RewriteProgress['phase']; onProgress?: (progress: RewriteProgress) => void },
): Promise<StreamedAnswer> {
  const started = Date.now();
  let text = '';
  let usage: ChatUsage | undefined;
  let reported = 0;
  const report = () => {
    reported = text.length;
    options.onProgress?.({ attempt: options.attempt, characters: text.length, words: countWords(text), text, phase: options.phase });
  };
  try {
    for await (const delta of model.stream(messages, { signal: options.signal, onUsage: (value) => (usage = value) })) {
      text += delta;
      if (text.length - reported >= PROGRESS_EVERY_CHARS) report();
    }
  } catch (error) {
    if (error instanceof ModelError) throw Object.assign(error, { partial: text });
    if (options.signal?.aborted) throw Object.assign(new ModelError('cancelled', 'cancelled'), { partial: text });
    throw error;
  }
  report();
  return { text, usage, modelMs: Date.now() - started };
}
