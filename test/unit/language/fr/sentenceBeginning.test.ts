import { describe, expect, it } from 'vitest';
import { sentenceBeginning } from '../../../../src/core/language/fr/sentenceBeginning';

describe('sentenceBeginning', () => {
  it('is the first word, lower case', () => {
    expect(sentenceBeginning('Il a plu toute la nuit.')).toBe('il');
    expect(sentenceBeginning('Blinken a répondu.')).toBe('blinken');
    expect(sentenceBeginning('ENSUITE, tout change.')).toBe('ensuite');
  });

  it('keeps an article, a demonstrative or a number with the next word', () => {
    expect(sentenceBeginning('Le président a parlé.')).toBe('le président');
    expect(sentenceBeginning('Le gouvernement a parlé.')).toBe('le gouvernement');
    expect(sentenceBeginning('Le président a parlé.')).not.toBe(sentenceBeginning('Le gouvernement a parlé.'));
    expect(sentenceBeginning('Une enquête est ouverte.')).toBe('une enquête');
    expect(sentenceBeginning('Des milliers de personnes.')).toBe('des milliers');
    expect(sentenceBeginning('Du pain.')).toBe('du pain');
    expect(sentenceBeginning('Au début, rien.')).toBe('au début');
    expect(sentenceBeginning('Cette année, tout change.')).toBe('cette année');
    expect(sentenceBeginning('Cet homme parle.')).toBe('cet homme');
    expect(sentenceBeginning('Ces mesures coûtent cher.')).toBe('ces mesures');
    expect(sentenceBeginning('Ce matin, il pleut.')).toBe('ce matin');
  });

  it('chains articles and numbers up to the noun', () => {
    expect(sentenceBeginning('De la politique, encore.')).toBe('de la politique');
    expect(sentenceBeginning('Les 3 pays ont signé.')).toBe('les 3 pays');
    expect(sentenceBeginning('Les deux cents salariés ont voté.')).toBe('les deux cents salariés');
    expect(sentenceBeginning('Trois ministres ont démissionné.')).toBe('trois ministres');
    expect(sentenceBeginning('Vingt-deux ans plus tard, il revient.')).toBe('vingt-deux ans');
    expect(sentenceBeginning('2023 a été une année record.')).toBe('2023 a');
    expect(sentenceBeginning('3,5 millions de foyers sont concernés.')).toBe('3,5 millions');
    expect(sentenceBeginning('100\u00a0000 personnes ont défilé.')).toBe('100 000 personnes');
    expect(sentenceBeginning('100\u202f000 personnes ont défilé.')).toBe('100 000 personnes');
  });

  it('stops a run of figures after five words', () => {
    expect(sentenceBeginning('1 2 3 4 5 6 7')).toBe('1 2 3 4 5');
  });

  it('keeps an elided word whole, whatever the apostrophe', () => {
    expect(sentenceBeginning('L’État a répondu.')).toBe("l'état");
    expect(sentenceBeginning("L'État a répondu.")).toBe("l'état");
    expect(sentenceBeginning('L’Arménie proteste.')).not.toBe(sentenceBeginning('L’Azerbaïdjan proteste.'));
    expect(sentenceBeginning('C’est fini.')).toBe("c'est");
    expect(sentenceBeginning("C'est fini.")).toBe("c'est");
    expect(sentenceBeginning('Qu’il vienne !')).toBe("qu'il");
    expect(sentenceBeginning('D’autres pays suivront.')).toBe("d'autres");
    expect(sentenceBeginning('De l’eau, vite.')).toBe("de l'eau");
  });

  it('skips opening quotes, dashes and emphasis, and keeps hyphenated words', () => {
    expect(sentenceBeginning('« Nous partons », dit-il.')).toBe('nous');
    expect(sentenceBeginning('— Oui, répond-elle.')).toBe('oui');
    expect(sentenceBeginning('**Attention** : danger.')).toBe('attention');
    expect(sentenceBeginning('Est-ce vrai ?')).toBe('est-ce');
  });

  it('reads an unaccented capital A as à', () => {
    expect(sentenceBeginning('A partir de demain, tout change.')).toBe(sentenceBeginning('À partir de demain, tout change.'));
    expect(sentenceBeginning('À partir de demain.')).toBe('à');
  });

  it('is empty for a sentence without words', () => {
    expect(sentenceBeginning('')).toBe('');
    expect(sentenceBeginning(' « » … ')).toBe('');
  });
});

describe('sentenceBeginning on long sentences', () => {
  it('reads the same beginning from a long sentence as from a short one', () => {
    const tail = ' mot'.repeat(200);
    expect(sentenceBeginning(`Le président a parlé${tail}.`)).toBe('le président');
    expect(sentenceBeginning(`Les deux cents salariés ont voté${tail}.`)).toBe('les deux cents salariés');
  });

  it('reads past the first 120 characters when the first words are that long', () => {
    const long = 'a'.repeat(150);
    expect(sentenceBeginning(`Les ${long} et la suite${' mot'.repeat(50)}.`)).toBe(`les ${long}`);
  });
});
