import type { ArticleDocument } from '../../markdown/ArticleDocument';
import type { Fact } from './Fact';
import { coversDate } from './findDates';
import { scanFacts } from './scanFacts';
import type { DocumentFacts } from './scanFacts';

export interface FactComparison {
  /** Facts of the source not found in the rewrite. */
  missing: Fact[];
  /** Numbers, dates and quotations of the rewrite that are not in the source. */
  introduced: Fact[];
  /** Names of the rewrite not in the source: reported softly (a rewrite may add a first name). */
  introducedNames: Fact[];
}

/**
 * Whether a fact of `own` is found in `other`. The same test serves both ways: a source fact
 * is kept when the rewrite has it, a rewrite fact is invented when the source has not.
 * - number: its key or an alternate among the values `other` states (digits, words, date years);
 * - date: `other` writes a date that says at least as much (« 3 octobre 2023 » keeps « 3 octobre »
 *   and « octobre »; « 3 octobre » does not keep « 3 octobre 2023 »);
 * - quote: its normalised words appear, in order, in `other`'s normalised prose;
 * - name: every word of it appears somewhere in `other` (« Antony Blinken » needs both).
 */
function isFound(fact: Fact, own: DocumentFacts, other: DocumentFacts): boolean {
  switch (fact.kind) {
    case 'number':
      return other.numbers.has(fact.key) || (own.alternates.get(fact.key) ?? []).some((key) => other.numbers.has(key));
    case 'date': {
      const parts = own.dateParts.get(fact.key);
      return parts !== undefined && other.dates.some((date) => coversDate(date, parts));
    }
    case 'quote':
      return other.prose.includes(fact.key);
    case 'name':
      return (own.nameParts.get(fact.key) ?? []).every((part) => other.words.has(part));
  }
}

/** The fact guard: what the rewrite lost of the source's facts, and what it added. */
export function compareFacts(source: ArticleDocument, rewrite: ArticleDocument): FactComparison {
  const from = scanFacts(source);
  const to = scanFacts(rewrite);
  const added = to.facts.filter((fact) => !isFound(fact, to, from));
  return {
    missing: from.facts.filter((fact) => !isFound(fact, from, to)).map((fact) => ({ ...fact })),
    introduced: added.filter((fact) => fact.kind !== 'name').map((fact) => ({ ...fact })),
    introducedNames: added.filter((fact) => fact.kind === 'name').map((fact) => ({ ...fact })),
  };
}
