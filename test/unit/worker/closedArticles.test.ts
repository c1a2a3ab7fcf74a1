// The findings between articles of the articles that are not open, as the analysis worker gives
// them to the editor (EditorAnalyses.closedFindings): placed without the text, only what changed.
import { describe, expect, it } from 'vitest';
import { EditorAnalyses } from '../../../src/core/analyzeForEditor';
import { LineIndex } from '../../../src/core/markdown/LineIndex';
import type { ArticleFindings, ClosedFindingsAnswer, ClosedFindingsRequest, ClosedScope } from '../../../src/core/site/ClosedArticleFindings';
import type { PlumeConfig } from '../../../src/core/config/PlumeConfig';

const A = 'file:///site/a.md';
const B = 'file:///site/b.md';
const NOTE = 'file:///site/notes/note.md';
const TEXTS: Record<string, string> = {
  [A]: '---\ntitle: Les trains de nuit\n---\n\n# Les trains\n\nVoir [le plan](b.md#le-plan) et [la note](notes/note.md).\n',
  [B]: '---\ntitle: "Les trains de NUIT"\n---\n\n# Le réseau\n\n## Le plan\n\nLe réseau de nuit.\n',
  [NOTE]: '# Une note\n\nRetour à [l’article](../a.md).\n',
};
// Orphans aside (b and the note are linked to, a is not), to keep each case to its point.
const NO_ORPHANS: PlumeConfig = { checks: { 'article-orphan': 'off' } };
const scopes = (layers: (PlumeConfig | undefined)[] | null = [NO_ORPHANS]): ClosedScope[] => ['file:///site/', 'file:///site/notes/'].map((scope) => ({ scope, layers }));

/** A site of three closed articles, read whole, its folders' settings given. */
function site(): EditorAnalyses {
  const analyses = new EditorAnalyses();
  for (const [key, text] of Object.entries(TEXTS)) analyses.index(key, text);
  analyses.completeSite();
  const first = round(analyses, { open: [], scopes: scopes() });
  expect(first.unscoped).toEqual([]);
  return analyses;
}

/** A whole round: the first answer and every slice after it, their articles together. */
function round(analyses: EditorAnalyses, request: ClosedFindingsRequest): ClosedFindingsAnswer {
  const first = analyses.closedFindings(request);
  const changed = [...first.changed];
  let answer = first;
  while (answer.more) {
    answer = analyses.closedFindingsMore();
    changed.push(...answer.changed);
  }
  return { ...answer, unscoped: first.unscoped, changed };
}

const byKey = (answer: { changed: ArticleFindings[] }) => Object.fromEntries(answer.changed.map(({ key, findings }) => [key, findings.map((finding) => finding.checkId)]));

