// The labelled fidelity set (test/fixtures/fidelity): Plume's fact guard against ground truths
// written by reading the texts. Shared by `npm run bench` (figures) and the unit tests (each
// case's verdict). The matching of Plume's items to the truth's is deliberately Plume-free: it
// folds texts itself, so that a bug in Plume's normalising cannot make a wrong answer match.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AlteredFact, Fact } from '../src/core/rewrite/facts/Fact';
import { verifyRewrite } from '../src/core/rewrite/verifyRewrite';

export type TruthKind = 'number' | 'date' | 'quote' | 'person';
export interface TruthFact { kind: TruthKind; text: string }
export interface TruthChange { kind: TruthKind; from: string; to: string }
export interface Truth {
  source: string;
  style: string;
  faithful: boolean;
  missing: TruthFact[];
  introduced: TruthFact[];
  altered: TruthChange[];
  notes?: string;
}
export interface FidelityCase { name: string; source: string; answer: string; truth: Truth }

/** The cases of one folder of the set: `cases` (development) or `holdout` (never tuned to). */
export function loadFidelitySet(dir: string, folder = 'cases'): FidelityCase[] {
  const cases = join(dir, folder);
  return readdirSync(cases).filter((file) => file.endsWith('.truth.json')).sort().map((file) => {
    const name = file.replace(/\.truth\.json$/, '');
    const truth = JSON.parse(readFileSync(join(cases, file), 'utf8')) as Truth;
    return { name, truth, source: readFileSync(join(dir, 'sources', `${truth.source}.md`), 'utf8'), answer: readFileSync(join(cases, `${name}.answer.md`), 'utf8') };
  });
}

const fold = (text: string): string => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe');
const words = (text: string): string[] => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
const NUMBER_WORDS: Record<string, number> = {
  deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100, mille: 1000,
  dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, centaine: 100, millier: 1000,
};

/** The numbers a text states, read simply: digit groups joined, or number words. */
function numbersIn(text: string): number[] {
  const digits = fold(text).replace(/(\d)[\s\u00a0\u202f.](?=\d{3}\b)/g, '$1').match(/\d+/g)?.map(Number) ?? [];
  const spelled = words(text).map((word) => NUMBER_WORDS[word] ?? NUMBER_WORDS[word.replace(/s$/, '')]).filter((value): value is number => value !== undefined);
  if (/cent mille/.test(fold(text))) spelled.push(100_000);
  return [...digits, ...spelled];
}

/** Whether Plume's fact is the truth's, as a reader would say. */
function same(kind: TruthKind, truth: string, plume: Fact): boolean {
  if ((kind === 'person') !== (plume.kind === 'name') || (kind !== 'person' && kind !== plume.kind && !(kind === 'date' && plume.kind === 'number') && !(kind === 'number' && plume.kind === 'date'))) return false;
  const a = words(truth);
  const b = words(plume.text);
  switch (kind) {
    case 'number': {
      const mine = numbersIn(plume.text);
      return numbersIn(truth).some((value) => mine.includes(value));
    }
    case 'date':
      return a.join(' ').includes(b.join(' ')) || b.join(' ').includes(a.join(' '));
    case 'quote': {
      const shared = a.filter((word) => b.includes(word)).length;
      return shared / Math.max(a.length, b.length) >= 0.6;
    }
    case 'person':
      return a[a.length - 1] === b[b.length - 1] || a.some((word) => b.includes(word) && word.length > 3);
  }
}

export interface Tally { tp: number; fp: number; fn: number }
export interface CaseScore {
  name: string;
  faithful: boolean;
  plumeFaithful: boolean;
  /** By category and kind: what matched, what Plume added, what it missed. */
  tallies: Record<'missing' | 'introduced' | 'altered', Record<TruthKind, Tally>>;
  extra: string[];
  unmatched: string[];
}

const emptyTallies = (): CaseScore['tallies'] => {
  const kinds = (): Record<TruthKind, Tally> => ({ number: { tp: 0, fp: 0, fn: 0 }, date: { tp: 0, fp: 0, fn: 0 }, quote: { tp: 0, fp: 0, fn: 0 }, person: { tp: 0, fp: 0, fn: 0 } });
  return { missing: kinds(), introduced: kinds(), altered: kinds() };
};

