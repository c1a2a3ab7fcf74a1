import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countSyllables } from '../../../../src/core/language/fr/countSyllables';
import { detectLanguage } from '../../../../src/core/language/fr/detectLanguage';
import { readWordFacts } from '../../../../src/core/language/fr/readWordFacts';
import { WordList } from '../../../../src/core/language/fr/tokenizeWords';

const FIXTURES = new URL('../../../fixtures/language/', import.meta.url);
const fixtures = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt'));

/** The blocks of a text as ArticleDocument gives them: one per paragraph. */
const blocksOf = (text: string) => text.split(/\n\s*\n/).map((block) => WordList.of(block));

describe('readWordFacts', () => {
  it.each(fixtures)('gives the syllables and the language the separate functions give (%s)', (name) => {
    const blocks = blocksOf(readFileSync(new URL(name, FIXTURES), 'utf8'));
    const words = blocks.flatMap((tokens) => tokens.map((token) => token.text));
    const facts = readWordFacts(blocks);
    expect(facts.syllables).toBe(words.reduce((sum, word) => sum + countSyllables(word), 0));
    expect(facts.language).toEqual(detectLanguage(words));
  });

  it('has nothing to say about no words', () => {
    expect(readWordFacts([])).toEqual({ syllables: 0, language: detectLanguage([]) });
    expect(readWordFacts([WordList.EMPTY, WordList.of('  ')]).language.language).toBe('unknown');
  });
});
