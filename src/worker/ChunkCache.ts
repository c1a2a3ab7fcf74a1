import type { ChunkLabels } from '../core/markdown/chunkLabels';
import type { ParsedChunk } from '../core/markdown/parseInChunks';
import type { ChunkSpan } from '../core/markdown/planChunks';
import { moveChunk } from '../core/markdown/parseInChunks';

interface Entry {
  chunk: ParsedChunk;
  /** The parse (see `begin`) that last used this entry. */
  used: number;
  size: number;
}

/**
 * The chunks of the last big documents analysed, by text: after a keystroke in a 1 MB article
 * only the chunk that holds it is parsed again; the others are moved to their new place.
 *
 * Re-using a chunk moves its nodes in place, so a tree built from cached chunks is only valid
 * until the next parse. That holds in the analysis worker, which turns each tree into plain
 * findings before taking the next text; nothing else may use this cache.
 */
export class ChunkCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;
  private size = 0;

  /**
   * `maxChars`: source characters kept besides the document being parsed, whose chunks all stay
   * (evicting them would make every edit of a document over budget parse it all again): 2 MB by
   * default, ≈ 16 MB of heap (the tree of 1 MB of French prose weighs ≈ 7 MB).
   */
  constructor(private readonly maxChars = 2_000_000) {}

  /** Starts the parse of one document. */
  begin(): void {
    this.generation++;
  }

  /** The cached parse of this chunk text, moved to `span`; none if it is already in this parse's tree. */
  take(chunkText: string, span: ChunkSpan, foreign?: ChunkLabels): ParsedChunk | undefined {
    const key = keyOf(chunkText, foreign);
    const entry = this.entries.get(key);
    // The same text twice in one document: one tree cannot hold the same nodes twice.
    if (!entry || entry.used === this.generation) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    entry.used = this.generation;
    // Most recently used last, so that eviction takes the oldest first.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return moveChunk(entry.chunk, span);
  }

  put(chunkText: string, chunk: ParsedChunk): void {
    const key = keyOf(chunkText, chunk.foreign);
    const previous = this.entries.get(key);
    if (previous) this.size -= previous.size;
    this.entries.delete(key);
    this.entries.set(key, { chunk, used: this.generation, size: chunkText.length });
    this.size += chunkText.length;
    for (const [oldKey, entry] of this.entries) {
      if (this.size <= this.maxChars || entry.used === this.generation) break;
      this.entries.delete(oldKey);
      this.size -= entry.size;
    }
  }

  /** Chunks found in the cache, and chunks that had to be parsed, since it was made (for tests and logs). */
  hits = 0;
  misses = 0;

  get chunkCount(): number {
    return this.entries.size;
  }
}

function keyOf(chunkText: string, foreign?: ChunkLabels): string {
  if (!foreign || (foreign.links.length === 0 && foreign.footnotes.length === 0)) return chunkText;
  return `${foreign.links.join('\u0000')}\u0001${foreign.footnotes.join('\u0000')}\u0002${chunkText}`;
}
