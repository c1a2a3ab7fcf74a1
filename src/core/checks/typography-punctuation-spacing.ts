import type { TextEdit } from '../fixes/QuickFix';
import { blockEdits, editOf, insideAddress, tokenAround, typographyApplies } from '../typography/proseMatches';
import type { ProseChange, TypographyEdit } from '../typography/proseMatches';
import { MAX_FINDINGS, reportCapped } from '../typography/reportCapped';
import { defineCheck } from './Check';

// Spaces between a word (or a closing mark) and « , » or « . » that ends there: followed by a
// space, the end, a closing mark or other punctuation — not by a letter or a digit (« .NET »,
// « les fichiers .md », « ,5 ») nor by another full stop (« ... », typography-ellipsis's).
const SPACE_BEFORE = /([^\s\u00a0\u202f([{«“])([ \u00a0\u202f]+)([,.])(?![.\p{L}\p{N}_/\\])/gu;
// « , » glued to the next word: a letter or a closing mark before, a letter after (« 3,5 » and
// « 1,2,3 » are numbers). Each pattern here starts with its punctuation and looks behind after
// it: V8 tries a pattern that starts with a lookbehind or a class at every position of the text,
// and these were the costliest part of the check (STOP_GLUED 90× slower on the French corpus).
const COMMA_GLUED = /,(?=\p{L})(?<=[\p{L})»”],)/gu;
// « . » glued to the next sentence: a word of two letters or more with a lower-case one before
// (not an initial « M. » or « J.-P. », nor « S.N.C.F. »), a capitalised word after (not « index.md »,
// « exemple.fr », « ASP.NET »).
const STOP_GLUED = /\.(?=\p{Lu}\p{Ll})(?<=(?:\p{L}\p{Ll}|\p{Ll}\p{L})\.)/gu;
// The space on the wrong side: « mot ,mot », « tard .Il » (a capitalised word after the full stop,
// as STOP_GLUED asks, so that « la version .NET » or « les fichiers .md » stay).
const SPACE_MOVED = / (?<=[\p{L}\p{N})»”] )(?:(,)(?=\p{L})|(\.)(?=\p{Lu}\p{Ll}))/gu;
// Two spaces or more after « , » or « . » inside a line: one is enough. A Markdown hard break
// (spaces then a line end) is not prose and is never seen here.
const DOUBLE_AFTER = /([,.])( {2,})(?=[^\s\u00a0\u202f])/gu;

type Kind = 'before' | 'missing' | 'moved' | 'double';

/** The changes of one block's prose, each tagged with what it fixes. */
function findChanges(text: string): (ProseChange & { kind: Kind; mark: string })[] {
  const changes: (ProseChange & { kind: Kind; mark: string })[] = [];
  for (const match of text.matchAll(SPACE_BEFORE)) {
    const [, before = '', spaces = '', mark = ''] = match;
    const at = match.index;
    if (insideAddress(text, at + before.length + spaces.length)) continue;
    changes.push({ from: at, to: at + match[0].length, replacement: `${before}${mark}`, kind: 'before', mark });
  }
  for (const match of text.matchAll(SPACE_MOVED)) {
    const mark = match[1] ?? match[2] ?? '';
    if (insideAddress(text, match.index + 1)) continue;
    changes.push({ from: match.index, to: match.index + 2, replacement: `${mark} `, kind: 'moved', mark });
  }
  for (const pattern of [COMMA_GLUED, STOP_GLUED]) {
    for (const match of text.matchAll(pattern)) {
      const at = match.index + match[0].length - 1;
      // An address, a file name or an identifier written as text: its punctuation is its own.
      if (insideAddress(text, at) || /[/\\@_]/.test(tokenAround(text, at))) continue;
      changes.push({ from: at + 1, to: at + 1, replacement: ' ', insertion: 'adjacent', kind: 'missing', mark: text[at] ?? '' });
    }
  }
  for (const match of text.matchAll(DOUBLE_AFTER)) {
    const [, mark = '', spaces = ''] = match;
    changes.push({ from: match.index + 1, to: match.index + 1 + spaces.length, replacement: ' ', kind: 'double', mark });
  }
  return changes.sort((a, b) => a.from - b.from);
}

/**
 * French puts no space before « , » and « . » and one after (Lexique des règles typographiques en
 * usage à l’Imprimerie nationale, the table of spaces). Decimal numbers, initials and abbreviations
 * (« M. Dupont »), file names and addresses (« index.md », « exemple.fr »), ellipses and the end of
 * a paragraph are left alone, as is anything next to inline formatting that a space would break.
 */
export default defineCheck<{ maxFindings: number }, { edit: TextEdit; kind: Kind; mark: string }>({
  id: 'typography-punctuation-spacing',
  title: { fr: 'Espaces autour de la virgule et du point', en: 'Spaces around commas and full stops' },
  family: 'typography',
  description: {
    fr: 'Espace avant « , » ou « . », espace manquante après, ou deux espaces après.',
    en: 'Space before “,” or “.”, missing space after them, or two spaces after.',
  },
  passed: {
    fr: 'Les virgules et les points sont collés au mot qui précède et suivis d’une espace.',
    en: 'Commas and full stops stick to the word before and are followed by one space.',
  },
  defaultSeverity: 'info',
  // Findings listed per file; the rest are summed up in one (reportCapped). 0: all.
  defaultOptions: { maxFindings: MAX_FINDINGS },
  run({ doc, options, report, skip }) {
    if (!typographyApplies(doc)) return skip();
    const edits: (TypographyEdit & { kind: Kind; mark: string })[] = [];
    for (const block of doc.blocks) {
      // Raw HTML keeps its attributes in the block's text: never touched.
      if (block.kind === 'html') continue;
      for (const change of findChanges(block.text)) {
        const [edit] = blockEdits(doc, block, [change]);
        if (edit) edits.push({ ...edit, kind: change.kind, mark: change.mark });
      }
    }
    edits.sort((a, b) => a.range.start - b.range.start);
    reportCapped(report, edits, options.maxFindings, (edit) => {
      const mark = { fr: `« ${edit.mark} »`, en: `“${edit.mark}”` };
      return {
        range: edit.range.start === edit.range.end ? { start: edit.range.start, end: edit.range.start + 1 } : edit.range,
        message: edit.kind === 'before'
          ? { fr: `Espace avant ${mark.fr} : en français, la virgule et le point se collent au mot qui précède.`, en: `Space before ${mark.en}: French puts no space before a comma or a full stop.` }
          : edit.kind === 'missing'
            ? { fr: `Espace manquante après ${mark.fr} : en français, une espace suit la virgule et le point.`, en: `Missing space after ${mark.en}: French puts one space after a comma or a full stop.` }
            : edit.kind === 'moved'
              ? { fr: `Espace avant ${mark.fr} au lieu d’après : en français, la virgule et le point se collent au mot qui précède et une espace les suit.`, en: `Space before ${mark.en} instead of after: French puts no space before a comma or a full stop, and one after.` }
              : { fr: `Plusieurs espaces après ${mark.fr} : une seule suffit.`, en: `Several spaces after ${mark.en}: one is enough.` },
        data: { kind: edit.kind, mark: edit.mark },
        fix: { edit: editOf(edit), kind: edit.kind, mark: edit.mark },
      };
    });
  },
  fixes: (fix) => [{
    title: { before: { fr: 'Supprimer l’espace', en: 'Remove the space' }, missing: { fr: 'Ajouter l’espace', en: 'Add the space' }, moved: { fr: 'Mettre l’espace après le signe', en: 'Put the space after the mark' }, double: { fr: 'Ne garder qu’une espace', en: 'Keep one space' } }[fix.kind],
    edits: [fix.edit],
    preferred: true,
  }],
});
