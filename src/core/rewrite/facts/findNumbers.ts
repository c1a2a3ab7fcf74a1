// Numbers as French articles write them: « 100 000 » (thousands grouped by a space, a no-break
// space U+00A0, a narrow no-break space U+202F or a thin space U+2009, as tokenizeWords), « 3,5 »
// and « 3.5 », « 12 % », ordinals « 1er », « 1re », « 2e », « XXIe », years.
import type { Fact } from './Fact';
import type { FactText } from './collectFactTexts';

export interface NumberHit {
  fact: Fact;
  /** Other keys under which the same value may be written: « 2 millions » is also 2000000. */
  alternates: string[];
  start: number;
  end: number;
}

const SEP = '[ \\u00a0\\u202f\\u2009]';
const NUMBER = new RegExp(
  // Not inside a word or a decimal, and not glued by a hyphen to a capitalised word: the 19 of
  // COVID-19 and the 35 of F-35 belong to a name (the 2023 of « mi-2023 » does not).
  '(?<![\\p{L}\\p{N}_])(?<!\\d[.,])(?<!\\p{Lu}[\\p{L}\\p{N}]*[-\\u2010\\u2011])' +
  // Groups of exactly three digits after the first (« 1 500 000 », « 100.000 »); else one run.
  `(\\d{1,3}(?:${SEP}\\d{3}(?!\\d))+|\\d{1,3}(?:\\.\\d{3}(?!\\d))+|\\d+)` +
  // French decimals use a comma, English ones a point.
  '(?:[.,](\\d+))?' +
  // An ordinal suffix (1er, 1re, 2e, 2ème, 2nd), or a percent sign or « pour cent ».
  `(?:(ère|er|re|ème|eme|nde|nd|e)s?(?![\\p{L}\\p{N}])|(${SEP}?%|${SEP}+pour${SEP}?cents?(?![\\p{L}])))?`,
  'gu',
);
const ROMAN_ORDINAL = /(?<![\p{L}\p{N}])([IVXLC]+)(ère|er|re|ème|e)(?![\p{L}\p{N}])/gu;
const VALID_ROMAN = /^C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
// « 2 millions » is the 2000000 that a rewrite may write in digits.
const SCALE_AFTER = /^[ \u00a0\u202f\u2009]+(mille|millions?|milliards?)(?![\p{L}])/u;
const SCALES: Record<string, number> = { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 };
// « ## 1. L’appel du 3 octobre », « ## 2) … », « ## 3 – … »: the numbering of a heading or list
// item is structure, not a fact (two digits at most: « ## 2002 : … » states a year).
const NUMBERING = /^\d{1,2}$/;
const NUMBERING_AFTER = /^(?:[.)]|\s[–—-])\s/;
const NUMBER_SIGN_BEFORE = /(?:n[°º]|no\.|numéro|#)\s*$/iu;

/** 1er and 1re keep their gender; 2e, 2ème, 2eme, 2nd and 2nde are all 2e. */
function readSuffix(suffix: string): string {
  if (suffix === 'er') return 'er';
  if (suffix === 're' || suffix === 'ère') return 're';
  return 'e';
}

function romanValue(roman: string): number {
  let value = 0;
  for (let i = 0; i < roman.length; i++) {
    const digit = ROMAN_DIGITS[roman[i] ?? ''] ?? 0;
    value += digit < (ROMAN_DIGITS[roman[i + 1] ?? ''] ?? 0) ? -digit : digit;
  }
  return value;
}

/** « XXIe », « Ier », « Ve »; not « Le » or « Ce », which are words (a lone L or C is never an ordinal here). */
function readRomanOrdinal(roman: string, suffix: string): string | undefined {
  if (roman === 'L' || roman === 'C' || !VALID_ROMAN.test(roman)) return undefined;
  return `${romanValue(roman)}${readSuffix(suffix)}`;
}

/** Whether a word is a Roman ordinal (« XXIe »): a number, not a name. */
export function isRomanOrdinal(word: string): boolean {
  const match = /^([IVXLC]+)(ère|er|re|ème|e)$/u.exec(word);
  return match !== null && readRomanOrdinal(match[1] ?? '', match[2] ?? '') !== undefined;
}

/** Every number of `text` outside the spans of its dates, in order. */
export function findNumbers(text: FactText, dateSpans: readonly { start: number; end: number }[]): NumberHit[] {
  const hits: NumberHit[] = [];
  const source = text.text;
  let span = 0;
  const inDate = (start: number, end: number): boolean => {
    while (span < dateSpans.length && (dateSpans[span]?.end ?? 0) <= start) span++;
    return span < dateSpans.length && (dateSpans[span]?.start ?? 0) < end;
  };
  NUMBER.lastIndex = 0;
  for (let match = NUMBER.exec(source); match !== null; match = NUMBER.exec(source)) {
    const [written, integerPart = '', decimals = '', suffix, percent] = match;
    const start = match.index;
    const end = start + written.length;
    if (inDate(start, end)) continue;
    if (text.numbered && NUMBERING.test(written) && source.slice(0, start).trim() === '' && NUMBERING_AFTER.test(source.slice(end, end + 3))) continue;
    // « ## Erreur n° 2 : … »: the number of a heading or list item, not a quantity.
    if (text.numbered && NUMBERING.test(written) && NUMBER_SIGN_BEFORE.test(source.slice(Math.max(0, start - 10), start))) continue;
    const integer = integerPart.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
    const fraction = decimals.replace(/0+$/, '');
    const value = fraction ? `${integer}.${fraction}` : integer;
    const key = suffix ? `${value}${readSuffix(suffix)}` : percent ? `${value}%` : value;
    const scale = suffix || percent ? undefined : SCALE_AFTER.exec(source.slice(end, end + 16));
    const alternates = scale ? [String(Math.round(Number(value) * (SCALES[(scale[1] ?? '').toLowerCase()] ?? 1)))] : [];
    hits.push({ fact: { kind: 'number', text: written.trim(), key }, alternates, start, end });
  }
  ROMAN_ORDINAL.lastIndex = 0;
  for (let match = ROMAN_ORDINAL.exec(source); match !== null; match = ROMAN_ORDINAL.exec(source)) {
    const key = readRomanOrdinal(match[1] ?? '', match[2] ?? '');
    if (key) hits.push({ fact: { kind: 'number', text: match[0], key }, alternates: [], start: match.index, end: match.index + match[0].length });
  }
  return hits;
}
