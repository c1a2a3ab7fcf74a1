import type { Heading as MdHeading, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { blankHtml } from './htmlSource';
import type { SourceRange } from './readFrontMatter';

/**
 * A unit of prose: headings, paragraphs (also inside lists and quotes), table cells and the
 * text of HTML blocks. Each is its own sentence boundary. `text` is what a reader reads (no
 * code, no URLs, no image targets, no HTML tags); `toSource` maps an index of `text` back
 * to an offset of the document.
 */
export interface Block {
  kind: 'heading' | 'paragraph' | 'tableCell' | 'html';
  text: string;
  range: SourceRange;
  /** Heading level (1–6) for headings. */
  level?: number;
  /** A heading's full text, inline code included (`text` leaves code out of the word count). */
  headingText?: string;
  inList: boolean;
  toSource(index: number): number;
}

export interface ImageRef {
  url: string;
  alt: string;
  range: SourceRange;
}

export interface LinkRef {
  url: string;
  text: string;
  range: SourceRange;
  /** Relative, root-relative or fragment links point inside the site. */
  internal: boolean;
}

export interface CodeRef {
  kind: 'fenced' | 'indented' | 'inline';
  value: string;
  range: SourceRange;
}

export interface CollectedBlocks {
  blocks: Block[];
  images: ImageRef[];
  links: LinkRef[];
  code: CodeRef[];
}

interface Piece {
  textStart: number;
  sourceStart: number;
  sourceEnd: number;
}

/** Accumulates the readable text of one block with an index → source offset map. */
class BlockText {
  text = '';
  private readonly pieces: Piece[] = [];

  add(value: string, sourceStart: number, sourceEnd: number): void {
    if (value === '') return;
    this.pieces.push({ textStart: this.text.length, sourceStart, sourceEnd });
    this.text += value;
  }

  /**
   * Adds a text node, whose source is `documentText` from `sourceStart` to `sourceEnd` and may be
   * longer than its value (`\*`, `&nbsp;`, `&euro;`): value and source are walked side by side
   * and each run of identical characters becomes its own piece, so offsets after an escape or an
   * entity stay exact.
   */
  addAligned(value: string, documentText: string, sourceStart: number, sourceEnd: number): void {
    // The length documentText.slice(sourceStart, sourceEnd) has: most text nodes are their
    // source verbatim, and then no copy of the source is needed.
    const sourceLength = Math.max(0, Math.min(sourceEnd, documentText.length) - Math.min(sourceStart, documentText.length));
    if (value.length === sourceLength) {
      this.add(value, sourceStart, sourceStart + sourceLength);
      return;
    }
    const source = documentText.slice(sourceStart, sourceEnd);
    let v = 0;
    let s = 0;
    while (v < value.length) {
      const runStart = v;
      const runSource = s;
      while (v < value.length && s < source.length && value[v] === source[s]) {
        v++;
        s++;
      }
      if (v > runStart) this.add(value.slice(runStart, v), sourceStart + runSource, sourceStart + s);
      if (v >= value.length) break;
      // A character of the value that the source writes differently: an escape or an entity.
      const entityEnd = source[s] === '&' ? source.indexOf(';', s) : -1;
      const width = source[s] === '\\' ? 2 : entityEnd > s ? entityEnd - s + 1 : 1;
      const charWidth = (value.codePointAt(v) ?? 0) > 0xffff ? 2 : 1;
      this.add(value.slice(v, v + charWidth), sourceStart + s, sourceStart + Math.min(s + width, source.length));
      v += charWidth;
      s = Math.min(s + width, source.length);
    }
  }

  /** A skipped inline (code, image, tag) still separates the words around it. */
  gap(sourceOffset: number): void {
    this.add(' ', sourceOffset, sourceOffset);
  }

  toSourceFunction(): (index: number) => number {
    const pieces = this.pieces;
    return (index) => {
      let low = 0;
      let high = pieces.length - 1;
      if (high < 0) return 0;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((pieces[mid]?.textStart ?? 0) <= index) low = mid;
        else high = mid - 1;
      }
      const piece = pieces[low] as Piece;
      // Escapes and entities make a text node shorter than its source: clamp inside the node.
      return Math.min(piece.sourceStart + (index - piece.textStart), Math.max(piece.sourceEnd, piece.sourceStart));
    };
  }
}

