import { containsPhrase, keyphraseForms } from '../language/fr/matchKeyphrase';
import { defineCheck } from './Check';

/** The first paragraph should name the topic (Yoast SEO: « Keyphrase in introduction »). */
export default defineCheck({
  id: 'keyphrase-in-introduction',
  title: { fr: 'Expression clé dans l’introduction', en: 'Keyphrase in introduction' },
  family: 'seo',
  description: {
    fr: 'Le premier paragraphe ne contient pas l’expression clé.',
    en: 'The first paragraph does not contain the keyphrase.',
  },
  passed: {
    fr: 'Une phrase du premier paragraphe contient l’expression clé ou un synonyme.',
    en: 'A sentence of the first paragraph holds the keyphrase or a synonym.',
  },
  // Yoast scores an introduction without the keyphrase red: readers and search engines should
  // know the topic from the first lines.
  defaultSeverity: 'warning',
  // No threshold: one sentence of the first paragraph holds the keyphrase's content words, in any
  // order and any form, or a synonym's, or none does. Yoast scores words spread over several
  // sentences orange (« not within one sentence »): still a finding.
  defaultOptions: {},
  needsKeyphrase: true,
  run({ doc, report, skip }) {
    const { introduction, keyphrase, synonyms } = doc;
    // A text without a paragraph is `word-count-min`'s finding.
    if (!introduction || !keyphrase) return skip();
    const forms = keyphraseForms(keyphrase.text, synonyms);
    if (forms.length === 0) return skip();
    if (containsPhrase(introduction.block.text, forms, 'sentence')) return;
    const nor = synonyms.length === 0 ? { fr: '', en: '' } : {
      fr: `, ni aucun de ses synonymes (${synonyms.map((synonym) => `« ${synonym} »`).join(', ')})`,
      en: `, nor any of its synonyms (${synonyms.map((synonym) => `“${synonym}”`).join(', ')})`,
    };
    // The first line only: a paragraph can be a whole screen, a squiggle over it all is noise.
    const start = introduction.range.start;
    report({
      range: { start, end: Math.max(start, Math.min(doc.lines.lineEndAt(start), introduction.range.end)) },
      message: {
        fr: `Aucune phrase du premier paragraphe ne contient l’expression clé « ${keyphrase.text} »${nor.fr}. Citez-la dès les premières phrases pour annoncer le sujet.`,
        en: `No sentence of the first paragraph contains the keyphrase “${keyphrase.text}”${nor.en}. Use it in the first sentences to announce the topic.`,
      },
      data: { keyphrase: keyphrase.text, synonyms, paragraph: introduction.range },
    });
  },
});
