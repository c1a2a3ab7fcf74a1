// Where a big document may be cut into chunks that parse alone (see parseInChunks.ts for why
// a cut there gives the tree of a whole parse).

/** Where one chunk sits in the whole text. */
export interface ChunkSpan {
  /** Offset of the chunk's first character in the (BOM-less) text. */
  start: number;
  end: number;
  /** 1-based line of `start`, as unist positions count. */
  line: number;
}

/**
 * Cuts `text` at candidate lines (see parseInChunks.ts) at least `chunkSize` characters apart. The
 * scan skips lines it believes are inside front matter, a fence or an HTML block of kinds 1–5;
 * it only needs to be right most of the time, since parseChunk checks every cut (`openTail`).
 */
export function planChunks(text: string, chunkSize: number): ChunkSpan[] {
  const spans: ChunkSpan[] = [];
  let chunkStart = 0;
  let chunkLine = 1;
  let line = 1;
  let previousBlank = false;
  let inside: ((lineText: string) => boolean) | undefined = frontMatterCloser(text);
  let offset = 0;
  while (offset < text.length) {
    const lineEnd = endOfLine(text, offset);
    const lineText = text.slice(offset, lineEnd);
    if (inside) {
      if (inside(lineText)) inside = undefined;
      previousBlank = false;
    } else {
      if (previousBlank && offset - chunkStart >= chunkSize && offset > 0 && isChunkStart(lineText)) {
        spans.push({ start: chunkStart, end: offset, line: chunkLine });
        chunkStart = offset;
        chunkLine = line;
      }
      inside = blockCloser(lineText);
      previousBlank = !inside && /^[ \t]*$/.test(lineText);
    }
    offset = nextLineStart(text, lineEnd);
    line++;
  }
  spans.push({ start: chunkStart, end: text.length, line: chunkLine });
  return spans;
}

/**
 * A line that, after a blank line, can only begin a new top-level block: an ATX heading, a
 * paragraph opening on a letter, or one opening on a bracket (a link, or a link or footnote
 * definition: a page of thousands of definitions, which micromark holds in memory ≈ 150 bytes a
 * character until the end of its chunk, is cut like prose).
 */
function isChunkStart(lineText: string): boolean {
  return /^(?:#{1,6}(?:[ \t]|$)|\p{L}|\[)/u.test(lineText);
}

export function endOfLine(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return i;
  }
  return text.length;
}

function nextLineStart(text: string, lineEnd: number): number {
  if (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10) return lineEnd + 2;
  return lineEnd + 1;
}

/** Front matter opens only on the very first line (remark-frontmatter's `---` / `+++`). */
function frontMatterCloser(text: string): ((lineText: string) => boolean) | undefined {
  // Wider than remark-frontmatter's rule on purpose: a cut inside real front matter would go
  // unnoticed by the tail check, a missed cut costs nothing but speed (parseChunk checks the rest).
  const fence = /^(---|\+\+\+)/.exec(text)?.[1];
  if (!fence) return undefined;
  let first = true;
  return (lineText) => {
    if (first) {
      first = false;
      return false;
    }
    return lineText.trimEnd() === fence;
  };
}

/** If `lineText` opens a fence or an HTML block of kinds 1–5 left open on that line, its closing test. */
function blockCloser(lineText: string): ((lineText: string) => boolean) | undefined {
  const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(lineText);
  if (fence?.[1] && !(fence[1].startsWith('`') && fence[2]?.includes('`'))) {
    const mark = fence[1];
    const closing = new RegExp(`^ {0,3}${mark[0] === '`' ? '`' : '~'}{${mark.length},}[ \\t]*$`);
    return (next) => closing.test(next);
  }
  const html = /^ {0,3}<(?:(script|pre|style|textarea)(?=[\s>]|$)|(!--)|(\?)|(![A-Za-z])|(!\[CDATA\[))/i.exec(lineText);
  if (!html) return undefined;
  const end = html[1] ? /<\/(?:script|pre|style|textarea)>/i : html[2] ? /-->/ : html[3] ? /\?>/ : html[4] ? />/ : /\]\]>/;
  const rest = lineText.slice(html[0].length);
  if (end.test(rest)) return undefined;
  return (next) => end.test(next);
}
