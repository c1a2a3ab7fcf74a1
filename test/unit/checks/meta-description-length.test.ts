import { describe, expect, it } from 'vitest';
import { covered, runCheck } from './runCheck';

const ID = 'meta-description-length';
const BODY = '\n# Bien choisir sa tente\n\nUne bonne tente de randonnée pèse moins de deux kilos.\n';
const article = (description: string): string => `---\ntitle: Bien choisir sa tente\ndescription: "${description}"\n---\n${BODY}`;
// n characters that YAML keeps as they are (no trailing space to trim).
const chars = (n: number): string => 'Tente de randonnée légère, '.repeat(10).slice(0, n).replace(/ $/, '.');

describe(ID, () => {
  it('accepts 120 and 156 characters, reports 119 and 157', () => {
    expect(runCheck(ID, article(chars(120)))).toEqual([]);
    expect(runCheck(ID, article(chars(156)))).toEqual([]);
    expect(runCheck(ID, article(chars(119)))[0]?.data).toEqual({ length: 119, min: 120, max: 156, key: 'description' });
    expect(runCheck(ID, article(chars(157)))[0]?.data).toEqual({ length: 157, min: 120, max: 156, key: 'description' });
  });

  it('sits on the description value in the front matter', () => {
    const text = article(chars(50));
    const [finding] = runCheck(ID, text);
    expect(finding?.severity).toBe('warning');
    expect(finding && covered(text, finding)).toBe(`"${chars(50)}"`);
    const plain = `---\nmeta_description: Trop courte.\n---\n${BODY}`;
    const [plainFinding] = runCheck(ID, plain);
    expect(plainFinding && covered(plain, plainFinding)).toBe('Trop courte.');
    expect(plainFinding?.data?.key).toBe('meta_description');
  });

  it('says the length measured, the range expected and what to do, in both languages', () => {
    const [short] = runCheck(ID, article(chars(100)));
    expect(short?.message.fr).toBe('Méta-description de 100 caractères ; 120 à 156 attendus. Développez-la d’environ 20 caractères : le sujet, l’expression clé, ce que le lecteur y gagne.');
    expect(short?.message.en).toBe('Meta description of 100 characters; 120 to 156 expected. Expand it by about 20 characters: the topic, the keyphrase, what the reader gains.');
    const [long] = runCheck(ID, article(chars(168)));
    expect(long?.message.fr).toBe('Méta-description de 168 caractères ; 120 à 156 attendus. Raccourcissez-la d’au moins 12 caractères : Google coupe le reste.');
    expect(long?.message.en).toBe('Meta description of 168 characters; 120 to 156 expected. Shorten it by at least 12 characters: Google cuts the rest.');
  });

  it('counts characters as a reader sees them: an emoji or an accented letter once, a run of spaces once', () => {
    // 119 letters and one emoji (two UTF-16 units): 120 characters.
    expect(runCheck(ID, article(`${chars(119)}🏕`))).toEqual([]);
    expect(runCheck(ID, article(`${chars(118)}🏕`))[0]?.data?.length).toBe(119);
    // 117 + one space for three + « é »: 119 characters.
    expect(runCheck(ID, article(`${chars(117)}   é`))[0]?.data?.length).toBe(119);
  });

  it('reads TOML front matters and CRLF line endings', () => {
    const toml = `+++\ndescription = "${chars(60)}"\n+++\n${BODY}`;
    const [finding] = runCheck(ID, toml);
    expect(finding && covered(toml, finding)).toBe(`"${chars(60)}"`);
    expect(runCheck(ID, article(chars(130)).replace(/\n/g, '\r\n'))).toEqual([]);
  });

  it('takes its limits from the settings', () => {
    expect(runCheck(ID, article(chars(100)), { min: 100 })).toEqual([]);
    expect(runCheck(ID, article(chars(99)), { min: 100 })[0]?.message.fr).toContain('100 à 156 attendus');
    expect(runCheck(ID, article(chars(160)), { max: 160 })).toEqual([]);
    expect(runCheck(ID, article(chars(161)), { max: 160 })[0]?.message.en).toContain('120 to 160 expected');
  });

  it('stays silent without a description: meta-description-missing reports that', () => {
    expect(runCheck(ID, '')).toEqual([]);
    expect(runCheck(ID, '---\ntitle: Tente\n---\n')).toEqual([]);
    expect(runCheck(ID, BODY)).toEqual([]);
  });
});
