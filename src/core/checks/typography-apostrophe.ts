import type { TextEdit } from '../fixes/QuickFix';
import { editOf, insideAddress, proseMatches, typographyApplies } from '../typography/proseMatches';
import { MAX_FINDINGS, reportCapped } from '../typography/reportCapped';
import { defineCheck } from './Check';

// A straight apostrophe between two letters: « l'État », « aujourd'hui », « qu'il ».
// The apostrophe first, the letter before it looked behind: a pattern that starts with a class
// is tried at every position of the text (ten times slower on the French corpus).
const STRAIGHT = /'(?=\p{L})(?<=\p{L}')/gu;

/** French prose writes the typographic apostrophe (’), never the typewriter one ('). */
export default defineCheck<{ maxFindings: number }, { edit: TextEdit }>({
  id: 'typography-apostrophe',
  title: { fr: 'Apostrophe typographique', en: 'Typographic apostrophe' },
  family: 'typography',
  description: {
    fr: 'Apostrophe droite (\') au lieu de l’apostrophe typographique (’).',
    en: 'Straight apostrophe (\') instead of the typographic one (’).',
  },
  passed: {
    fr: 'Les apostrophes du texte sont typographiques.',
    en: 'The text’s apostrophes are typographic.',
  },
  defaultSeverity: 'info',
  // Findings listed per file; the rest are summed up in one (reportCapped). 0: all.
  defaultOptions: { maxFindings: MAX_FINDINGS },
  run({ doc, options, report, skip }) {
    if (!typographyApplies(doc)) return skip();
    const edits = proseMatches(doc, STRAIGHT, (match, text) => (insideAddress(text, match.index) ? undefined : '’'));
    reportCapped(report, edits, options.maxFindings, (edit) => {
      return {
        range: edit.range,
        message: {
          fr: 'Apostrophe droite : en français, l’apostrophe typographique (’).',
          en: 'Straight apostrophe: French uses the typographic apostrophe (’).',
        },
        fix: { edit: editOf(edit) },
      };
    });
  },
  fixes: (fix) => [{ title: { fr: 'Mettre l’apostrophe typographique', en: 'Use the typographic apostrophe' }, edits: [fix.edit], preferred: true }],
});
