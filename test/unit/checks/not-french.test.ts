import { describe, expect, it } from 'vitest';
import { covered, fixture, runCheck } from './runCheck';

const ID = 'not-french';

const ENGLISH = ('During a phone call on October 3, lawmakers pressed the Secretary of State on possible measures against ' +
  'the government in response to the invasion of the region by his country in September, and the sources said that they ' +
  'were granted anonymity to discuss the call. He replied that the department was studying ways to hold the country ' +
  'accountable and was not considering renewing a waiver that allows the United States to provide military assistance.').split(' ');

/** The first `n` words of an English news paragraph (repeated when needed). */
const english = (n: number): string => Array.from({ length: n }, (_, i) => ENGLISH[i % ENGLISH.length]).join(' ');

const SPANISH = 'Durante una llamada telefónica del 3 de octubre, los legisladores presionaron al secretario de Estado sobre las posibles medidas contra el gobierno en respuesta a la invasión de la región por parte de su país en septiembre. Las fuentes, que pidieron el anonimato, dijeron que el departamento estudia cómo pedir cuentas al país y que no piensa renovar una exención que permite a los Estados Unidos dar asistencia militar.';
const GERMAN = 'Bei einem Telefonat am 3. Oktober drängten die Abgeordneten den Außenminister zu möglichen Maßnahmen gegen die Regierung als Reaktion auf die Invasion der Region durch sein Land im September. Die Quellen, die anonym bleiben wollten, sagten, dass das Ministerium nach Wegen suche, das Land zur Rechenschaft zu ziehen, und dass es nicht daran denke, eine Ausnahme zu verlängern, die den Vereinigten Staaten militärische Hilfe erlaubt.';
const ITALIAN = 'Durante una telefonata del 3 ottobre, i legislatori hanno fatto pressione sul segretario di Stato sulle possibili misure contro il governo in risposta all’invasione della regione da parte del suo paese a settembre. Le fonti, che hanno chiesto l’anonimato, hanno detto che il dipartimento sta studiando come chiedere conto al paese e che non pensa di rinnovare una deroga che permette agli Stati Uniti di fornire assistenza militare.';

describe('not-french', () => {
  it('reports an English text as an error on the first body line, naming the language and both scores', () => {
    const text = `---\ntitle: Blinken\n---\n\n${english(80)}\n`;
    const [finding, ...rest] = runCheck(ID, text);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('error');
    expect(covered(text, finding!)).toBe(english(80));
    expect(finding?.message.fr).toMatch(/^Le texte semble être en anglais \(mots-outils français : \d+ % ; anglais : \d+ %\)\. Plume analyse des articles en français : traduisez-le ou réécrivez-le avec Plume\.$/);
    expect(finding?.message.en).toMatch(/^The text seems to be in English \(French function words: \d+%; English: \d+%\)\./);
    expect(finding?.data).toMatchObject({ language: 'en', words: 80 });
    const scores = finding?.data?.scores as Record<string, number>;
    expect(finding?.message.fr).toContain(`anglais : ${Math.round(scores.en! * 100)} %`);
    expect(finding?.message.fr).toContain(`mots-outils français : ${Math.round(scores.fr! * 100)} %`);
  });

  it('names Spanish, German and Italian', () => {
    for (const [text, fr, en] of [[SPANISH, 'espagnol', 'Spanish'], [GERMAN, 'allemand', 'German'], [ITALIAN, 'italien', 'Italian']] as const) {
      const [finding] = runCheck(ID, text);
      expect(finding?.message.fr, fr).toContain(`semble être en ${fr} (`);
      expect(finding?.message.en, en).toContain(`seems to be in ${en} (`);
    }
  });

  it('judges texts of 50 words and more only', () => {
    expect(runCheck(ID, english(49))).toEqual([]);
    expect(runCheck(ID, english(50))).toHaveLength(1);
  });

  it('takes its word floor from the options, below the detector’s own default too', () => {
    expect(runCheck(ID, english(30), { minWords: 30 })).toHaveLength(1);
    expect(runCheck(ID, english(29), { minWords: 30 })).toEqual([]);
    expect(runCheck(ID, english(80), { minWords: 100 })).toEqual([]);
  });

  it('stays silent on French, and on a French text quoting English terms', () => {
    expect(runCheck(ID, fixture('example', 'article-blinken-azerbaidjan.txt'))).toEqual([]);
    const mixed = `${fixture('checks', 'not-french', 'pass.md')}\nLe « build » casse quand le « hook » de « pre-commit » échoue : the tests are red.\n`;
    expect(runCheck(ID, mixed)).toEqual([]);
  });

  it('stays silent when no language stands out (names and figures)', () => {
    const names = Array.from({ length: 60 }, (_, i) => `Pallone${i} ${2000 + i}`).join(', ');
    expect(runCheck(ID, names)).toEqual([]);
  });

  it('handles an empty document and front matter alone', () => {
    expect(runCheck(ID, '')).toEqual([]);
    expect(runCheck(ID, '---\ntitle: The title is in English but there is no text at all\n---\n')).toEqual([]);
  });

  it('follows the configured severity', () => {
    expect(runCheck(ID, english(60), {}, 'warning')[0]?.severity).toBe('warning');
    expect(runCheck(ID, english(60), {}, 'off')).toEqual([]);
  });
});
