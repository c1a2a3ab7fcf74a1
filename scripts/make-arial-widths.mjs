// Writes src/core/language/arialWidths.ts: the advance widths of Arial Regular for every character
// a French title may hold, so that Plume can measure a title in pixels as Google draws it (Arial,
// 20 px on desktop) without a browser or a font file at run time.
//
// Arial itself may not be redistributed or read here; Liberation Sans 2.x (SIL Open Font License
// 1.1, Debian package fonts-liberation2) was drawn to be metric-compatible with Arial: every glyph
// has Arial's advance width, so that documents keep their line breaks when one font stands for the
// other. Liberation Sans 1.x (fonts-liberation) is not used: it lacks U+2009 and U+202F, which
// French typography puts before « ; : ! ? » and inside guillemets.
//
// One-time tool, run by hand after changing the character set or the font:
//   apt-get install fonts-liberation2
//   node scripts/make-arial-widths.mjs [out.ts] [LiberationSans-Regular.ttf]
// then commit the table. The output depends on the font file alone (no date, no absolute path
// other than the default font path), so two runs write the same bytes; a unit test checks that.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import opentype from 'opentype.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_FONT = '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf';
const out = process.argv[2] ?? path.join(root, 'src/core/language/arialWidths.ts');
const fontPath = process.argv[3] ?? DEFAULT_FONT;

/** Inclusive code point ranges in the table, in increasing order. */
const RANGES = [
  [0x20, 0x7e], // ASCII printable
  [0xa0, 0xff], // Latin-1 Supplement: NBSP, « », French accented letters
  [0x100, 0x17f], // Latin Extended-A: œ Œ, and the names of people and places (ł, ş, ğ…)
  [0x2002, 0x2003], // en and em spaces
  [0x2007, 0x200a], // figure, punctuation, thin (U+2009) and hair spaces
  [0x2010, 0x2011], // hyphen, non-breaking hyphen (Plume's keyphrase matching knows both)
  [0x2013, 0x2014], // – —
  [0x2018, 0x2019], // ‘ ’ (the French apostrophe is ’)
  [0x201a, 0x201a], // ‚
  [0x201c, 0x201e], // “ ” „
  [0x2022, 0x2022], // •
  [0x2026, 0x2026], // …
  [0x202f, 0x202f], // narrow no-break space, before ; : ! ? and inside « »
  [0x2039, 0x203a], // ‹ ›
  [0x20ac, 0x20ac], // €
  [0x2212, 0x2212], // minus sign
];

const bytes = fs.readFileSync(fontPath);
const font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
const nameOf = (key) => font.names.windows?.[key]?.en ?? font.names.macintosh?.[key]?.en ?? '?';
const sha256 = createHash('sha256').update(bytes).digest('hex');

// Characters the font lacks, measured as another that every font draws alike. Liberation Sans 2.1.5
// has no non-breaking hyphen (upstream issue liberation-fonts#62); fonts that have one draw it as
// the hyphen.
const STAND_INS = new Map([[0x2011, 0x2010]]);
const standInsUsed = new Map();

/** Advance width of the glyph the font maps `codePoint` to; fails on a character the font lacks. */
function advance(codePoint) {
  const standIn = STAND_INS.get(codePoint);
  if (standIn !== undefined && font.charToGlyph(String.fromCodePoint(codePoint)).index === 0) {
    standInsUsed.set(codePoint, standIn);
    return advance(standIn);
  }
  const glyph = font.charToGlyph(String.fromCodePoint(codePoint));
  // Glyph 0 is .notdef: its width would be a guess, not Arial's, so the table must not hold it.
  if (glyph.index === 0) {
    throw new Error(`${path.basename(fontPath)} has no glyph for U+${hex(codePoint)}: use Liberation Sans 2.x`);
  }
  return glyph.advanceWidth;
}

function hex(codePoint) {
  return codePoint.toString(16).toUpperCase().padStart(4, '0');
}

const widths = RANGES.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, i) => advance(first + i)));

// The width of a character outside the table: the plain mean advance of a–z. A title's unknown
// characters are mostly letters of other Latin alphabets, about as wide as these.
const lowercase = Array.from({ length: 26 }, (_, i) => advance(0x61 + i));
const fallback = Math.round(lowercase.reduce((sum, width) => sum + width, 0) / lowercase.length);

/** The widths, 16 a line, each line labelled with its first code point. */
function widthLines() {
  const lines = [];
  let index = 0;
  for (const [first, last] of RANGES) {
    for (let start = first; start <= last; start += 16) {
      const count = Math.min(16, last - start + 1);
      lines.push(`  /* U+${hex(start)} */ ${widths.slice(index, index + count).join(', ')},`);
      index += count;
    }
  }
  return lines.join('\n');
}

// Only the default font's folder and package are named: another path would make the file depend
// on where someone keeps their fonts.
const fontLabel = fontPath === DEFAULT_FONT ? `${fontPath} (Debian package fonts-liberation2)` : path.basename(fontPath);
const text = `// GENERATED by scripts/make-arial-widths.mjs: do not edit; run the script again instead.
//
// Advance widths of Arial Regular, in font units (${font.unitsPerEm} to the em), read from
// ${fontLabel}:
// ${nameOf('fullName')} ${nameOf('fontSubfamily')}, ${nameOf('version')}, sha256 ${sha256}.
// ${nameOf('license')}.
// Liberation Sans stands for Arial because it was drawn metric-compatible with it: each glyph has
// Arial's advance width. Kerning pairs and shapes differ; only the advances are used here.
${[...standInsUsed].map(([char, standIn]) => `// U+${hex(char)} has the width of U+${hex(standIn)}, the font having no glyph for it.`).join('\n')}

/** Font units to the em of the source font: a width in px is units × font size in px ÷ this. */
export const ARIAL_UNITS_PER_EM = ${font.unitsPerEm};

/** Width for a character outside the table: the mean advance of a–z (${lowercase.length} letters). */
export const ARIAL_FALLBACK_WIDTH = ${fallback};

/**
 * Inclusive code point ranges [first, last], in increasing order. ARIAL_WIDTHS lists the widths of
 * these code points one after the other, range after range.
 */
export const ARIAL_RANGES: readonly (readonly [number, number])[] = [
${RANGES.map(([first, last]) => `  [0x${hex(first)}, 0x${hex(last)}],`).join('\n')}
];

/** One advance width per code point of ARIAL_RANGES, in the same order. */
export const ARIAL_WIDTHS: readonly number[] = [
${widthLines()}
];
`;

fs.writeFileSync(out, text);
console.log(`wrote ${path.relative(process.cwd(), out) || out}: ${widths.length} widths from ${nameOf('fullName')} ${nameOf('version')}`);
