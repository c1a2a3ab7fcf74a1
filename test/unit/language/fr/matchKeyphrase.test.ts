import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsPhrase, countForm, findPhrase, formShare, keyphraseForms, normalizePhrase, normalizeWord, phraseKey, sameWord, sentenceWords } from '../../../../src/core/language/fr/matchKeyphrase';
import type { KeyphraseForm } from '../../../../src/core/language/fr/matchKeyphrase';

const has = (text: string, keyphrase: string, synonyms: string[] = []): boolean => containsPhrase(text, keyphraseForms(keyphrase, synonyms));
const forms = (phrase: string): string[] => normalizePhrase(phrase).map((word) => word.form);
const stems = (phrase: string): string[] => normalizePhrase(phrase).map((word) => word.stem);
const same = (a: string, b: string): boolean => sameWord(normalizePhrase(a)[0]!, normalizePhrase(b)[0]!);
const only = (keyphrase: string): KeyphraseForm => keyphraseForms(keyphrase)[0]!;

describe('normalizeWord', () => {
  it('ignores case and accents', () => {
    expect(normalizeWord('Égalité')).toBe('egalite');
    expect(normalizeWord('ÉTÉ')).toBe('ete');
    expect(normalizeWord('garçon')).toBe('garcon');
    expect(normalizeWord('Noël')).toBe('noel');
  });

  it('folds the ligatures œ and æ into the letters keyboards type', () => {
    expect(normalizeWord('cœur')).toBe(normalizeWord('coeur'));
    expect(normalizeWord('Œuvre')).toBe('oeuvre');
    expect(normalizeWord('Cæcum')).toBe('caecum');
  });

  it('drops an elided article, pronoun or conjunction, whatever the apostrophe', () => {
    for (const word of ['l’orage', "l'orage", 'L’Orage', 'lʼorage', 'l‘orage']) expect(normalizeWord(word), word).toBe('orage');
    expect(normalizeWord('d’Arménie')).toBe('armenie');
    expect(normalizeWord('qu’elle')).toBe('elle');
    expect(normalizeWord('jusqu’à')).toBe('a');
    expect(normalizeWord('lorsqu’il')).toBe('il');
    expect(normalizeWord('c’est')).toBe('est');
  });

  it('keeps words whose apostrophe is not an elision', () => {
    expect(normalizeWord('aujourd’hui')).toBe("aujourd'hui");
    expect(normalizeWord('presqu’île')).toBe("presqu'ile");
  });

  it('drops a final plural s or x from words of four letters or more only', () => {
    expect(normalizeWord('orages')).toBe('orage');
    expect(normalizeWord('jeux')).toBe('jeu');
    expect(normalizeWord('les')).toBe('les');
    expect(normalizeWord('gaz')).toBe('gaz');
  });
});

describe('normalizePhrase', () => {
  it('splits a keyphrase into normalised words, punctuation and quotes trimmed', () => {
    expect(forms('« Égalité salariale »')).toEqual(['egalite', 'salariale']);
    expect(forms('Tomates cerises, en pot !')).toEqual(['tomate', 'cerise', 'en', 'pot']);
  });

  it('gives each word its Snowball stem, taken with the accents and folded after', () => {
    expect(stems('Élections présidentielles')).toEqual(['elect', 'presidentiel']);
    expect(stems('l’élection présidentielle')).toEqual(['elect', 'presidentiel']);
    expect(stems('elections presidentielles')).toEqual(['elect', 'presidentiel']);
    expect(stems('Vélos électriques')).toEqual(stems('vélo électrique'));
    expect(stems('cœur')).toEqual(stems('coeur'));
  });

  it('splits hyphenated words, so that hyphens and spaces match each other', () => {
    expect(forms('Haut-Karabakh')).toEqual(['haut', 'karabakh']);
    expect(forms('haut karabakh')).toEqual(['haut', 'karabakh']);
    expect(forms('Haut\u2011Karabakh')).toEqual(['haut', 'karabakh']);
    expect(normalizePhrase('États-Unis')).toEqual(normalizePhrase('etats unis'));
  });

  it('gives no word for blank or punctuation-only input', () => {
    expect(normalizePhrase('')).toEqual([]);
    expect(normalizePhrase(' « » … ')).toEqual([]);
  });

  it('keys the spellings of one keyphrase alike', () => {
    expect(phraseKey('Haut-Karabakh')).toBe('haut karabakh');
    expect(phraseKey('HAUT KARABAKH')).toBe(phraseKey('haut‑karabakh'));
    expect(phraseKey('« »')).toBe('');
  });
});

