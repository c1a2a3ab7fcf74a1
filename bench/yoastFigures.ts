// `npm run bench:yoast [folder]`: Yoast's own French transition-word and passive-voice shares
// per article of a corpus (default bench/corpus; any folder of .md articles, README.md left
// out), then the shares over the whole corpus (pooled sentences) and the median article.
// Figures only, for comparison with Plume's: nothing is asserted.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { yoastCounts, yoastPercent, type YoastCounts } from './yoastPeer';

export interface YoastArticleFigures extends YoastCounts { name: string; transitionShare: number; passiveShare: number; ms: number }

/** Yoast's counts and shares for every .md article of a folder, in name order. */
export function yoastFigures(folder: string): YoastArticleFigures[] {
  return readdirSync(folder).filter((name) => name.endsWith('.md') && name !== 'README.md').sort().map((name) => {
    const text = readFileSync(join(folder, name), 'utf8');
    const t0 = performance.now();
    const counts = yoastCounts(text);
    const ms = performance.now() - t0;
    return { name, ...counts, transitionShare: yoastPercent(counts.transitionSentences, counts.sentences), passiveShare: yoastPercent(counts.passiveSentences, counts.passiveTotal), ms };
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Prints one line per article, the pooled total and the medians. */
export function printYoastFigures(folder: string): void {
  const started = performance.now();
  const rows = yoastFigures(folder);
  const pad = (value: string | number, width: number) => String(value).padStart(width);
  console.log(`Yoast (yoastseo, French researcher) on ${rows.length} articles of ${folder}`);
  console.log(`${'article'.padEnd(44)}${pad('sent.', 7)}${pad('trans.', 7)}${pad('trans%', 8)}${pad('sent.p', 8)}${pad('pass.', 7)}${pad('pass%', 7)}${pad('ms', 8)}`);
  for (const r of rows) {
    console.log(`${r.name.slice(0, 43).padEnd(44)}${pad(r.sentences, 7)}${pad(r.transitionSentences, 7)}${pad(r.transitionShare.toFixed(1), 8)}${pad(r.passiveTotal, 8)}${pad(r.passiveSentences, 7)}${pad(r.passiveShare.toFixed(1), 7)}${pad(r.ms.toFixed(0), 8)}`);
  }
  const sum = (key: keyof YoastCounts) => rows.reduce((total, r) => total + r[key], 0);
  const all = { sentences: sum('sentences'), transitionSentences: sum('transitionSentences'), passiveTotal: sum('passiveTotal'), passiveSentences: sum('passiveSentences') };
  console.log(`${'total (pooled sentences)'.padEnd(44)}${pad(all.sentences, 7)}${pad(all.transitionSentences, 7)}${pad(yoastPercent(all.transitionSentences, all.sentences).toFixed(1), 8)}${pad(all.passiveTotal, 8)}${pad(all.passiveSentences, 7)}${pad(yoastPercent(all.passiveSentences, all.passiveTotal).toFixed(1), 7)}${pad(rows.reduce((total, r) => total + r.ms, 0).toFixed(0), 8)}`);
  console.log(`${'median article'.padEnd(44)}${pad(median(rows.map((r) => r.sentences)), 7)}${pad('', 7)}${pad(median(rows.map((r) => r.transitionShare)).toFixed(1), 8)}${pad(median(rows.map((r) => r.passiveTotal)), 8)}${pad('', 7)}${pad(median(rows.map((r) => r.passiveShare)).toFixed(1), 7)}`);
  console.log(`\n${(performance.now() - started).toFixed(0)} ms for the corpus; ${(process.uptime() * 1000).toFixed(0)} ms since the process started (loading Yoast included)`);
}

// Run directly (dist/yoastFigures.mjs), not when bench.ts imports printYoastFigures.
if (process.argv[1]?.endsWith('yoastFigures.mjs')) {
  printYoastFigures(resolve(process.argv[2] ?? join(__dirname, '..', 'bench', 'corpus')));
}
