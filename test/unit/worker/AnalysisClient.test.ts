import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeForEditor } from '../../../src/core/analyzeForEditor';
import { AnalysisClient, AnalysisTimeout } from '../../../src/worker/AnalysisClient';
import { fixture } from '../checks/runCheck';

const WORKER = join(__dirname, '..', '..', '..', 'dist', 'analysisWorker.js');
const EXAMPLE = fixture('example', 'article-blinken-azerbaidjan.txt');

describe('analysis in a worker thread', () => {
  it('gives the same findings, fixes and figures as in-process', async () => {
    // npm test builds before the unit tests; a missing bundle is a real failure here.
    expect(existsSync(WORKER), 'dist/analysisWorker.js missing: run npm run build').toBe(true);
    const client = new AnalysisClient(WORKER);
    try {
      const [viaWorker, again] = await Promise.all([client.analyze(EXAMPLE, [{ minWords: 900 }]), client.analyze('# Titre\n\nCourt.\n', [])]);
      const local = analyzeForEditor(EXAMPLE, [{ minWords: 900 }]);
      expect(viaWorker.findings).toEqual(local.findings);
      expect(viaWorker.fixes).toEqual(local.fixes);
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

  it('computes the quick fixes of each finding', () => {
    const analysis = analyzeForEditor(EXAMPLE, []);
    const index = analysis.findings.findIndex((finding) => finding.checkId === 'title-missing');
    expect(analysis.fixes[index]?.[0]?.title.fr).toContain('front matter');
  });
});
