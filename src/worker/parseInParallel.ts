import type { Root } from 'mdast';
import type { ChunkLabels, ChunkSpan, ParsedChunk } from '../core/markdown/parseInChunks';
import { DEFAULT_CHUNK_SIZE, assembleChunks, parseChunk, planChunks, stripBom } from '../core/markdown/parseInChunks';
import { parseMarkdown } from '../core/markdown/parseMarkdown';
import type { ChunkCache } from './ChunkCache';
import type { ChunkJob, ParseHelpers } from './ParseHelpers';

/**
 * Below two chunks there is nothing to share out: one parse on this thread (≈ 60 ms at 64 KB)
 * costs less than sending the text away and the tree back.
 */
export const PARALLEL_THRESHOLD = 2 * DEFAULT_CHUNK_SIZE;

/**
 * Parses `text` into the tree `parseMarkdown` gives (BOM dropped, as ArticleDocument does),
 * chunk by chunk on this thread and on `helpers`, re-using `cache`d chunks an edit left alone.
 */
export async function parseInParallel(text: string, helpers: ParseHelpers | undefined, cache?: ChunkCache, chunkSize = DEFAULT_CHUNK_SIZE): Promise<Root> {
  const body = stripBom(text);
  const spans = planChunks(body, chunkSize);
  if (spans.length === 1) return parseMarkdown(body);
  cache?.begin();
  const parseHere = (span: ChunkSpan, foreign?: ChunkLabels): ParsedChunk => {
    const chunkText = body.slice(span.start, span.end);
    const cached = cache?.take(chunkText, span, foreign);
    if (cached) return cached;
    const parsed = parseChunk(chunkText, span, foreign);
    cache?.put(chunkText, parsed);
    return parsed;
  };
  const parsed: ParsedChunk[] = new Array<ParsedChunk>(spans.length);
  const missing: number[] = [];
  spans.forEach((span, index) => {
    const cached = cache?.take(body.slice(span.start, span.end), span);
    if (cached) parsed[index] = cached;
    else missing.push(index);
  });
  const jobs: ChunkJob[] = missing.map((index) => {
    const span = spans[index] as ChunkSpan;
    return { text: body.slice(span.start, span.end), span };
  });
  const fresh = helpers && helpers.size > 0 && jobs.length > 1
    ? await helpers.parseAll(jobs, (job) => parseChunk(job.text, job.span))
    : jobs.map((job) => parseChunk(job.text, job.span));
  fresh.forEach((chunk, i) => {
    parsed[missing[i] as number] = chunk;
    cache?.put(jobs[i]?.text ?? '', chunk);
  });
  // Joins and stand-in definitions are rare: they are parsed here, through the cache.
  return assembleChunks(body, parsed, parseHere);
}
