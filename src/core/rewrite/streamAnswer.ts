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
  options: {
    signal?: AbortSignal;
    attempt: number;
    phase: RewriteProgress['phase'];
    onProgress?: (progress: RewriteProgress) => void;
    /** Past this many characters the answer is stopped: `invalid-output`, reason `too-long`. */
    maxCharacters?: number;
  },
): Promise<StreamedAnswer> {
  const started = Date.now();
  let text = '';
  let usage: ChatUsage | undefined;
  let reported = 0;
  // Our own stop for an answer that will not end (a 50 MB answer, an endless stream).
  const limit = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, limit.signal]) : limit.signal;
  const tooLong = () => Object.assign(new ModelError('invalid-output', `the answer passed ${options.maxCharacters} characters`, { reason: 'too-long', limitCharacters: options.maxCharacters }), { partial: text });
  const report = () => {
    reported = text.length;
    options.onProgress?.({ attempt: options.attempt, characters: text.length, words: countWords(text), text, phase: options.phase });
  };
  try {
    for await (const delta of model.stream(messages, { signal, onUsage: (value) => (usage = value) })) {
      text += delta;
      if (options.maxCharacters !== undefined && text.length > options.maxCharacters) {
        limit.abort();
        throw tooLong();
      }
      if (text.length - reported >= PROGRESS_EVERY_CHARS) report();
    }
  } catch (error) {
    if (limit.signal.aborted) throw error instanceof ModelError && error.details.reason === 'too-long' ? error : tooLong();
    if (error instanceof ModelError) throw Object.assign(error, { partial: text });
    if (options.signal?.aborted) throw Object.assign(new ModelError('cancelled', 'cancelled'), { partial: text });
    throw error;
  }
  report();
  return { text, usage, modelMs: Date.now() - started };
}
