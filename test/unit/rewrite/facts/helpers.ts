// Helpers of the fact guard tests: facts as `kind:text` strings, which is what a writer reads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleDocument } from '../../../../src/core/markdown/ArticleDocument';
import type { Fact } from '../../../../src/core/rewrite/facts/Fact';
import { compareFacts } from '../../../../src/core/rewrite/facts/compareFacts';
import { extractFacts } from '../../../../src/core/rewrite/facts/extractFacts';

export const NBSP = '\u00a0';
export const NNBSP = '\u202f';
export const THIN = '\u2009';

const FIXTURES = join(__dirname, '..', '..', '..', 'fixtures');

export function fixture(...path: string[]): string {
  return readFileSync(join(FIXTURES, ...path), 'utf8');
}

export const show = (facts: readonly Fact[]): string[] => facts.map((fact) => `${fact.kind}:${fact.text}`);

/** The facts of a Markdown text, as `kind:text`. */
export function facts(markdown: string, kind?: Fact['kind']): string[] {
  return show(extractFacts(new ArticleDocument(markdown)).filter((fact) => kind === undefined || fact.kind === kind));
}

/** The keys of a Markdown text's facts of one kind. */
export function keys(markdown: string, kind: Fact['kind']): string[] {
  return extractFacts(new ArticleDocument(markdown)).filter((fact) => fact.kind === kind).map((fact) => fact.key);
}

export interface Compared {
  missing: string[];
  introduced: string[];
  /** `kind:from → to` */
  altered: string[];
  /** `reason:text` */
  toCheck: string[];
}

/** What the fact guard says about a rewrite of a source, as `kind:text` lists. */
export function compare(source: string, rewrite: string, ignore?: string[]): Compared {
  const result = compareFacts(new ArticleDocument(source), new ArticleDocument(rewrite), { ignore });
  return {
    missing: show(result.missing),
    introduced: show(result.introduced),
    altered: result.altered.map((change) => `${change.kind}:${change.from.text} → ${change.to.text}`),
    toCheck: result.toCheck.map((note) => `${note.reason}:${note.fact.text}`),
  };
}

export const CLEAN: Compared = { missing: [], introduced: [], altered: [], toCheck: [] };
