import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EditorAnalyses } from '../../../src/core/analyzeForEditor';
import { parseMarkdown } from '../../../src/core/markdown/parseMarkdown';
import { AnalysisClient } from '../../../src/worker/AnalysisClient';
import { ChunkCache } from '../../../src/worker/ChunkCache';
import { ParseHelpers, defaultHelperCount } from '../../../src/worker/ParseHelpers';
import { PARALLEL_THRESHOLD, parseInParallel } from '../../../src/worker/parseInParallel';
import { fixture } from '../checks/runCheck';

const WORKER = join(__dirname, '..', '..', '..', 'dist', 'analysisWorker.js');
const EXAMPLE = fixture('example', 'article-blinken-azerbaidjan.txt');

/** ~150 KB of real French prose under headings, with a reference defined far from its use. */
function bigDocument(): string {
  const parts = ['---\ntitle: Un long dossier\n---\n\n# Un long dossier\n\nVoir [la source][src] et la note[^n].\n'];
  for (let i = 0; parts.join('').length < 150_000; i++) parts.push(`\n## Partie ${i}\n\n${EXAMPLE}\n`);
  parts.push('\n[src]: https://example.fr/source\n\n[^n]: Une note en bas de page.\n');
  return parts.join('');
}

const tree = (text: string) => JSON.stringify(parseMarkdown(text));
const helpers = new ParseHelpers(WORKER, 1);
afterAll(() => helpers.dispose());

describe('parsing a big document on several threads', () => {
  it('gives the tree of a whole parse, with a helper thread doing part of it', async () => {
    expect(existsSync(WORKER), 'dist/analysisWorker.js missing: run npm run build').toBe(true);
    const text = bigDocument();
    expect(text.length).toBeGreaterThan(PARALLEL_THRESHOLD);
    const root = await parseInParallel(text, helpers, undefined, 8_192);
    expect(JSON.stringify(root)).toBe(tree(text));
    // The reference and the footnote call in the first chunk resolve to definitions in the last.
    expect(JSON.stringify(root)).toContain('"type":"linkReference"');
    expect(JSON.stringify(root)).toContain('"type":"footnoteReference"');
  });

  it('re-uses the chunks an edit left alone, and the tree stays right', async () => {
    const cache = new ChunkCache();
    let text = bigDocument();
    await parseInParallel(text, helpers, cache, 8_192);
    const chunks = cache.chunkCount;
    expect(chunks).toBeGreaterThan(10);
    expect(cache.hits).toBe(0);
    // Type in the middle, then add a line at the very top (every chunk after it moves).
    text = `${text.slice(0, 70_000)}x${text.slice(70_000)}`;
    expect(JSON.stringify(await parseInParallel(text, helpers, cache, 8_192))).toBe(tree(text));
    expect(cache.chunkCount).toBeLessThanOrEqual(chunks + 2);
    // Only the edited chunk was parsed again: the cache answered for all the others.
    expect(cache.hits).toBeGreaterThanOrEqual(chunks - 2);
    const hits = cache.hits;
    const misses = cache.misses;
    text = text.replace('# Un long dossier\n', '# Un long dossier\n\nUne ligne de plus.\n');
    expect(JSON.stringify(await parseInParallel(text, helpers, cache, 8_192))).toBe(tree(text));
    expect(cache.hits - hits).toBeGreaterThanOrEqual(chunks - 2);
    expect(cache.misses - misses).toBeLessThanOrEqual(2);
  });

  it('keeps one copy of a chunk per tree when the same text appears twice', async () => {
    const block = `## Bis\n\n${EXAMPLE}\n\n`;
    const text = `# Double\n\n${block}${block}${block}`;
    const cache = new ChunkCache();
    await parseInParallel(text, undefined, cache, 1_024);
    expect(JSON.stringify(await parseInParallel(text, undefined, cache, 1_024))).toBe(tree(text));
  });

  it('keeps the chunks of the document being parsed, and of earlier ones only within its budget', async () => {
    const cache = new ChunkCache(40_000);
    const first = bigDocument();
    await parseInParallel(first, undefined, cache, 8_192);
    const all = cache.chunkCount;
    // ~150 KB in ~8 KB chunks: all kept while it is the current document, over budget or not.
    expect(all).toBeGreaterThan(15);
    const other = first.replaceAll('Partie', 'Section');
    expect(JSON.stringify(await parseInParallel(other, undefined, cache, 8_192))).toBe(tree(other));
    // The other document's chunks, and at most ~40 KB of the first one's.
    expect(cache.chunkCount).toBeLessThanOrEqual(all + 5);
    expect(JSON.stringify(await parseInParallel(first, undefined, cache, 8_192))).toBe(tree(first));
  });

  it('parses here when a helper cannot start, losing no chunk', async () => {
    const logs: string[] = [];
    const broken = new ParseHelpers(join(__dirname, 'no-such-helper.js'), 1, 60_000, (message) => logs.push(message));
    const text = bigDocument();
    try {
      expect(JSON.stringify(await parseInParallel(text, broken, undefined, 8_192))).toBe(tree(text));
      expect(logs.join('\n')).toMatch(/parse helper failed/);
    } finally {
      broken.dispose();
    }
  });

  it('the analysis worker analyses a big document as in-process, and again after an edit', async () => {
    const client = new AnalysisClient(WORKER);
    let text = bigDocument();
    try {
      const first = await client.analyze(text, []);
      const local = new EditorAnalyses().analyze('', 0, text, []);
      expect(first.findings).toEqual(local.findings);
      expect(first.stats).toEqual(local.stats);
      text = text.replace('## Partie 3\n', '## Partie 3 bis\n');
      const second = await client.analyze(text, []);
      expect(second.findings).toEqual(new EditorAnalyses().analyze('', 0, text, []).findings);
      expect(second.durationMs).toBeGreaterThan(0);
    } finally {
      client.dispose();
    }
  });

  it('uses one helper per core beyond two, at most 3, unless PLUME_PARSE_THREADS says how many threads', () => {
    expect([1, 2, 3, 4, 8, 64].map((cores) => defaultHelperCount({}, cores))).toEqual([0, 0, 1, 2, 3, 3]);
    expect(defaultHelperCount({ PLUME_PARSE_THREADS: '2' }, 2)).toBe(1);
    expect(defaultHelperCount({ PLUME_PARSE_THREADS: '1' }, 16)).toBe(0);
    expect(defaultHelperCount({ PLUME_PARSE_THREADS: 'beaucoup' }, 4)).toBe(2);
  });
});
