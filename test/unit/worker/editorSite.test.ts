import { describe, expect, it } from 'vitest';
import { EditorAnalyses } from '../../../src/core/analyzeForEditor';

const ids = (analysis: { findings: { checkId: string }[] }) => analysis.findings.map((finding) => finding.checkId);

describe('EditorAnalyses: the site index of the editor', () => {
  it('gives each open article the others: a shared title on both, gone when one changes', () => {
    const analyses = new EditorAnalyses();
    const first = analyses.analyze('file:///site/a.md', 1, '---\ntitle: Les trains de nuit\n---\n\nUn texte.\n', []);
    expect(first.siteChanged).toBe(true);
    const second = analyses.analyze('file:///site/b.md', 2, '---\ntitle: "Les trains de NUIT"\n---\n\nUn autre.\n', []);
    expect(ids(second)).toContain('title-duplicate');
    expect(ids(analyses.analyze('file:///site/a.md', 3, '---\ntitle: Les trains de nuit\n---\n\nUn texte.\n', []))).toContain('title-duplicate');
    const renamed = analyses.analyze('file:///site/b.md', 4, '---\ntitle: Les trains de nuit en Europe\n---\n\nUn autre.\n', []);
    expect(renamed.siteChanged).toBe(true);
    expect(ids(analyses.analyze('file:///site/a.md', 5, '---\ntitle: Les trains de nuit\n---\n\nUn texte.\n', []))).not.toContain('title-duplicate');
  });

  it('reads closed articles, reports an anchor gone, and a missing file once the workspace is read whole', () => {
    const analyses = new EditorAnalyses();
    expect(analyses.summarize('file:///site/plan.md', '# Plan\n\n## Le plan\n')).toBe(true);
    expect(analyses.summarize('file:///site/plan.md', '# Plan\n\n## Le plan\n')).toBe(false);
    const text = 'Voir [le plan](plan.md#le-plan), [ailleurs](plan.md#ailleurs) et [absent](absent.md).\n';
    const broken = (id: number) => analyses.analyze('file:///site/liens.md', id, text, []).findings.filter((finding) => finding.checkId === 'link-broken').map((finding) => finding.message.fr);
    expect(broken(1)).toEqual([expect.stringContaining('#ailleurs')]);
    analyses.completeSite();
    expect(broken(2)).toEqual([expect.stringContaining('#ailleurs'), expect.stringContaining('absent.md')]);
    // Deleted: both links to it now lead nowhere.
    expect(analyses.removeFromSite('file:///site/plan.md')).toBe(true);
    expect(broken(3)).toEqual([expect.stringContaining('plan.md'), expect.stringContaining('plan.md'), expect.stringContaining('absent.md')]);
  });

  it('gives back the entry it read, and takes a stored one without parsing: the same findings either way', () => {
    const reading = new EditorAnalyses();
    const { changed, entry } = reading.index('file:///site/plan.md', '---\ntitle: Les trains de nuit\n---\n\n## Le plan\n');
    expect(changed).toBe(true);
    expect(entry?.summary).toMatchObject({ path: '/site/plan.md', title: 'Les trains de nuit', anchors: ['le-plan'] });
    expect(entry?.subject).toMatchObject({ path: '/site/plan.md', title: { text: 'Les trains de nuit' }, anchors: ['le-plan'] });
    // Another session: the stored entry goes in as is; its path is the key's.
    const restored = new EditorAnalyses();
    const elsewhere = { ...entry!, summary: { ...entry!.summary, path: '/elsewhere.md' }, subject: { ...entry!.subject, path: '/elsewhere.md' } };
    expect(restored.restore('file:///site/plan.md', elsewhere)).toBe(true);
    expect(restored.restore('file:///site/plan.md', entry!)).toBe(false);
    const article = '---\ntitle: Les trains de nuit\n---\n\nVoir [le plan](plan.md#le-plan) et [ailleurs](plan.md#ailleurs).\n';
    const findings = (analyses: EditorAnalyses) => analyses.analyze('file:///site/b.md', 1, article, []).findings.filter((finding) => ['title-duplicate', 'link-broken'].includes(finding.checkId)).map((finding) => finding.message.en);
    expect(findings(restored)).toEqual(findings(reading));
    expect(findings(restored)).toHaveLength(2);
    // Not a workspace file: nothing to keep.
    expect(reading.index('untitled:Untitled-1', '# Titre\n')).toEqual({ changed: false });
    expect(reading.restore('plume:/proposal/a.md', entry!)).toBe(false);
  });

  it('keeps a proposal under review out of the site', () => {
    const analyses = new EditorAnalyses();
    analyses.analyze('file:///site/a.md', 1, '---\ntitle: Les trains de nuit\n---\n\nUn texte.\n', []);
    const proposal = analyses.analyze('plume:/proposal/a.md', 2, '---\ntitle: Les trains de nuit\n---\n\nUn texte réécrit.\n', []);
    expect(ids(proposal)).not.toContain('title-duplicate');
    expect(proposal.siteChanged).toBe(false);
  });
});
