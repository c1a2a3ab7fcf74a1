import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProseWords, containsQuotation, quoteWords } from '../../../../src/core/rewrite/facts/findQuotes';

const proseOf = (words: readonly string[]) => {
  const prose = new ProseWords();
  for (const word of words) prose.push(word);
  return prose;
};

describe('ProseWords', () => {
  it('gives every word back by position, and every position of a word in order', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('le', 'président', 'a', 'dit', '\u0000', 'non'), { maxLength: 60 }), (words) => {
      const prose = proseOf(words);
      expect(prose.length).toBe(words.length);
      for (const word of new Set(words)) {
        const id = prose.idOf(word);
        expect([...prose.positionsOf(id)]).toEqual(words.flatMap((other, index) => (other === word ? [index] : [])));
        words.forEach((other, index) => expect(prose.idAt(index) === id).toBe(other === word));
      }
      expect(prose.idOf('absent')).toBe(-1);
      expect(prose.positionsOf(-1)).toHaveLength(0);
      expect(prose.idAt(words.length)).toBe(-1);
    }));
  });

  it('finds a quotation in order, in up to three pieces, and not a changed one', () => {
    const prose = proseOf(quoteWords('Il a déclaré : « Nous ne céderons pas, a-t-il ajouté, sur le Haut-Karabakh. »'));
    expect(containsQuotation(quoteWords('Nous ne céderons pas sur le Haut-Karabakh'), prose)).toBe(true);
    expect(containsQuotation(quoteWords('Nous ne céderons jamais sur le Haut-Karabakh'), prose)).toBe(false);
    expect(containsQuotation(quoteWords('sur le Haut-Karabakh nous ne céderons pas'), prose)).toBe(false);
  });
});
