import type { TextEdit } from '../fixes/QuickFix';
import { blockEdits, editOf, insideAddress, typographyApplies } from '../typography/proseMatches';
import type { ProseChange, TypographyEdit } from '../typography/proseMatches';
import { MAX_FINDINGS, reportCapped } from '../typography/reportCapped';
import { defineCheck } from './Check';
import typographySpaces from './typography-spaces';

const NBSP = '\u00a0';
const NARROW = '\u202f';

// What may stand right before an opening quotation mark and right after a closing one: the start
// or end of the text, a space, a bracket, a dash; after the closing one, punctuation too.
const BEFORE_OPENING = /^$|[\s\u00a0\u202f([{—–\-/]$/u;
const AFTER_CLOSING = /^$|^[\s\u00a0\u202f)\]}.,;:!?…—–\-/]/u;

interface Quotation {
  open: number;
  close: number;
  /** The marks found: straight ("…") or English (“…”). */
  marks: 'straight' | 'english';
  /** Inside « »: the quotation is nested, and French writes it “…”. */
  nested: boolean;
  changes: ProseChange[];
}

/**
 * A closing mark followed by « : », « ; », « ! » or « ? » (perhaps after one space): the space
 * typography-spaces asks before that mark, which it does not ask after a straight mark (« "?" »
 * may be a mark quoted) but does after « » » — so that one pass of the fix-all is the last. Returns
 * where the change ends (past the closing mark and that space) and the space to write.
 */
function spaceAfter(text: string, close: number, high: string): [number, string] {
  const next = /^([ \u00a0\u202f]?)([;!?:])/.exec(text.slice(close + 1, close + 3));
  if (!next) return [close + 1, ''];
  const [, space = '', mark = ''] = next;
  const wanted = mark === ':' ? (space === NARROW ? NARROW : NBSP) : high;
  return [close + 1 + space.length, wanted];
}

/**
 * The quotations of a block's prose that French typography writes otherwise: "…" and “…” at the
 * outer level become « … » (U+00A0 inside, as typography-spaces asks), "…" inside « » becomes
 * “…” (the nested quotation marks, allowed there). Straight marks are paired in order, and a block
 * with an odd number of them is left alone: which one lacks its partner cannot be told.
 */
function findQuotations(text: string, high: string): Quotation[] {
  const quotations: Quotation[] = [];
  // « » depth at each index: an opening « … » of a quotation running over several paragraphs,
  // as French writes it, leaves the rest of the block inside.
  let depth = 0;
  const straight: { at: number; depth: number }[] = [];
  const english: { open: number; depth: number }[] = [];
  const curly: { open: number; close: number; depth: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '«') depth++;
    else if (char === '»') depth = Math.max(0, depth - 1);
    // A straight mark right after a digit is an inch or a second (12", 5'30"), never a quotation's
    // end that Plume could tell apart: it stays, and leaves its block's count odd.
    else if (char === '"') {
      if (/\d/.test(text[i - 1] ?? '')) straight.push({ at: -1, depth });
      else straight.push({ at: i, depth });
    }
    else if (char === '“') english.push({ open: i, depth });
    else if (char === '”') {
      const opening = english.pop();
      if (opening) curly.push({ open: opening.open, close: i, depth: opening.depth });
    }
  }
  const before = (index: number) => text.slice(Math.max(0, index - 1), index);
  const after = (index: number) => text.slice(index + 1, index + 2);
  if (straight.length % 2 === 0 && straight.every((mark) => mark.at >= 0)) {
    for (let i = 0; i + 1 < straight.length; i += 2) {
      const open = straight[i] as { at: number; depth: number };
      const close = straight[i + 1] as { at: number; depth: number };
      if (!BEFORE_OPENING.test(before(open.at)) || !AFTER_CLOSING.test(after(close.at))) continue;
      // A mark inside an address: not a quotation.
      if (insideAddress(text, open.at) || insideAddress(text, close.at)) continue;
      const nested = open.depth > 0;
      // One space typed inside the marks (" oui ") is taken with them; the quotation itself must not be empty.
      const openEnd = /[ \u00a0\u202f]/.test(text[open.at + 1] ?? '') ? open.at + 2 : open.at + 1;
      const closeStart = /[ \u00a0\u202f]/.test(text[close.at - 1] ?? '') ? close.at - 1 : close.at;
      if (closeStart <= openEnd || !/[\p{L}\p{N}]/u.test(text.slice(openEnd, closeStart))) continue;
      const [closeEnd, space] = spaceAfter(text, close.at, high);
      quotations.push({
        open: open.at, close: close.at, marks: 'straight', nested,
        changes: [
          { from: open.at, to: openEnd, replacement: nested ? '“' : `«${NBSP}` },
          { from: closeStart, to: closeEnd, replacement: `${nested ? '”' : `${NBSP}»`}${space}` },
        ],
      });
    }
  }
  for (const pair of curly) {
    // “…” inside « » is the nested quotation French allows.
    if (pair.depth > 0 || !/[\p{L}\p{N}]/u.test(text.slice(pair.open + 1, pair.close))) continue;
    if (/[\s\u00a0\u202f]/.test(text[pair.open + 1] ?? '') || /[\s\u00a0\u202f]/.test(text[pair.close - 1] ?? '')) continue;
    const [closeEnd, space] = spaceAfter(text, pair.close, high);
    quotations.push({
      open: pair.open, close: pair.close, marks: 'english', nested: false,
      changes: [
        { from: pair.open, to: pair.open + 1, replacement: `«${NBSP}` },
        { from: pair.close, to: closeEnd, replacement: `${NBSP}»${space}` },
      ],
    });
  }
  return quotations.sort((a, b) => a.open - b.open);
}