describe('closed articles’ findings between articles', () => {
  it('judges nothing until the workspace is read whole, and asks each folder’s settings first', () => {
    const analyses = new EditorAnalyses();
    for (const [key, text] of Object.entries(TEXTS)) analyses.index(key, text);
    const early = round(analyses, { open: [] });
    expect(early.changed).toEqual([]);
    // One article of each folder, for its settings.
    expect(early.unscoped.sort()).toEqual([A, NOTE]);
    expect(round(analyses, { open: [], scopes: scopes() })).toMatchObject({ changed: [], unscoped: [], judged: 0 });
    analyses.completeSite();
    const answer = round(analyses, { open: [] });
    expect(answer.judged).toBe(3);
    expect(byKey(answer)).toEqual({ [A]: ['title-duplicate'], [B]: ['title-duplicate'] });
  });

  it('places each finding where the open article’s own analysis puts it', () => {
    const analyses = new EditorAnalyses();
    const text = `${TEXTS[A]}\nEt [ailleurs](b.md#ailleurs), [l’absent](absent.md).\n`;
    analyses.index(A, text);
    analyses.index(B, TEXTS[B]!);
    analyses.completeSite();
    const closed = round(analyses, { open: [], scopes: scopes([]) }).changed.find(({ key }) => key === A)?.findings ?? [];
    // The note is not in this site: its link is broken too.
    expect(closed.map((finding) => finding.checkId).sort()).toEqual(['article-orphan', 'link-broken', 'link-broken', 'link-broken', 'title-duplicate']);
    const lines = new LineIndex(text);
    const open = analyses.analyze(A, 1, text, []).findings.filter((finding) => closed.some((placed) => placed.checkId === finding.checkId));
    expect(closed).toEqual(open.map(({ checkId, severity, message, range }) => {
      const start = lines.positionAt(range.start);
      const end = lines.positionAt(range.end);
      return { checkId, severity, message, line: start.line + 1, column: start.column + 1, endLine: end.line + 1, endColumn: end.column + 1 };
    }));
    // The title's finding is on the title's value: line 2, after « title: ».
    expect(closed.find((finding) => finding.checkId === 'title-duplicate')).toMatchObject({ line: 2, column: 8, endLine: 2, endColumn: 26 });
  });

  it('gives only what changed: a heading renamed in one article breaks the link of another', () => {
    const analyses = site();
    expect(round(analyses, { open: [] }).changed).toEqual([]);
    // B is open and its heading renamed: its own analysis updates the index.
    analyses.analyze(B, 1, TEXTS[B]!.replace('## Le plan', '## Le nouveau plan'), []);
    const renamed = round(analyses, { open: [B] });
    expect(byKey(renamed)).toEqual({ [A]: ['title-duplicate', 'link-broken'] });
    const broken = renamed.changed[0]!.findings[1]!;
    expect(broken.message.fr).toContain('#le-plan');
    expect(broken).toMatchObject({ line: 7, column: 6, endLine: 7, endColumn: 29 });
    // Renamed back: the finding goes.
    analyses.analyze(B, 2, TEXTS[B]!, []);
    expect(byKey(round(analyses, { open: [B] }))).toEqual({ [A]: ['title-duplicate'] });
  });

  it('leaves open articles to their analysis, and gives a closed one’s findings again, changed or not', () => {
    const analyses = site();
    expect(byKey(round(analyses, { open: [A] }))).toEqual({});
    // Closed again: the editor cleared its findings with its editor's, so they come again.
    expect(byKey(round(analyses, { open: [], resend: [A] }))).toEqual({ [A]: ['title-duplicate'] });
    expect(byKey(round(analyses, { open: [] }))).toEqual({});
    // Opened and closed between two requests: `resend` says so.
    expect(byKey(round(analyses, { open: [], resend: [B] }))).toEqual({ [B]: ['title-duplicate'] });
  });

  it('clears the findings of a deleted article, and of the articles it made duplicates', () => {
    const analyses = site();
    analyses.removeFromSite(B);
    const answer = round(analyses, { open: [] });
    // A's link now leads to a missing file; B's findings go with it.
    expect(byKey(answer)).toEqual({ [A]: ['link-broken'], [B]: [] });
    expect(answer.changed.find(({ key }) => key === A)?.findings[0]?.message.en).toContain('b.md');
  });

  it('shows nothing where the folder’s findings are off, and asks every folder again when the settings change', () => {
    const analyses = site();
    const off = round(analyses, { open: [], scopes: scopes(null) });
    expect(byKey(off)).toEqual({ [A]: [], [B]: [] });
    const reset = round(analyses, { open: [], reset: true });
    expect(reset.unscoped.sort()).toEqual([A, NOTE]);
    expect(reset.changed).toEqual([]);
    // With the folders' layers, every article's findings come again (none is an orphan: the note links back to a).
    const again = round(analyses, { open: [], scopes: scopes([]) });
    expect(byKey(again)).toEqual({ [A]: ['title-duplicate'], [B]: ['title-duplicate'] });
  });

  it('judges a big site slice by slice, and a round begun again loses nothing', () => {
    const analyses = new EditorAnalyses();
    for (let index = 0; index < 600; index++) analyses.index(`file:///site/article-${index}.md`, `---\ntitle: Le même titre\n---\n\nTexte ${index}.\n`);
    analyses.completeSite();
    const first: ClosedFindingsAnswer = analyses.closedFindings({ open: [], scopes: [{ scope: 'file:///site/', layers: [NO_ORPHANS] }] });
    expect(first.more).toBe(true);
    // At most 250 articles a message (it is read on the editor's thread in one go).
    expect(first.changed.length).toBeLessThanOrEqual(250);
    // The editor asks anew before the round is over: what it did not get yet still comes.
    const keys = new Set(first.changed.map(({ key }) => key));
    let answer = analyses.closedFindings({ open: [] });
    for (;;) {
      expect(answer.changed.length).toBeLessThanOrEqual(250);
      for (const { key, findings } of answer.changed) {
        expect(findings.map((finding) => finding.checkId)).toEqual(['title-duplicate']);
        keys.add(key);
      }
      if (!answer.more) break;
      answer = analyses.closedFindingsMore();
    }
    expect(keys.size).toBe(600);
    expect(answer.judged).toBe(600);
    expect(round(analyses, { open: [] }).changed).toEqual([]);
  });
});
