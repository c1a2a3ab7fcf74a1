import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EditorAnalyses } from '../../../src/core/analyzeForEditor';
import { AnalysisClient, AnalysisTimeout } from '../../../src/worker/AnalysisClient';
import { fixture } from '../checks/runCheck';

const WORKER = join(__dirname, '..', '..', '..', 'dist', 'analysisWorker.js');
const EXAMPLE = fixture('example', 'article-blinken-azerbaidjan.txt');

/** Runs `test` with a client of the worker thread, then with one that cannot start it (in-process). */
async function inWorkerAndInProcess(test: (client: AnalysisClient) => Promise<void>): Promise<void> {
  for (const file of [WORKER, join(__dirname, 'no-such-worker.js')]) {
    const client = new AnalysisClient(file);
    try {
      await test(client);
    } finally {
      client.dispose();
    }
  }
}

describe('analysis in a worker thread', () => {
  it('gives the same findings, fixes and figures as in-process', async () => {
    // npm test builds before the unit tests; a missing bundle is a real failure here.
    expect(existsSync(WORKER), 'dist/analysisWorker.js missing: run npm run build').toBe(true);
    const client = new AnalysisClient(WORKER);
    try {
      const [viaWorker, again] = await Promise.all([client.analyze(EXAMPLE, [{ minWords: 900 }], 'exemple'), client.analyze('# Titre\n\nCourt.\n', [], 'court')]);
      const localAnalyses = new EditorAnalyses();
      const local = localAnalyses.analyze('exemple', 1, EXAMPLE, [{ minWords: 900 }]);
      expect(viaWorker.findings).toEqual(local.findings);
      const titleMissing = local.findings.findIndex((finding) => finding.checkId === 'title-missing');
      expect(await client.fixes('exemple', viaWorker.analysisId, titleMissing)).toEqual(localAnalyses.fixes('exemple', 1, titleMissing));
      expect(viaWorker.stats).toEqual(local.stats);
      expect(viaWorker.stats.words).toBe(706);
      expect(viaWorker.findings.map((finding) => finding.checkId)).toContain('word-count-min');
      expect(again.stats.headings[1]).toBe(1);
    } finally {
      client.dispose();
    }
  });

  it('stops an analysis at its deadline, replaces the worker, and goes on', async () => {
    const client = new AnalysisClient(WORKER, () => undefined, 1);
    try {
      await expect(client.analyze(EXAMPLE.repeat(40), [])).rejects.toBeInstanceOf(AnalysisTimeout);
    } finally {
      client.dispose();
    }
    const patient = new AnalysisClient(WORKER, () => undefined, 60_000);
    try {
      expect((await patient.analyze(EXAMPLE, [])).stats.words).toBe(706);
    } finally {
      patient.dispose();
    }
  });

  it('falls back to in-process analysis when the worker cannot start', async () => {
    const logs: string[] = [];
    const client = new AnalysisClient(join(__dirname, 'no-such-worker.js'), (message) => logs.push(message));
    const result = await client.analyze(EXAMPLE, []);
    expect(result.stats.words).toBe(706);
    expect(logs.join('\n')).toMatch(/analysis worker failed/);
    expect((await client.analyze('# Titre\n', [])).stats.headings[1]).toBe(1);
    client.dispose();
  });

  it('computes a finding\'s fixes only when asked, and only for the document\'s current analysis', async () => {
    const client = new AnalysisClient(WORKER);
    try {
      const first = await client.analyze(EXAMPLE, [], 'exemple');
      const index = first.findings.findIndex((finding) => finding.checkId === 'title-missing');
      // The finding carries what its fix needs, not the edits.
      expect(first.findings[index]?.fix).toEqual({});
      expect(JSON.stringify(first.findings)).not.toContain('edits');
      expect((await client.fixes('exemple', first.analysisId, index))[0]?.title.fr).toContain('front matter');
      // Another document's analysis does not replace this one's…
      await client.analyze('# Autre\n', [], 'autre');
      expect(await client.fixes('exemple', first.analysisId, index)).toHaveLength(1);
      // …a new analysis of the same document does, and a closed document keeps nothing.
      const second = await client.analyze(`${EXAMPLE}\nUne phrase de plus.\n`, [], 'exemple');
      expect(await client.fixes('exemple', first.analysisId, index)).toEqual([]);
      expect(await client.fixes('exemple', second.analysisId, index)).toHaveLength(1);
      client.forget('exemple');
      expect(await client.fixes('exemple', second.analysisId, index)).toEqual([]);
    } finally {
      client.dispose();
    }
  });

  it('summarises an article for the workspace index and takes a stored entry back, in the worker and in-process', async () => {
    await inWorkerAndInProcess(async (client) => {
      const { changed, entry } = await client.indexText('file:///site/plan.md', '# Plan\n\n## Le plan\n');
      expect(changed).toBe(true);
      expect(entry?.summary.anchors).toContain('le-plan');
      expect(await client.restoreEntry('file:///site/plan.md', entry!)).toBe(false);
      expect(await client.restoreEntry('file:///site/autre.md', entry!)).toBe(true);
    });
  });

  it('gives the closed articles’ findings between articles, in the worker and in-process', async () => {
    await inWorkerAndInProcess(async (client) => {
      await client.indexText('file:///site/a.md', '---\ntitle: Les trains de nuit\n---\n\nVoir [b](b.md).\n');
      await client.indexText('file:///site/b.md', '---\ntitle: Les trains de nuit\n---\n\nVoir [a](a.md).\n');
      await client.site({ complete: true });
      const asking = await client.closedFindings({ open: [] });
      expect(asking.unscoped).toEqual(['file:///site/a.md']);
      const answer = await client.closedFindings({ open: [], scopes: [{ scope: 'file:///site/', layers: [] }] });
      expect(answer.changed.map(({ key, findings }) => [key, findings.map((finding) => `${finding.checkId} ${finding.line}:${finding.column}`)])).toEqual([
        ['file:///site/a.md', ['title-duplicate 2:8']],
        ['file:///site/b.md', ['title-duplicate 2:8']],
      ]);
      expect(answer.more).toBe(false);
    });
  });

  it('keeps fixes working in-process when the worker cannot start', async () => {
    const client = new AnalysisClient(join(__dirname, 'no-such-worker.js'));
    const analysis = await client.analyze(EXAMPLE, [], 'exemple');
    const index = analysis.findings.findIndex((finding) => finding.checkId === 'title-missing');
    expect((await client.fixes('exemple', analysis.analysisId, index))[0]?.title.en).toContain('front matter');
    client.dispose();
  });
});
