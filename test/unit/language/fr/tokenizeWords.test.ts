import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordList, countWords, tokenizeWords } from '../../../../src/core/language/fr/tokenizeWords';

const texts = (input: string): string[] => tokenizeWords(input).map((token) => token.text);

const example = readFileSync(
  new URL('../../../fixtures/example/article-blinken-azerbaidjan.txt', import.meta.url),
  'utf8',
);

describe('tokenizeWords', () => {
  it('keeps elided and hyphenated French words whole', () => {
    expect(texts('la souveraineté de l’Arménie et de l\'Arménie')).toEqual([
      'la', 'souveraineté', 'de', 'l’Arménie', 'et', 'de', 'l\'Arménie',
    ]);
    expect(texts('aujourd’hui, peut-être, a-t-il ajouté')).toEqual(['aujourd’hui', 'peut-être', 'a-t-il', 'ajouté']);
    expect(texts('les relations arméno-azerbaïdjanaises – il n’y a plus de soldats')).toEqual([
      'les', 'relations', 'arméno-azerbaïdjanaises', 'il', 'n’y', 'a', 'plus', 'de', 'soldats',
    ]);
  });

  it('trims guillemets and punctuation so offsets point at the word itself', () => {
    const input = 'de « la souveraineté et de l’intégrité territoriale de l’Arménie » et';
    const tokens = tokenizeWords(input);
    expect(tokens.map((token) => token.text)).toEqual([
      'de', 'la', 'souveraineté', 'et', 'de', 'l’intégrité', 'territoriale', 'de', 'l’Arménie', 'et',
    ]);
    const arménie = tokens[8];
    expect(arménie).toEqual({ text: 'l’Arménie', start: input.indexOf('l’Arménie'), end: input.indexOf(' »') });
    expect(texts('(voir « pourparlers directs ».) [note] “fin”, oui ! non ? fin… — “Il”')).toEqual([
      'voir', 'pourparlers', 'directs', 'note', 'fin', 'oui', 'non', 'fin', 'Il',
    ]);
  });

  it('does not count punctuation or symbols standing alone as words', () => {
    expect(texts('« » – — : ; ! ? … * / | %')).toEqual([]);
    expect(texts('Aliyev a déclaré : « Nous mettrons en œuvre »')).toEqual([
      'Aliyev', 'a', 'déclaré', 'Nous', 'mettrons', 'en', 'œuvre',
    ]);
  });

  it('keeps a French thousands group joined by a no-break, narrow or thin space as one word', () => {
    expect(texts('plus de 100\u00a0000 Arméniens')).toEqual(['plus', 'de', '100\u00a0000', 'Arméniens']);
    expect(texts('1\u202f500\u202f000 habitants et 2\u2009300 km')).toEqual(['1\u202f500\u202f000', 'habitants', 'et', '2\u2009300', 'km']);
    expect(texts('(100\u00a0000)')).toEqual(['100\u00a0000']);
  });

  it('splits everywhere else on any whitespace, no-break spaces included', () => {
    // An ordinary space between digit groups is what most writers type, and what the example
    // article has: Yoast counts two words, and so does Plume.
    expect(texts('plus de 100 000 Arméniens')).toEqual(['plus', 'de', '100', '000', 'Arméniens']);
    expect(texts('Bonjour\u00a0! Le\u202f«\u00a0mot\u00a0»\u2009ici')).toEqual(['Bonjour', 'Le', 'mot', 'ici']);
    expect(texts('100\u00a0%')).toEqual(['100']);
    expect(texts('le 3\u00a0octobre')).toEqual(['le', '3', 'octobre']);
    expect(texts('tab\there\nnew\r\nline')).toEqual(['tab', 'here', 'new', 'line']);
  });

  it('keeps numbers, decimals, ordinals and abbreviations with their inner punctuation', () => {
    expect(texts('le 1er septembre, 3,5 % ou 3.5 en 52 av. J.-C., n° 12.')).toEqual([
      'le', '1er', 'septembre', '3,5', 'ou', '3.5', 'en', '52', 'av', 'J.-C', 'n°', '12',
    ]);
    expect(texts('site.fr et C++')).toEqual(['site.fr', 'et', 'C++']);
  });

  it('handles letters outside the Basic Multilingual Plane and combining accents', () => {
    expect(texts('« 𝒳 » e\u0301te\u0301 😀 fin')).toEqual(['𝒳', 'e\u0301te\u0301', 'fin']);
  });

  it('counts the words of the example article', () => {
    // 733 whitespace-separated chunks, minus 27 made of punctuation only: 24 guillemets (« » and
    // the « ». » / « », » forms), the en dash of « azerbaïdjanaises – il » and two lone colons.
    // « 100 000 » is typed with an ordinary space there, so it is two words.
    const chunks = example.split(/\s+/).filter((chunk) => chunk !== '');
    expect(chunks).toHaveLength(733);
    expect(countWords(example)).toBe(706);
    expect(tokenizeWords(example)).toHaveLength(706);
  });

  it('returns nothing for empty or blank input', () => {
    expect(tokenizeWords('')).toEqual([]);
    expect(countWords(' \u00a0\n\t')).toBe(0);
  });
});

describe('tokenizeWords properties', () => {
  const anyText = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    fc.array(fc.constantFrom('l’', 'de', ' ', '\u00a0', '\u202f', '1', '000', '«', '»', '.', '-', '😀', 'é'), { maxLength: 40 }).map((parts) => parts.join('')),
  );

  it('never throws, and tokens are in range, in order, non-overlapping, and equal to their slice', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const tokens = tokenizeWords(input);
        let previousEnd = 0;
        for (const token of tokens) {
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          expect(token.end).toBeGreaterThan(token.start);
          expect(token.end).toBeLessThanOrEqual(input.length);
          expect(token.text).toBe(input.slice(token.start, token.end));
          expect(token.text).toMatch(/[\p{L}\p{N}]/u);
          previousEnd = token.end;
        }
        expect(countWords(input)).toBe(tokens.length);
      }),
    );
  });

  it('WordList holds the same words as tokenizeWords, read by index, by iteration or by map', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const tokens = tokenizeWords(input);
        const list = WordList.of(input);
        expect(list.length).toBe(tokens.length);
        expect([...list]).toEqual(tokens);
        expect(list.texts()).toEqual(tokens.map((token) => token.text));
        expect(list.map((token, index) => ({ ...token, index }))).toEqual(tokens.map((token, index) => ({ ...token, index })));
        tokens.forEach((token, index) => {
          expect([list.startAt(index), list.endAt(index), list.textAt(index)]).toEqual([token.start, token.end, token.text]);
          expect(list.at(index)).toEqual(token);
        });
        expect(list.at(tokens.length)).toBeUndefined();
        expect(list.at(-1)).toBeUndefined();
      }),
    );
  });

  it('never returns a token that contains whitespace other than a thousands separator', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        for (const token of tokenizeWords(input)) {
          expect(token.text.replace(/(?<=\d)[\u00a0\u202f\u2009](?=\d{3})/gu, '')).not.toMatch(/\s/u);
        }
      }),
    );
  });

  it('stays fast on a 5,000-word document', () => {
    const document = `${example}\n`.repeat(8);
    const started = performance.now();
    for (let i = 0; i < 10; i++) countWords(document);
    const perRun = (performance.now() - started) / 10;
    expect(countWords(document)).toBe(706 * 8);
    // Run on every keystroke: a generous bound that still catches a quadratic regression.
    expect(perRun).toBeLessThan(50);
  });
});
