import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/core/language/fr/splitSentences';

const sentences = (input: string): string[] => splitSentences(input).map((span) => input.slice(span.start, span.end));

const example = readFileSync(
  new URL('../../../fixtures/example/article-blinken-azerbaidjan.txt', import.meta.url),
  'utf8',
);
const exampleParagraphs = example.split('\n').filter((line) => line.trim() !== '');

describe('splitSentences', () => {
  it('splits after . ! ? … and their runs before a capital', () => {
    expect(sentences('La dérogation est caduque. Chaque année, elle est renouvelée.')).toEqual([
      'La dérogation est caduque.', 'Chaque année, elle est renouvelée.',
    ]);
    expect(sentences('Vraiment ?! Oui… Et alors... Bon ! Fin?')).toEqual(['Vraiment ?!', 'Oui…', 'Et alors...', 'Bon !', 'Fin?']);
  });

  it('splits before a digit, an opening quote or bracket, and a dialogue dash', () => {
    expect(sentences('Il est parti. 3 jours plus tard, il est revenu.')).toHaveLength(2);
    expect(sentences('Il est parti. « Je reviendrai », a-t-il dit.')).toEqual(['Il est parti.', '« Je reviendrai », a-t-il dit.']);
    expect(sentences('Il est parti. (Personne ne l’a revu.)')).toEqual(['Il est parti.', '(Personne ne l’a revu.)']);
    expect(sentences('Tu viens ? — Non, je reste.')).toEqual(['Tu viens ?', '— Non, je reste.']);
    expect(sentences('Fin du test. **Ensuite** on recommence.')).toEqual(['Fin du test.', '**Ensuite** on recommence.']);
  });

  it('does not split before a lowercase word', () => {
    expect(sentences('Des pommes, des poires, etc. et des fraises.')).toHaveLength(1);
    expect(sentences('Des pommes, des poires, etc. Il en reste.')).toEqual(['Des pommes, des poires, etc.', 'Il en reste.']);
    expect(sentences('Il hésita… puis partit.')).toHaveLength(1);
  });

  it('splits the example’s « Nagorno-Azerbaïdjan. Karabakh. »', () => {
    expect(sentences('à la suite des actions au Nagorno-Azerbaïdjan. Karabakh.')).toEqual([
      'à la suite des actions au Nagorno-Azerbaïdjan.', 'Karabakh.',
    ]);
  });

  it('ends a sentence that ends inside guillemets at the closing »', () => {
    const input = 'Il a dit : « C’est fini. » Puis il est parti.';
    expect(sentences(input)).toEqual(['Il a dit : « C’est fini. »', 'Puis il est parti.']);
    expect(sentences('Il a dit : « C’est fini ! » puis il est parti.')).toHaveLength(1);
    expect(sentences('Il a dit “C’est fini.” Puis il est parti.')).toEqual(['Il a dit “C’est fini.”', 'Puis il est parti.']);
  });

  it('never splits inside a quotation, whatever it says', () => {
    expect(sentences('Il a écrit : « Je pensais… Non, rien. Oubliez ça ! » avant de partir.')).toHaveLength(1);
    const quote = 'Blinken s’est dit « profondément préoccupé par les actions militaires de l’Azerbaïdjan » et a déclaré que « le recours à la force pour résoudre les différends est inacceptable ».';
    expect(sentences(quote)).toEqual([quote]);
  });

  it('survives unbalanced quotes', () => {
    // An unclosed « must not swallow the sentences after it.
    expect(sentences('« Il a dit oui. Elle a dit non. Rien de plus.')).toHaveLength(3);
    expect(sentences('Fin de citation. » Et la suite. Encore.')).toHaveLength(3);
    expect(sentences('» » « « .')).toHaveLength(1);
  });

  it('does not split after titles and common abbreviations', () => {
    expect(sentences('M. Dupont et MM. Durand sont là. Mme. Curie aussi.')).toEqual([
      'M. Dupont et MM. Durand sont là.', 'Mme. Curie aussi.',
    ]);
    expect(sentences('Le Dr. House, le Pr. Tournesol, Me. Durand, Mgr. Lustiger et Ste. Anne.')).toHaveLength(1);
    expect(sentences('Voir p. ex. Paris, cf. Chapitre 3 et vol. II, chap. 4, art. L. 123-4, fig. 2, n°. 5.')).toHaveLength(1);
    expect(sentences('César vécut au Ier s. av. J.-C. Puis vint Auguste.')).toEqual([
      'César vécut au Ier s. av. J.-C.', 'Puis vint Auguste.',
    ]);
    expect(sentences('Il est né le 3 janv. 1950 et mort le 12 déc. 2020.')).toHaveLength(1);
    expect(sentences('Comptez env. 20 km, min. 3 heures, max. 5 heures.')).toHaveLength(1);
  });

  it('still splits after a word that is also an abbreviation when no number follows', () => {
    expect(sentences('C’est un vol. Il a été signalé.')).toHaveLength(2);
    expect(sentences('Ils étaient sept. Le huitième est arrivé.')).toHaveLength(2);
    expect(sentences('Comptez 10 min. Ensuite servez.')).toHaveLength(2);
  });

  it('does not split after initials', () => {
    expect(sentences('J. F. Kennedy et A. Dupont sont cités. J.-F. Copé aussi.')).toEqual([
      'J. F. Kennedy et A. Dupont sont cités.', 'J.-F. Copé aussi.',
    ]);
  });

  it('splits after a roman ordinal only when a capital follows', () => {
    expect(sentences('Il servit François Ier. puis son fils.')).toHaveLength(1);
    expect(sentences('Il servit François Ier. Puis il partit.')).toHaveLength(2);
  });

  it('does not split inside decimals, URLs, e-mail addresses or domains', () => {
    expect(sentences('Le taux est de 3,5 % ou 3.5 points selon site.fr et www.exemple.gouv.fr/page.html ce matin.')).toHaveLength(1);
    expect(sentences('Écrivez à jean.dupont@exemple.fr. Il répondra.')).toEqual(['Écrivez à jean.dupont@exemple.fr.', 'Il répondra.']);
  });

  it('trims spans and returns nothing for blank input', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\u00a0 ')).toEqual([]);
    expect(splitSentences('  Bonjour.  Au revoir.  ')).toEqual([{ start: 2, end: 10 }, { start: 12, end: 22 }]);
    expect(sentences('Un titre sans point')).toEqual(['Un titre sans point']);
  });

  it('finds the 27 sentences of the example article, one paragraph at a time', () => {
    const counts = exampleParagraphs.map((paragraph) => splitSentences(paragraph).length);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(27);
    // « La décision de retarder… est également révélatrice. Chaque année depuis 2002, … »
    expect(counts[5]).toBe(3);
    // « Dans une interview… arménien. Il a déclaré… au Nagorno-Azerbaïdjan. Karabakh. »: the
    // stray « Karabakh. » is a sentence of its own, as written.
    expect(counts[13]).toBe(3);
    // Every period of the article ends a sentence: there is no abbreviation in it.
    expect(example.split('.').length - 1).toBe(27);
    expect(splitSentences(example)).toHaveLength(27);
  });
});

