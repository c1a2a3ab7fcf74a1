import type { ArticleDocument } from '../../markdown/ArticleDocument';
import { splitSentences } from '../../language/fr';
import type { SentenceSpan } from '../../language/fr';
import { normalizeWord } from '../../language/fr/matchKeyphrase';
import { collectFactTexts } from './collectFactTexts';
import type { Fact } from './Fact';
import { findDates } from './findDates';
import type { DateParts } from './findDates';
import { findNames } from './findNames';
import type { NameHit } from './findNames';
import { findJoinedDigits, findNumbers } from './findNumbers';
import { findQuotes, ProseWords, quoteWords } from './findQuotes';
import { isFunctionWord } from './isFunctionWord';
import { readNumberWords } from './readNumberWords';
import type { NumberWordToken } from './readNumberWords';
import { readTokenParts } from './splitElision';

/** The facts of one document and what it takes to find them in another, computed once. */
export interface DocumentFacts {
  /** Deduplicated by kind and key, in order of first appearance; front matter context excluded. */
  facts: Fact[];
  /** Other keys of a number fact (« 2 millions » → 2000000), by key. */
  alternates: Map<string, string[]>;
  /** Every value the document states: its numbers, their alternates, the years of its dates, its number words. */
  numbers: Set<string>;
  /** What each date fact says, by key; and every date the document writes, for coverage checks. */
  dateParts: Map<string, DateParts>;
  dates: DateParts[];
  /** The names, by key (parts to look for, person or not). */
  names: Map<string, NameHit>;
  /** Every word of the prose, normalised (normalizeWord), hyphenated words split. */
  words: Set<string>;
  /**
   * The same three with the front matter's other values: what the document states at all. A
   * rewrite writing what they say invents nothing; but what Plume copied into a rewrite's front
   * matter from its source keeps no fact of the prose.
   */
  known: { numbers: Set<string>; dates: DateParts[]; words: Set<string> };
  /** The prose as quotations are compared (quoteWords), and where each word is. */
  proseWords: ProseWords;
  /** The folded words of each quotation, by key. */
  quoteWords: Map<string, string[]>;
  /** Content words around each fact's occurrences, by `kind\u0000key`: where it sits, for pairing changes. */
  contexts: Map<string, Set<string>>;
}

interface Hit {
  fact: Fact;
  start: number;
  end: number;
}

// Validation compares the same source with each attempt: its facts are read once per document.
const cache = new WeakMap<ArticleDocument, DocumentFacts>();

/** The facts of `doc` (cached for the life of the document). */
export function scanFacts(doc: ArticleDocument): DocumentFacts {
  let facts = cache.get(doc);
  if (!facts) {
    facts = computeFacts(doc);
    cache.set(doc, facts);
  }
  return facts;
}

export const factId = (fact: Pick<Fact, 'kind' | 'key'>): string => `${fact.kind}\u0000${fact.key}`;

/** The first index in [0, length) where `before(index)` is false (`before` is true, then false). */
function lowerBound(length: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}

// How many words around a fact say where it sits (« plus de 100 000 Arméniens de souche »).
const CONTEXT_WORDS = 8;
const MIN_CONTEXT_LETTERS = 3;

