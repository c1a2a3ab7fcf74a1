import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

// A line that ends a sentence followed by a line break inside one paragraph.
const SENTENCE_END_THEN_BREAK = /[.!?…»”"][ \t]*\r?\n[ \t]*\S/;

/** Paragraphs of at most 150 words (Yoast SEO's paragraph length assessment). */
export default defineCheck({
  id: 'paragraph-too-long',
  description: {
    fr: 'Un paragraphe compte trop de mots.',
    en: 'A paragraph has too many words.',
  },
  defaultSeverity: 'warning',
  defaultOptions: {
    // Yoast SEO's paragraph length assessment: a paragraph over 150 words is too long.
    max: 150,
  },
  run({ doc, options, report }) {
    for (const paragraph of doc.paragraphs) {
      if (paragraph.words <= options.max) continue;
      const { start, end } = paragraph.range;
      // Text pasted from a word processor or a news site keeps one paragraph per line, which
      // Markdown joins into one paragraph: say so, since the fix is a blank line, not a rewrite.
      const joinedLines = SENTENCE_END_THEN_BREAK.test(doc.text.slice(start, end));
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
      });
    }
  },
});
