// How Google would show the article in its results, desktop and mobile, as Yoast SEO's snippet
// preview draws it: the numbers are Google's (and Yoast's), the widths Arial's (titleWidth.ts).
import { keyphraseForms, normalizePhrase, sameWord } from '../language/fr/matchKeyphrase';
import type { MatchWord } from '../language/fr/matchKeyphrase';
import { readerCharacters, readerLength } from '../language/fr/readerText';
import { tokenizeWords } from '../language/fr/tokenizeWords';
import { GOOGLE_MOBILE_TITLE_FONT_PX, GOOGLE_TITLE_FONT_PX, GOOGLE_TITLE_MAX_PX, TITLE_ELLIPSIS, cutAtWidth, textWidthPx } from '../language/titleWidth';
import type { PreviewSegment, SearchPreview } from './ReportModel';

/** Google cuts a description shown on desktop past 156 characters (Yoast SEO's preview, the same). */
export const DESCRIPTION_PREVIEW_CHARACTERS = 156;
/** Yoast SEO's mobile preview: titles in a 400 px box, on two lines at most. */
export const MOBILE_TITLE_BOX_PX = 400;
export const MOBILE_TITLE_LINES = 2;

export interface PreviewInput {
  title: string;
  description: string;
  /**
   * The keyphrase and its synonyms: their words are shown in bold, function words (« de », « la »)
   * set aside as the keyphrase checks set them aside, unless the phrase is quoted or has no other.
   */
  phrases: readonly string[];
  slug?: string;
  siteUrl?: string;
}

export function searchPreview(input: PreviewInput): SearchPreview {
  // « trains de nuit » bolds « trains » and « nuit », not every « de » and « des » of the description.
  const [keyphrase, ...synonyms] = input.phrases;
  // A quoted phrase is Yoast's exact match: its words in their own form only (« de », not « des »).
  const words = keyphrase === undefined ? [] : keyphraseForms(keyphrase, synonyms).flatMap((form) => form.words.map((word) => ({ ...word, exact: form.exact })));
  const bold = (text: string) => boldSegments(text, words);
  const title = collapse(input.title);
  const desktopTitle = cutAtWidth(title, GOOGLE_TITLE_MAX_PX, GOOGLE_TITLE_FONT_PX);
  const description = cutDescription(collapse(input.description));
  const mobileTitle = wrapTitle(title, MOBILE_TITLE_BOX_PX, GOOGLE_MOBILE_TITLE_FONT_PX, MOBILE_TITLE_LINES);
  return {
    url: previewUrl(input.slug, input.siteUrl),
    desktop: {
      title: bold(desktopTitle),
      titleCut: desktopTitle !== title,
      titleWidthPx: Math.ceil(textWidthPx(title, GOOGLE_TITLE_FONT_PX)),
      description: bold(description.text),
      descriptionCut: description.cut,
    },
    mobile: { titleLines: mobileTitle.lines.map(bold), titleCut: mobileTitle.cut, description: bold(description.text), descriptionCut: description.cut },
  };
}

/**
 * Whitespace as HTML draws it: each run one space. A run of no-break spaces alone (French puts one
 * before « : ; ! ? » and inside « guillemets ») stays a no-break space, so that a title is never
 * cut or wrapped, nor a description cut, where a browser would not break the line.
 */
export function collapse(text: string): string {
  return text.replace(/\s+/g, (run) => (/^[\u00a0\u2007\u202f]+$/u.test(run) ? (run[0] as string) : ' ')).trim();
}

/**
 * The description as Google shows it: whole up to 156 characters (as a reader counts them), else
 * cut after the last whole word that fits, punctuation at the cut dropped, and « … » added.
 */
export function cutDescription(text: string, max = DESCRIPTION_PREVIEW_CHARACTERS): { text: string; cut: boolean } {
  if (readerLength(text) <= max) return { text, cut: false };
  // readerCharacters counts as a reader does but writes every space as ' ': the characters are
  // measured there and taken from `text`, whose no-break spaces are no place to cut. A text from
  // `collapse` has no two spaces in a row, so both line up code unit for code unit.
  const characters = readerCharacters(text, max + 1);
  let kept = text.slice(0, characters.slice(0, max).join('').length);
  // Unless the limit falls between two words, the word it cuts goes.
  if (text[kept.length] !== ' ') {
    const lastSpace = kept.lastIndexOf(' ');
    if (lastSpace > 0) kept = kept.slice(0, lastSpace);
  }
  return { text: `${kept.replace(/[\s,;:.!?…–—-]+$/u, '')} ${TITLE_ELLIPSIS}`, cut: true };
}

