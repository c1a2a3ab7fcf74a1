import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARIAL_FALLBACK_WIDTH,
  ARIAL_RANGES,
  ARIAL_UNITS_PER_EM,
  ARIAL_WIDTHS,
} from '../../../src/core/language/arialWidths';
import {
  cutAtWidth,
  GOOGLE_MOBILE_TITLE_FONT_PX,
  GOOGLE_TITLE_FONT_PX,
  GOOGLE_TITLE_MAX_PX,
  textWidthPx,
} from '../../../src/core/language/titleWidth';

/** Font units (2048 to the em) to px at Google's desktop title size: units × 20 ÷ 2048. */
const px20 = (units: number): number => (units * 20) / 2048;

const KARABAKH = 'Haut-Karabakh : l’Arménie et l’Azerbaïdjan signent un accord de paix historique';

// Front matter titles of five articles of the French test corpus (shared/corpus-fr), copied here
// because a test reads no file outside the repository. Together they hold every non-ASCII
// character of the corpus's 47 titles: no-break space before the colon, É à ä ç é – ’.
const CORPUS_TITLES = [
  'React Labs\u00a0: ce sur quoi nous bossons – février 2024', // react-blog-labs-feb-2024.md
  'Écrire sans exclure : L’inclusivité en langue française', // cds-ecrire-sans-exclure.md
  'OSRD au Dreiländer Hack à Vienne', // osrd-dreilander-hack.md
  'Informer pour protéger : rappels et avis de sécurité au Canada', // cds-rappels-avis-securite.md
  'Quelle application de lecture différée choisir en 2026 ?', // wlb-quelle-appli-2026.md
];

