/*
 * Parsing a big document as independent top-level chunks gives the very tree a whole parse
 * gives, while letting the chunks be parsed on several threads (src/worker/parseInParallel.ts)
 * and re-used when an edit leaves them untouched (src/worker/ChunkCache.ts). micromark is the
 * floor of Plume's analysis (≈ 1 s per MB on a 2 GHz core), so that is where big documents win.
 *
 * Why the tree is the same (and `test/unit/markdown/parseInChunks.test.ts` checks it on random
 * and real documents):
 * - A chunk starts at a column-0 line that follows a blank line and opens an ATX heading or a
 *   paragraph (a letter). After a blank line such a line can continue nothing but a fenced code
 *   block or an HTML block of kinds 1–5 (those alone survive blank lines and unindented lines):
 *   every list, quote, footnote, table, paragraph and indented code has ended. So the whole
 *   parse and the chunk's parse agree on everything before that line (planChunks.ts finds them)...
 * - ...unless a fence or such an HTML block is still open there: a chunk parsed alone then ends
 *   with a node that swallows its trailing blank line, which a closed node never does. Such a
 *   chunk is joined to the next one and parsed again (`openTail`), as is a first chunk cut
 *   inside its front matter (it then has none).
 * - Link and footnote labels are document-wide: `[texte][ref]` resolves only if `[ref]: …` is
 *   defined anywhere. A chunk that may reference a label defined in another chunk is parsed
 *   again with stand-in definitions of those labels, whose nodes are then dropped (references
 *   carry only the label, never the URL; chunkLabels.ts).
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { ChunkLabels, LabelDefinition } from './chunkLabels';
import { NO_LABELS, foreignLabelsNeeded, rawLabel, standInDefinitions } from './chunkLabels';
import { parseMarkdown } from './parseMarkdown';
import type { ChunkSpan } from './planChunks';
import { endOfLine, planChunks } from './planChunks';

/** One chunk parsed alone; its positions are already those of the whole text. */
export interface ParsedChunk {
  span: ChunkSpan;
  children: RootContent[];
  /** End of the chunk's root, in whole-text coordinates. */
  end: NonNullable<Root['position']>['end'];
  /** A fence or an HTML block is still open at the chunk's end: it must be joined to the next. */
  openTail: boolean;
  defined: ChunkLabels;
  /** Stand-in definitions the chunk was parsed with (empty on the first pass). */
  foreign: ChunkLabels;
  /**
   * Fields a parse left on the chunk's root besides type, children and position: GFM's task
   * list code sets `checked` on a task paragraph's parent, which is the root for `-\n[x] a`.
   */
  rootFields: Record<string, unknown>;
}

/**
 * Target chunk length in characters. 32 KB (≈ 3,500 French words) keeps the per-chunk cost of
 * unified negligible (< 1 %) while giving a 1 MB document ~30 chunks to spread over threads and
 * making an edit re-parse about 3 % of it.
 */
export const DEFAULT_CHUNK_SIZE = 32 * 1024;

const BOM = 0xfeff;

/**
 * Parses `text` chunk by chunk (sequentially, in this thread) and returns the tree
 * `parseMarkdown(text)` returns. Worth it only for big texts; the threads live in src/worker.
 */
export function parseMarkdownInChunks(text: string, options: { chunkSize?: number } = {}): Root {
  const body = stripBom(text);
  const spans = planChunks(body, options.chunkSize ?? DEFAULT_CHUNK_SIZE);
  const parsed = spans.map((span) => parseChunk(body.slice(span.start, span.end), span));
  return assembleChunks(body, parsed, (span, foreign) => parseChunk(body.slice(span.start, span.end), span, foreign));
}

/** micromark drops a leading byte order mark and counts offsets after it; so do the chunks. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === BOM ? text.slice(1) : text;
}

/**
 * Parses one chunk alone (`chunkText` is `text.slice(span.start, span.end)`), with stand-in
 * definitions for `foreign` labels, and moves its positions to whole-text coordinates.
 */
export function parseChunk(chunkText: string, span: ChunkSpan, foreign: ChunkLabels = NO_LABELS): ParsedChunk {
  const standIns = standInDefinitions(foreign);
  // A chunk after the first starts with a heading or a paragraph after a blank line, so stand-ins
  // can go before it; the first chunk may open with front matter, which must stay at offset 0, and
  // ends with a blank line (or it would be the only chunk, with nothing foreign).
  const before = span.start > 0 ? standIns : '';
  const after = span.start > 0 ? '' : standIns && `\n\n${standIns}`;
  const root = parseMarkdown(before + chunkText + after);
  const beforeLines = countLineBreaks(before);
  const definitions: LabelDefinition[] = [];
  const children: RootContent[] = [];
  const firstOwn = before.length;
  const lastOwn = before.length + chunkText.length;
  for (const child of root.children) {
    const start = child.position?.start.offset ?? 0;
    if (start < firstOwn || start >= lastOwn) continue; // a stand-in definition
    shift(child, span.start - before.length, span.line - 1 - beforeLines, definitions);
    children.push(child);
  }
  const defined: ChunkLabels = { links: [], footnotes: [] };
  for (const node of definitions) {
    const label = rawLabel(chunkText, (node.position?.start.offset ?? 0) - span.start, node) ?? node.identifier;
    (node.type === 'definition' ? defined.links : defined.footnotes).push(label);
  }
  const last = children.at(-1);
  // The root's end, moved like the rest; with stand-ins after the text (first chunk only) it is
  // the start of the next chunk, since a first chunk that is not the only one ends with a line break.
  const rootEnd = root.position?.end ?? { line: 1, column: 1, offset: 0 };
  const end = after ? { line: span.line + countLineBreaks(chunkText), column: 1, offset: span.end } : { line: rootEnd.line + span.line - 1 - beforeLines, column: rootEnd.column, offset: span.end };
  // Front matter is closed inside the chunk or not at all: a chunk cut before its closing fence
  // reads it as a thematic break and text, so it is joined to the next like an open fence.
  const frontMatterCut = span.start === 0 && /^(?:---|\+\+\+)/.test(chunkText) && children[0]?.type !== 'yaml' && children[0]?.type !== ('toml' as string);
  return {
    span,
    children,
    end,
    openTail: frontMatterCut || (last !== undefined && (last.position?.end.offset ?? 0) > span.start + endOfLastContentLine(chunkText)),
    defined,
    foreign,
    rootFields: extraFields(root),
  };
}

