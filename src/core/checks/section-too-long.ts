import type { ArticleDocument, Section } from '../markdown/ArticleDocument';
import { isSubheading } from '../language/fr/readerText';
import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

/** Offset of the block boundary closest to the middle of the section's words: where a subheading fits. */
function middleOf(doc: ArticleDocument, section: Section): number | undefined {
  let before = 0;
  let best: { offset: number; distance: number } | undefined;
  section.blocks.forEach((block, index) => {
    const distance = Math.abs(before - section.words / 2);
    if (index > 0 && (!best || distance < best.distance)) best = { offset: block.range.start, distance };
    before += doc.blockWords[doc.blocks.indexOf(block)]?.length ?? 0;
  });
  return best?.offset;
}

/** No more than 300 words under one heading (Yoast SEO's subheading distribution). */
export default defineCheck({
  id: 'section-too-long',
  title: { fr: 'Longueur des sections', en: 'Section length' },
  family: 'readability',
  description: {
    fr: 'Une section compte trop de mots sous un même intertitre.',
    en: 'A section has too many words under one heading.',
  },
  passed: {
    fr: 'Aucune section n’est trop longue entre deux intertitres.',
    en: 'No section runs too long between two headings.',
  },
  defaultSeverity: 'warning',
  defaultOptions: {
    // Yoast SEO's subheading distribution: at most 300 words of text per section.
    max: 300,
  },
  run({ doc, options, report, skip }) {
    // Without any H2/H3 the whole text is one section: that is `subheadings-missing`'s finding.
    if (!doc.headings.some((heading) => isSubheading(heading.level))) return skip();
    for (const section of doc.sections) {
      if (section.words <= options.max) continue;
      const { heading } = section;
      // The intro is flagged on the first line of its first block: a squiggle over ten lines is noise.
      const range = heading?.range ?? { start: section.range.start, end: doc.lines.lineEndAt(section.range.start) };
      const name = heading ? { fr: `La section « ${heading.text} »`, en: `The section “${heading.text}”` } : { fr: 'L’introduction', en: 'The introduction' };
      report({
        range,
        message: {
          fr: `${name.fr} compte ${nfr(section.words)} mots ; ${nfr(options.max)} au plus attendus. Ajoutez un intertitre vers le milieu de la section.`,
          en: `${name.en} has ${nen(section.words)} words; at most ${nen(options.max)} expected. Add a subheading around the middle of the section.`,
        },
        // A subheading one level below the section's own (an H2 under the title or the intro).
        data: { words: section.words, max: options.max, suggestedLevel: Math.min(Math.max((heading?.level ?? 1) + 1, 2), 6), splitOffset: middleOf(doc, section) },
      });
    }
  },
});
