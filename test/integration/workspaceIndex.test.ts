// The workspace index's build in a real extension host: its summaries kept between sessions in the
// extension's storage, a build stopped and started again, and how long the build holds the
// extension host's thread on a generated site (printed, never asserted: speed is measured, see
// CONTRIBUTING « A whole site »).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { PerformanceObserver, monitorEventLoopDelay } from 'node:perf_hooks';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import type { IndexBuild } from '../../src/vscode/site/WorkspaceIndex';
import type { ClosedRun } from '../../src/vscode/site/ClosedArticleDiagnostics';
import { plume, waitFor, workspaceFolder } from './helpers';

// About the size of a blog's content folder; big enough that the build lasts seconds here.
const GENERATED_ARTICLES = 2_000;

/** Waits until the file events of files just written have been read, and the closed articles' findings published (nothing pending for a second). */
async function eventsRead(): Promise<void> {
  const api = await plume();
  let quietSince = Date.now();
  await waitFor('the file events read', () => {
    if (api.site.pendingReads > 0 || api.site.building || api.closedArticles.pending) quietSince = Date.now();
    return Date.now() - quietSince;
  }, (quiet) => quiet >= 1_000, 300_000);
}

/**
 * A generated article: a title, a keyphrase, two sections and two links to the next article, one
 * to a heading it does not have (so that each closed article has a finding between articles to show).
 */
function generatedArticle(index: number): string {
  const next = (index + 1) % GENERATED_ARTICLES;
  const paragraph = `Le train de nuit numéro ${index} relie les villes du réseau, et chaque voyageur y trouve une couchette, un repas et le calme d’un trajet sans correspondance. `.repeat(3);
  return `---\ntitle: Le train de nuit ${index}\ndescription: Tout savoir sur le train de nuit ${index}, ses horaires et ses couchettes.\nkeyphrase: train de nuit ${index}\n---\n\n# Le train de nuit ${index}\n\n## Les horaires\n\n${paragraph}\n\n## Les couchettes\n\n${paragraph}Voir [le suivant](article-${next}.md#les-horaires) et [ses tarifs](article-${next}.md#les-tarifs).\n`;
}

/** The longest event-loop delay while `run` runs, in ms (the histogram samples every 5 ms). */
async function longestStall<T>(run: () => Promise<T>): Promise<{ result: T; maxMs: number; p99Ms: number; gcMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  // The garbage collector's longest pause meanwhile: a stall it explains is nobody's slice.
  let gcMs = 0;
  const collections = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs = Math.max(gcMs, entry.duration);
  });
  collections.observe({ entryTypes: ['gc'] });
  histogram.enable();
  try {
    const result = await run();
    return { result, maxMs: histogram.max / 1e6, p99Ms: histogram.percentile(99) / 1e6, gcMs };
  } finally {
    histogram.disable();
    collections.disconnect();
  }
}