function extraFields(root: Root): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(root)) if (key !== 'type' && key !== 'children' && key !== 'position') fields[key] = value;
  return fields;
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

/** End of the last line holding something else than spaces and tabs (0 if none). */
function endOfLastContentLine(text: string): number {
  let i = text.length;
  while (i > 0 && /[ \t\r\n]/.test(text[i - 1] ?? '')) i--;
  return endOfLine(text, i);
}

/** Moves a subtree's positions by whole offsets and lines, and collects the definitions in it. */
function shift(node: Nodes, offset: number, lines: number, definitions: LabelDefinition[]): void {
  const position = node.position;
  if (position) {
    position.start.offset = (position.start.offset ?? 0) + offset;
    position.start.line += lines;
    position.end.offset = (position.end.offset ?? 0) + offset;
    position.end.line += lines;
  }
  if (node.type === 'definition' || node.type === 'footnoteDefinition') definitions.push(node);
  if ('children' in node) for (const child of node.children) shift(child, offset, lines, definitions);
}

/**
 * Joins parsed chunks into the whole tree: a chunk whose tail is open is merged with the next
 * one, a chunk that may reference labels defined elsewhere is parsed again with them, then the
 * children are concatenated. `parse` parses a span again; src/worker/parseInParallel.ts runs
 * the same three steps with the second one on several threads.
 */
export function assembleChunks(text: string, parsed: ParsedChunk[], parse: (span: ChunkSpan, foreign?: ChunkLabels) => ParsedChunk): Root {
  const chunks = joinOpenTails(parsed, parse);
  const needs = foreignLabelsNeeded(text, chunks);
  return joinTrees(chunks.map((chunk, index) => {
    const foreign = needs[index];
    return foreign ? parse(chunk.span, foreign) : chunk;
  }));
}

/** The whole tree from chunks that need nothing more (see assembleChunks). */
export function joinTrees(chunks: readonly ParsedChunk[]): Root {
  const last = chunks.at(-1);
  const root: Root = {
    type: 'root',
    children: chunks.flatMap((chunk) => chunk.children),
    position: { start: { line: 1, column: 1, offset: 0 }, end: last ? { ...last.end } : { line: 1, column: 1, offset: 0 } },
  };
  // Later chunks win, as later lines would in a whole parse (key order kept: type, children, position, …).
  for (const chunk of chunks) Object.assign(root, chunk.rootFields);
  return root;
}

/**
 * Merges each chunk whose tail is open (see parseChunk) with the next, parsing the joined span
 * again; rare, so done on the calling thread.
 */
export function joinOpenTails(parsed: ParsedChunk[], parse: (span: ChunkSpan) => ParsedChunk): ParsedChunk[] {
  const chunks: ParsedChunk[] = [];
  const lastEnd = parsed.at(-1)?.span.end;
  let pending: ParsedChunk | undefined;
  for (const chunk of parsed) {
    const current = pending ? parse({ start: pending.span.start, end: chunk.span.end, line: pending.span.line }) : chunk;
    pending = undefined;
    // Parsing the joined span again may leave it open still (a fence running over several
    // chunks): keep joining; the last chunk's open tail is the document's and is right as it is.
    if (current.openTail && current.span.end !== lastEnd) pending = current;
    else chunks.push(current);
  }
  return chunks;
}

/**
 * Moves an already parsed chunk to where the same text now sits (an edit above it moved it):
 * what lets src/worker/ChunkCache re-use a chunk's tree instead of parsing it again.
 */
export function moveChunk(chunk: ParsedChunk, span: ChunkSpan): ParsedChunk {
  const offset = span.start - chunk.span.start;
  const lines = span.line - chunk.span.line;
  if (offset !== 0 || lines !== 0) {
    const ignored: LabelDefinition[] = [];
    for (const child of chunk.children) shift(child, offset, lines, ignored);
    chunk.end = { line: chunk.end.line + lines, column: chunk.end.column, offset: (chunk.end.offset ?? 0) + offset };
  }
  chunk.span = span;
  return chunk;
}
