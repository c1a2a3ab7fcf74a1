// The per-word facts of a whole document in one pass: syllables (for the reading ease) and
// function-word languages (for the language guess). Both are a pure function of the word's
// text, and a text repeats its words (a 5,000-word article has ~1,500 distinct ones), so each
// distinct word is worked out once and both facts share that one lookup.
import { countSyllables } from './countSyllables';
import { guessFromHits, languageBitsOf } from './detectLanguage';
import type { LanguageGuess } from './detectLanguage';
import type { WordList } from './tokenizeWords';

export interface WordFacts {
  /** Sum of countSyllables over every word. */
  syllables: number;
  /** detectLanguage of every word's text, in order, with its default minimum. */
  language: LanguageGuess;
}

// Both facts of a word packed in one number: syllables × 32 + language bits (5 languages).
const LANGUAGE_SPAN = 32;

/** Syllables and language of words given block by block (as ArticleDocument's blockWords). */
export function readWordFacts(blockWords: readonly WordList[]): WordFacts {
  const known = new Map<string, number>();
  const hits = [0, 0, 0, 0, 0];
  let syllables = 0;
  let total = 0;
  for (const words of blockWords) {
    for (let i = 0; i < words.length; i++) {
      const text = words.textAt(i);
      let packed = known.get(text);
      if (packed === undefined) {
        packed = countSyllables(text) * LANGUAGE_SPAN + languageBitsOf(text);
        known.set(text, packed);
      }
      const bits = packed % LANGUAGE_SPAN;
      syllables += (packed - bits) / LANGUAGE_SPAN;
      total += 1;
      if (bits === 0) continue;
      for (let bit = 0; bit < hits.length; bit++) if (bits & (1 << bit)) hits[bit] = (hits[bit] ?? 0) + 1;
    }
  }
  return { syllables, language: guessFromHits(hits, total) };
}
