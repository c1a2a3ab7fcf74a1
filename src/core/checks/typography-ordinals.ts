import type { TextEdit } from '../fixes/QuickFix';
import { editOf, insideAddress, proseMatches, startsSentence, typographyApplies } from '../typography/proseMatches';
import type { TypographyEdit } from '../typography/proseMatches';
import { MAX_FINDINGS, reportCapped } from '../typography/reportCapped';
import { defineCheck } from './Check';
import type { Localized } from './Check';

// A number in digits or Roman capitals (« XIX », up to the centuries) and an ordinal ending
// French typography does not write: -ème, -eme, -ième, -ieme, -è (any number but 1, whose gender
// the ending does not tell), -ère, -ere (1 only), -nd, -nde (2 only).
const ORDINAL = /(?<![\p{L}\p{N}_])(\d+|[IVXL]+)(ièmes?|iemes?|èmes?|emes?|è|ndes?|nds?|ères?|eres?)(?![\p{L}\p{N}_])/gu;
// « Mr » (the English Mister), « Mme. », « Mlle. », « Melle » before a name.
const MISTER = /(?<![\p{L}\p{N}_])Mr\.?(?= \p{Lu})/gu;
const DOTTED = /(?<![\p{L}\p{N}_])(?:Mmes?|Mlles?)\.(?= \p{Lu})/gu;
const MELLE = /(?<![\p{L}\p{N}_])Melles?(?= \p{Lu})/gu;
// « numéro » before a number: « No 5 », « No. 5 », « no 5 », « N° 5 » inside a sentence.
const NUMERO = /(?<![\p{L}\p{N}_])(?:N°|No\.?|no\.?)(?= ?\d)/gu;

type Kind = 'ordinal' | 'mister' | 'dotted' | 'melle' | 'numero';

/** The ordinal ending French writes for `number` + `ending`, if it differs and is known. */
function ordinalFor(number: string, ending: string): string | undefined {
  const first = number === '1' || number === 'I';
  const plural = ending.endsWith('s') ? 's' : '';
  if (/^i?[eè]mes?$|^è$/.test(ending)) return first ? undefined : `${number}e${plural}`;
  if (/^[eè]res?$/.test(ending)) return first ? `${number}re${plural}` : undefined;
  if (/^nde?s?$/.test(ending)) return number === '2' || number === 'II' ? `${number}${ending.startsWith('nde') ? 'de' : 'd'}${plural}` : undefined;
  return undefined;
}

const MESSAGES: Record<Kind, (found: string, wanted: string) => Localized> = {
  ordinal: (found, wanted) => ({
    fr: `« ${found} » : en français, l’ordinal s’abrège « ${wanted} » (1er, 1re, 2e, 2d, 2de, XXIe).`,
    en: `“${found}”: French abbreviates the ordinal as “${wanted}” (1er, 1re, 2e, 2d, 2de, XXIe).`,
  }),
  mister: (found) => ({ fr: `« ${found} » est l’abréviation anglaise de « Mister » : en français, « Monsieur » s’abrège « M. ».`, en: `“${found}” is the English abbreviation: French abbreviates « Monsieur » as “M.”.` }),
  dotted: (found, wanted) => ({ fr: `« ${found} » : une abréviation qui finit par la dernière lettre du mot ne prend pas de point, écrivez « ${wanted} ».`, en: `“${found}”: an abbreviation that ends with the word’s last letter takes no full stop, write “${wanted}”.` }),
  melle: (found, wanted) => ({ fr: `« ${found} » : « Mademoiselle » s’abrège « ${wanted} ».`, en: `“${found}”: French abbreviates « Mademoiselle » as “${wanted}”.` }),
  numero: (found, wanted) => ({ fr: `« ${found} » : devant un nombre, « numéro » s’abrège « ${wanted} ».`, en: `“${found}”: before a number, French abbreviates « numéro » as “${wanted}”.` }),
};

/**
 * Ordinals and abbreviations as French typography writes them (Lexique des règles typographiques
 * en usage à l’Imprimerie nationale): 1er, 1re, 2e, 2d, 2de, XXIe (not 2ème, 2nd, XXème), M.
 * (not Mr), Mme and Mlle (no full stop, not Melle), n° before a number. Markdown cannot raise the
 * letters, so the ending stays on the line (« 2e », « n° »); « 2d » and « 2de » keep the word
 * « second », which « 2e » would change.
 */
export default defineCheck<{ maxFindings: number }, { edit: TextEdit; kind: Kind; found: string; wanted: string }>({
  id: 'typography-ordinals',
  title: { fr: 'Ordinaux et abréviations', en: 'Ordinals and abbreviations' },
  family: 'typography',
  description: {
    fr: 'Ordinal ou abréviation mal écrits : « 2ème », « 1ère », « 2nd », « Mr », « Mme. », « Melle », « No 5 » au lieu de « 2e », « 1re », « 2d », « M. », « Mme », « Mlle », « n° 5 ».',
    en: 'Badly written ordinal or abbreviation: “2ème”, “1ère”, “2nd”, “Mr”, “Mme.”, “Melle”, “No 5” instead of “2e”, “1re”, “2d”, “M.”, “Mme”, “Mlle”, “n° 5”.',
  },
  passed: {
    fr: 'Les ordinaux et les abréviations sont écrits à la française.',
    en: 'Ordinals and abbreviations are written the French way.',
  },
  defaultSeverity: 'info',
  // Findings listed per file; the rest are summed up in one (reportCapped). 0: all.
  defaultOptions: { maxFindings: MAX_FINDINGS },
  run({ doc, options, report, skip }) {
    if (!typographyApplies(doc)) return skip();
    const tagged = (kind: Kind) => (edit: TypographyEdit) => ({ ...edit, kind });
    const edits = [
      ...proseMatches(doc, ORDINAL, (match, text) => (insideAddress(text, match.index) ? undefined : ordinalFor(match[1] ?? '', match[2] ?? ''))).map(tagged('ordinal')),
      ...proseMatches(doc, MISTER, () => 'M.').map(tagged('mister')),
      ...proseMatches(doc, DOTTED, (match) => match[0].slice(0, -1)).map(tagged('dotted')),
      // Melle is also a town (Deux-Sèvres): not after « à », « de », « en »…
      ...proseMatches(doc, MELLE, (match, text) => (/(?:^|[\s\u00a0])(?:à|de|d[’']|en|vers|sur|près de|depuis)[\s\u00a0]*$/iu.test(text.slice(0, match.index)) ? undefined : match[0].replace('Melle', 'Mlle'))).map(tagged('melle')),
      ...proseMatches(doc, NUMERO, (match, text) => (insideAddress(text, match.index) ? undefined : startsSentence(text, match.index) ? 'N°' : 'n°')).map(tagged('numero')),
    ].sort((a, b) => a.range.start - b.range.start);
    reportCapped(report, edits, options.maxFindings, (edit) => {
      const { wanted } = edit;
      return {
        range: edit.range.start === edit.range.end ? { start: edit.range.start, end: edit.range.start + 1 } : edit.range,
        message: MESSAGES[edit.kind](edit.match, wanted),
        data: { found: edit.match, wanted },
        fix: { edit: editOf(edit), kind: edit.kind, found: edit.match, wanted },
      };
    });
  },
  fixes: (fix) => [{ title: { fr: `Écrire « ${fix.wanted} »`, en: `Write “${fix.wanted}”` }, edits: [fix.edit], preferred: true }],
});

