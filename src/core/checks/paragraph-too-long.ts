import type { QuickFix, TextEdit } from '../fixes/QuickFix';
import type { Paragraph } from '../markdown/ArticleDocument';
import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

// A line break inside a paragraph, and one that follows the end of a sentence.
const LINE_BREAK = /[ \t]*\r?\n[ \t]*(?=\S)/g;
const SENTENCE_END = /[.!?…»”"]$/;

/**
 * Lines pasted one per paragraph (a word processor, a news site): every line break inside the
 * paragraph follows the end of a sentence. A hard-wrapped paragraph (lines cut mid-sentence, as
 * many writers and these docs wrap) is not one, even when a line happens to end on a period.
 */
function isJoinedLines(text: string): boolean {
  const breaks = [...text.matchAll(LINE_BREAK)];
  return breaks.length > 0 && breaks.every((lineBreak) => SENTENCE_END.test(text.slice(0, lineBreak.index)));
}

/** The fix of a paragraph made of pasted lines: which lines, by where the paragraph starts. */
export interface SplitLinesFix {
  split: 'lines';
}

/** One paragraph per line, as the writer typed it: a blank line after every line break inside it. */
function splitLines(text: string, paragraph: Paragraph | undefined): QuickFix[] {
  const source = paragraph ? text.slice(paragraph.range.start, paragraph.range.end) : '';
  // Inside a list or a quote, a blank line would end the item or the quote: leave those alone.
  if (!paragraph || paragraph.block.inList || /\n[ \t]*>/.test(source)) return [];
  const edits: TextEdit[] = [];
  for (const match of source.matchAll(/[ \t]*(\r?\n)[ \t]*/g)) {
    const start = paragraph.range.start + (match.index ?? 0);
    edits.push({ start, end: start + match[0].length, text: `${match[1]}${match[1]}` });
  }
  if (edits.length === 0) return [];
  return [{ title: { fr: 'Séparer les lignes en paragraphes (ligne vide entre chaque)', en: 'Split the lines into paragraphs (blank line between each)' }, edits, preferred: true }];
}

/** Paragraphs of at most 150 words (Yoast SEO's paragraph length assessment). */
export default defineCheck<{ max: number }, SplitLinesFix>({
  id: 'paragraph-too-long',
  title: { fr: 'Longueur des paragraphes', en: 'Paragraph length' },
  family: 'readability',
  description: {
    fr: 'Un paragraphe compte trop de mots.',
    en: 'A paragraph has too many words.',
  },
  passed: {
    fr: 'Aucun paragraphe n’est trop long.',
    en: 'No paragraph is too long.',
  },
  defaultSeverity: 'warning',
  defaultOptions: {
    // Yoast SEO's paragraph length assessment: a paragraph over 150 words is too long.
    max: 150,
  },
  run({ doc, options, report, skip }) {
    if (doc.paragraphs.length === 0) return skip();
    for (const paragraph of doc.paragraphs) {
      if (paragraph.words <= options.max) continue;
      const { start, end } = paragraph.range;
      // Text pasted from a word processor or a news site keeps one paragraph per line, which
      // Markdown joins into one paragraph: say so, since the fix is a blank line, not a rewrite.
      const joinedLines = isJoinedLines(doc.text.slice(start, end));
      report({
        // The paragraph's first line only: a squiggle over ten lines is noise.
        range: { start, end: doc.lines.lineEndAt(start) },
        message: {
          fr: `Paragraphe de ${nfr(paragraph.words)} mots ; ${nfr(options.max)} au plus attendus. ${joinedLines
            ? 'Ses lignes ne sont séparées que par un retour à la ligne : en Markdown, laissez une ligne vide entre deux paragraphes.'
            : 'Coupez-le en deux à un changement d’idée, ou allégez-le.'}`,
          en: `Paragraph of ${nen(paragraph.words)} words; at most ${nen(options.max)} expected. ${joinedLines
            ? 'Its lines are separated by single line breaks only: in Markdown, leave a blank line between paragraphs.'
            : 'Split it in two where the idea changes, or trim it.'}`,
        },
        data: { words: paragraph.words, max: options.max, joinedLines },
        ...(joinedLines ? { fix: { split: 'lines' } as const } : {}),
      });
    }
  },
  fixes: (_fix, finding, { doc }) => splitLines(doc.text, doc.paragraphs.find((candidate) => candidate.range.start === finding.range.start)),
});
