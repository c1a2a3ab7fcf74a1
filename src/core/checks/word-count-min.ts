import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

export default defineCheck({
  id: 'word-count-min',
  title: { fr: 'Longueur du texte', en: 'Text length' },
  family: 'seo',
  description: {
    fr: 'Le texte compte moins de mots que le minimum demandé.',
    en: 'The text has fewer words than the required minimum.',
  },
  passed: {
    fr: 'Le texte atteint le nombre de mots minimum.',
    en: 'The text reaches the minimum word count.',
  },
  defaultSeverity: 'warning',
  defaultOptions: {
    // 700 is what the person Plume is built for asks of an article; Yoast's own floor for a
    // post is 300 words (green from 300). `minWords` in .plumerc.json sets it.
    min: 700,
  },
  run({ doc, options, report }) {
    const words = doc.wordCount;
    if (words >= options.min) return;
    const missing = options.min - words;
    report({
      range: doc.bodyStartRange,
      message: {
        fr: `${nfr(words)} mots ; ${nfr(options.min)} attendus au minimum. Développez le texte d’environ ${nfr(missing)} mots (exemples, contexte, explications).`,
        en: `${nen(words)} words; at least ${nen(options.min)} expected. Expand the text by about ${nen(missing)} words (examples, context, explanations).`,
      },
      data: { words, min: options.min },
    });
  },
});
