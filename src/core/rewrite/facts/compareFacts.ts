import { normalizeWord } from '../../language/fr/matchKeyphrase';
import type { ArticleDocument } from '../../markdown/ArticleDocument';
import type { AlteredFact, Fact, FactNote } from './Fact';
import { coversDate } from './findDates';
import { commonWords, containsQuotation, quoteWords } from './findQuotes';
import { isGivenName } from './givenNames';
import { compareNameWords } from './nameVariants';
import { factId, scanFacts } from './scanFacts';
import type { DocumentFacts } from './scanFacts';
import { pairByContext } from './pairByContext';

/**
 * The fact guard's verdict, in two tiers. Hard facts — numbers, dates, quotations, persons —
 * gate the rewrite and are repaired: `missing`, `introduced`, `altered`. Everything else a
 * writer may want to look at is `toCheck` (« à vérifier »): it never fails a rewrite and is
 * never sent back to the model.
 */
export interface FactComparison {
  /** Hard facts of the source the rewrite states nowhere. */
  missing: Fact[];
  /** Hard facts of the rewrite the source does not state. */
  introduced: Fact[];
  /** Hard facts of the source stated with another value in their place. */
  altered: AlteredFact[];
  /** Soft items, shown « à vérifier ». */
  toCheck: FactNote[];
  /** Facts the writer dismissed for this proposal (`--ignore-fact`, the quick fix in the diff). */
  ignored: Fact[];
}

export interface CompareOptions {
  /** Facts to leave out, as written (« Nagorno-Azerbaïdjan », « 2023 »): compared by their words. */
  ignore?: readonly string[];
}

// A quotation is altered rather than missing when the rewrite quotes at least half of its words,
// in order (« pourparlers directs » → « pourparlers bilatéraux »), or a piece of three words or
// more of it (a shortened quotation).
const ALTERED_QUOTE_SHARE = 0.5;
const SHORTENED_QUOTE_MIN_WORDS = 3;

/** Whether a number or date fact of `own` is stated by `other` (its prose, or all it states). */
function isStated(fact: Fact, own: DocumentFacts, other: Pick<DocumentFacts, 'numbers' | 'dates'>): boolean {
  if (fact.kind === 'number') {
    return other.numbers.has(fact.key) || (own.alternates.get(fact.key) ?? []).some((key) => other.numbers.has(key));
  }
  // A date is kept by a date that says at least as much (« 3 octobre 2023 » keeps « 3 octobre »).
  const parts = own.dateParts.get(fact.key);
  return parts !== undefined && other.dates.some((date) => coversDate(date, parts));
}

const lastWord = (words: readonly string[]): string => words[words.length - 1] ?? '';

/** The fact guard: what the rewrite lost of the source's facts, what it added, what it changed. */
export function compareFacts(source: ArticleDocument, rewrite: ArticleDocument, options: CompareOptions = {}): FactComparison {
  const from = scanFacts(source);
  const to = scanFacts(rewrite);
  const missing: Fact[] = [];
  const introduced: Fact[] = [];
  const altered: AlteredFact[] = [];
  const toCheck: FactNote[] = [];

  // Numbers and dates: by value; a missing one and an added one in the same place are one change.
  for (const kind of ['number', 'date'] as const) {
    const lost = from.facts.filter((fact) => fact.kind === kind && !isStated(fact, from, to));
    // What the source's prose does not say may still stand in the place of what it says: a date
    // of its front matter (the publication date) written where the prose gave another is altered.
    const unsaid = to.facts.filter((fact) => fact.kind === kind && !isStated(fact, to, from));
    const pairs = pairByContext(lost, unsaid, (fact) => from.contexts.get(factId(fact)), (fact) => to.contexts.get(factId(fact)));
    for (const [was, now] of pairs) altered.push({ kind, from: { ...was }, to: { ...now } });
    const paired = new Set(pairs.flatMap(([was, now]) => [was, now]));
    missing.push(...lost.filter((fact) => !paired.has(fact)).map((fact) => ({ ...fact })));
    const added = unsaid.filter((fact) => !paired.has(fact) && !isStated(fact, to, from.known));
    for (const fact of added) {
      // « les deux » is how French says « both »: worth a look, not a failed rewrite.
      if (fact.kind === 'number' && fact.inWords && fact.key === '2') toCheck.push({ reason: 'number-added', fact: { ...fact } });
      else introduced.push({ ...fact });
    }
  }

  // Quotations: by their words, in order.
  const lostQuotes = from.facts.filter((fact) => fact.kind === 'quote' && !containsQuotation(from.quoteWords.get(fact.key) ?? [], to.proseWords));
  const rewriteQuotes = to.facts.filter((fact) => fact.kind === 'quote');
  const addedQuotes = new Set(rewriteQuotes.filter((fact) => !containsQuotation(to.quoteWords.get(fact.key) ?? [], from.proseWords)));
  const usedQuotes = new Set<Fact>();
  for (const fact of lostQuotes) {
    const words = from.quoteWords.get(fact.key) ?? [];
    let best: { fact: Fact; score: number } | undefined;
    for (const candidate of rewriteQuotes) {
      if (usedQuotes.has(candidate)) continue;
      const theirs = to.quoteWords.get(candidate.key) ?? [];
      const common = commonWords(words, theirs);
      const shortened = !addedQuotes.has(candidate) && common === theirs.length && common >= SHORTENED_QUOTE_MIN_WORDS;
      const score = common / Math.max(words.length, theirs.length);
      if ((score >= ALTERED_QUOTE_SHARE || shortened) && (!best || score > best.score)) best = { fact: candidate, score };
    }
    if (best) {
      usedQuotes.add(best.fact);
      addedQuotes.delete(best.fact);
      altered.push({ kind: 'quote', from: { ...fact }, to: { ...best.fact } });
    } else missing.push({ ...fact });
  }
  introduced.push(...[...addedQuotes].map((fact) => ({ ...fact })));

  compareNames(from, to, { missing, introduced, altered, toCheck });

  const ignore = new Set((options.ignore ?? []).map((text) => quoteWords(text).join(' ')).filter((text) => text !== ''));
  const ignored: Fact[] = [];
  const kept = (fact: Fact): boolean => {
    if (ignore.size === 0 || !(ignore.has(quoteWords(fact.text).join(' ')) || ignore.has(quoteWords(fact.key).join(' ')))) return true;
    ignored.push(fact);
    return false;
  };
  return {
    missing: missing.filter(kept),
    introduced: introduced.filter(kept),
    altered: altered.filter((change) => kept(change.from) && kept(change.to)),
    toCheck: toCheck.filter((note) => kept(note.fact)),
    ignored,
  };
}

