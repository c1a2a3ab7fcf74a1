import { containsPhrase, keyphraseForms } from '../language/fr/matchKeyphrase';
import { defineCheck } from './Check';

/** The meta description should carry the focus keyphrase (Yoast SEO: « Keyphrase in meta description »). */
export default defineCheck({
  id: 'keyphrase-in-meta-description',
  title: { fr: 'Expression clé dans la méta-description', en: 'Keyphrase in meta description' },
  family: 'seo',
  description: {
    fr: 'La méta-description ne contient pas l’expression clé.',
    en: 'The meta description does not contain the keyphrase.',
  },
  passed: {
    fr: 'La méta-description contient l’expression clé ou un synonyme.',
    en: 'The meta description holds the keyphrase or a synonym.',
  },
  // Google bolds the searched words in the snippet: a description without them draws fewer clicks.
  defaultSeverity: 'warning',
  // No threshold: one sentence of the description holds the keyphrase's content words, in any order
  // and any form, or a synonym's (Yoast counts such sentences), or none does.
  defaultOptions: {},
  needsKeyphrase: true,
  run({ doc, report, skip }) {
    const { description, keyphrase, synonyms } = doc;
    // No description at all is `meta-description-missing`'s finding, not this one's.
    if (!description || !keyphrase) return skip();
    const forms = keyphraseForms(keyphrase.text, synonyms);
    if (forms.length === 0) return skip();
    if (containsPhrase(description.text, forms, 'sentence')) return;
    const nor = synonyms.length === 0 ? { fr: '', en: '' } : {
      fr: `, ni aucun de ses synonymes (${synonyms.map((synonym) => `« ${synonym} »`).join(', ')})`,
      en: `, nor any of its synonyms (${synonyms.map((synonym) => `“${synonym}”`).join(', ')})`,
    };
    report({
      range: description.range,
      message: {
        fr: `La méta-description ne contient pas l’expression clé « ${keyphrase.text} »${nor.fr}. Reformulez-la pour l’y inclure, idéalement dans sa première phrase.`,
        en: `The meta description does not contain the keyphrase “${keyphrase.text}”${nor.en}. Rephrase it to include the keyphrase, ideally in its first sentence.`,
      },
      data: { keyphrase: keyphrase.text, synonyms, key: description.key },
    });
  },
});
