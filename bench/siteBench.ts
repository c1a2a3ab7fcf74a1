// `plume check` at repository scale, beside markdownlint-cli2 on the same files in the same run
// (issue 14): a generated site of N articles (the 64 of bench/corpus-fr repeated with varied
// titles, keyphrases and links between them), checked cold, then warm with --cache.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Measure {
  seconds: number;
  peakMb: number;
  status: number | null;
}

/** Runs a command to its end and reads its wall time and peak RSS (a probe loaded with -r prints it). */
function measure(probe: string, args: string[], cwd: string): Measure {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['-r', probe, ...args], { cwd, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  const peakKb = Number(/peak-rss (\d+)/.exec(run.stderr)?.[1] ?? 0);
  return { seconds, peakMb: peakKb / 1024, status: run.status };
}

/** Writes `count` articles into `dir`/articles/NNN/: corpus bodies with their own title, keyphrase and links. */
function generateSite(root: string, dir: string, count: number): void {
  const corpus = join(root, 'bench', 'corpus-fr');
  const bodies = readdirSync(corpus).filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => readFileSync(join(corpus, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
  for (let i = 0; i < count; i++) {
    const folder = join(dir, 'articles', String(Math.floor(i / 100)).padStart(3, '0'));
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    const body = bodies[i % bodies.length] ?? '';
    // Three links to other articles of the site, one of them to a heading that may not exist.
    const link = (j: number, anchor = '') => `../${String(Math.floor(j / 100)).padStart(3, '0')}/article-${j}.md${anchor}`;
    const links = `\n\nÀ lire aussi : [un article voisin](${link((i + 1) % count)}), [un autre](${link((i * 7 + 3) % count)}) et [une partie](${link((i * 13 + 5) % count, '#introduction')}).\n`;
    const front = `---\ntitle: "Article ${i} : ${(body.match(/^#+ (.+)$/m)?.[1] ?? 'sans titre').replace(/"/g, '')}"\ndescription: "Le résumé de l’article ${i}, écrit pour le banc d’essai de Plume sur un site entier."\nkeyphrase: "sujet ${i % 500}"\n---\n\n`;
    writeFileSync(join(folder, `article-${i}.md`), front + body + links);
  }
}

export function benchSite(root: string, count: number): void {
  const scratch = mkdtempSync(join(tmpdir(), 'plume-site-bench-'));
  try {
    const probe = join(scratch, 'peak.cjs');
    writeFileSync(probe, "process.on('exit', () => process.stderr.write(`\\npeak-rss ${process.resourceUsage().maxRSS}\\n`));");
    generateSite(root, scratch, count);
    const cli = join(root, 'dist', 'cli.js');
    const cache = join(scratch, 'cache.json');
    const plume = (extra: string[]) => measure(probe, [cli, 'check', '--quiet', '--format', 'json', ...extra, 'articles'], scratch);
    const cold = plume(['--cache-location', cache]);
    const warm = plume(['--cache-location', cache]);
    const markdownlint = measure(probe, [join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), 'articles/**/*.md'], scratch);
    const row = (name: string, m: Measure) => `  ${name.padEnd(30)} ${m.seconds.toFixed(1).padStart(7)} s   peak RSS ${m.peakMb.toFixed(0).padStart(5)} MB   (exit ${m.status})`;
    console.log(`\nA site of ${count.toLocaleString('en-US')} articles (bench/corpus-fr repeated, linked to each other), one process each:`);
    console.log(row('plume check, cold', cold));
    console.log(row('plume check --cache, warm', warm));
    console.log(row('markdownlint-cli2', markdownlint));
    console.log(`  plume cold / markdownlint-cli2: ${(cold.seconds / markdownlint.seconds).toFixed(2)}× (target ≤ 0.7×); warm / cold: ${((warm.seconds / cold.seconds) * 100).toFixed(0)} % (target ≤ 10 %)`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
