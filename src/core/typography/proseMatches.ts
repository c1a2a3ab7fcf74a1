// French typography lives on the text a reader reads: the typography checks look at each block's
// prose (headings, paragraphs, list items, table cells: code, URLs, link targets, HTML and front
// matter are not in it) and change only source characters that are that prose, one for one.
import type { TextEdit } from '../fixes/QuickFix';
import type { ArticleDocument } from '../markdown/ArticleDocument';
import type { Block } from '../markdown/collectBlocks';
import { isTooComplex } from '../markdown/limitComplexity';
import type { SourceRange } from '../markdown/readFrontMatter';

/**
 * Whether French typography applies to `doc`: a French text (or one too short to tell), within
 * Plume's structure limits (past them, the rest is read as text: markdown-too-complex).
 */
export function typographyApplies(doc: ArticleDocument): boolean {
  return (doc.language.language === 'fr' || doc.language.language === 'unknown') && !isTooComplex(doc.text);
}

/** One place to change: the prose it covers, where that is in the source, and what it becomes. */
export interface TypographyEdit {
  /** The source characters that change (empty for an insertion). */
  range: SourceRange;
  /** Those characters as written (perhaps none), and as French typography writes them. */
  found: string;
  replacement: string;
  /** The whole match the rule read (the mark and its neighbours), for the message. */
  match: string;
  /** That match as French typography writes it (« 2ème » → « 2e »), for the message. */
  wanted: string;
}

/**
 * Every match of `pattern` in the prose of `doc` that `replace` turns into something else, as a
 * source edit of only the characters that differ (« i ? » → « i\u202f? » changes the space
 * alone). Those characters must be the same characters in the source, in a row (no markup, escape
 * or entity inside); an insertion goes right before the character it precedes in the prose, so
 * « **Pourquoi**? » becomes « **Pourquoi**\u202f? ». What cannot be mapped is left alone.
 * `pattern` must be global; `replace` gets the match and the block's text and returns the
 * replacement, or undefined to leave the match.
 */
export function proseMatches(doc: ArticleDocument, pattern: RegExp, replace: (match: RegExpExecArray, text: string) => string | undefined): TypographyEdit[] {
  return proseEdits(doc, (text) => {
    const changes: ProseChange[] = [];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const found = match[0];
      if (found === '') {
        pattern.lastIndex++;
        continue;
      }
      const replacement = replace(match, text);
      if (replacement !== undefined && replacement !== found) changes.push({ from: match.index, to: match.index + found.length, replacement });
    }
    return changes;
  });
}

/** One change a rule wants in a block's prose: characters [from, to) become `replacement`. */
export interface ProseChange {
  from: number;
  to: number;
  replacement: string;
  /**
   * Where an insertion goes when the prose characters around it are apart in the source (markup
   * between them): before the next character (the default, « **Pourquoi**? » → « **Pourquoi** ? »)
   * or nowhere (`'adjacent'`: a space after « . » must not land inside « **…** », where it would
   * undo the emphasis).
   */
  insertion?: 'before-next' | 'adjacent';
}

/**
 * The changes `find` wants in each block's prose (HTML blocks excepted), as source edits of only
 * the characters that differ; what cannot be mapped one for one is left alone (see proseMatches).
 * For rules that read a whole block at once (the pairs of quotation marks).
 */
export function proseEdits(doc: ArticleDocument, find: (text: string) => ProseChange[]): TypographyEdit[] {
  // Raw HTML keeps its attributes in the block's text: never touched.
  return doc.blocks.flatMap((block) => (block.kind === 'html' ? [] : blockEdits(doc, block, find(block.text))));
}

/** `changes` of one block's prose as source edits; a change that cannot be mapped is left out. */
export function blockEdits(doc: ArticleDocument, block: Block, changes: readonly ProseChange[]): TypographyEdit[] {
  const edits: TypographyEdit[] = [];
  const text = block.text;
  for (const change of changes) {
    const found = text.slice(change.from, change.to);
    const { replacement } = change;
    if (replacement === found) continue;
    // Only what differs: the common start and end stay as they are.
    let head = 0;
    while (head < found.length && head < replacement.length && found[head] === replacement[head]) head++;
    let tail = 0;
    while (tail < found.length - head && tail < replacement.length - head && found[found.length - 1 - tail] === replacement[replacement.length - 1 - tail]) tail++;
    const from = change.from + head;
    const to = change.to - tail;
    const source = from === to && change.insertion === 'adjacent' ? adjacentInsertion(doc.text, block, text, from) : sourceRange(doc.text, block, text, from, to);
    if (!source || insideReferenceLabel(doc, source.start)) continue;
    edits.push({ range: source, found: text.slice(from, to), replacement: replacement.slice(head, replacement.length - tail), match: found, wanted: replacement });
  }
  return edits;
}