describe('splitSentences properties', () => {
  const prose = fc
    .array(fc.constantFrom('Il', 'part', 'M', 'etc', '.', '. ', ' ', '!', '?', '…', '«', '»', '“', '”', '"', ')', '(', '\u00a0', '\n', 'é', 'À', '3', '😀', '—'), { maxLength: 60 })
    .map((parts) => parts.join(''));
  const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), prose);

  it('never throws, and spans are trimmed, ordered, and cover every non-whitespace character once', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const spans = splitSentences(input);
        const covered = new Uint8Array(input.length);
        let previousEnd = 0;
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(input.length);
          expect(input[span.start]).toMatch(/\S/u);
          expect(input[span.end - 1]).toMatch(/\S/u);
          covered.fill(1, span.start, span.end);
          previousEnd = span.end;
        }
        for (let i = 0; i < input.length; i++) {
          if (/\S/u.test(input[i] ?? '')) expect(covered[i]).toBe(1);
        }
      }),
    );
  });

  it('runs in linear time on adversarial input', () => {
    const cases = ['. '.repeat(50_000), '«'.repeat(100_000), `${'a.'.repeat(50_000)} B`, `${'M. '.repeat(30_000)}X`, ' » '.repeat(30_000) + '.'];
    for (const input of cases) {
      const started = performance.now();
      splitSentences(input);
      expect(performance.now() - started).toBeLessThan(500);
    }
  });
});
