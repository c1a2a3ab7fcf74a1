import type { Root } from 'mdast';
import type { ChunkLabels } from '../core/markdown/chunkLabels';
import { foreignLabelsNeeded } from '../core/markdown/chunkLabels';
import type { ParsedChunk } from '../core/markdown/parseInChunks';
import { DEFAULT_CHUNK_SIZE, joinOpenTails, joinTrees, parseChunk, stripBom } from '../core/markdown/parseInChunks';
import type { ChunkSpan } from '../core/markdown/planChunks';
import { planChunks } from '../core/markdown/planChunks';
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
  const first = await parseSpans(body, spans.map((span) => ({ span })), helpers, cache);
  // Chunks left open at their end are joined and parsed again here (rare); chunks that reference
  // labels defined in other chunks are parsed again with them, on every thread (footnote calls
  // all over an article whose notes sit at its end make that most chunks).
  const chunks = joinOpenTails(first, parseHere);
  const needs = foreignLabelsNeeded(body, chunks);
  const again = needs.flatMap((foreign, index) => (foreign ? [{ index, span: (chunks[index] as ParsedChunk).span, foreign }] : []));
  const reparsed = await parseSpans(body, again, helpers, cache);
  again.forEach((job, i) => {
    chunks[job.index] = reparsed[i] as ParsedChunk;
  });
  return joinTrees(chunks);
}

/** Parses spans (with their stand-in labels), cached ones first, the others on every thread. */
async function parseSpans(body: string, requests: { span: ChunkSpan; foreign?: ChunkLabels }[], helpers: ParseHelpers | undefined, cache: ChunkCache | undefined): Promise<ParsedChunk[]> {
  const parsed: ParsedChunk[] = new Array<ParsedChunk>(requests.length);
  const missing: number[] = [];
  const jobs: ChunkJob[] = [];
  requests.forEach(({ span, foreign }, index) => {
    const text = body.slice(span.start, span.end);
    const cached = cache?.take(text, span, foreign);
    if (cached) parsed[index] = cached;
    else {
      missing.push(index);
      jobs.push({ text, span, foreign });
    }
  });
  const parseJob = (job: ChunkJob) => parseChunk(job.text, job.span, job.foreign);
  const fresh = helpers && helpers.size > 0 && jobs.length > 1 ? await helpers.parseAll(jobs, parseJob) : jobs.map(parseJob);
  fresh.forEach((chunk, i) => {
    parsed[missing[i] as number] = chunk;
    cache?.put(jobs[i]?.text ?? '', chunk);
  });
  return parsed;
}
