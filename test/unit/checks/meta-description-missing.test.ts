import { describe, expect, it } from 'vitest';
import { allChecks } from '../../../src/core/checks/registry';
import { runChecks } from '../../../src/core/checks/runChecks';
import { resolveSettings } from '../../../src/core/config/resolveSettings';
import { quickFixesFor } from '../../../src/core/fixes/quickFixesFor';
import { readerLength } from '../../../src/core/language/fr/readerText';
import { ArticleDocument } from '../../../src/core/markdown/ArticleDocument';
import { applyEdits, covered, runCheck, words } from './runCheck';

const ID = 'meta-description-missing';
const INTRO = 'Une bonne tente de randonnée pèse moins de deux kilos, se monte en cinq minutes et résiste au vent des crêtes.';
const BODY = `# Bien choisir sa tente\n\n${INTRO}\n`;

/** The description the check's quick fix drafts (computed when the editor asks), as the fixed text reads it. */
function suggestionOf(text: string, options = {}): unknown {
  const [finding] = runCheck(ID, text, options);
  if (!finding) return undefined;
  const settings = resolveSettings(allChecks, [{ checks: { [ID]: options } }]);
  const [fix] = quickFixesFor(new ArticleDocument(text), finding, settings);
  return new ArticleDocument(applyEdits(text, fix?.edits ?? [])).description?.text;
}

describe(ID, () => {
  it('accepts `description`, `meta_description` or `metaDescription`, in YAML or TOML', () => {
    expect(runCheck(ID, `---\ndescription: Les critères pour choisir une tente.\n---\n\n${BODY}`)).toEqual([]);
    expect(runCheck(ID, `---\nmeta_description: Les critères pour choisir une tente.\n---\n\n${BODY}`)).toEqual([]);
    expect(runCheck(ID, `---\nmetaDescription: Les critères pour choisir une tente.\n---\n\n${BODY}`)).toEqual([]);
    expect(runCheck(ID, `+++\ndescription = "Les critères pour choisir une tente."\n+++\n\n${BODY}`)).toEqual([]);
  });

  it('reports a missing or empty description on the first line of the front matter', () => {
    for (const text of [`---\ntitle: Bien choisir sa tente\n---\n\n${BODY}`, `---\ntitle: Tente\ndescription: ""\n---\n\n${BODY}`]) {
      const findings = runCheck(ID, text);
      expect(findings).toHaveLength(1);
      expect(findings[0]?.severity).toBe('warning');
      expect(findings[0] && covered(text, findings[0])).toBe('---');
    }
    const toml = `+++\ntitle = "Tente"\n+++\n\n${BODY}`;
    const [tomlFinding] = runCheck(ID, toml);
    expect(tomlFinding && covered(toml, tomlFinding)).toBe('+++');
    const crlf = `---\r\ntitle: Tente\r\n---\r\n\r\n${BODY}`;
    const [crlfFinding] = runCheck(ID, crlf);
    expect(crlfFinding && covered(crlf, crlfFinding)).toBe('---');
  });

  it('sits on the first line of the body when there is no front matter', () => {
    const [finding] = runCheck(ID, `\n\n${BODY}`);
    expect(finding && covered(`\n\n${BODY}`, finding)).toBe('# Bien choisir sa tente');
  });

  it('says what is missing and the length expected, in both languages', () => {
    const [finding] = runCheck(ID, BODY);
    expect(finding?.message.fr).toBe('Aucune méta-description : ni `description`, ni `meta_description` dans le front matter. Ajoutez un résumé de 120 à 156 caractères qui contient l’expression clé.');
    expect(finding?.message.en).toBe('No meta description: no `description` or `meta_description` in the front matter. Add a 120–156 character summary that contains the keyphrase.');
  });

  it('speaks of the length meta-description-length is configured to, not its defaults', () => {
    const checks = allChecks.filter((check) => check.id === ID || check.id === 'meta-description-length');
    const settings = resolveSettings(checks, [{ checks: { 'meta-description-length': { min: 100, max: 140 } } }]);
    const [finding] = runChecks(new ArticleDocument(BODY), checks, settings).findings;
    expect(finding?.message.fr).toContain('de 100 à 140 caractères');
    expect(finding?.message.en).toContain('a 100–140 character summary');
  });

  it('leaves an unreadable front matter to front-matter-invalid', () => {
    expect(runCheck(ID, `---\ntitle: "Tente\n---\n\n${BODY}`)).toEqual([]);
  });

  it('suggests the introduction itself when it is short enough', () => {
    expect(suggestionOf(BODY)).toBe(INTRO);
  });

  it('adds the next paragraphs to a short introduction, and ends on whole sentences when they fill 120 characters', () => {
    const text = `# Tente\n\nUne tente légère change tout.\n\n## Le poids\n\nSur plusieurs jours de marche, chaque gramme compte vraiment. Les tentes ultralégères pèsent moins d’un kilo. Elles coûtent cher.\n`;
    expect(suggestionOf(text)).toBe('Une tente légère change tout. Sur plusieurs jours de marche, chaque gramme compte vraiment. Les tentes ultralégères pèsent moins d’un kilo.');
  });

  it('does not take a closing quote inside a sentence for the end of a sentence', () => {
    const text = `Le Département d’État appelle à des « pourparlers directs » entre l’Arménie et l’Azerbaïdjan, et ${words(40, 'suite')}.`;
    const value = suggestionOf(text) as string;
    expect(value.endsWith('…')).toBe(true);
    expect(value).toContain('« pourparlers directs » entre');
  });

  it('cuts a long introduction at a word boundary, at most 155 characters with the ellipsis', () => {
    const long = `${words(60, 'randonnée')}.`;
    const suggestion = suggestionOf(long);
    expect(typeof suggestion).toBe('string');
    const value = suggestion as string;
    expect(value.endsWith('…')).toBe(true);
    expect([...value].length).toBeLessThanOrEqual(155);
    const head = value.slice(0, -1);
    expect(long.startsWith(head)).toBe(true);
    expect(long[head.length]).toBe(' ');
  });

  it('counts an emoji as one character and never splits it', () => {
    const long = Array.from({ length: 60 }, () => 'tente 🏕️').join(' ');
    const value = suggestionOf(long) as string;
    expect(readerLength(value)).toBeLessThanOrEqual(155);
    expect(value).toMatch(/🏕️…$/u);
  });

  it('takes the length of the suggestion from the settings', () => {
    const value = suggestionOf(BODY, { suggestionMax: 60 }) as string;
    expect([...value].length).toBeLessThanOrEqual(60);
    expect(value).toBe('Une bonne tente de randonnée pèse moins de deux kilos, se…');
  });

  it('reports an empty document or a front matter alone, with no suggestion', () => {
    expect(suggestionOf('')).toBeUndefined();
    const text = '---\ntitle: Tente\n---\n';
    const [finding] = runCheck(ID, text);
    expect(finding && covered(text, finding)).toBe('---');
    expect(finding && suggestionOf(text)).toBeUndefined();
  });

  it('drafts from the text a reader reads, not Markdown syntax', () => {
    const text = '# Tente\n\nUne **bonne** tente de [randonnée](https://example.fr) pèse `2 kg`.\n';
    expect(new ArticleDocument(text).description).toBeUndefined();
    expect(suggestionOf(text)).toBe('Une bonne tente de randonnée pèse.');
  });
});
