import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

/** Kandel–Moles reading ease, the French Flesch score Yoast SEO uses for French texts. */
export default defineCheck({
  id: 'readability-fr',
  title: { fr: 'Facilité de lecture', en: 'Reading ease' },
  family: 'readability',
  description: {
    fr: 'Le texte est difficile à lire (indice de Kandel et Moles trop bas).',
    en: 'The text is hard to read (Kandel–Moles reading ease too low).',
  },
  passed: {
    fr: 'Le texte n’est pas difficile à lire, ou il est trop court pour être noté.',
    en: 'The text is not hard to read, or is too short to score.',
  },
  // A reading score is advice, not a defect: information.
  defaultSeverity: 'info',
  defaultOptions: {
    // Yoast SEO's Flesch reading ease for French (Kandel–Moles): below 50 is « difficile ».
    min: 50,
    // Under about 100 words the score swings by tens of points with one sentence: no verdict.
    minWords: 100,
  },
  run({ doc, options, report, skip }) {
    if (doc.wordCount < options.minWords) return skip();
    // Compared as shown (one decimal), so « 50 » is never reported as under 50.
    const score = Math.round(doc.readingEase * 10) / 10;
    if (Number.isNaN(score)) return skip();
    if (score >= options.min) return;
    // The raw score can leave 0–100 (legal prose goes negative): shown clamped, as Yoast does.
    const shown = Math.min(100, Math.max(0, score));
    report({
      range: doc.bodyStartRange,
      message: {
        fr: `Facilité de lecture (Kandel et Moles) : ${nfr(shown)} ; ${nfr(options.min)} au moins attendu. Raccourcissez les phrases et préférez des mots courts et courants.`,
        en: `Reading ease (Kandel–Moles): ${nen(shown)}; at least ${nen(options.min)} expected. Use shorter sentences and shorter, everyday words.`,
      },
      data: { score, min: options.min, words: doc.wordCount },
    });
  },
});