function computeFacts(doc: ArticleDocument): DocumentFacts {
  const texts = collectFactTexts(doc);
  const result: DocumentFacts = {
    facts: [], alternates: new Map(), numbers: new Set(), dateParts: new Map(), dates: [], names: new Map(),
    words: new Set(), proseWords: new ProseWords(), quoteWords: new Map(), contexts: new Map(),
    known: { numbers: new Set(), dates: [], words: new Set() },
  };
  // Names are read over the whole document first (a family name anywhere makes a person); then
  // each text is read and done with — its words and their contexts are let go before the next,
  // which bounds the memory of a long document (issue 10).
  const namesIn = new Map<number, Hit[]>();
  for (const name of findNames(texts)) {
    if (texts[name.textIndex]?.context) continue;
    const hit = { fact: { kind: 'name', text: name.text, key: name.key, person: name.person } satisfies Fact, start: name.start, end: name.start + name.text.length };
    namesIn.set(name.textIndex, [...(namesIn.get(name.textIndex) ?? []), hit]);
    result.names.set(name.key, name);
  }
  const seen = new Set<string>();
  texts.forEach((text, textIndex) => {
    const hits: Hit[] = [];
    const own = (fact: Fact, start: number, end: number) => {
      if (!text.context) hits.push({ fact, start, end });
    };
    // Context values go to `known` only.
    const values = text.context ? { numbers: result.known.numbers, dates: result.known.dates, words: result.known.words } : result;
    const dates = findDates(text.text);
    for (const date of dates) {
      own(date.fact, date.start, date.end);
      result.dateParts.set(date.fact.key, date.parts);
      values.dates.push(date.parts);
      // « septembre 2022 » states the year: a rewrite saying « en 2022 » invents nothing.
      if (date.parts.year) values.numbers.add(date.parts.year);
    }
    for (const joined of findJoinedDigits(text.text)) values.numbers.add(joined);
    for (const number of findNumbers(text, dates)) {
      own(number.fact, number.start, number.end);
      values.numbers.add(number.fact.key);
      for (const alternate of number.alternates) values.numbers.add(alternate);
      if (number.alternates.length) result.alternates.set(number.fact.key, [...(result.alternates.get(number.fact.key) ?? []), ...number.alternates]);
    }
    for (const quote of findQuotes(text.text)) {
      own(quote.fact, quote.start, quote.end);
      result.quoteWords.set(quote.fact.key, quote.words);
    }
    const parts: NumberWordToken[] = [];
    const positioned: { word: string; start: number }[] = [];
    let previousEnd = -1;
    for (const token of text.words) {
      const broken = previousEnd >= 0 && !/^\s*$/.test(text.text.slice(previousEnd, token.start));
      previousEnd = token.end;
      for (const [index, part] of readTokenParts(token.text).entries()) {
        parts.push({ word: part, raw: token.text, start: token.start, end: token.end, broken: broken && index === 0 });
        values.words.add(part);
      }
      const word = normalizeWord(token.text);
      if (word.length >= MIN_CONTEXT_LETTERS && !isFunctionWord(token.text) && !/^\d/.test(word)) positioned.push({ word, start: token.start });
    }
    for (const number of readNumberWords(parts, values.numbers, text.text)) {
      own({ kind: 'number', text: number.text, key: number.key, inWords: true }, number.start, number.end);
      if (number.alternates.length) result.alternates.set(number.key, [...(result.alternates.get(number.key) ?? []), ...number.alternates]);
    }
    if (!text.context) {
      for (const word of quoteWords(text.text)) result.proseWords.push(word);
      // Quotations never run across blocks: a separator no word equals.
      result.proseWords.push('\u0000');
    }
    // Names come last among facts at the same place, as they were found last.
    hits.push(...(namesIn.get(textIndex) ?? []));
    hits.sort((a, b) => a.start - b.start);
    recordHits(hits, positioned, text.text, seen, result);
  });
  for (const number of result.numbers) result.known.numbers.add(number);
  for (const date of result.dates) result.known.dates.push(date);
  for (const word of result.words) result.known.words.add(word);
  return result;
}

/**
 * The facts of one text, in order (the first occurrence of each in the document lists it), and
 * where each occurrence sits: the content words around it in its sentence. Binary searches: a
 * pasted text can be one paragraph of thousands of lines and facts.
 */
function recordHits(hits: readonly Hit[], words: readonly { word: string; start: number }[], text: string, seen: Set<string>, result: DocumentFacts): void {
  let sentences: SentenceSpan[] | undefined;
  for (const { fact, start, end } of hits) {
    const id = factId(fact);
    if (!seen.has(id)) {
      seen.add(id);
      result.facts.push(fact);
    }
    const around = result.contexts.get(id) ?? new Set<string>();
    sentences ??= splitSentences(text);
    const spans = sentences;
    const sentence = spans[Math.max(0, lowerBound(spans.length, (i) => (spans[i]?.end ?? 0) <= start))] ?? { start: 0, end: Infinity };
    const firstOf = (offset: number) => lowerBound(words.length, (i) => (words[i]?.start ?? 0) < offset);
    const low = firstOf(sentence.start);
    const high = firstOf(sentence.end);
    const first = Math.min(high, Math.max(low, firstOf(start)));
    const after = Math.min(high, Math.max(low, firstOf(end)));
    for (let i = Math.max(low, first - CONTEXT_WORDS); i < first; i++) around.add(words[i]?.word ?? '');
    for (let i = after; i < Math.min(high, after + CONTEXT_WORDS); i++) around.add(words[i]?.word ?? '');
    around.delete('');
    result.contexts.set(id, around);
  }
}