interface Findings {
  missing: Fact[];
  introduced: Fact[];
  altered: AlteredFact[];
  toCheck: FactNote[];
}

/**
 * Names. A source person is kept when the rewrite writes their family name; another name when
 * all its words are there. A rewrite name is the source's when its words are all in the source,
 * completed when only given names were added, another spelling when its words fold alike, and
 * altered when one is mistyped. Persons are hard facts; places and institutions are « à vérifier ».
 */
function compareNames(from: DocumentFacts, to: DocumentFacts, findings: Findings): void {
  const sourceNames = from.facts.filter((fact) => fact.kind === 'name');
  const rewriteNames = to.facts.filter((fact) => fact.kind === 'name');
  const sourcePersons = new Set(sourceNames.filter((fact) => fact.person).map((fact) => lastWord(from.names.get(fact.key)?.words ?? [])));
  const handled = new Set<Fact>();

  // A word of a rewrite name that is not in the source: how it relates to the source's name words.
  const relate = (word: string): { kind: 'spelling' | 'misspelled'; source: Fact } | undefined => {
    let found: { kind: 'spelling' | 'misspelled'; source: Fact } | undefined;
    for (const fact of sourceNames) {
      for (const sourceWord of from.names.get(fact.key)?.words ?? []) {
        const relation = compareNameWords(sourceWord, word);
        if (relation === 'spelling') return { kind: 'spelling', source: fact };
        if (relation === 'misspelled') found ??= { kind: 'misspelled', source: fact };
      }
    }
    return found;
  };

  const relatedSources = new Set<Fact>();
  for (const fact of rewriteNames) {
    const name = to.names.get(fact.key);
    if (!name) continue;
    const absent = name.parts.filter((part) => !from.known.words.has(part));
    if (absent.length === 0) continue;
    const person = fact.person || sourcePersons.has(lastWord(name.words));
    // Given names added to a name of the source complete it (Blinken → Antony Blinken); the other
    // absent words must be another spelling or a misspelling of the source's (Ilham Aliev).
    const unexplained = absent.filter((part) => !isGivenName(part));
    if (unexplained.length === 0 && absent.length < name.parts.length) {
      findings.toCheck.push({ reason: 'name-completed', fact: { ...fact, person } });
      handled.add(fact);
      continue;
    }
    const relations = unexplained.map(relate);
    if (unexplained.length > 0 && relations.every((relation) => relation !== undefined)) {
      const source = relations[0]?.source as Fact;
      relatedSources.add(source);
      handled.add(fact);
      if (relations.every((relation) => relation?.kind === 'spelling')) {
        findings.toCheck.push({ reason: 'name-spelling', fact: { ...fact, person }, source: { ...source } });
      } else if (person || source.person) {
        findings.altered.push({ kind: 'name', from: { ...source }, to: { ...fact, person: true } });
      } else {
        findings.toCheck.push({ reason: 'name-altered', fact: { ...fact }, source: { ...source } });
      }
      continue;
    }
    if (person) findings.introduced.push({ ...fact, person: true });
    else findings.toCheck.push({ reason: 'name-added', fact: { ...fact } });
  }

  for (const fact of sourceNames) {
    const name = from.names.get(fact.key);
    if (!name) continue;
    // A person is there when their family name is (« Pelosi » keeps « Nancy Pelosi »).
    const family = lastWord(name.words).split(/[-\u2010\u2011]/).map(normalizeWord);
    const needed = fact.person ? family : name.parts;
    if (needed.every((part) => to.words.has(part))) continue;
    if (relatedSources.has(fact)) continue;
    if (fact.person) findings.missing.push({ ...fact });
    else findings.toCheck.push({ reason: 'name-missing', fact: { ...fact } });
  }
}
