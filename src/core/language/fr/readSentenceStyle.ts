import { isPassiveInWords } from './passiveVoice';
import { sentenceBeginning } from './sentenceBeginning';
import { readSentenceWords } from './sentenceWords';
import { hasTransitionInWords } from './transitionWords';

/** What the French style checks need of one sentence, read once for all of them. */
export interface SentenceStyle {
  /** Holds a transition word or connector (« cependant », « en effet », « soit… soit »). */
  transition: boolean;
  /** Built in the passive voice (« a été adopté par »). */
  passive: boolean;
  /** Its first word, with the next one when the first is an article, a number or a demonstrative. */
  beginning: string;
}

/** Reads a sentence's grammar units once and answers the three style questions from them. */
export function readSentenceStyle(sentence: string): SentenceStyle {
  const words = readSentenceWords(sentence);
  return { transition: hasTransitionInWords(words), passive: isPassiveInWords(words), beginning: sentenceBeginning(sentence) };
}