describe('sameWord', () => {
  it('takes two forms of one word for the same word', () => {
    expect(same('élection', 'élections')).toBe(true);
    expect(same('présidentielle', 'présidentiels')).toBe(true);
    expect(same('nationaux', 'national')).toBe(true);
    expect(same('bijoux', 'bijou')).toBe(true);
  });

  it('keeps what matched before stems: words typed without accents, plurals Snowball stems apart', () => {
    // « egalite » stems to « egalit », « égalité » to « egal »: the folded forms still agree.
    expect(same('egalite', 'égalité')).toBe(true);
    expect(same('egalites', 'Égalité')).toBe(true);
    // Snowball reads « -ions » as a verb ending: « réflexions » → « réflex », « réflexion » stays.
    expect(same('réflexions', 'réflexion')).toBe(true);
  });

  it('tells apart words with different stems', () => {
    expect(same('Arménie', 'Arméniens')).toBe(false);
    expect(same('élection', 'électrique')).toBe(false);
    expect(same('police', 'politique')).toBe(false);
  });

  it('conflates what Snowball conflates, false friends included (known limits)', () => {
    // « mère » stems to « mer », « France » and « français » to « franc », « marcher » and
    // « marché » to « march »: a keyphrase « mer » finds « la fête des mères ».
    expect(same('mer', 'mères')).toBe(true);
    expect(same('France', 'franc')).toBe(true);
    expect(same('marché', 'marcher')).toBe(true);
  });
});

describe('keyphraseForms', () => {
  it('keeps the content words of a keyphrase, function words set aside as Yoast does', () => {
    expect(only('train de nuit').words.map((word) => word.form)).toEqual(['train', 'nuit']);
    expect(only('Les meilleures recettes de crêpes').words.map((word) => word.form)).toEqual(['meilleure', 'recette', 'crepe']);
    expect(only('pain au levain').exact).toBe(false);
  });

  it('keeps every word of a keyphrase made of function words only', () => {
    expect(only('à la').words.map((word) => word.form)).toEqual(['a', 'la']);
  });

  it('reads a quoted keyphrase as an exact match, every word kept', () => {
    for (const quoted of ['"train de nuit"', '“train de nuit”', '« train de nuit »']) {
      const form = only(quoted);
      expect(form.exact, quoted).toBe(true);
      expect(form.words.map((word) => word.form), quoted).toEqual(['train', 'de', 'nuit']);
    }
  });

  it('gives the keyphrase, then its synonyms, leaving out phrases without words', () => {
    expect(keyphraseForms('Haut-Karabakh', ['Artsakh', ' « » ', 'Nagorno-Karabakh']).map((form) => form.text)).toEqual(['Haut-Karabakh', 'Artsakh', 'Nagorno-Karabakh']);
    expect(keyphraseForms('« »')).toEqual([]);
  });
});

describe('findPhrase', () => {
  const words = (text: string) => normalizePhrase(text);

  it('finds every start index of consecutive words, in any of their forms', () => {
    expect(findPhrase(words('a b c a b'), words('a b'))).toEqual([0, 3]);
    expect(findPhrase(words('a c b'), words('a b'))).toEqual([]);
    expect(findPhrase(words('les élections présidentielles'), words('élection présidentielle'))).toEqual([1]);
  });

  it('finds nothing for an empty phrase or one longer than the text', () => {
    expect(findPhrase(words('a'), [])).toEqual([]);
    expect(findPhrase(words('a'), words('a b'))).toEqual([]);
    expect(findPhrase([], words('a'))).toEqual([]);
  });
});

