import type { Root } from 'mdast';
import { analyzeArticle } from './analyzeArticle';
import type { Finding } from './checks/Check';
import type { PlumeConfig } from './config/PlumeConfig';
import { computeQuickFixes } from './fixes/computeQuickFixes';
import type { QuickFix } from './fixes/QuickFix';

/** What an editor needs from one analysis, as plain data (it crosses a worker boundary). */
export interface EditorAnalysis {
  findings: Finding[];
  /** The deterministic fixes of each finding, by index in `findings`. */
  fixes: QuickFix[][];
  stats: { words: number; sentences: number; readingEase: number | null; headings: Record<1 | 2 | 3, number> };
  /** Checks that threw (bugs), for the log. */
  failures: { checkId: string; error: string }[];
  durationMs: number;
}

/**
 * The analysis the diagnostics provider shows: findings, their quick fixes, the status bar's
 * figures. `root` and `started`: the tree when it was parsed beforehand, and when that began.
 */
export function analyzeForEditor(text: string, layers: readonly (PlumeConfig | undefined)[], root?: Root, started = performance.now()): EditorAnalysis {
  const { doc, findings, failures, settings } = analyzeArticle(text, layers, root);
  const ease = doc.readingEase;
  const headings = (level: number) => doc.headings.filter((heading) => heading.level === level).length;
  return {
    findings,
    fixes: findings.map((finding) => (finding.severity === 'hint' ? [] : computeQuickFixes(doc, finding, settings))),
    stats: { words: doc.wordCount, sentences: doc.sentences.length, readingEase: Number.isFinite(ease) ? ease : null, headings: { 1: headings(1), 2: headings(2), 3: headings(3) } },
    failures: failures.map((failure) => ({ checkId: failure.checkId, error: String(failure.error) })),
    durationMs: performance.now() - started,
  };
}
