import { describe, expect, it } from 'vitest';
import { ArticleDocument } from '../../../src/core/markdown/ArticleDocument';
import { PROMINENT_WORD_COUNT, phraseStems, prominentWords } from '../../../src/core/site/prominentWords';
import { summarizeArticle } from '../../../src/core/site/SiteIndex';
import { siteSubjectOf, subjectOffsets } from '../../../src/core/site/SiteSubject';

const read = (text: string) => prominentWords(new ArticleDocument(text));
const stems = (text: string) => read(text).map((word) => word.stem);

describe('prominentWords', () => {
  it('counts content words by their stem, most frequent first, function words and numbers aside', () => {
    const text = '# Les marchés de Noël\n\nLe marché de Noël de Colmar ouvre en 2024. Les marchés de Colmar ferment en 2024 et le marché reste.\n';
    expect(read(text).map(({ stem, count }) => [stem, count])).toEqual([['march', 4], ['colmar', 2], ['noel', 2]]);
  });

  it('needs a word twice: said once, it is no topic', () => {
    expect(stems('Un chalet, un vin, une place.\n')).toEqual([]);
    expect(stems('Un chalet, deux chalets.\n')).toEqual(['chalet']);
  });

  it(`keeps the ${PROMINENT_WORD_COUNT} most frequent, ties by stem`, () => {
    const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliett'];
    const text = `${words.map((word) => `${word} ${word}`).join(' ')} juliett.\n`;
    expect(stems(text)).toEqual(['juliet', 'alpha', 'bravo', 'charl', 'delt', 'echo', 'foxtrot', 'golf']);
  });

  it('reads elided and hyphenated words as keyphrase matching does', () => {
    expect(stems('L’Arménie et l’Arménie. Le Haut-Karabakh, le haut-karabakh.\n')).toEqual(['armen', 'haut', 'karabakh']);
    // « c’est-à-dire » is made of function words and a verb form, « pensez-y » of a verb and « y ».
    expect(stems('C’est-à-dire, c’est-à-dire.\n')).toEqual(['dir']);
  });

  it('leaves markup read as text aside (« loading=lazy »)', () => {
    expect(stems('Une image {: loading=lazy } et {: loading=lazy }.\n')).toEqual([]);
  });

  it('places each word at its first occurrence in a paragraph, outside links, its elided article left out', () => {
    const text = '# Le chalet\n\nVoir [le chalet](a.md) puis l’orage et le chalet, l’orage.\n';
    const words = read(text);
    const at = (stem: string) => words.find((word) => word.stem === stem)?.at;
    const chalet = at('chalet');
    const orage = at('orag');
    expect(chalet && text.slice(chalet.start, chalet.end)).toBe('chalet');
    expect(chalet?.start).toBe(text.lastIndexOf('chalet'));
    expect(orage && text.slice(orage.start, orage.end)).toBe('orage');
    expect(words.find((word) => word.stem === 'orag')?.word).toBe('orage');
  });

  it('gives no place where a link cannot go: headings only, or a word written with an escape', () => {
    const words = read('# Chalet\n\n## Chalet\n\nCha\\let et cha\\let.\n');
    expect(words.find((word) => word.stem === 'chalet')).toEqual({ stem: 'chalet', count: 2, word: 'Chalet' });
  });

  it('goes into the summary as a sorted set of stems, and into the subject with places the CLI can place', () => {
    const text = '# Marché\n\nLe vin chaud du marché, le vin chaud du marché, le marché.\n';
    const doc = new ArticleDocument(text, undefined, { fileName: 'a.md' });
    expect(summarizeArticle(doc, 'a.md').prominent).toEqual(['chaud', 'march', 'vin']);
    const subject = siteSubjectOf(doc);
    expect(subject.prominent?.map((word) => word.stem)).toEqual(['march', 'chaud', 'vin']);
    for (const word of subject.prominent ?? []) expect(subjectOffsets(subject)).toContain(word.at?.start);
    expect(summarizeArticle(new ArticleDocument('# A\n\nRien.\n'), 'b.md').prominent).toBeUndefined();
  });

  it('reads a keyphrase’s content stems as it reads the text', () => {
    expect(phraseStems('marchés de Noël')).toEqual(['march', 'noel']);
    expect(phraseStems('"train de nuit"')).toEqual(['train', 'nuit']);
    expect(phraseStems('de la')).toEqual([]);
  });
});