describe('countForm and formShare', () => {
  it('count a sentence\'s occurrences as its rarest content word, as Yoast does', () => {
    expect(countForm(words('Les tomates cerises et les cerises.'), only('tomates cerises'))).toBe(1);
    expect(countForm(words('Tomate cerise, tomates cerises.'), only('tomates cerises'))).toBe(2);
    expect(countForm(words('Des cerises.'), only('tomates cerises'))).toBe(0);
  });

  it('count the runs of a quoted keyphrase, overlapping ones once', () => {
    expect(countForm(words('très très très'), only('"très très"'))).toBe(1);
    expect(countForm(words('cerises et tomates'), only('"tomates cerises"'))).toBe(0);
  });

  it('give the share of content words found', () => {
    expect(formShare(words('Le levain maison'), only('pain au levain maison'))).toBeCloseTo(2 / 3);
    expect(formShare(words('Le levain'), only('"pain au levain"'))).toBe(0);
  });

  function words(text: string) {
    return normalizePhrase(text);
  }
});

describe('sentenceWords', () => {
  it('splits a block into the words of each sentence', () => {
    expect(sentenceWords('La présidentielle approche. L’élection aura lieu en avril.').map((sentence) => sentence.map((word) => word.form))).toEqual([
      ['la', 'presidentielle', 'approche'],
      ['election', 'aura', 'lieu', 'en', 'avril'],
    ]);
  });
});

describe('containsPhrase', () => {
  it('matches as a French writer expects', () => {
    expect(has('Les élections présidentielles approchent.', 'élection présidentielle')).toBe(true);
    expect(has('Le calendrier de l’élection présidentielle.', 'élection présidentielle')).toBe(true);
    expect(has('L’orage a frappé Lyon.', 'orage')).toBe(true);
    expect(has('Les orages de l’été.', 'orage')).toBe(true);
    expect(has('Vers l’égalité salariale', 'egalite salariale')).toBe(true);
    expect(has('Le Haut-Karabakh', 'haut-karabakh')).toBe(true);
    expect(has('Le Haut-Karabakh', 'haut karabakh')).toBe(true);
    expect(has('Le Haut Karabakh', 'Haut-Karabakh')).toBe(true);
    expect(has('Un cœur simple', 'coeur simple')).toBe(true);
  });

  it('needs every content word, in any order and any form, as whole words', () => {
    // Yoast SEO's « all words found »: order and function words do not matter.
    expect(has('Des cerises et des tomates', 'tomates cerises')).toBe(true);
    expect(has('Le train part de nuit', 'train de nuit')).toBe(true);
    expect(has('Le train du soir', 'train de nuit')).toBe(false);
    // Snowball gives « orageux » the stem of « orage » (« orag »): a form of the same word.
    expect(has('Un temps orageux', 'orage')).toBe(true);
    expect(has('Un ciel d’orange', 'orage')).toBe(false);
    expect(has('Un temps lourd', 'orage')).toBe(false);
  });

  it('needs a quoted keyphrase word for word, in order', () => {
    expect(has('Des cerises et des tomates', '"tomates cerises"')).toBe(false);
    expect(has('Des tomates cerises', '"tomates cerises"')).toBe(true);
    expect(has('Un temps orageux', '"orage"')).toBe(false);
  });

  it('accepts a synonym in place of the keyphrase', () => {
    expect(has('L’Artsakh vidé de ses habitants', 'Haut-Karabakh', ['Artsakh', 'Nagorno-Karabakh'])).toBe(true);
    expect(has('Exode au Nagorno-Karabakh', 'Haut-Karabakh', ['Artsakh', 'Nagorno-Karabakh'])).toBe(true);
    expect(has('Exode au Caucase', 'Haut-Karabakh', ['Artsakh'])).toBe(false);
  });

  it('can ask for the words within one sentence', () => {
    const text = 'La présidentielle approche. L’élection aura lieu en avril.';
    expect(containsPhrase(text, keyphraseForms('élection présidentielle'))).toBe(true);
    expect(containsPhrase(text, keyphraseForms('élection présidentielle'), 'sentence')).toBe(false);
    expect(containsPhrase('Avant l’élection présidentielle. Après.', keyphraseForms('élection présidentielle'), 'sentence')).toBe(true);
  });

  it('finds a phrase wherever it sits among other words', () => {
    const word = fc.stringMatching(/^[a-zàâçéèêëîïôûùüÿœ]{1,10}$/);
    const words = fc.array(word, { maxLength: 8 });
    fc.assert(
      fc.property(words, fc.array(word, { minLength: 1, maxLength: 4 }), words, (before, phrase, after) => {
        const text = [...before, phrase.join(' ').toUpperCase(), ...after].join(' ');
        expect(containsPhrase(text, keyphraseForms(phrase.join(' ')))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
