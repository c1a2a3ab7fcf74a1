import { describe, expect, it } from 'vitest';
import { contentWords, FUNCTION_WORD_COUNT, isFunctionWord } from '../../../../src/core/language/fr/functionWords';

describe('isFunctionWord', () => {
  it('knows every class of French function words', () => {
    const samples = [
      'le', 'la', 'les', 'un', 'une', 'des', 'du', 'au', 'aux', // articles
      'ce', 'cette', 'ces', 'mon', 'leurs', 'chaque', 'plusieurs', // determiners
      'à', 'de', 'dans', 'par', 'pour', 'sur', 'avec', 'sans', 'chez', 'selon', 'malgré', // prepositions
      'je', 'il', 'nous', 'se', 'lui', 'eux', 'y', 'en', 'qui', 'dont', 'où', 'lequel', 'cela', 'ça', // pronouns
      'et', 'ou', 'mais', 'donc', 'ni', 'car', 'que', 'quand', 'lorsque', 'si', 'comme', // conjunctions
      'est', 'sont', 'était', 'sera', 'soit', 'être', 'a', 'ont', 'avait', 'aura', 'avoir', // auxiliaries
      'peut', 'doit', 'faut', 'va', // modals
      'ne', 'pas', 'plus', 'très', 'trop', 'bien', 'aussi', 'encore', 'toujours', 'jamais', 'peut-être', // adverbs
    ];
    for (const word of samples) expect(isFunctionWord(word), word).toBe(true);
    expect(FUNCTION_WORD_COUNT).toBeGreaterThan(250);
  });

  it('ignores case and reads both apostrophes', () => {
    for (const word of ['Le', 'DES', 'À', 'L’', "L'", 'l’', 'd’', "qu'", 'Qu’', 'jusqu’']) expect(isFunctionWord(word), word).toBe(true);
  });

  it('takes an elided token as a function word when both its parts are', () => {
    for (const word of ['qu’il', "qu'elle", 'jusqu’à', 'l’on', 's’il', 'c’est', 'n’est', 'd’un']) expect(isFunctionWord(word), word).toBe(true);
    for (const word of ['l’État', "d'Arménie", 'qu’importe', 'aujourd’huis']) expect(isFunctionWord(word), word).toBe(false);
  });

  it('leaves content words and homographs that keyphrases use as nouns', () => {
    for (const word of ['maison', 'président', 'écrire', 'rapidement', 'Paris', '2023', 'or', 'été', 'mal', 'personne', '']) {
      expect(isFunctionWord(word), word).toBe(false);
    }
  });
});

describe('contentWords', () => {
  it('keeps the content words of a keyphrase, in order', () => {
    expect(contentWords('Les meilleures recettes de crêpes')).toEqual(['meilleures', 'recettes', 'crêpes']);
    expect(contentWords('Comment faire du pain maison')).toEqual(['faire', 'pain', 'maison']);
    expect(contentWords('vacances d’été')).toEqual(['vacances', 'été']);
  });

  it('splits elided clitics off their word, whatever the apostrophe', () => {
    expect(contentWords('Guide de l’Arménie')).toEqual(['guide', 'arménie']);
    expect(contentWords("Guide de l'Arménie")).toEqual(['guide', 'arménie']);
    expect(contentWords('Ce qu’il faut savoir')).toEqual(['savoir']);
  });

  it('keeps digits and hyphenated words', () => {
    expect(contentWords('10 astuces pour écrire')).toEqual(['10', 'astuces', 'écrire']);
    expect(contentWords('la guerre au Haut-Karabakh')).toEqual(['guerre', 'haut-karabakh']);
  });

  it('finds the first content word of a title', () => {
    // A title's leading function words: « Comment » and « les » before « impôts ».
    expect(contentWords('Comment les impôts sont calculés')[0]).toBe('impôts');
  });

  it('is empty for function words only or no words', () => {
    expect(contentWords('de la')).toEqual([]);
    expect(contentWords('')).toEqual([]);
    expect(contentWords(' « » ')).toEqual([]);
  });
});
