import { describe, expect, it } from 'vitest';
import { covered, runCheck } from './runCheck';

const ID = 'keyphrase-in-title';
const BODY = '\nLes tomates cerises poussent bien en pot sur un balcon ensoleillé.\n';
const article = (frontMatter: string, body = BODY): string => `---\n${frontMatter}\n---\n${body}`;

describe('keyphrase-in-title', () => {
  it('reports a front matter title without the keyphrase, on the title value', () => {
    const text = article('title: Réussir son potager sur un balcon\nkeyphrase: tomates cerises');
    const [finding, ...rest] = runCheck(ID, text);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('warning');
    expect(covered(text, finding!)).toBe('Réussir son potager sur un balcon');
    expect(finding?.message.fr).toContain('« Réussir son potager sur un balcon »');
    expect(finding?.message.fr).toContain('« tomates cerises »');
    expect(finding?.message.en).toContain('“tomates cerises”');
    expect(finding?.data).toMatchObject({ keyphrase: 'tomates cerises', source: 'front-matter' });
  });

  it('reports an H1 title without the keyphrase, on the H1', () => {
    const text = article('keyphrase: tomates cerises', '\n# Réussir son potager\n\nDu texte.\n');
    const [finding] = runCheck(ID, text);
    expect(covered(text, finding!)).toBe('# Réussir son potager');
    expect(finding?.data).toMatchObject({ source: 'h1' });
  });

  it('accepts the keyphrase whatever its case, accents, elision or plural', () => {
    for (const [title, keyphrase] of [
      ['Cultiver des TOMATES CERISES sur son balcon', 'tomates cerises'],
      ['Cultiver des tomates cerises', 'Tomate cerise'],
      ['L’égalité salariale en 2024', 'egalite salariale'],
      ['Quand l’orage gronde', 'orage'],
      ['Un cœur simple, de Flaubert', 'coeur simple'],
      ['Exode au Haut-Karabakh', 'haut karabakh'],
    ]) {
      expect(runCheck(ID, article(`title: ${title}\nkeyphrase: ${keyphrase}`)), title).toEqual([]);
    }
  });

  it('needs the words of the keyphrase in order', () => {
    expect(runCheck(ID, article('title: Des cerises et des tomates\nkeyphrase: tomates cerises'))).toHaveLength(1);
    expect(runCheck(ID, article('title: Un temps orageux\nkeyphrase: orage'))).toHaveLength(1);
  });

  it('prefers seo_title over title', () => {
    expect(runCheck(ID, article('title: Tomates cerises\nseo_title: Le potager sur un balcon\nkeyphrase: tomates cerises'))).toHaveLength(1);
    expect(runCheck(ID, article('title: Le potager\nseo_title: Tomates cerises en pot\nkeyphrase: tomates cerises'))).toEqual([]);
  });

  it('reads the keyphrase from every supported front matter key', () => {
    for (const key of ['keyphrase', 'focus_keyphrase', 'focusKeyphrase', 'focus_keyword', 'keyword']) {
      expect(runCheck(ID, article(`title: Le potager\n${key}: tomates cerises`)), key).toHaveLength(1);
      expect(runCheck(ID, article(`title: Tomates cerises en pot\n${key}: tomates cerises`)), key).toEqual([]);
    }
    expect(runCheck(ID, article('title: Le potager\nkeywords: [tomates cerises, balcon]'))).toHaveLength(1);
    expect(runCheck(ID, article('title: Tomates cerises en pot\nkeywords: tomates cerises, balcon'))).toEqual([]);
  });

  it('says nothing without a keyphrase or without a title', () => {
    expect(runCheck(ID, article('title: Le potager'))).toEqual([]);
    expect(runCheck(ID, article('keyphrase: tomates cerises'))).toEqual([]);
    expect(runCheck(ID, article('title: Le potager\nkeyphrase: "« »"'))).toEqual([]);
  });

  it('handles an empty document and front matter alone', () => {
    expect(runCheck(ID, '')).toEqual([]);
    expect(runCheck(ID, '---\ntitle: Le potager\nkeyphrase: tomates cerises\n---\n')).toHaveLength(1);
  });

  it('follows the configured severity', () => {
    const text = article('title: Le potager\nkeyphrase: tomates cerises');
    expect(runCheck(ID, text, {}, 'error')[0]?.severity).toBe('error');
    expect(runCheck(ID, text, {}, 'off')).toEqual([]);
  });
});
