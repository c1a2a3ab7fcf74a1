import { containsPhrase, normalizePhrase } from '../language/fr/matchKeyphrase';
import { defineCheck } from './Check';

/** The SEO title should carry the focus keyphrase (Yoast SEO: « Keyphrase in SEO title »). */
export default defineCheck({
  id: 'keyphrase-in-title',
  description: {
    fr: 'Le titre SEO ne contient pas l’expression clé.',
    en: 'The SEO title does not contain the keyphrase.',
  },
  // Yoast scores a title without the keyphrase red; a warning, since the article still reads well.
  defaultSeverity: 'warning',
  // No threshold: the keyphrase is in the title (case, accents and elisions ignored) or not.
  defaultOptions: {},
  needsKeyphrase: true,
  run({ doc, report }) {
    const { title, keyphrase } = doc;
    // No title at all is `title-missing`'s finding, not this one's.
    if (!title || !keyphrase) return;
    const phrase = normalizePhrase(keyphrase.text);
    if (phrase.length === 0 || containsPhrase(title.text, phrase)) return;
    report({
      range: title.range,
      message: {
        fr: `Le titre « ${title.text} » ne contient pas l’expression clé « ${keyphrase.text} ». Placez-la dans le titre, de préférence au début.`,
        en: `The title “${title.text}” does not contain the keyphrase “${keyphrase.text}”. Put it in the title, preferably at the start.`,
      },
      data: { keyphrase: keyphrase.text, title: title.text, source: title.source },
    });
  },
});
