import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { covered, fixture, runCheck } from './runCheck';

const ID = 'keyphrase-length';
const BODY = '\nLa crêpe bretonne se prépare en dix minutes.\n';
const withKeyphrase = (keyphrase: string): string => `---\ntitle: Crêpes bretonnes\nkeyphrase: ${keyphrase}\n---\n${BODY}`;
// Content words only: « de », « et », « pour », « les », « le » are function words and never count.
const WORDS = ['recettes', 'crêpes', 'bretonnes', 'faciles', 'rapides', 'enfants', 'dimanche', 'soir', 'maison', 'beurre'];
const phrase = (content: number): string => WORDS.slice(0, content).join(' de ');

describe(ID, () => {
  it('accepts 1 to 4 content words, gives a notice from 5 to 8, a warning from 9', () => {
    for (const n of [1, 2, 3, 4]) expect(runCheck(ID, withKeyphrase(phrase(n))), `${n}`).toEqual([]);
    for (const n of [5, 8]) {
      const findings = runCheck(ID, withKeyphrase(phrase(n)));
      expect(findings.map((finding) => finding.severity), `${n}`).toEqual(['info']);
      expect(findings[0]?.data).toMatchObject({ contentWords: n, good: 4, problem: 8 });
    }
    for (const n of [9, 10]) expect(runCheck(ID, withKeyphrase(phrase(n))).map((finding) => finding.severity), `${n}`).toEqual(['warning']);
  });

  it('counts content words only: function words and elisions aside, a hyphenated word once', () => {
    // 4 content words among 9 words.
    expect(runCheck(ID, withKeyphrase('les meilleures recettes de crêpes pour le dimanche'))).toEqual([]);
    // « l’Arménie » is one content word, « Haut-Karabakh » another.
    expect(runCheck(ID, withKeyphrase('l’Arménie et le Haut-Karabakh'))).toEqual([]);
    const [finding] = runCheck(ID, withKeyphrase('meilleures recettes de crêpes bretonnes faciles et rapides'));
    expect(finding?.data).toMatchObject({ contentWords: 6 });
  });

  it('names the count and the words, in French and English, on the keyphrase value', () => {
    const text = withKeyphrase('meilleures recettes de crêpes bretonnes faciles et rapides');
    const [finding] = runCheck(ID, text);
    expect(finding && covered(text, finding)).toBe('meilleures recettes de crêpes bretonnes faciles et rapides');
    expect(finding?.message.fr).toBe('L’expression clé « meilleures recettes de crêpes bretonnes faciles et rapides » compte 6 mots pleins (meilleures, recettes, crêpes, bretonnes, faciles, rapides) ; 4 au plus recommandés. Gardez-en 4 au plus, ceux qui disent le sujet : une expression plus courte est plus souvent cherchée, et plus facile à placer dans le titre et le texte.');
    expect(finding?.message.en).toBe('The keyphrase “meilleures recettes de crêpes bretonnes faciles et rapides” has 6 content words (meilleures, recettes, crêpes, bretonnes, faciles, rapides); at most 4 recommended. Keep at most 4, those that name the topic: a shorter phrase is searched for more often, and easier to place in the title and the text.');
    const [tooLong] = runCheck(ID, withKeyphrase(phrase(9)));
    expect(tooLong?.message.fr).toContain('compte 9 mots pleins');
    expect(tooLong?.message.fr).toContain('4 au plus recommandés, et plus de 8 est bien trop');
    expect(tooLong?.message.en).toContain('at most 4 recommended, and over 8 is far too many');
  });

  it('gives a notice for a keyphrase of function words only, and says nothing of one without words', () => {
    const [finding] = runCheck(ID, withKeyphrase('pour quoi'));
    expect(finding?.severity).toBe('info');
    expect(finding?.data).toMatchObject({ contentWords: 0 });
    expect(finding?.message.fr).toContain('n’est faite que de mots outils');
    expect(finding?.message.en).toContain('is made of function words only');
    expect(runCheck(ID, withKeyphrase('tout ce que'))).toHaveLength(1);
    // « faire » is a content word: « comment faire » has one.
    expect(runCheck(ID, withKeyphrase('comment faire'))).toEqual([]);
    expect(runCheck(ID, withKeyphrase('"« »"'))).toEqual([]);
  });

  it('takes its limits from a team config', () => {
    const team = { good: 5, problem: 6 };
    expect(runCheck(ID, withKeyphrase(phrase(5)), team)).toEqual([]);
    expect(runCheck(ID, withKeyphrase(phrase(6)), team).map((finding) => finding.severity)).toEqual(['info']);
    expect(runCheck(ID, withKeyphrase(phrase(7)), team).map((finding) => finding.severity)).toEqual(['warning']);
    expect(runCheck(ID, withKeyphrase(phrase(7)), team)[0]?.message.en).toContain('at most 5 recommended, and over 6');
    // The notice stays a notice under an error setting; the warning follows it.
    expect(runCheck(ID, withKeyphrase(phrase(6)), {}, 'error')[0]?.severity).toBe('info');
    expect(runCheck(ID, withKeyphrase(phrase(9)), {}, 'error')[0]?.severity).toBe('error');
  });

  it('reads the keyphrase given for the run (plume check --keyphrase), on the first line', () => {
    const { findings } = analyzeArticle(BODY, [], undefined, { keyphrase: phrase(9) });
    const finding = findings.find((candidate) => candidate.checkId === ID);
    expect(finding?.range).toEqual({ start: 0, end: 0 });
    expect(finding?.severity).toBe('warning');
  });

  it('does not run without a keyphrase', () => {
    expect(runCheck(ID, BODY)).toEqual([]);
    expect(runCheck(ID, '')).toEqual([]);
  });

  it('finds « Haut-Karabakh » a good keyphrase for the example article', () => {
    const example = fixture('example', 'article-blinken-azerbaidjan.txt');
    expect(runCheck(ID, `---\nkeyphrase: Haut-Karabakh\n---\n${example}`)).toEqual([]);
    expect(analyzeArticle(example, [], undefined, { keyphrase: 'Haut-Karabakh' }).findings.filter((finding) => finding.checkId === ID)).toEqual([]);
  });
});
