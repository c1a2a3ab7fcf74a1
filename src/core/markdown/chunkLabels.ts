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
 */
export function foreignLabelsNeeded(text: string, chunks: readonly ParsedChunk[]): (ChunkLabels | undefined)[] {
  if (chunks.length < 2 || chunks.every((chunk) => chunk.defined.links.length === 0 && chunk.defined.footnotes.length === 0)) return chunks.map(() => undefined);
  return chunks.map((chunk, index) => {
    const own = { links: new Set(chunk.defined.links.map(foldLabel)), footnotes: new Set(chunk.defined.footnotes.map(foldLabel)) };
    const foreign: ChunkLabels = { links: [], footnotes: [] };
    chunks.forEach((other, otherIndex) => {
      if (otherIndex === index) return;
      // A label the chunk defines itself already resolves there.
      foreign.links.push(...other.defined.links.filter((label) => !own.links.has(foldLabel(label))));
      foreign.footnotes.push(...other.defined.footnotes.filter((label) => !own.footnotes.has(foldLabel(label))));
    });
    const needed = mentionedLabels(text.slice(chunk.span.start, chunk.span.end), foreign);
    if (needed.links.length === 0 && needed.footnotes.length === 0) return undefined;
    return sameLabels(needed, chunk.foreign) ? undefined : needed;
  });
}

/**
 * The labels a chunk could reference: those whose first word follows an opening bracket in it
 * (`[`, `[^` for a footnote, a space allowed), compared as micromark compares labels (whitespace
 * collapsed, case folded by lower- then upper-casing). Every reference form (`[label]`,
 * `[texte][label]`, `[label][]`, `![label]`, `[^label]`) holds that, so none is missed; a false
 * match only costs a re-parse.
 */
function mentionedLabels(chunkText: string, labels: ChunkLabels): ChunkLabels {
  if (!chunkText.includes(']')) return NO_LABELS;
  const folded = foldLabel(chunkText);
  const after = (opening: string) => (label: string) => {
    const word = foldLabel(label).split(' ')[0] ?? '';
    return folded.includes(`${opening}${word}`) || folded.includes(`${opening} ${word}`);
  };
  return { links: unique(labels.links.filter(after('['))), footnotes: unique(labels.footnotes.filter(after('[^'))) };
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
