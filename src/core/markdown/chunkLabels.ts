// Link and footnote labels across chunks: a reference resolves if its label is defined anywhere
// in the document, so a chunk parsed alone gets stand-in definitions of the labels it may need.
import type { Nodes } from 'mdast';
import type { ParsedChunk } from './parseInChunks';

/** Labels defined in a chunk, as written (the text between the brackets). */
export interface ChunkLabels {
  links: string[];
  footnotes: string[];
}

export const NO_LABELS: ChunkLabels = { links: [], footnotes: [] };

/** Definitions of `labels` to parse a chunk with; their nodes are dropped after the parse. */
export function standInDefinitions(labels: ChunkLabels): string {
  // One blank line after each: a definition cannot interrupt the paragraph of a footnote.
  return [...labels.links.map((label) => `[${label}]: #\n\n`), ...labels.footnotes.map((label) => `[^${label}]: #\n\n`)].join('');
}

export type LabelDefinition = Extract<Nodes, { type: 'definition' | 'footnoteDefinition' }>;

/**
 * A definition's label as written, which micromark compares (mdast's `label` has escapes and
 * entities decoded: `a\*b` and `&amp;` come back as `a*b` and `&`). A label broken over lines
 * inside a container would carry the container's marks: its identifier (the label normalised and
 * lower-cased, which normalises back to the same) stands in for it.
 */
export function rawLabel(chunkText: string, start: number, node: LabelDefinition): string | undefined {
  let i = start + (node.type === 'footnoteDefinition' ? 2 : 1);
  const from = i;
  if (chunkText[start] !== '[') return undefined;
  while (i < chunkText.length && chunkText[i] !== ']') {
    if (chunkText[i] === '\\') i++;
    else if (chunkText[i] === '\n' || chunkText[i] === '\r') return undefined;
    i++;
  }
  return i < chunkText.length ? chunkText.slice(from, i) : undefined;
}

/**
 * For each chunk, the labels defined in other chunks (and not in itself) that it may reference,
 * or undefined when it needs none or was already parsed with exactly those.
 *
 * Linear in the text and the number of labels: every label goes into one index by the way it
 * can be mentioned, and each chunk looks up only what it mentions. (Comparing every chunk with
 * every label of the others took 22 s for 20,000 references on 40 chunks.)
 */
export function foreignLabelsNeeded(text: string, chunks: readonly ParsedChunk[]): (ChunkLabels | undefined)[] {
  if (chunks.length < 2 || chunks.every((chunk) => chunk.defined.links.length === 0 && chunk.defined.footnotes.length === 0)) return chunks.map(() => undefined);
  const links = new LabelIndex();
  const footnotes = new LabelIndex();
  chunks.forEach((chunk, index) => {
    for (const label of chunk.defined.links) links.add(label, index);
    for (const label of chunk.defined.footnotes) footnotes.add(label, index);
  });
  return chunks.map((chunk, index) => {
    const mentions = readMentions(text, chunk.span.start, chunk.span.end);
    if (mentions.links.length === 0 && mentions.footnotes.length === 0) return undefined;
    const needed: ChunkLabels = {
      links: links.foreignTo(index, mentions.links, chunk.defined.links),
      footnotes: footnotes.foreignTo(index, mentions.footnotes, chunk.defined.footnotes),
    };
    if (needed.links.length === 0 && needed.footnotes.length === 0) return undefined;
    return sameLabels(needed, chunk.foreign) ? undefined : needed;
  });
}

/**
 * How a chunk may mention a label: after each opening bracket (`[`, `[^` for a footnote), the
 * folded label up to its closing bracket when it closes on the same line, else its first word.
 * Every reference form (`[label]`, `[texte][label]`, `[label][]`, `![label]`, `[^label]`) opens a
 * bracket right before its label, so none is missed; a false match only costs a re-parse.
 */
interface Mention {
  /** The folded label between the brackets, when it closes on its line (then it is compared whole). */
  whole?: string;
  firstWord: string;
}

function readMentions(text: string, start: number, end: number): { links: Mention[]; footnotes: Mention[] } {
  const links: Mention[] = [];
  const footnotes: Mention[] = [];
  for (let open = text.indexOf('[', start); open >= 0 && open < end; open = text.indexOf('[', open + 1)) {
    const footnote = text[open + 1] === '^';
    const from = open + (footnote ? 2 : 1);
    // The label as written: up to an unescaped `]` (999 characters at most, CommonMark's limit).
    let i = from;
    let closed = false;
    let multiline = false;
    while (i < end && i - from <= 1000) {
      const char = text[i];
      if (char === '\\') i++;
      else if (char === ']') {
        closed = true;
        break;
      } else if (char === '[') break;
      else if (char === '\n' || char === '\r') multiline = true;
      i++;
    }
    const raw = text.slice(from, Math.min(i, end));
    const folded = foldLabel(raw);
    const mention: Mention = { whole: closed && !multiline ? folded : undefined, firstWord: folded.split(' ')[0] ?? '' };
    (footnote ? footnotes : links).push(mention);
    // `[^x]` could also be a link label starting with `^`.
    if (footnote) links.push({ whole: mention.whole && `^${mention.whole}`, firstWord: `^${mention.firstWord}` });
  }
  return { links, footnotes };
}

/** Labels defined in the chunks, found by their whole folded text and by their first word. */
class LabelIndex {
  private readonly byWhole = new Map<string, { label: string; chunk: number; order: number }[]>();
  private readonly byFirstWord = new Map<string, { label: string; chunk: number; order: number }[]>();
  private count = 0;

  add(label: string, chunk: number): void {
    const folded = foldLabel(label);
    const entry = { label, chunk, order: this.count++ };
    push(this.byWhole, folded, entry);
    push(this.byFirstWord, folded.split(' ')[0] ?? '', entry);
  }

  /** Labels of other chunks that `mentions` may reference and `own` does not define, in definition order. */
  foreignTo(chunk: number, mentions: readonly Mention[], own: readonly string[]): string[] {
    if (this.count === 0 || mentions.length === 0) return [];
    const defined = new Set(own.map(foldLabel));
    const found = new Map<number, string>();
    for (const mention of mentions) {
      const candidates = mention.whole !== undefined ? this.byWhole.get(mention.whole) : this.byFirstWord.get(mention.firstWord);
      for (const entry of candidates ?? []) {
        if (entry.chunk !== chunk && !defined.has(foldLabel(entry.label))) found.set(entry.order, entry.label);
      }
    }
    return unique([...found].sort((a, b) => a[0] - b[0]).map(([, label]) => label));
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function foldLabel(value: string): string {
  return value.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase();
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function sameLabels(a: ChunkLabels, b: ChunkLabels): boolean {
  return a.links.join('\n') === b.links.join('\n') && a.footnotes.join('\n') === b.footnotes.join('\n');
}
