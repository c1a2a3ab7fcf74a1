// The pool of `plume check`: files analysed on worker threads (dist/analysisWorker.js as `role:
// 'check'`) give what the calling thread gives, and a worker that dies loses no file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckPool, analyzeHere, defaultCheckThreads } from '../../../src/worker/CheckPool';
import type { CheckJob } from '../../../src/worker/CheckPool';

const WORKER = join(__dirname, '..', '..', '..', 'dist', 'analysisWorker.js');
const EXAMPLE = readFileSync(join(__dirname, '..', '..', 'fixtures', 'example', 'article-blinken-azerbaidjan.txt'), 'utf8');

const jobs: CheckJob[] = Array.from({ length: 8 }, (_, i) => ({
  source: `---\ntitle: Article ${i}\nkeyphrase: Haut-Karabakh\n---\n\n${EXAMPLE.slice(0, 2000 * (i + 1))}\n\nVoir [la suite](b.md#plan).\n`,
  layers: [{ minWords: 300 + i }],
  path: `/site/a${i}.md`,
}));

describe('CheckPool', () => {
  it('answers each file as the calling thread analyses it, on the workers', async () => {
    expect(existsSync(WORKER), 'dist/analysisWorker.js missing: run npm run build').toBe(true);
    const pool = new CheckPool(WORKER, 2);
    try {
      const answers = await Promise.all(jobs.map((job) => pool.analyze(job)));
      expect(answers).toEqual(jobs.map((job) => JSON.parse(JSON.stringify(analyzeHere(job)))));
      // Two workers with room for two files each: four went to them, the rest were analysed here.
      expect(pool.answeredByWorkers).toBe(4);
    } finally {
      pool.dispose();
    }
  });

  it('analyses a dead worker’s files on the calling thread', async () => {
    const pool = new CheckPool(join(__dirname, 'no-such-worker.js'), 2);
    try {
      const answers = await Promise.all(jobs.slice(0, 3).map((job) => pool.analyze(job)));
      expect(answers.map((answer) => answer.summary.path)).toEqual(['/site/a0.md', '/site/a1.md', '/site/a2.md']);
    } finally {
      pool.dispose();
    }
  });

  it('uses every core unless PLUME_CHECK_THREADS says otherwise', () => {
    expect(defaultCheckThreads({}, 4)).toBe(4);
    expect(defaultCheckThreads({ PLUME_CHECK_THREADS: '1' }, 4)).toBe(1);
    expect(defaultCheckThreads({ PLUME_CHECK_THREADS: 'x' }, 2)).toBe(2);
  });
});