const inTable = new Set(ARIAL_RANGES.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, i) => first + i)));
const missing = (text: string): string[] =>
  [...text].filter((char) => !inTable.has(char.codePointAt(0) ?? 0)).map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16)}`);

describe('arialWidths (generated table)', () => {
  it('has one width per code point of its ranges, ranges in order and disjoint', () => {
    const count = ARIAL_RANGES.reduce((sum, [first, last]) => sum + last - first + 1, 0);
    expect(ARIAL_WIDTHS).toHaveLength(count);
    ARIAL_RANGES.forEach(([first, last], index) => {
      expect(first).toBeLessThanOrEqual(last);
      if (index > 0) expect(first).toBeGreaterThan(ARIAL_RANGES[index - 1]![1]);
    });
    expect(ARIAL_UNITS_PER_EM).toBe(2048);
  });

  it('covers ASCII, Latin-1, Latin Extended-A and the French punctuation and spaces', () => {
    const required = [
      ...Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => 0x20 + i),
      ...Array.from({ length: 0x17f - 0xa0 + 1 }, (_, i) => 0xa0 + i),
      ...[...'’‘“”«»…–—•€'].map((char) => char.codePointAt(0) ?? 0),
      0xa0, 0x202f, 0x2009,
    ];
    expect(required.filter((codePoint) => !inTable.has(codePoint))).toEqual([]);
  });

  it.each(CORPUS_TITLES)('covers every character of « %s »', (title) => {
    expect(missing(title)).toEqual([]);
  });

  it('falls back on the mean advance of a–z, as documented', () => {
    // a–z in Arial: 1139 ×11 (a b d e g h n o p q u), 1024 ×7 (c k s v x y z), 569 ×2 (f t),
    // 455 ×3 (i j l), 682 (r), 1706 (m), 1479 (w): 26,067 ÷ 26 = 1,002.6, rounded to 1,003.
    const lowercase = [...'abcdefghijklmnopqrstuvwxyz'].map((char) => textWidthPx(char, 2048));
    expect(Math.round(lowercase.reduce((sum, width) => sum + width, 0) / 26)).toBe(ARIAL_FALLBACK_WIDTH);
    expect(ARIAL_FALLBACK_WIDTH).toBe(1003);
  });
});

describe('textWidthPx', () => {
  it('measures single letters from their advance widths', () => {
    expect(textWidthPx('W', 20)).toBe(px20(1933)); // 18.88 px
    expect(textWidthPx('i', 20)).toBe(px20(455)); // 4.44 px
    expect(textWidthPx('W', 16)).toBe((1933 * 16) / 2048);
    expect(textWidthPx('', 20)).toBe(0);
  });

  it('measures a whole French title', () => {
    // The title's 79 characters grouped by advance width (units of 2048 to the em):
    const units =
      1706 * 1 + // m
      1479 * 1 + // H
      1366 * 3 + // K A A
      1139 * 35 + // a×8 u×3 b×2 h×2 é n×5 e×6 d×3 g o×2 p q
      1024 * 7 + // k z s×2 c×2 x
      682 * 6 + // - r×5
      569 * 16 + // t×4, 10 spaces, :, ï
      455 * 10; // l×2 ’×2 i×5 j
    expect(units).toBe(72062);
    expect(textWidthPx(KARABAKH, 20)).toBe(px20(72062)); // 703.73 px: past Google's 600
    expect(textWidthPx(KARABAKH, 20)).toBeCloseTo(703.73, 2);
    expect(textWidthPx(KARABAKH, GOOGLE_MOBILE_TITLE_FONT_PX)).toBeCloseTo(562.98, 2);
  });

  it('gives the French spaces their own widths', () => {
    expect(textWidthPx('\u00a0', 20)).toBe(px20(569)); // no-break space, as wide as a space
    expect(textWidthPx('\u202f', 20)).toBe(px20(410)); // narrow no-break space
    expect(textWidthPx('\u2009', 20)).toBe(px20(410)); // thin space
    expect(textWidthPx('« oui »', 20)).toBe(px20(1139 + 569 + 1139 + 1139 + 455 + 569 + 1139));
  });

  it('draws combining marks with no width, and a decomposed letter as its composed form', () => {
    expect(textWidthPx('e\u0301', 20)).toBe(textWidthPx('é', 20));
    // ï is wider than i in Arial (569 against 455): the decomposed form must not be measured as i.
    expect(textWidthPx('i\u0308', 20)).toBe(px20(569));
    expect(textWidthPx('Arme\u0301nie', 20)).toBe(textWidthPx('Arménie', 20));
    expect(textWidthPx('\u0301', 20)).toBe(0);
  });

  it('draws soft hyphens, zero-width and format characters with no width', () => {
    expect(textWidthPx('auto\u00admobile', 20)).toBe(textWidthPx('automobile', 20));
    expect(textWidthPx('a\u200bb\u2060c\ufeff', 20)).toBe(textWidthPx('abc', 20));
  });

  it('draws tabs and line breaks as spaces, as HTML does', () => {
    expect(textWidthPx('a\tb\nc', 20)).toBe(textWidthPx('a b c', 20));
  });

  it('measures a character outside the table at the fallback width', () => {
    expect(textWidthPx('Ω', 20)).toBe(px20(ARIAL_FALLBACK_WIDTH));
    expect(textWidthPx('😀', 20)).toBe(px20(ARIAL_FALLBACK_WIDTH)); // one code point, two UTF-16 units
  });

  it('measures the non-breaking hyphen as the hyphen', () => {
    expect(textWidthPx('Haut\u2011Karabakh', 20)).toBe(textWidthPx('Haut-Karabakh', 20));
  });
});

describe('cutAtWidth', () => {
  it('states Google’s desktop numbers', () => {
    expect(GOOGLE_TITLE_MAX_PX).toBe(600);
    expect(GOOGLE_TITLE_FONT_PX).toBe(20);
  });

  it('leaves a title that fits unchanged, up to the exact width', () => {
    expect(cutAtWidth('Concevoir pour le Canada', GOOGLE_TITLE_MAX_PX)).toBe('Concevoir pour le Canada');
    const width = textWidthPx(KARABAKH, 20);
    expect(cutAtWidth(KARABAKH, width, 20)).toBe(KARABAKH);
    expect(cutAtWidth(KARABAKH, GOOGLE_TITLE_MAX_PX, GOOGLE_MOBILE_TITLE_FONT_PX)).toBe(KARABAKH); // 563 px
  });

  it('cuts a long title after the last word that leaves room for the ellipsis', () => {
    const cut = cutAtWidth(KARABAKH, GOOGLE_TITLE_MAX_PX, GOOGLE_TITLE_FONT_PX);
    expect(cut).toBe('Haut-Karabakh : l’Arménie et l’Azerbaïdjan signent un accord de …');
    expect(textWidthPx(cut, 20)).toBeLessThanOrEqual(600);
    expect(textWidthPx(cut, 20)).toBeCloseTo(594.77, 2);
    // One more word would not fit: 'paix ' takes 1139×2 + 455 + 1024 + 569 = 4,326 units, 42.25 px.
    expect(textWidthPx('Haut-Karabakh : l’Arménie et l’Azerbaïdjan signent un accord de paix …', 20)).toBeGreaterThan(600);
  });

  it('cuts between characters when no space leaves room', () => {
    // a is 1139 units (11.12 px), … 2048 (20 px): 7 a's and the ellipsis take 97.86 px of 100.
    expect(cutAtWidth('a'.repeat(100), 100, 20)).toBe('aaaaaaa…');
    // Leading spaces are no place to cut either: 2 × 569 + 6 × 1139 = 7,972 units fit in the
    // 8,192 (100 px less the ellipsis) as characters, and the ellipsis does not follow the spaces.
    expect(cutAtWidth(`  ${'a'.repeat(100)}`, 100, 20)).toBe('  aaaaaa…');
  });

  it('never cuts at a no-break space', () => {
    // 10,000 units at 20 px: room for 7,952 units of text before the ellipsis (2048); 'aaaa aa'
    // takes 7,403 and 'aaaa aaa' 8,542.
    const maxPx = px20(10000);
    expect(cutAtWidth('aaaa aaaa aaaa', maxPx, 20)).toBe('aaaa …');
    expect(cutAtWidth('aaaa\u00a0aaaa aaaa', maxPx, 20)).toBe('aaaa\u00a0aa…');
    expect(cutAtWidth('aaaa\u202faaaa aaaa', maxPx, 20)).toBe('aaaa\u202faa…');
  });

  it('keeps combining marks with their letter', () => {
    const cut = cutAtWidth('e\u0301'.repeat(30), 100, 20);
    expect(cut).toMatch(/^(?:e\u0301)+…$/u);
  });

  it('gives nothing when not even the ellipsis fits', () => {
    expect(cutAtWidth(KARABAKH, 10, 20)).toBe('');
    expect(cutAtWidth(KARABAKH, 20, 20)).toBe('…');
  });

  it('never returns more than fits, and only the title or a prefix of it with an ellipsis', () => {
    const chars = fc.constantFrom(...'aeéiïlmW’ \u00a0\u202f-:«»e\u0301Ω😀'.match(/e\u0301|./gsu)!);
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }), fc.integer({ min: 0, max: 800 }), fc.constantFrom(16, 20), (parts, maxPx, size) => {
        const text = parts.join('');
        const cut = cutAtWidth(text, maxPx, size);
        if (cut === text) return textWidthPx(text, size) <= maxPx;
        if (cut === '') return textWidthPx('…', size) > maxPx;
        return cut.endsWith('…') && text.startsWith(cut.slice(0, -1)) && textWidthPx(cut, size) <= maxPx;
      }),
    );
  });
});

// The table is generated once from the font; this proves that the checked-in file is exactly what
// the script writes, so nobody edited it by hand and the script is deterministic.
const ROOT = join(__dirname, '..', '..', '..');
const FONT = '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf';
const fontPresent = existsSync(FONT);
const skipReason = fontPresent ? '' : ` — SKIPPED: ${FONT} is missing (apt-get install fonts-liberation2)`;

describe('scripts/make-arial-widths.mjs', () => {
  it.skipIf(!fontPresent)(`writes src/core/language/arialWidths.ts byte for byte${skipReason}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'plume-arial-'));
    try {
      const out = join(dir, 'arialWidths.ts');
      execFileSync(process.execPath, [join(ROOT, 'scripts', 'make-arial-widths.mjs'), out], { cwd: ROOT, stdio: 'pipe' });
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(ROOT, 'src', 'core', 'language', 'arialWidths.ts'), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
