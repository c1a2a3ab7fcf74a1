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
const NUMBER_SIGN_AFTER = /^(?:$|\s*[:.)]|\s+[–—-]\s|\s+\p{L})/u;

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

// Identifiers: a law's or a directive's number is one fact, « n°78-753 », « 2003/98/CE »,
// « 2019/1024/UE » — not the numbers 78, 2003 or 2019 (a rewrite that writes « en 2019 » states a
// year the source never gave). Keyed by their digits and separators, the trailing letters dropped
// (« 2003/98 » keeps « 2003/98/CE »). Any digits joined by « - » or « / » are also values a text
// states, so that « la loi 78-753 » keeps « n°78-753 ».
const IDENTIFIER = /(?<![\p{L}\p{N}])(?:(?:n[°º]|no\.|numéro)\s*(\d+(?:[-/]\d+)+)|(\d+(?:\/\d+)+))(?:\/\p{Lu}{1,4})?(?![\p{N}])/giu;
const JOINED_DIGITS = /(?<![\p{L}\p{N}])\d+(?:\s?[-/]\s?\d+)+(?![\p{N}])/gu;

/** The keys of every run of digits joined by « - » or « / » in `text` (values it states). */
export function findJoinedDigits(text: string): string[] {
  return [...text.matchAll(JOINED_DIGITS)].map((match) => match[0].replace(/\s/g, ''));
}

/** Every number of `text` outside the spans of its dates, in order. */
export function findNumbers(text: FactText, dateSpans: readonly { start: number; end: number }[]): NumberHit[] {
  const hits: NumberHit[] = [];
  const source = text.text;
  const identifiers: { start: number; end: number }[] = [];
  IDENTIFIER.lastIndex = 0;
  for (let match = IDENTIFIER.exec(source); match !== null; match = IDENTIFIER.exec(source)) {
    const key = (match[1] ?? match[2] ?? '').replace(/\s/g, '');
    identifiers.push({ start: match.index, end: match.index + match[0].length });
    hits.push({ fact: { kind: 'number', text: match[0], key }, alternates: [], start: match.index, end: match.index + match[0].length });
  }
  // A number inside digits joined by « - » or « / » (« loi 78-753 ») is also that run: a text that
  // states the run states it.
  const joined = [...source.matchAll(JOINED_DIGITS)].map((match) => ({ start: match.index, end: match.index + match[0].length, key: match[0].replace(/\s/g, '') }));
  const spans = [...dateSpans, ...identifiers].sort((a, b) => a.start - b.start);
  let span = 0;
  const inDate = (start: number, end: number): boolean => {
    while (span < spans.length && (spans[span]?.end ?? 0) <= start) span++;
    return span < spans.length && (spans[span]?.start ?? 0) < end;
  };
  NUMBER.lastIndex = 0;
  for (let match = NUMBER.exec(source); match !== null; match = NUMBER.exec(source)) {
    const [written, integerPart = '', decimals = '', suffix, percent] = match;
    const start = match.index;
    const end = start + written.length;
    if (inDate(start, end)) continue;
    if (text.numbered && NUMBERING.test(written) && source.slice(0, start).trim() === '' && NUMBERING_AFTER.test(source.slice(end, end + 3))) continue;
    // « ## Erreur n° 2 : … »: the number of a heading or list item, not a quantity; but « n°78-753 »
    // (a law's number, followed by more of it) is an identifier, a fact.
    if (text.numbered && NUMBERING.test(written) && NUMBER_SIGN_BEFORE.test(source.slice(Math.max(0, start - 10), start)) && NUMBER_SIGN_AFTER.test(source.slice(end, end + 3))) continue;
    const integer = integerPart.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
    const fraction = decimals.replace(/0+$/, '');
    const value = fraction ? `${integer}.${fraction}` : integer;
    const key = suffix ? `${value}${readSuffix(suffix)}` : percent ? `${value}%` : value;
    const scale = suffix || percent ? undefined : SCALE_AFTER.exec(source.slice(end, end + 16));
    const alternates = scale ? [String(Math.round(Number(value) * (SCALES[(scale[1] ?? '').toLowerCase()] ?? 1)))] : [];
    const run = joined.find((candidate) => candidate.start <= start && end <= candidate.end);
    if (run) alternates.push(run.key);
    hits.push({ fact: { kind: 'number', text: written.trim(), key }, alternates, start, end });
  }
  ROMAN_ORDINAL.lastIndex = 0;
  for (let match = ROMAN_ORDINAL.exec(source); match !== null; match = ROMAN_ORDINAL.exec(source)) {
    const key = readRomanOrdinal(match[1] ?? '', match[2] ?? '');
    if (key) hits.push({ fact: { kind: 'number', text: match[0], key }, alternates: [], start: match.index, end: match.index + match[0].length });
  }
  if (identifiers.length > 0) hits.sort((a, b) => a.start - b.start);
  return hits;
}
