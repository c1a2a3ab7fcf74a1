import type { TextEdit } from '../fixes/QuickFix';
import { editOf, insideAddress, proseMatches, typographyApplies } from '../typography/proseMatches';
import { MAX_FINDINGS, reportCapped } from '../typography/reportCapped';
import { defineCheck } from './Check';

const NARROW = '\u202f';
const NBSP = '\u00a0';

// Five digits or more in a row, alone: not part of a word, a code (« n°75056 », « 2003/98/CE »,
// « A75012 »), a decimal or an already grouped number. Four-digit numbers are years or stay whole.
const LONG_NUMBER = /(?<![\p{L}\p{N}°/\\.,\-_#])\d{5,}(?![\p{L}\p{N}/\-_]|[.,]\d)/gu;
// A number and its unit or « % »: none or an ordinary space between them.
const UNITS = '%|‰|€|\\$|£|°C|km²|km|m²|m³|cm|mm|kg|mg|ha|min|Mo|Go|Ko|To|kWh|MW|GW';
const NUMBER_UNIT = new RegExp(`(\\d)( ?)(${UNITS})(?![\\p{L}\\p{N}])`, 'gu');

/** Groups of three digits from the right, joined by a narrow no-break space: 1234567 → 1 234 567. */
function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, NARROW);
}

/**
 * Numbers as French typography writes them: five digits and more grouped by three with a narrow
 * no-break space (« 100 000 », not « 100000 »), and a no-break space between a number and its unit
 * or « % » (« 3,5 % », « 20 km »), so that neither is cut at a line end. Years, codes and numbers
 * inside words or addresses are left alone.
 */
export default defineCheck<{ maxFindings: number }, { edit: TextEdit; kind: 'group' | 'unit' }>({
  id: 'typography-numbers',
  title: { fr: 'Écriture des nombres', en: 'Writing of numbers' },
  family: 'typography',
  description: {
    fr: 'Grand nombre non groupé par trois chiffres, ou espace manquante ou ordinaire entre un nombre et son unité.',
    en: 'Large number not grouped by three digits, or a missing or ordinary space between a number and its unit.',
  },
  passed: {
    fr: 'Les grands nombres sont groupés par trois chiffres, et les unités tiennent à leur nombre.',
    en: 'Large numbers are grouped by three digits, and units stay with their numbers.',
  },
  defaultSeverity: 'info',
  // Findings listed per file; the rest are summed up in one (reportCapped). 0: all.
  defaultOptions: { maxFindings: MAX_FINDINGS },
  run({ doc, options, report, skip }) {
    if (!typographyApplies(doc)) return skip();
    const edits = [
      ...proseMatches(doc, LONG_NUMBER, (match, text) => (insideAddress(text, match.index) ? undefined : group(match[0]))).map((edit) => ({ ...edit, kind: 'group' as const })),
      ...proseMatches(doc, NUMBER_UNIT, (match, text) => {
        const [, digit = '', , unit = ''] = match;
        return insideAddress(text, match.index) ? undefined : `${digit}${NBSP}${unit}`;
      }).map((edit) => ({ ...edit, kind: 'unit' as const })),
    ].sort((a, b) => a.range.start - b.range.start);
    reportCapped(report, edits, options.maxFindings, (edit) => {
      return {
        range: edit.range.start === edit.range.end ? { start: edit.range.start, end: edit.range.start + 1 } : edit.range,
        message: edit.kind === 'group'
          ? { fr: `Nombre de ${edit.match.length} chiffres : en français, groupez-le par trois chiffres avec une espace fine insécable (« ${group(edit.match).replace(/\u202f/g, ' ')} »).`, en: `${edit.match.length}-digit number: French groups it by three digits with a narrow no-break space (“${group(edit.match).replace(/\u202f/g, ' ')}”).` }
          : { fr: 'Entre un nombre et son unité (ou « % »), une espace insécable (U+00A0), qui les garde sur la même ligne.', en: 'Between a number and its unit (or “%”), a no-break space (U+00A0), which keeps them on one line.' },
        fix: { edit: editOf(edit), kind: edit.kind },
      };
    });
  },
  fixes: (fix) => [{ title: fix.kind === 'group' ? { fr: 'Grouper les chiffres', en: 'Group the digits' } : { fr: 'Mettre l’espace insécable', en: 'Use the no-break space' }, edits: [fix.edit], preferred: true }],
});
