import type { TextEdit } from '../fixes/QuickFix';
import { editOf, insideAddress, proseMatches, typographyApplies } from '../typography/proseMatches';
import { MAX_FINDINGS, reportCapped } from '../typography/reportCapped';
import { defineCheck } from './Check';

// « etc... », « etc… »: « etc. » already says « and so on »; then three or more full stops.
const ETC = /\betc(?:\.{2,}|…)/g;
const DOTS = /(?<![.\w]etc)\.{3,}(?!\.)/g;

/** The points de suspension are one character (…), and « etc. » takes no more of them. */
export default defineCheck<{ maxFindings: number }, { edit: TextEdit; etc: boolean }>({
  id: 'typography-ellipsis',
  title: { fr: 'Points de suspension', en: 'Ellipsis' },
  family: 'typography',
  description: {
    fr: 'Trois points au lieu du caractère « … », ou « etc… » au lieu de « etc. ».',
    en: 'Three full stops instead of the “…” character, or “etc…” instead of “etc.”.',
  },
  passed: {
    fr: 'Les points de suspension sont d’un seul caractère, et « etc. » n’en a pas.',
    en: 'Ellipses are one character, and “etc.” has none.',
  },
  defaultSeverity: 'info',
  // Findings listed per file; the rest are summed up in one (reportCapped). 0: all.
  defaultOptions: { maxFindings: MAX_FINDINGS },
  run({ doc, options, report, skip }) {
    if (!typographyApplies(doc)) return skip();
    const edits = [
      ...proseMatches(doc, ETC, () => 'etc.'),
      ...proseMatches(doc, DOTS, (match, text) => (insideAddress(text, match.index) || /etc$/.test(text.slice(0, match.index)) ? undefined : '…')),
    ].sort((a, b) => a.range.start - b.range.start);
    reportCapped(report, edits, options.maxFindings, (edit) => {
      const etc = edit.match.startsWith('etc');
      return {
        range: edit.range,
        message: etc
          ? { fr: '« etc. » suffit : il dit déjà que la liste continue, sans points de suspension.', en: '“etc.” is enough: it already says the list goes on, with no ellipsis.' }
          : { fr: 'Trois points : en français, le caractère « … » (points de suspension).', en: 'Three full stops: French uses the “…” character (ellipsis).' },
        fix: { edit: editOf(edit), etc },
      };
    });
  },
  fixes: (fix) => [{ title: fix.etc ? { fr: 'Écrire « etc. »', en: 'Write “etc.”' } : { fr: 'Mettre « … »', en: 'Use “…”' }, edits: [fix.edit], preferred: true }],
});
