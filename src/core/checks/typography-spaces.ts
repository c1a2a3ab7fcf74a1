import type { TextEdit } from '../fixes/QuickFix';
import { editOf, insideAddress, proseMatches, typographyApplies } from '../typography/proseMatches';
import { MAX_FINDINGS, reportCapped } from '../typography/reportCapped';
import { defineCheck } from './Check';

const NARROW = '\u202f';
const NBSP = '\u00a0';

// Before « ; », « ! », « ? » (a run of them: « ?! ») and « : », after « « » and before « » »: the
// character before (not a space), the space there (none, one space of some kind), the mark.
const BEFORE_MARK = /([^\s\u00a0\u202f])([ \u00a0\u202f]?)([;!?]+|:)/g;
const AFTER_OPENING = /«([ \u00a0\u202f]?)(?=[^\s\u00a0\u202f])/g;
const BEFORE_CLOSING = /([^\s\u00a0\u202f])([ \u00a0\u202f]?)»/g;

/**
 * French puts a no-break space before the high punctuation marks and inside « » (Lexique des
 * règles typographiques en usage à l’Imprimerie nationale): a narrow one (U+202F) before « ; »,
 * « ! » and « ? », a word-wide one (U+00A0) before « : » and inside guillemets — where a narrow one
 * is accepted too — so that the mark never starts a line alone. Code, URLs, link targets, HTML and
 * front matter are left alone.
 */
export default defineCheck<{ narrow: boolean; maxFindings: number }, { edit: TextEdit }>({
  id: 'typography-spaces',
  title: { fr: 'Espaces de la ponctuation', en: 'Spaces around punctuation' },
  family: 'typography',
  description: {
    fr: 'Espace insécable manquante ou ordinaire avant « ; », « ! », « ? », « : » ou à l’intérieur des guillemets.',
    en: 'No-break space missing or ordinary before “;”, “!”, “?”, “:” or inside French quotation marks.',
  },
  passed: {
    fr: 'La ponctuation haute et les guillemets ont leurs espaces insécables.',
    en: 'High punctuation and quotation marks have their no-break spaces.',
  },
  // Advice on every mark: information, fixed one by one or all at once.
  defaultSeverity: 'info',
  defaultOptions: {
    // The Imprimerie nationale's narrow no-break space before ; ! ?; a team whose fonts or CMS
    // show it badly may choose the word-wide one everywhere (false).
    narrow: true,
    // Findings listed per file; the rest are summed up in one (reportCapped). 0: all.
    maxFindings: MAX_FINDINGS,
  },
  run({ doc, options, report, skip }) {
    if (!typographyApplies(doc)) return skip();
    const high = options.narrow ? NARROW : NBSP;
    const edits = [
      ...proseMatches(doc, BEFORE_MARK, (match, text) => {
        const [, before = '', space = '', marks = ''] = match;
        const after = text[match.index + match[0].length] ?? '';
        const colon = marks === ':';
        // 10:30, 1:2, http://, a smiley: not French punctuation.
        if (colon && /\d/.test(before) && /\d/.test(after)) return undefined;
        if (colon && after === '/') return undefined;
        const afterNext = text[match.index + match[0].length + 1] ?? '';
        if ((marks === ':' || marks === ';') && (/^[()]$/.test(after) || (/^[-DPp]$/.test(after) && !/\p{L}/u.test(afterNext)))) return undefined;
        if (insideAddress(text, match.index + 1)) return undefined;
        // An emoji shortcode (« :elephant: ») opens and closes with colons of its own.
        const colonAt = match.index + match[0].length - 1;
        if (colon && (/^:[a-z0-9_+-]+:/i.test(text.slice(colonAt)) || /:[a-z0-9_+-]+:$/i.test(text.slice(0, colonAt + 1)))) return undefined;
        // « ?! » after a word is one run; a mark after an opening bracket or another mark is not spaced.
        if (/[([{«"“'’]/.test(before)) return undefined;
        const wanted = colon ? (space === NARROW ? NARROW : NBSP) : high;
        return `${before}${wanted}${marks}`;
      }).map((edit) => ({ ...edit, mark: edit.match.replace(/^[^;!?:]*[ \u00a0\u202f]?/, '').charAt(0), side: 'before' as const })),
      ...proseMatches(doc, AFTER_OPENING, (match) => (match[1] === NARROW ? undefined : `«${NBSP}`)).map((edit) => ({ ...edit, mark: '«', side: 'after' as const })),
      ...proseMatches(doc, BEFORE_CLOSING, (match) => {
        const [, before = '', space = ''] = match;
        return space === NARROW ? undefined : `${before}${NBSP}»`;
      }).map((edit) => ({ ...edit, mark: '»', side: 'before' as const })),
    ].sort((a, b) => a.range.start - b.range.start);
    reportCapped(report, edits, options.maxFindings, (edit) => {
      const { mark } = edit;
      const narrowWanted = edit.replacement.includes(NARROW);
      const where = { fr: edit.side === 'after' ? `après « ${mark} »` : `avant « ${mark} »`, en: edit.side === 'after' ? `after “${mark}”` : `before “${mark}”` };
      // None, an ordinary one, or a no-break space of the other width.
      const what = edit.found === '' ? { fr: 'Espace manquante', en: 'Missing space' } : edit.found === ' ' ? { fr: 'Espace ordinaire', en: 'Ordinary space' } : { fr: 'Espace insécable d’une autre largeur', en: 'No-break space of the other width' };
      return {
        range: edit.range.start === edit.range.end ? { start: edit.range.start, end: edit.range.start + 1 } : edit.range,
        message: {
          fr: `${what.fr} ${where.fr} : en français, une espace ${narrowWanted ? 'fine insécable (U+202F)' : 'insécable (U+00A0)'}, qui garde le signe avec son mot en fin de ligne.`,
          en: `${what.en} ${where.en}: French uses a ${narrowWanted ? 'narrow no-break space (U+202F)' : 'no-break space (U+00A0)'}, which keeps the mark with its word at a line end.`,
        },
        fix: { edit: editOf(edit) },
      };
    });
  },
  fixes: (fix) => [{ title: { fr: 'Mettre l’espace insécable', en: 'Use the no-break space' }, edits: [fix.edit], preferred: true }],
});
