import type { Localized } from '../checks/Check';
import { describeFactNote } from './describeFactNote';
import type { Fact } from './facts/Fact';
import type { RewriteReport } from './RewriteRequest';
import { showFact } from './validateProposal';

/** One warning on a proposal, before the writer accepts it. */
export interface FactWarning {
  code: 'fact-missing' | 'fact-introduced' | 'fact-altered' | 'fact-to-check' | 'answer-incomplete';
  /** Hard facts and an incomplete answer warn; « à vérifier » items inform. */
  severity: 'warning' | 'info';
  message: Localized;
  /** Text of the proposal the warning points at; none: the first line (the fact is not in the proposal). */
  at?: string;
  /** The fact as the writer may dismiss it (`ignoreFacts`). */
  fact?: string;
}

const KINDS: Record<Fact['kind'], Localized> = {
  number: { fr: 'chiffre', en: 'figure' },
  date: { fr: 'date', en: 'date' },
  quote: { fr: 'citation', en: 'quotation' },
  name: { fr: 'personne', en: 'person' },
};

/**
 * What the diff shows on the proposal: one warning per hard fact (missing, altered, introduced),
 * one information per « à vérifier » item, and — for a cut answer — one warning that says so
 * instead of a list of every fact the missing end would have held.
 */
export function describeFactWarnings(report: RewriteReport): FactWarning[] {
  const warnings: FactWarning[] = [];
  if (report.incomplete) {
    warnings.push({
      code: 'answer-incomplete', severity: 'warning',
      message: {
        fr: `Réponse incomplète : le modèle s’est arrêté après ${report.words} mots. Les faits manquants ne sont pas listés ; relancez la réécriture ou complétez le texte avant d’accepter.`,
        en: `Incomplete answer: the model stopped after ${report.words} words. Missing facts are not listed; rewrite again or complete the text before accepting.`,
      },
    });
  }
  for (const fact of report.missingFacts) {
    warnings.push({
      code: 'fact-missing', severity: 'warning', fact: fact.text,
      message: { fr: `Absent de la proposition : ${showFact(fact)} (${KINDS[fact.kind].fr}) — il figure dans l’original.`, en: `Missing from the proposal: ${showFact(fact)} (${KINDS[fact.kind].en}) — it is in the original.` },
    });
  }
  for (const change of report.alteredFacts) {
    warnings.push({
      code: 'fact-altered', severity: 'warning', at: change.to.text, fact: change.to.text,
      message: { fr: `Modifié : ${showFact(change.to)} au lieu de ${showFact(change.from)} dans l’original (${KINDS[change.kind].fr}).`, en: `Altered: ${showFact(change.to)} where the original says ${showFact(change.from)} (${KINDS[change.kind].en}).` },
    });
  }
  for (const fact of report.introducedFacts) {
    warnings.push({
      code: 'fact-introduced', severity: 'warning', at: fact.text, fact: fact.text,
      message: { fr: `Absent de l’original : ${showFact(fact)} (${KINDS[fact.kind].fr}) — vérifiez-le avant d’accepter.`, en: `Not in the original: ${showFact(fact)} (${KINDS[fact.kind].en}) — check it before accepting.` },
    });
  }
  for (const note of report.factsToCheck) {
    const { fr, en } = describeFactNote(note);
    warnings.push({ code: 'fact-to-check', severity: 'info', ...(note.reason === 'name-missing' ? {} : { at: note.fact.text }), fact: note.fact.text, message: { fr: `À vérifier — ${fr}`, en: `To check — ${en}` } });
  }
  return warnings;
}