const kindOf = (fact: Fact): TruthKind => (fact.kind === 'name' ? 'person' : fact.kind);

/** Plume's verdict on one case (`plume verify` in document mode) scored against its truth. */
export function scoreCase(item: FidelityCase): CaseScore {
  const { report } = verifyRewrite(item.source, item.answer, { minWords: 0 });
  const score: CaseScore = { name: item.name, faithful: item.truth.faithful, plumeFaithful: report.missingFacts.length + report.introducedFacts.length + report.alteredFacts.length === 0, tallies: emptyTallies(), extra: [], unmatched: [] };
  const match = (category: 'missing' | 'introduced', truths: TruthFact[], plume: Fact[]) => {
    const used = new Set<Fact>();
    for (const truth of truths) {
      const found = plume.find((fact) => !used.has(fact) && same(truth.kind, truth.text, fact));
      if (found) {
        used.add(found);
        score.tallies[category][truth.kind].tp++;
      } else {
        score.tallies[category][truth.kind].fn++;
        score.unmatched.push(`${category} ${truth.kind}: ${truth.text}`);
      }
    }
    for (const fact of plume) {
      if (used.has(fact)) continue;
      score.tallies[category][kindOf(fact)].fp++;
      score.extra.push(`${category} ${fact.kind}: ${fact.text}`);
    }
  };
  match('missing', item.truth.missing, report.missingFacts);
  match('introduced', item.truth.introduced, report.introducedFacts);
  const used = new Set<AlteredFact>();
  for (const truth of item.truth.altered) {
    const found = report.alteredFacts.find((change) => !used.has(change) && same(truth.kind, truth.from, change.from) && same(truth.kind, truth.to, change.to));
    if (found) {
      used.add(found);
      score.tallies.altered[truth.kind].tp++;
    } else {
      score.tallies.altered[truth.kind].fn++;
      score.unmatched.push(`altered ${truth.kind}: ${truth.from} → ${truth.to}`);
    }
  }
  for (const change of report.alteredFacts) {
    if (used.has(change)) continue;
    score.tallies.altered[kindOf(change.from)].fp++;
    score.extra.push(`altered ${change.kind}: ${change.from.text} → ${change.to.text}`);
  }
  return score;
}

export interface FidelitySummary {
  cases: number;
  verdictAgreement: number;
  faithfulAccepted: string;
  /** Precision and recall by category, over numbers, dates and quotations, then persons. */
  rows: { category: string; kinds: string; precision: number; recall: number; tp: number; fp: number; fn: number }[];
  disagreements: CaseScore[];
}

export function summarize(scores: CaseScore[]): FidelitySummary {
  const rows: FidelitySummary['rows'] = [];
  for (const category of ['missing', 'introduced', 'altered'] as const) {
    for (const [kinds, list] of [['numbers, dates, quotations', ['number', 'date', 'quote']], ['persons', ['person']]] as const) {
      const total = { tp: 0, fp: 0, fn: 0 };
      for (const score of scores) for (const kind of list) {
        const tally = score.tallies[category][kind as TruthKind];
        total.tp += tally.tp;
        total.fp += tally.fp;
        total.fn += tally.fn;
      }
      rows.push({ category, kinds, ...total, precision: total.tp + total.fp === 0 ? 1 : total.tp / (total.tp + total.fp), recall: total.tp + total.fn === 0 ? 1 : total.tp / (total.tp + total.fn) });
    }
  }
  const faithful = scores.filter((score) => score.faithful);
  return {
    cases: scores.length,
    verdictAgreement: scores.filter((score) => score.faithful === score.plumeFaithful).length / Math.max(1, scores.length),
    faithfulAccepted: `${faithful.filter((score) => score.plumeFaithful).length}/${faithful.length}`,
    rows,
    disagreements: scores.filter((score) => score.faithful !== score.plumeFaithful || score.extra.length > 0 || score.unmatched.length > 0),
  };
}