suite('workspace index', () => {
  suiteSetup(async function () {
    this.timeout(120_000);
    const api = await plume();
    await api.site.ready;
  });

  test('keeps the summaries in the extension’s storage and reuses them on the next build; a corrupt store is ignored', async function () {
    this.timeout(120_000);
    const api = await plume();
    const folder = vscode.Uri.joinPath(workspaceFolder().uri, `index-store-${Date.now()}`);
    for (let index = 0; index < 5; index++) {
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, `article-${index}.md`), new TextEncoder().encode(generatedArticle(index)));
    }
    try {
      await eventsRead();
      const first = (await vscode.commands.executeCommand<IndexBuild>('plume.rebuildIndex'))!;
      assert.ok(first && !first.stopped, JSON.stringify(first));
      // The store is in the extension's storage, never among the writer's files.
      const store = api.site.storeUri;
      assert.ok(store, 'the index has a store');
      assert.ok(!store.toString().startsWith(workspaceFolder().uri.toString()), store.toString());
      const stored = new TextDecoder().decode(await vscode.workspace.fs.readFile(store));
      assert.ok(stored.includes(vscode.Uri.joinPath(folder, 'article-3.md').toString()), 'the store holds the new articles');

      // The next build reads the store from the disk, as the next start does: nothing changed, so
      // these articles' summaries are reused and none is parsed. (Other suites' articles may be
      // read: one that was open at the first build and has been closed since had nothing stored.)
      const ours = (build: IndexBuild) => build.summarizedFiles.filter((uri) => uri.startsWith(folder.toString()));
      const second = (await vscode.commands.executeCommand<IndexBuild>('plume.rebuildIndex'))!;
      assert.ok(second.summarized <= 100 && ours(second).length === 0, JSON.stringify(second));
      assert.ok(second.reused >= 5, JSON.stringify(second));
      const line = api.log.lines.filter((candidate) => /workspace index: \d+ Markdown files in \d+ ms/.test(candidate)).pop() ?? '';
      assert.match(line, new RegExp(`: ${second.reused} reused from the stored index \\(\\d+ stored\\), ${second.summarized} read`));

      // A corrupt store: one log line, and every article is read again (then stored anew).
      await vscode.workspace.fs.writeFile(store, new TextEncoder().encode('{"format": "plume-workspace-ind'));
      const afterCorrupt = (await vscode.commands.executeCommand<IndexBuild>('plume.rebuildIndex'))!;
      assert.equal(afterCorrupt.reused, 0, JSON.stringify(afterCorrupt));
      assert.equal(ours(afterCorrupt).length, 5, JSON.stringify(afterCorrupt));
      assert.ok(api.log.lines.some((candidate) => /the stored index is not readable .*ignored/.test(candidate)), 'the log says the store was ignored');
      const again = (await vscode.commands.executeCommand<IndexBuild>('plume.rebuildIndex'))!;
      assert.equal(ours(again).length, 0, JSON.stringify(again));
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true });
      await eventsRead();
    }
  });

  test(`a build of ${GENERATED_ARTICLES} articles can be stopped and started again; the event loop's longest stall is printed`, async function () {
    this.timeout(600_000);
    const api = await plume();
    const folder = path.join(workspaceFolder().uri.fsPath, `index-site-${Date.now()}`);
    await fs.mkdir(folder, { recursive: true });
    for (let index = 0; index < GENERATED_ARTICLES; index += 100) {
      await Promise.all(Array.from({ length: Math.min(100, GENERATED_ARTICLES - index) }, (_, offset) => fs.writeFile(path.join(folder, `article-${index + offset}.md`), generatedArticle(index + offset))));
    }
    try {
      await eventsRead();
      // The host's own stalls, Plume idle (other extensions, such as VS Code's Markdown language
      // features indexing the same files, and the garbage collector share the thread).
      const idle = await longestStall(() => new Promise((resolve) => setTimeout(resolve, 5_000)));
      console.log(`      Plume idle: longest event-loop stall ${idle.maxMs.toFixed(1)} ms (p99 ${idle.p99Ms.toFixed(1)} ms)`);
      // Cold: every summary parsed again (the worker parses; the host reads, hashes and posts).
      const cold = await longestStall(() => api.site.rebuild({ fresh: true }));
      // Warm: the summaries stored by the cold build, as at the next start.
      const warm = await longestStall(() => api.site.rebuild());
      const report = (what: string, measured: { result: IndexBuild | undefined; maxMs: number; p99Ms: number; gcMs: number }) =>
        `workspace index build, ${what}: ${measured.result?.files} files (${measured.result?.summarized} read, ${measured.result?.reused} reused) in ${measured.result?.ms} ms; the build's longest work on the host's thread ${measured.result?.longestSliceMs} ms; longest event-loop stall ${measured.maxMs.toFixed(1)} ms (p99 ${measured.p99Ms.toFixed(1)} ms, longest garbage collection ${measured.gcMs.toFixed(1)} ms)`;
      console.log(`      ${report('cold', cold)}`);
      console.log(`      ${report('warm', warm)}`);
      for (const line of api.log.lines.filter((candidate) => /workspace index: \d+ Markdown files in/.test(candidate)).slice(-2)) console.log(`      ${line}`);
      assert.ok((cold.result?.summarized ?? 0) >= GENERATED_ARTICLES, JSON.stringify(cold.result));
      assert.ok((warm.result?.reused ?? 0) >= GENERATED_ARTICLES, JSON.stringify(warm.result));

      // Every closed article's findings between articles published again (the language of the
      // messages changed): the worker judges them by slices, the host publishes them by slices.
      const language = vscode.workspace.getConfiguration('plume').get<string>('language');
      const before = api.closedArticles.lastRun;
      const republished = await longestStall(async () => {
        await vscode.workspace.getConfiguration('plume').update('language', language === 'en' ? 'fr' : 'en', vscode.ConfigurationTarget.Global);
        return waitFor('the closed articles’ findings published again', () => api.closedArticles.lastRun, (run): run is ClosedRun => run !== before && run !== undefined && run.published >= GENERATED_ARTICLES, 120_000);
      });
      await vscode.workspace.getConfiguration('plume').update('language', language, vscode.ConfigurationTarget.Global);
      const run = republished.result;
      console.log(`      closed articles' findings, published again: ${run?.judged} judged by the worker in ${run?.workerMs} ms, ${run?.published} files published in ${run?.ms} ms; the longest work on the host's thread ${run?.longestSliceMs} ms (${run?.longestWhat}); longest event-loop stall ${republished.maxMs.toFixed(1)} ms (p99 ${republished.p99Ms.toFixed(1)} ms, longest garbage collection ${republished.gcMs.toFixed(1)} ms)`);

      // Stopped by the writer (the status bar item's command) once it has begun: what was read is kept.
      const building = vscode.commands.executeCommand<IndexBuild>('plume.rebuildIndex');
      await waitFor('the build under way', () => api.site.progress?.done ?? 0, (done) => done >= 20);
      assert.equal(await vscode.commands.executeCommand('plume.stopIndex'), true);
      const stopped = (await building)!;
      assert.ok(stopped.stopped && stopped.done < stopped.files, JSON.stringify(stopped));
      assert.ok(api.log.lines.some((line) => new RegExp(`stopped after ${stopped.done} of ${stopped.files} Markdown files`).test(line)), 'the log says where it stopped');
      assert.equal(api.site.progress, undefined);
      assert.equal(await vscode.commands.executeCommand('plume.stopIndex'), false, 'nothing left to stop');

      // « Plume : Relire les articles du dossier » reads them all again.
      const rebuilt = (await vscode.commands.executeCommand<IndexBuild>('plume.rebuildIndex'))!;
      assert.ok(!rebuilt.stopped && rebuilt.done === rebuilt.files && rebuilt.files >= GENERATED_ARTICLES, JSON.stringify(rebuilt));
    } finally {
      await fs.rm(folder, { recursive: true, force: true });
      await eventsRead();
    }
  });
});
