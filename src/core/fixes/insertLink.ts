// The edits of link-suggestion's quick fix: a relative Markdown link to another article, either
// around words of the prose (`[marché de Noël](strasbourg.md)`: two insertions, nothing else moves)
// or, when the prose has no place for it, as a « À lire aussi » line at the end of the article.
import { anchorForm } from '../checks/competing-links';
import { findPhrase, keyphraseForms, matchWords, normalizePhrase, phraseKey } from '../language/fr/matchKeyphrase';
import type { MatchWord } from '../language/fr/matchKeyphrase';
import type { ArticleDocument } from '../markdown/ArticleDocument';
import type { SourceRange } from '../markdown/readFrontMatter';
import { elisionLength } from '../site/prominentWords';
import type { TextEdit } from './QuickFix';

/** What a link to another article needs: its target as written from this article, and its text for a line of its own. */
export interface LinkTarget {
  /** The relative path, ready for `(…)`: markdownLinkTarget. */
  link: string;
  /** The other article's title (or file name), for the « À lire aussi » line. */
  title: string;
  /** The other article's keyphrase: when the words around the place are that phrase, the link takes them all. */
  phrase?: string;
}

/** A relative path as a Markdown link destination: the characters that would end or break it escaped. */
export function markdownLinkTarget(path: string): string {
  return path.replace(/[ ()<>#?%]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A title as a link's text: brackets and backslashes escaped, spaces folded. */
function linkText(title: string): string {
  return title.replace(/\s+/g, ' ').trim().replace(/[[\]\\]/g, (character) => `\\${character}`);
}

/**
 * The edits that make the word at `range` (a place of the prose, out of any link) a link to the
 * target — with the words around it when they are the target's keyphrase. Undefined when that
 * link would compete with this article's own keyphrase (competing-links).
 */
export function wrapInLink(doc: ArticleDocument, range: SourceRange, target: LinkTarget): TextEdit[] | undefined {
  const forms = doc.keyphrase ? keyphraseForms(doc.keyphrase.text, doc.synonyms) : [];
  const competes = (at: SourceRange) => anchorForm(doc.text.slice(at.start, at.end), forms) !== undefined;
  const phrase = target.phrase !== undefined && (!doc.keyphrase || phraseKey(target.phrase) !== phraseKey(doc.keyphrase.text)) ? phraseAround(doc, range, target.phrase) : undefined;
  const anchor = phrase && !competes(phrase) ? phrase : range;
  if (competes(anchor)) return undefined;
  return [
    { start: anchor.start, end: anchor.start, text: '[' },
    { start: anchor.end, end: anchor.end, text: `](${target.link})` },
  ];
}

/**
 * Where `phrase` is written word for word (as keyphrase matching compares words) across the word
 * at `range`, in the same paragraph, as plain text (no markup, no link inside): the link's text
 * then says what the other article is about.
 */
function phraseAround(doc: ArticleDocument, range: SourceRange, phrase: string): SourceRange | undefined {
  const wanted = normalizePhrase(phrase);
  if (wanted.length < 2) return undefined;
  const index = doc.blocks.findIndex((block) => block.kind === 'paragraph' && block.range.start <= range.start && range.end <= block.range.end);
  const block = doc.blocks[index];
  const words = doc.blockWords[index];
  if (!block || !words) return undefined;
  // The words near the place, each split as matching splits them (hyphens), with the token each part comes from.
  let at = 0;
  while (at < words.length && block.toSource(words.endAt(at) - 1) + 1 <= range.start) at++;
  const from = Math.max(0, at - wanted.length);
  const to = Math.min(words.length, at + wanted.length);
  const parts: MatchWord[] = [];
  const tokenOf: number[] = [];
  for (let i = from; i < to; i++) {
    for (const part of matchWords([words.textAt(i)])) {
      parts.push(part);
      tokenOf.push(i);
    }
  }
  for (const hit of findPhrase(parts, wanted)) {
    const first = tokenOf[hit] as number;
    const last = tokenOf[hit + wanted.length - 1] as number;
    // Whole tokens only, and the run must hold the word at `range`.
    if (first > at || last < at || tokenOf[hit - 1] === first || tokenOf[hit + wanted.length] === last) continue;
    const skip = elisionLength(words.textAt(first));
    const start = block.toSource(words.startAt(first) + skip);
    const end = block.toSource(words.endAt(last) - 1) + 1;
    const plain = doc.text.slice(start, end) === block.text.slice(words.startAt(first) + skip, words.endAt(last));
    if (plain && !doc.bodyLinks.some((link) => link.range.start < end && start < link.range.end)) return { start, end };
  }
  return undefined;
}

const READ_ALSO = /^À lire aussi :/;

/**
 * The edit that adds a « À lire aussi : [titre](chemin) » line at the end of the article, or the
 * link to the one already there (« …, [autre](autre.md) »). French, as the articles Plume checks.
 */
export function appendReadAlso(doc: ArticleDocument, target: LinkTarget): TextEdit[] {
  const link = `[${linkText(target.title)}](${target.link})`;
  const { text } = doc;
  const end = text.trimEnd().length;
  const lastLine = text.slice(text.lastIndexOf('\n', end - 1) + 1, end);
  if (READ_ALSO.test(lastLine)) return [{ start: end, end, text: `, ${link}` }];
  // A paragraph of its own after the last block, in the file's line endings; blank lines at the end become one line end.
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return [{ start: end, end: text.length, text: `${end > 0 ? eol + eol : ''}À lire aussi : ${link}${eol}` }];
}
