// Quotations: the words between « … », “ … ” or straight "…" in one block. A rewrite may cut
// them into its sentences differently, change their spaces (no-break or not), apostrophes or
// quote marks, but must keep their words: both sides are compared under normalizeQuoteText.
import type { Fact } from './Fact';

export interface QuoteHit {
  fact: Fact;
  start: number;
}

// Pairs within one block; the leftmost opening mark wins, so a quote inside a quote belongs to it.
const QUOTED = /«([^«»]*)»|“([^“”]*)”|"([^"]*)"/g;
const EDGE_PUNCTUATION = /^[\s.,;:!?…]+|[\s.,;:!?…]+$/g;
const LETTER = /\p{L}/u;
const LETTERS = /\p{L}/gu;
// A single quoted word is a quotation when it is a real word (« antiterroriste »), not a letter
// or a short tag (« A », « ok »): four letters or more.
const MIN_SINGLE_WORD_LETTERS = 4;

/**
 * The form quotations are compared in: apostrophes unified (’ ' ʼ ‘), quote marks dropped,
 * « ... » as « … », en and em dashes alike, every run of spaces (U+00A0, U+202F too) one
 * space, no space before , . ; : ! ? … ) (French typography puts one before some), lower case.
 * Applied to a quotation and to a whole text, so that `includes` compares them.
 */
export function normalizeQuoteText(text: string): string {
  return text
    .replace(/[’'ʼ‘`´]/g, "'")
    .replace(/[«»“”„"]/g, ' ')
    .replace(/\.\.\./g, '…')
    .replace(/[–—]/g, '–')
    .replace(/\s+/g, ' ')
    .replace(/ (?=[,.;:!?…)])/g, '')
    .toLowerCase()
    // Lowercasing Σ depends on what follows it; a quotation and its text must agree.
    .replace(/ς/g, 'σ');
}

function isQuotation(key: string): boolean {
  const words = key.split(' ').filter((word) => LETTER.test(word));
  if (words.length >= 2) return true;
  return words.length === 1 && (words[0]?.match(LETTERS)?.length ?? 0) >= MIN_SINGLE_WORD_LETTERS;
}

/** Every quotation of `text`, in order; `text` is the quotation as written, without its marks. */
export function findQuotes(text: string): QuoteHit[] {
  const hits: QuoteHit[] = [];
  QUOTED.lastIndex = 0;
  for (let match = QUOTED.exec(text); match !== null; match = QUOTED.exec(text)) {
    const inner = match[1] ?? match[2] ?? match[3] ?? '';
    const key = normalizeQuoteText(inner).replace(EDGE_PUNCTUATION, '');
    if (isQuotation(key)) hits.push({ fact: { kind: 'quote', text: inner.trim(), key }, start: match.index });
  }
  return hits;
}
