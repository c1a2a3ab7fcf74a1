// The French language toolkit of Plume: words, sentences, syllables, reading ease, French-ness.
export { tokenizeWords, countWords, WordList } from './tokenizeWords';
export type { WordToken } from './tokenizeWords';
export { splitSentences } from './splitSentences';
export type { SentenceSpan } from './splitSentences';
export { countSyllables } from './countSyllables';
export { computeReadingEase } from './computeReadingEase';
export { detectLanguage } from './detectLanguage';
export type { LanguageCode, LanguageGuess } from './detectLanguage';
export { readWordFacts } from './readWordFacts';
export type { WordFacts } from './readWordFacts';