/**
 * French quotations are written between guillemets « » with a no-break space inside (Lexique des
 * règles typographiques en usage à l’Imprimerie nationale); a quotation inside a quotation takes
 * the English marks “ ”. Straight marks ("…"), a typewriter's, and English ones at the outer level
 * are reported, one finding per quotation. Code, URLs, link targets, HTML and front matter are left
 * alone, as is an unpaired straight mark.
 */
export default defineCheck<{ maxFindings: number }, { edits: TextEdit[]; nested: boolean }>({
  id: 'typography-quotes',
  title: { fr: 'Guillemets français', en: 'French quotation marks' },
  family: 'typography',
  description: {
    fr: 'Citation entre guillemets droits ("…") ou anglais (“…”) au lieu des guillemets français « ».',
    en: 'Quotation between straight ("…") or English (“…”) quotation marks instead of French guillemets « ».',
  },
  passed: {
    fr: 'Les citations sont entre guillemets français « ».',
    en: 'Quotations are between French guillemets « ».',
  },
  defaultSeverity: 'info',
  // Findings listed per file; the rest are summed up in one (reportCapped). 0: all.
  defaultOptions: { maxFindings: MAX_FINDINGS },
  run({ doc, options, optionsOf, report, skip }) {
    if (!typographyApplies(doc)) return skip();
    // The space before « ; ! ? » that typography-spaces asks for, as the team set it.
    const high = optionsOf(typographySpaces).narrow ? NARROW : NBSP;
    // Both marks of a quotation or neither: one finding, whose fix carries the two edits.
    const grouped: { nested: boolean; marks: Quotation['marks']; edits: TypographyEdit[] }[] = [];
    for (const block of doc.blocks) {
      // Raw HTML keeps its attributes in the block's text: never touched.
      if (block.kind === 'html') continue;
      for (const quotation of findQuotations(block.text, high)) {
        const edits = blockEdits(doc, block, quotation.changes);
        if (edits.length === 2) grouped.push({ nested: quotation.nested, marks: quotation.marks, edits });
      }
    }
    reportCapped(report, grouped, options.maxFindings, (quotation) => {
      const [open, close] = quotation.edits as [TypographyEdit, TypographyEdit];
      const found = quotation.marks === 'straight' ? { fr: 'Guillemets droits ("…")', en: 'Straight quotation marks ("…")' } : { fr: 'Guillemets anglais (“…”)', en: 'English quotation marks (“…”)' };
      return {
        range: { start: open.range.start, end: close.range.end },
        message: quotation.nested
          ? { fr: `${found.fr} dans une citation : en français, la citation dans la citation s’écrit entre guillemets anglais (“…”).`, en: `${found.en} inside a quotation: French writes a quotation within a quotation between English marks (“…”).` }
          : { fr: `${found.fr} : en français, une citation s’écrit entre guillemets français, avec une espace insécable à l’intérieur (« … »).`, en: `${found.en}: French writes a quotation between guillemets, with a no-break space inside (« … »).` },
        data: { marks: quotation.marks, nested: quotation.nested },
        fix: { edits: [editOf(open), editOf(close)], nested: quotation.nested },
      };
    });
  },
  fixes: (fix) => [{ title: fix.nested ? { fr: 'Mettre les guillemets anglais “ ”', en: 'Use the English marks “ ”' } : { fr: 'Mettre les guillemets français « »', en: 'Use French guillemets « »' }, edits: fix.edits, preferred: true }],
});
