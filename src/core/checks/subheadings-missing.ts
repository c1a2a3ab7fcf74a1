import { isSubheading } from '../language/fr/readerText';
import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

/** A long text needs H2/H3 subheadings so readers can scan it (Yoast SEO's subheading distribution). */
export default defineCheck({
  id: 'subheadings-missing',
  title: { fr: 'Présence d’intertitres', en: 'Use of subheadings' },
  family: 'readability',
  description: {
    fr: 'Le texte est long mais n’a aucun intertitre (H2 ou H3).',
    en: 'The text is long but has no subheading (H2 or H3).',
  },
  passed: {
    fr: 'Le texte a des intertitres, ou il est assez court pour s’en passer.',
    en: 'The text has subheadings, or is short enough to do without.',
  },
  defaultSeverity: 'warning',
  defaultOptions: {
    // Yoast SEO's subheading distribution: a text over 300 words with no subheading is a problem.
    minWords: 300,
  },
  run({ doc, options, report, skip }) {
    const words = doc.wordCount;
    if (words <= options.minWords) return skip();
    // Yoast counts H2 and H3 as subheadings; an H4 alone does not structure a text.
    if (doc.headings.some((heading) => isSubheading(heading.level))) return;
    const suggested = Math.max(1, Math.ceil(words / options.minWords) - 1);
    report({
      range: doc.bodyStartRange,
      message: {
        fr: `${nfr(words)} mots sans aucun intertitre ; au-delà de ${nfr(options.minWords)} mots, des intertitres (## Intertitre) sont attendus. Découpez le texte en parties avec environ ${nfr(suggested)} intertitre${suggested > 1 ? 's' : ''} de niveau 2.`,
        en: `${nen(words)} words without any subheading; past ${nen(options.minWords)} words, subheadings (## Subheading) are expected. Split the text into parts with about ${nen(suggested)} level-2 subheading${suggested > 1 ? 's' : ''}.`,
      },
      data: { words, minWords: options.minWords, suggestedLevel: 2 },
    });
  },
});
