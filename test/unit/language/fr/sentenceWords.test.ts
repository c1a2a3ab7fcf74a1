import { describe, expect, it } from 'vitest';
import { readSentenceWords } from '../../../../src/core/language/fr/sentenceWords';

const words = (text: string): string[] => readSentenceWords(text).words;

describe('readSentenceWords', () => {
  it('lower-cases and splits off elided clitics, expanded, whatever the apostrophe', () => {
    expect(words('L’État n’a pas dit qu’il viendrait.')).toEqual(["l'", 'état', 'ne', 'a', 'pas', 'dit', 'que', 'il', 'viendrait']);
    expect(words("L'État n'a pas dit qu'il viendrait.")).toEqual(words('L’État n’a pas dit qu’il viendrait.'));
    expect(words('Jusqu’à ce que, lorsqu’on, puisqu’il, quoiqu’elle')).toEqual(['jusque', 'à', 'ce', 'que', 'lorsque', 'on', 'puisque', 'il', 'quoique', 'elle']);
    expect(words('D’abord c’est j’ai m’a t’a s’est')).toEqual(['de', 'abord', 'ce', 'est', 'je', 'ai', 'me', 'a', 'te', 'a', 'se', 'est']);
  });

  it('reads « s’il » as si il and « s’est » as se est', () => {
    expect(words('S’il vient, s’ils viennent, s’est-il')).toEqual(['si', 'il', 'vient', 'si', 'ils', 'viennent', 'se', 'est', 'il']);
    expect(words('s’illustre')).toEqual(['se', 'illustre']);
  });

  it('keeps apostrophes that are no elision and hyphenated words', () => {
    expect(words('aujourd’hui presqu’île Haut-Karabakh peut-être c’est-à-dire')).toEqual(["aujourd'hui", "presqu'île", 'haut-karabakh', 'peut-être', 'ce', 'est-à-dire']);
    expect(words('Haut\u2011Karabakh')).toEqual(['haut-karabakh']);
  });

  it('splits an inverted subject pronoun off its verb, but not « -je »', () => {
    expect(words('A-t-il été élu ? Est-ce vrai ? Sont-elles parties ? Puis-je ?')).toEqual(['a', 'il', 'été', 'élu', 'est', 'ce', 'vrai', 'sont', 'elles', 'parties', 'puis-je']);
  });

  it('keeps decimal numbers whole and separates thousands groups', () => {
    expect(words('3,5 % et 1.5 puis 100 000')).toEqual(['3,5', 'et', '1.5', 'puis', '100', '000']);
    expect(words('fin,début')).toEqual(['fin', 'début']);
    expect(words('en 2023.Ensuite')).toEqual(['en', '2023', 'ensuite']);
  });

  it('restores the accent of an unaccented first capital', () => {
    expect(words('A cause de')).toEqual(['à', 'cause', 'de']);
    expect(words('Etant donné')).toEqual(['étant', 'donné']);
    expect(words('Il a')).toEqual(['il', 'a']);
  });

  it('marks names and clause starts', () => {
    const read = readSentenceWords('Selon Marie, l’ONU a tort ; ENFIN bref.');
    expect(read.words).toEqual(['selon', 'marie', "l'", 'onu', 'a', 'tort', 'enfin', 'bref']);
    expect(read.capitalized).toEqual([true, true, false, true, false, false, true, false]);
    expect(read.clauseStart).toEqual([true, false, true, false, false, false, true, false]);
  });

  it('stops after `limit` units and is empty for wordless text', () => {
    expect(readSentenceWords('un deux trois quatre', 2).words).toEqual(['un', 'deux']);
    expect(words('')).toEqual([]);
    expect(words(' « » … ')).toEqual([]);
  });
});
