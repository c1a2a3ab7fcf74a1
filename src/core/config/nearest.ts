import { editDistance } from '../rewrite/facts/nameVariants';

/**
 * The candidate a mistyped word most likely meant (« --formt » → « --format », « titel-missing »
 * → « title-missing »): the closest by edit distance, if at most a third of its length away.
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best && best.distance > 0 && best.distance <= Math.max(1, Math.floor(best.candidate.length / 3)) ? best.candidate : undefined;
}