const startOf = (node: Nodes): number => node.position?.start.offset ?? 0;
const endOf = (node: Nodes): number => node.position?.end.offset ?? 0;

function isInternalUrl(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//');
}

/** Walks the tree once and collects the prose blocks, images, links and code of the body. */
export function collectBlocks(root: Root, text: string): CollectedBlocks {
  const result: CollectedBlocks = { blocks: [], images: [], links: [], code: [] };

  const addInline = (node: Nodes, into: BlockText): void => {
    switch (node.type) {
      case 'text':
        into.addAligned(node.value, text, startOf(node), endOf(node));
        return;
      case 'break':
        into.gap(startOf(node));
        return;
      case 'inlineCode':
        result.code.push({ kind: 'inline', value: node.value, range: { start: startOf(node), end: endOf(node) } });
        into.gap(startOf(node));
        return;
      case 'image':
        result.images.push({ url: node.url, alt: node.alt ?? '', range: { start: startOf(node), end: endOf(node) } });
        into.gap(startOf(node));
        return;
      case 'imageReference':
        result.images.push({ url: node.identifier, alt: node.alt ?? '', range: { start: startOf(node), end: endOf(node) } });
        into.gap(startOf(node));
        return;
      case 'html':
        into.gap(startOf(node));
        return;
      case 'link': {
        const label = toString(node);
        result.links.push({ url: node.url, text: label, range: { start: startOf(node), end: endOf(node) }, internal: isInternalUrl(node.url) });
        // A bare URL (GFM autolink) is not prose: its text is its target.
        if (label === node.url || `mailto:${label}` === node.url || `http://${label}` === node.url) into.gap(startOf(node));
        else for (const child of node.children) addInline(child, into);
        return;
      }
      default:
        if ('children' in node) for (const child of node.children) addInline(child as Nodes, into);
    }
  };

  const pushBlock = (kind: Block['kind'], node: Nodes, inList: boolean, level?: number): void => {
    const into = new BlockText();
    if ('children' in node) for (const child of node.children) addInline(child as Nodes, into);
    const headingText = kind === 'heading' ? toString(node).trim() : undefined;
    result.blocks.push({ kind, text: into.text, range: { start: startOf(node), end: endOf(node) }, inList, level, headingText, toSource: into.toSourceFunction() });
  };

  const visit = (node: Nodes, inList: boolean): void => {
    switch (node.type) {
      case 'heading':
        pushBlock('heading', node, inList, (node as MdHeading).depth);
        return;
      case 'paragraph':
        pushBlock('paragraph', node, inList);
        return;
      case 'tableCell':
        pushBlock('tableCell', node, inList);
        return;
      case 'code':
        result.code.push({ kind: /^ {0,3}(`{3,}|~{3,})/.test(text.slice(startOf(node), startOf(node) + 8)) ? 'fenced' : 'indented', value: node.value, range: { start: startOf(node), end: endOf(node) } });
        return;
      case 'html':
        pushHtmlBlock(node.value, startOf(node), endOf(node), inList, result.blocks);
        return;
      case 'yaml':
      case 'definition':
        return;
      default:
        if ((node.type as string) === 'toml') return;
        if ('children' in node) for (const child of node.children) visit(child as Nodes, inList || node.type === 'list');
    }
  };

  visit(root, false);
  return result;
}

function pushHtmlBlock(value: string, start: number, end: number, inList: boolean, blocks: Block[]): void {
  // Tags, comments, <script>/<style> bodies and entities are blanked with spaces of the same
  // length, so the text that remains keeps its offsets in the document.
  const text = blankHtml(value);
  if (!/[\p{L}\p{N}]/u.test(text)) return;
  blocks.push({ kind: 'html', text, range: { start, end }, inList, toSource: (index) => Math.min(start + index, end) });
}
