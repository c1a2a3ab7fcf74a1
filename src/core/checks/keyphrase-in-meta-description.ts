import { containsPhrase, normalizePhrase } from '../language/fr/matchKeyphrase';
import { defineCheck } from './Check';

/** The meta description should carry the focus keyphrase (Yoast SEO: « Keyphrase in meta description »). */
export default defineCheck({
  id: 'keyphrase-in-meta-description',
  description: {
    fr: 'La méta-description ne contient pas l’expression clé.',
    en: 'The meta description does not contain the keyphrase.',
  },
  // Google bolds the searched words in the snippet: a description without them draws fewer clicks.
  defaultSeverity: 'warning',
  // No threshold: the keyphrase is in the description (case, accents and elisions ignored) or not.
  defaultOptions: {},
  needsKeyphrase: true,
  run({ doc, report }) {
    const { description, keyphrase } = doc;
    // No description at all is `meta-description-missing`'s finding, not this one's.
    if (!description || !keyphrase) return;
    const phrase = normalizePhrase(keyphrase.text);
    if (phrase.length === 0 || containsPhrase(description.text, phrase)) return;
    report({
      range: description.range,
      message: {
        fr: `La méta-description ne contient pas l’expression clé « ${keyphrase.text} ». Reformulez-la pour l’y inclure, idéalement dans sa première phrase.`,
        en: `The meta description does not contain the keyphrase “${keyphrase.text}”. Rephrase it to include the keyphrase, ideally in its first sentence.`,
      },
      data: { keyphrase: keyphrase.text, key: description.key },
    });
  },
});