/** An insertion between prose characters `from - 1` and `from` only where they touch in the source. */
function adjacentInsertion(source: string, block: { toSource(index: number): number }, text: string, from: number): SourceRange | undefined {
  if (from <= 0 || from >= text.length) return undefined;
  const before = block.toSource(from - 1);
  const at = block.toSource(from);
  return at === before + 1 && source[before] === text[from - 1] && source[at] === text[from] ? { start: at, end: at } : undefined;
}

// A link reference definition's label: « [Conservatoire d'Espaces Naturels]: https://… ».
const DEFINITION = /^ {0,3}\[((?:[^\]\\\n]|\\.){1,999})\]:/gm;
const labelsOf = new WeakMap<ArticleDocument, Set<string>>();
const normalizeLabel = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Whether `offset` is in the text of a shortcut or collapsed reference link (« [Conservatoire
 * d'Espaces Naturels] », « [texte][] »): that text is also the label that finds its definition,
 * so changing an apostrophe there would break the link.
 */
function insideReferenceLabel(doc: ArticleDocument, offset: number): boolean {
  let labels = labelsOf.get(doc);
  if (!labels) {
    labels = new Set([...doc.text.matchAll(DEFINITION)].map((match) => normalizeLabel(match[1] ?? '')));
    labelsOf.set(doc, labels);
  }
  if (labels.size === 0) return false;
  const open = doc.text.lastIndexOf('[', offset);
  const close = doc.text.indexOf(']', offset);
  if (open < 0 || close < 0 || doc.text.slice(open, close).includes(']') || doc.text.slice(open + 1, close).includes('[')) return false;
  const after = doc.text.slice(close + 1, close + 3);
  if (after.startsWith('(') || (after.startsWith('[') && after !== '[]')) return false;
  return labels.has(normalizeLabel(doc.text.slice(open + 1, close)));
}

/**
 * Where prose characters [from, to) of a block are in the source, if they are there one for one.
 * The prose character before them must be itself in the source too: where a block's map is off
 * (a continuation line's leading space, left out of the text node's value, shifts what follows by
 * one), a run of equal characters (« ::: ») would otherwise pass the check a character too early.
 */
function sourceRange(source: string, block: { toSource(index: number): number }, text: string, from: number, to: number): SourceRange | undefined {
  if (from > 0) {
    const before = block.toSource(from - 1);
    if (source[before] !== text[from - 1]) return undefined;
  }
  if (from === to) {
    // An insertion: before the character at `from` as the source has it.
    if (from >= text.length) return undefined;
    const at = block.toSource(from);
    return source[at] === text[from] && (from === 0 || block.toSource(from - 1) < at) ? { start: at, end: at } : undefined;
  }
  const start = block.toSource(from);
  for (let i = from; i < to; i++) {
    if (block.toSource(i) !== start + (i - from) || source[start + (i - from)] !== text[i]) return undefined;
  }
  return { start, end: start + (to - from) };
}

/** The edit of one finding, for its quick fix. */
export const editOf = (edit: Pick<TypographyEdit, 'range' | 'replacement'>): TextEdit => ({ start: edit.range.start, end: edit.range.end, text: edit.replacement });

// How far from a match the token around it is read: an address longer than this on either side of
// the match is not recognised, but a text of one endless token (« mot,mot,mot… », a hostile or
// broken input) costs a bounded time per match instead of the whole token.
const TOKEN_REACH = 500;

/** Whether the UTF-16 unit `code` is white space as `/\s/` reads it, without a regex per character. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The run of non-space characters around `index` (at most TOKEN_REACH on each side). */
export function tokenAround(text: string, index: number): string {
  let start = index;
  while (start > 0 && index - start < TOKEN_REACH && !isSpace(text.charCodeAt(start - 1))) start--;
  let end = index;
  while (end < text.length && end - index < TOKEN_REACH && !isSpace(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

/** A match inside a web or e-mail address written as text: its punctuation is the address's. */
export function insideAddress(text: string, index: number): boolean {
  const token = tokenAround(text, index);
  return token.includes('://') || /^www\./i.test(token) || /\S@\S/.test(token);
}

/**
 * Whether `index` of a block's prose starts a sentence: the block's start, after « . », « ! »,
 * « ? » or « … » (and closing marks) and a space, or right after an opening « « » or « “ ».
 */
export function startsSentence(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  if (index <= 40 && /^[\s\u00a0\u202f]*$/.test(before)) return true;
  return /[.!?…][»”")\]\u00a0\u202f]*\s+$/.test(before) || /[«“][\s\u00a0\u202f]*$/.test(before);
}
