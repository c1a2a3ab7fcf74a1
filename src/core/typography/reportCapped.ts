import type { FindingInput } from '../checks/Check';
import { nfr, nen } from '../checks/formatNumber';

/**
 * How many findings one typography check reports in one file, by default. On the 64 articles of
 * `bench/corpus-fr` the straight apostrophes alone are 2,645, 41 an article on average, a few
 * hundred in the longest: past 50 the Problems panel is a wall of the same line, and one summary
 * finding (« N autres occurrences ») says the rest. The fix-all fixes every occurrence anyway.
 */
export const MAX_FINDINGS = 50;

/**
 * Reports `items` through `toFinding`, at most `maxFindings` of them (0: all); past it, one
 * information finding on the first occurrence left out says how many more there are and that
 * « Corriger toute la typographie » fixes them all. It has no quick fix of its own: the command is
 * that fix, and `typographyEdits` runs the checks without the cap.
 */
export function reportCapped<T, F>(report: (finding: FindingInput<F>) => void, items: readonly T[], maxFindings: number, toFinding: (item: T) => FindingInput<F>): void {
  const shown = maxFindings > 0 ? Math.min(items.length, Math.floor(maxFindings)) : items.length;
  items.slice(0, shown).forEach((item) => report(toFinding(item)));
  const rest = items.length - shown;
  const next = items[shown];
  if (rest <= 0 || next === undefined) return;
  report({
    range: toFinding(next).range,
    severity: 'info',
    message: {
      fr: `${nfr(rest)} autre${rest > 1 ? 's' : ''} occurrence${rest > 1 ? 's' : ''} de cette règle, non listée${rest > 1 ? 's' : ''} (au-delà de ${nfr(shown)}) : « Plume : Corriger toute la typographie » les corrige toutes.`,
      en: `${nen(rest)} more occurrence${rest > 1 ? 's' : ''} of this rule, not listed (past ${nen(shown)}): “Plume: Fix All Typography” fixes them all.`,
    },
    data: { more: rest, listed: shown },
  });
}
