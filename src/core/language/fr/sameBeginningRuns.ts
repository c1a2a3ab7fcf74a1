import type { Sentence } from '../../markdown/ArticleDocument';
import type { SentenceStyle } from './readSentenceStyle';

/** Consecutive sentences that begin alike: the first of them, the beginning, how many. */
export interface SameBeginningRun {
  first: Sentence;
  beginning: string;
  length: number;
}

/**
 * Every run of sentences that begin alike, in order (runs of one included). A run stays within
 * one block (paragraph, list item, table cell): a new paragraph is a new start for the reader, and
 * list items that begin alike are a deliberate parallel. A sentence without words never starts one.
 */
export function sameBeginningRuns(sentences: readonly { sentence: Sentence; style: SentenceStyle }[]): SameBeginningRun[] {
  const runs: SameBeginningRun[] = [];
  let current: SameBeginningRun | undefined;
  for (const { sentence, style } of sentences) {
    if (current && style.beginning !== '' && style.beginning === current.beginning && sentence.blockIndex === current.first.blockIndex) {
      current.length++;
      continue;
    }
    current = style.beginning === '' ? undefined : { first: sentence, beginning: style.beginning, length: 1 };
    if (current) runs.push(current);
  }
  return runs;
}
