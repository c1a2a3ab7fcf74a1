import { describe, expect, it } from 'vitest';
import type { TextEdit } from '../../../src/core/fixes/QuickFix';
import { reportFieldEdit } from '../../../src/core/report/reportFieldEdit';
import type { ReportFieldName } from '../../../src/core/report/reportFieldEdit';

/** The text after the edit the report's field would make. */
function typed(text: string, field: ReportFieldName, value: string): string {
  const edit = reportFieldEdit(text, field, value);
  if (edit === undefined || edit === 'invalid-front-matter') throw new Error(`no edit: ${String(edit)}`);
  return apply(text, edit);
}
const apply = (text: string, edit: TextEdit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end);

const BODY = '# Trains de nuit\n\nLe texte.\n';

describe('reportFieldEdit: a value typed in the SEO report, written to the front matter', () => {
  it('creates a front matter at the top when the article has none, a blank line before the text', () => {
    expect(typed(BODY, 'keyphrase', '  trains   de nuit ')).toBe(`---\nkeyphrase: "trains de nuit"\n---\n\n${BODY}`);
    expect(typed(BODY, 'synonyms', 'train-couchettes, Intercités de nuit')).toBe(`---\nkeyphrase_synonyms: "train-couchettes, Intercités de nuit"\n---\n\n${BODY}`);
  });

  it('writes in the key the article already uses, every other line kept as written', () => {
    const text = `---\nseo_title: Ancien titre\ntags: [rail, nuit]   # à revoir\nsummary: >-\n  Un ancien\n  résumé.\ndate: 2024-05-02\n---\n${BODY}`;
    expect(typed(text, 'title', 'Trains de nuit : le retour')).toBe(text.replace('seo_title: Ancien titre', 'seo_title: "Trains de nuit : le retour"'));
    const description = typed(text, 'description', 'Les trains de nuit reviennent en France.');
    expect(description).toContain('summary: "Les trains de nuit reviennent en France."\ndate: 2024-05-02');
    expect(description).toContain('tags: [rail, nuit]   # à revoir');
  });

  it('adds `title` to the front matter of an article whose title is its H1, which stays', () => {
    const text = `---\ndate: 2024-05-02\n---\n${BODY}`;
    expect(typed(text, 'title', 'Trains de nuit')).toBe(`---\ndate: 2024-05-02\ntitle: "Trains de nuit"\n---\n${BODY}`);
  });

  it('leaves a keyphrase read from `keywords` in the list, and gives the typed one its own key', () => {
    const text = `---\nkeywords: [trains, nuit]\n---\n${BODY}`;
    expect(typed(text, 'keyphrase', 'train de nuit')).toBe(`---\nkeywords: [trains, nuit]\nkeyphrase: "train de nuit"\n---\n${BODY}`);
  });

  it('replaces synonyms written as a list where they are, comma-separated', () => {
    const text = `---\nkeyphrase: train de nuit\nsynonyms: [train-couchettes]\n---\n${BODY}`;
    expect(typed(text, 'synonyms', 'train-couchettes, train-lits')).toBe(`---\nkeyphrase: train de nuit\nsynonyms: "train-couchettes, train-lits"\n---\n${BODY}`);
  });

  it('writes "" for a value the writer empties, and nothing for a value the front matter does not hold', () => {
    const text = `---\ndescription: Un résumé.\n---\n${BODY}`;
    expect(typed(text, 'description', '   ')).toBe(`---\ndescription: ""\n---\n${BODY}`);
    expect(reportFieldEdit(typed(text, 'description', ''), 'description', '')).toBeUndefined();
    expect(reportFieldEdit(BODY, 'title', '')).toBeUndefined();
    // The H1 is the title: emptying the field does not touch it.
    expect(reportFieldEdit(`---\ndate: 2024-05-02\n---\n${BODY}`, 'title', '')).toBeUndefined();
  });

  it('makes no edit for the value already there', () => {
    const text = `---\ntitle: "Trains de nuit"\n---\n${BODY}`;
    expect(reportFieldEdit(text, 'title', 'Trains de nuit')).toBeUndefined();
  });

  it('refuses to rewrite a front matter that does not parse', () => {
    expect(reportFieldEdit(`---\ntitle: Trains : le retour: de nuit\n  - x\n---\n${BODY}`, 'description', 'Un résumé.')).toBe('invalid-front-matter');
  });

  it('writes TOML as TOML, keeps CRLF line ends, and counts offsets after a byte order mark', () => {
    expect(typed(`+++\ntitle = "Ancien"\n+++\n${BODY}`, 'title', 'Trains « de nuit »')).toBe(`+++\ntitle = "Trains « de nuit »"\n+++\n${BODY}`);
    const crlf = `---\r\ndate: 2024-05-02\r\n---\r\n${BODY.replace(/\n/g, '\r\n')}`;
    expect(typed(crlf, 'keyphrase', 'train de nuit')).toBe(crlf.replace('date: 2024-05-02\r\n', 'date: 2024-05-02\r\nkeyphrase: "train de nuit"\r\n'));
    const bom = `\ufeff---\ntitle: Ancien\n---\n${BODY}`;
    expect(typed(bom, 'title', 'Nouveau')).toBe(`\ufeff---\ntitle: "Nouveau"\n---\n${BODY}`);
    expect(typed(`\ufeff${BODY}`, 'title', 'Nouveau')).toBe(`\ufeff---\ntitle: "Nouveau"\n---\n\n${BODY}`);
  });
});
