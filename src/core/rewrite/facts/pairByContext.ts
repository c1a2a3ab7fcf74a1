import type { Fact } from './Fact';

// « 100 000 Arméniens » → « 120 000 Arméniens »: a number or date of the source missing from the
// rewrite and one of the rewrite missing from the source, written among the same words, are one
// change. Two content words in common (the unit right after counts as much) pair them; each fact
// pairs once, best matches first.
const MIN_SHARED_WORDS = 2;

/** Pairs of (source fact, rewrite fact) that sit in the same place. */
export function pairByContext(
  lost: readonly Fact[],
  added: readonly Fact[],
  sourceContext: (fact: Fact) => Set<string> | undefined,
  rewriteContext: (fact: Fact) => Set<string> | undefined,
): [Fact, Fact][] {
  const candidates: { was: Fact; now: Fact; score: number }[] = [];
  for (const was of lost) {
    const before = sourceContext(was);
    if (!before) continue;
    for (const now of added) {
      const after = rewriteContext(now);
      if (!after) continue;
      let score = 0;
      for (const word of before) if (after.has(word)) score++;
      if (score >= MIN_SHARED_WORDS) candidates.push({ was, now, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const pairs: [Fact, Fact][] = [];
  const used = new Set<Fact>();
  for (const { was, now } of candidates) {
    if (used.has(was) || used.has(now)) continue;
    used.add(was);
    used.add(now);
    pairs.push([was, now]);
  }
  return pairs;
}