/**
 * The title on at most `lines` lines of `boxPx` (words wrapped as a browser wraps them, a word
 * wider than the box broken where it overflows), the last line cut with « … » when the rest does
 * not fit.
 */
export function wrapTitle(title: string, boxPx: number, fontPx: number, lines: number): { lines: string[]; cut: boolean } {
  const out: string[] = [];
  let rest = title;
  while (rest !== '' && out.length < lines - 1) {
    if (textWidthPx(rest, fontPx) <= boxPx) {
      out.push(rest);
      return { lines: out, cut: false };
    }
    const line = firstLine(rest, boxPx, fontPx);
    out.push(line.trimEnd());
    rest = rest.slice(line.length).trimStart();
  }
  if (rest === '') return { lines: out, cut: false };
  const last = cutAtWidth(rest, boxPx, fontPx);
  out.push(last);
  return { lines: out, cut: last !== rest };
}

/** The longest start of `text` that ends at a space and fits in `boxPx`; a word too wide alone is broken. */
function firstLine(text: string, boxPx: number, fontPx: number): string {
  let best = 0;
  for (let space = text.indexOf(' '); space > 0; space = text.indexOf(' ', space + 1)) {
    if (textWidthPx(text.slice(0, space), fontPx) > boxPx) break;
    best = space + 1;
  }
  if (best > 0) return text.slice(0, best);
  // One word wider than the box: as many characters as fit, an accent kept with its letter.
  let end = 0;
  for (const [character] of text.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    if (textWidthPx(text.slice(0, end + character.length), fontPx) > boxPx) break;
    end += character.length;
  }
  return end > 0 ? text.slice(0, end) : (/^\P{M}\p{M}*|^\p{M}+/u.exec(text)?.[0] ?? text);
}

// An elided article or pronoun (« l’ », « d’ », « qu’ ») is not the keyphrase's word: it stays out of the bold.
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/iu;

/**
 * `text` in runs, the words of the keyphrase (any form: « élections » for « élection »; only the
 * same form for a word marked `exact`) in bold.
 */
export function boldSegments(text: string, words: readonly (MatchWord & { exact?: boolean })[]): PreviewSegment[] {
  if (text === '') return [];
  if (words.length === 0) return [{ text, bold: false }];
  const segments: PreviewSegment[] = [];
  let at = 0;
  const push = (piece: string, isBold: boolean) => {
    if (piece === '') return;
    const last = segments[segments.length - 1];
    if (last && last.bold === isBold) last.text += piece;
    else segments.push({ text: piece, bold: isBold });
  };
  for (const token of tokenizeWords(text)) {
    const parts = normalizePhrase(token.text);
    const hit = parts.length > 0 && parts.every((part) => words.some((word) => word.form !== '' && (word.exact ? word.form === part.form : sameWord(word, part))));
    if (!hit) continue;
    const start = token.start + (ELISION.exec(token.text)?.[0].length ?? 0);
    push(text.slice(at, start), false);
    push(text.slice(start, token.end), true);
    at = token.end;
  }
  push(text.slice(at), false);
  return segments;
}

/** Google's URL line: the site's host, then the path's segments (« exemple.fr › blog › trains-de-nuit »). */
export function previewUrl(slug: string | undefined, siteUrl: string | undefined): { host?: string; segments: string[] } {
  let host: string | undefined;
  let base: string[] = [];
  if (siteUrl) {
    try {
      const url = new URL(siteUrl);
      host = url.host;
      base = url.pathname.split('/').filter((segment) => segment !== '');
    } catch {
      host = undefined;
    }
  }
  const segments = (slug ?? '').split('/').filter((segment) => segment !== '');
  return { ...(host ? { host } : {}), segments: [...base, ...segments] };
}
