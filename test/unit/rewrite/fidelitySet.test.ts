// The labelled fidelity set (test/fixtures/fidelity): hand-written model answers with ground
// truths written by reading the texts. Each case's verdict must be the reader's; the figures
// `npm run bench` prints are held to the bar here too.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFidelitySet, scoreCase, summarize } from '../../../bench/fidelity';

const DIR = join(__dirname, '..', '..', 'fixtures', 'fidelity');

for (const folder of ['cases', 'holdout', 'holdout2']) {
  const set = loadFidelitySet(DIR, folder);
  describe(`the fidelity set, ${folder}`, () => {
    it('holds enough cases of both verdicts', () => {
      expect(set.length).toBeGreaterThanOrEqual(10);
      expect(set.some((item) => item.truth.faithful)).toBe(true);
      expect(set.some((item) => !item.truth.faithful)).toBe(true);
    });

    for (const item of set) {
      it(`${item.name}: ${item.truth.faithful ? 'accepted' : 'rejected'}, as its reader judged`, () => {
        const score = scoreCase(item);
        expect(score.plumeFaithful, `${item.truth.notes ?? ''}\nPlume added: ${score.extra.join('; ')}\nPlume missed: ${score.unmatched.join('; ')}`).toBe(item.truth.faithful);
      });
    }
  });
}

describe('the fidelity set, all cases', () => {
  const scores = ['cases', 'holdout', 'holdout2'].flatMap((folder) => loadFidelitySet(DIR, folder)).map(scoreCase);
  const summary = summarize(scores);

  it('finds missing, introduced and altered numbers, dates and quotations with precision and recall ≥ 0.95', () => {
    for (const row of summary.rows.filter((candidate) => candidate.kinds !== 'persons')) {
      expect(row.precision, `${row.category} precision`).toBeGreaterThanOrEqual(0.95);
      expect(row.recall, `${row.category} recall`).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('catches every invented person and accepts every faithful case', () => {
    const invented = summary.rows.find((row) => row.category === 'introduced' && row.kinds === 'persons');
    expect(invented?.fn).toBe(0);
    expect(invented?.tp).toBeGreaterThan(0);
    const faithful = scores.filter((score) => score.faithful);
    expect(faithful.filter((score) => !score.plumeFaithful).map((score) => score.name)).toEqual([]);
  });
});
