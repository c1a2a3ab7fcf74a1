import type { ArticleDocument } from '../../markdown/ArticleDocument';
import { collectFactTexts } from './collectFactTexts';
import type { Fact } from './Fact';
import { findDates } from './findDates';
import type { DateParts } from './findDates';
import { findNames } from './findNames';
import { findNumbers } from './findNumbers';
import { findQuotes, normalizeQuoteText } from './findQuotes';
import { readNumberWords } from './readNumberWords';
import { readTokenParts } from './splitElision';

/** The facts of one document and what it takes to find them in another, computed once. */
export interface DocumentFacts {
  /** Deduplicated by kind and key, in order of first appearance. */
  facts: Fact[];
  /** Other keys of a number fact (« 2 millions » → 2000000), by key. */
  alternates: Map<string, string[]>;
  /** Every value the document states: its numbers, their alternates, the years of its dates, its number words. */
  numbers: Set<string>;
  /** What each date fact says, by key; and every date the document writes, for coverage checks. */
  dateParts: Map<string, DateParts>;
  dates: DateParts[];
  /** Normalised parts of each name fact, by key. */
  nameParts: Map<string, string[]>;
  /** Every word of the prose, normalised (normalizeWord), hyphenated words split. */
  words: Set<string>;
  /** The whole prose under normalizeQuoteText: where quotations are looked for. */
  prose: string;
}

interface Hit {
  fact: Fact;
  textIndex: number;
  start: number;
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

function computeFacts(doc: ArticleDocument): DocumentFacts {
  const texts = collectFactTexts(doc);
  const hits: Hit[] = [];
  const result: DocumentFacts = {
    facts: [], alternates: new Map(), numbers: new Set(), dateParts: new Map(), dates: [], nameParts: new Map(), words: new Set(), prose: '',
  };
  texts.forEach((text, textIndex) => {
    const dates = findDates(text.text);
    for (const date of dates) {
      hits.push({ fact: date.fact, textIndex, start: date.start });
      result.dateParts.set(date.fact.key, date.parts);
      result.dates.push(date.parts);
      // « septembre 2022 » states the year: a rewrite saying « en 2022 » invents nothing.
      if (date.parts.year) result.numbers.add(date.parts.year);
    }
    for (const number of findNumbers(text, dates)) {
      hits.push({ fact: number.fact, textIndex, start: number.start });
      result.numbers.add(number.fact.key);
      for (const alternate of number.alternates) result.numbers.add(alternate);
      if (number.alternates.length) result.alternates.set(number.fact.key, [...(result.alternates.get(number.fact.key) ?? []), ...number.alternates]);
    }
    for (const quote of findQuotes(text.text)) hits.push({ fact: quote.fact, textIndex, start: quote.start });
    const words: string[] = [];
    for (const token of text.words) {
      for (const part of readTokenParts(token.text)) {
        words.push(part);
        result.words.add(part);
      }
    }
    readNumberWords(words, result.numbers);
  });
  for (const name of findNames(texts)) {
    hits.push({ fact: { kind: 'name', text: name.text, key: name.key }, textIndex: name.textIndex, start: name.start });
    result.nameParts.set(name.key, name.parts);
  }
  hits.sort((a, b) => a.textIndex - b.textIndex || a.start - b.start);
  const seen = new Set<string>();
  for (const { fact } of hits) {
    const id = `${fact.kind}\u0000${fact.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    result.facts.push(fact);
  }
  result.prose = normalizeQuoteText(texts.map((text) => text.text).join('\n'));
  return result;
}
