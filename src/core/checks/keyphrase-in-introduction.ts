import { containsPhrase, normalizePhrase } from '../language/fr/matchKeyphrase';
import { defineCheck } from './Check';

/** The first paragraph should name the topic (Yoast SEO: « Keyphrase in introduction »). */
export default defineCheck({
  id: 'keyphrase-in-introduction',
  description: {
    fr: 'Le premier paragraphe ne contient pas l’expression clé.',
    en: 'The first paragraph does not contain the keyphrase.',
  },
  // Yoast scores an introduction without the keyphrase red: readers and search engines should
  // know the topic from the first lines.
  defaultSeverity: 'warning',
  // No threshold: the keyphrase is in the first paragraph (case, accents and elisions ignored) or not.
  defaultOptions: {},
  needsKeyphrase: true,
  run({ doc, report }) {
    const { introduction, keyphrase } = doc;
    // A text without a paragraph is `word-count-min`'s finding.
    if (!introduction || !keyphrase) return;
    const phrase = normalizePhrase(keyphrase.text);
    if (phrase.length === 0 || containsPhrase(introduction.block.text, phrase)) return;
    // The first line only: a paragraph can be a whole screen, a squiggle over it all is noise.
    const start = introduction.range.start;
    report({
      range: { start, end: Math.max(start, Math.min(doc.lines.lineEndAt(start), introduction.range.end)) },
      message: {
        fr: `Le premier paragraphe ne contient pas l’expression clé « ${keyphrase.text} ». Citez-la dès les premières phrases pour annoncer le sujet.`,
        en: `The first paragraph does not contain the keyphrase “${keyphrase.text}”. Use it in the first sentences to announce the topic.`,
      },
      data: { keyphrase: keyphrase.text, paragraph: introduction.range },
    });
  },
});
