// The width of a title in pixels as Google draws it, from Arial's advance widths (arialWidths.ts),
// so that a title is judged by the room it takes on the results page rather than by its number of
// characters: « Mmmm » and « illi » have the same length and very different widths.
//
// A title's width is the sum of its characters' advance widths, without kerning. A browser may
// kern (CSS font-kerning: auto leaves it to the browser; Chrome's HarfBuzz shaping does), and
// Yoast's snippet preview measures the title in a hidden DOM element, so it sees what the browser
// does; but only the advances of Liberation Sans are guaranteed to be Arial's, not its kerning
// pairs, and the difference is small: over 48 French titles (the front matter titles of
// the French test corpus and the example article's), shaping with HarfBuzz and Liberation Sans's
// kerning changes a 20 px title by at most 2.6 px (0.4 % of the 600 px column), and most by nothing.
import { ARIAL_FALLBACK_WIDTH, ARIAL_RANGES, ARIAL_UNITS_PER_EM, ARIAL_WIDTHS } from './arialWidths';

/**
 * Google's desktop results draw a title in 20 px Arial in a column 600 px wide and cut what does
 * not fit; Yoast's snippet preview uses the same two numbers.
 */
export const GOOGLE_TITLE_FONT_PX = 20;
export const GOOGLE_TITLE_MAX_PX = 600;
/** Google's mobile results draw titles in 16 px Arial, in a column as wide as the phone allows. */
export const GOOGLE_MOBILE_TITLE_FONT_PX = 16;

/**
 * The mark of a cut title. Arial draws « … » one em wide (20 px at 20 px), a little wider than three
 * full stops (16.7 px), so a cut measured with it does not overflow when shown with either.
 */
export const TITLE_ELLIPSIS = '…';

const UNITS_BY_CODE_POINT = new Map<number, number>();
{
  let index = 0;
  for (const [first, last] of ARIAL_RANGES) {
    for (let codePoint = first; codePoint <= last; codePoint++) {
      UNITS_BY_CODE_POINT.set(codePoint, ARIAL_WIDTHS[index++] ?? ARIAL_FALLBACK_WIDTH);
    }
  }
  // The soft hyphen has a glyph, but a browser draws it only where it breaks a line, and a title
  // drawn on one line never breaks.
  UNITS_BY_CODE_POINT.set(0xad, 0);
}
const SPACE_UNITS = UNITS_BY_CODE_POINT.get(0x20) ?? ARIAL_FALLBACK_WIDTH;

/** Tab, line feed, form feed, carriage return: HTML draws each as a space. */
const HTML_WHITESPACE = /^[\t\n\f\r]$/u;
/**
 * Drawn with no advance: non-spacing and enclosing combining marks (the accent of a decomposed
 * « é » sits on its letter), format characters (zero-width space and joiners, bidi controls, word
 * joiner, byte order mark) and other control characters.
 */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;
/** Where Google may cut a title: a space at which a line may break (not the no-break ones). */
const BREAKING_SPACE = /^[ \t\n\f\r\u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]$/u;
/** A base character with the combining marks that follow it, or marks with no base. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

function codePointUnits(char: string): number {
  const units = UNITS_BY_CODE_POINT.get(char.codePointAt(0) ?? 0);
  if (units !== undefined) return units;
  if (HTML_WHITESPACE.test(char)) return SPACE_UNITS;
  if (ZERO_WIDTH.test(char)) return 0;
  // Outside the table: most likely a letter of another alphabet, or a symbol. The mean width of
  // a–z is the least surprising guess (see ARIAL_FALLBACK_WIDTH).
  return ARIAL_FALLBACK_WIDTH;
}

/**
 * A cluster's width in font units. A letter followed by combining marks is measured as its
 * composed form when Unicode has one: a decomposed « ï » is as wide as « ï » (569 units), wider
 * than the « i » it is built on (455).
 */
function clusterUnits(cluster: string): number {
  const composed = cluster.length > 1 ? cluster.normalize('NFC') : cluster;
  let units = 0;
  for (const char of composed) units += codePointUnits(char);
  return units;
}

function unitsToPx(units: number, fontSizePx: number): number {
  return (units * fontSizePx) / ARIAL_UNITS_PER_EM;
}

/**
 * Width in CSS pixels of `text` drawn on one line in Arial Regular at `fontSizePx`: the sum of the
 * advance widths, unrounded (browsers place glyphs at fractions of a pixel). Whitespace is counted
 * as written; HTML would fold a run of spaces into one, so pass a title already trimmed.
 */
export function textWidthPx(text: string, fontSizePx: number): number {
  let units = 0;
  for (const [cluster] of text.matchAll(CLUSTER)) units += clusterUnits(cluster);
  return unitsToPx(units, fontSizePx);
}

/**
 * `text` as Google would show it in `maxPx`: unchanged when it fits, else cut with « … » appended,
 * the result never wider than `maxPx`. The cut falls after the last space that leaves room for the
 * ellipsis, so no word is split (« un accord de … »); when no space does, as in one long word, it
 * falls between two characters. Combining marks stay with their letter. Returns '' when not even
 * the ellipsis fits.
 */
export function cutAtWidth(text: string, maxPx: number, fontSizePx: number = GOOGLE_TITLE_FONT_PX): string {
  // Compared in font units, where every width is a whole number: 600 px at 20 px is exactly 61,440.
  const maxUnits = (maxPx * ARIAL_UNITS_PER_EM) / fontSizePx;
  const budget = maxUnits - clusterUnits(TITLE_ELLIPSIS);
  let units = 0;
  let fitEnd = 0; // end of the longest prefix that fits with the ellipsis
  let spaceEnd = 0; // end of the longest such prefix that ends with a breaking space
  let wordSeen = false; // a prefix made of spaces alone is no place to cut
  let overflowed = false;
  for (const match of text.matchAll(CLUSTER)) {
    const cluster = match[0];
    units += clusterUnits(cluster);
    const end = (match.index ?? 0) + cluster.length;
    if (units <= budget) {
      fitEnd = end;
      if (BREAKING_SPACE.test(cluster)) {
        if (wordSeen) spaceEnd = end;
      } else {
        wordSeen = true;
      }
    }
    if (units > maxUnits) {
      overflowed = true;
      break; // past the budget already: nothing further can fit
    }
  }
  if (!overflowed) return text;
  if (budget < 0) return '';
  return text.slice(0, spaceEnd > 0 ? spaceEnd : fitEnd) + TITLE_ELLIPSIS;
}
