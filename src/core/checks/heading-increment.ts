import { headingLevelFix } from '../fixes/headingLevelFix';
import type { HeadingLevelFix } from '../fixes/headingLevelFix';
import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

/** Heading levels go down one step at a time (H1 → H2 → H3), like markdownlint's MD001. */
export default defineCheck<Record<string, never>, HeadingLevelFix>({
  id: 'heading-increment',
  title: { fr: 'Hiérarchie des intertitres', en: 'Heading hierarchy' },
  family: 'readability',
  description: {
    fr: 'Un intertitre saute un niveau (par exemple H2 puis H4).',
    en: 'A heading skips a level (for example H2 then H4).',
  },
  passed: {
    fr: 'Les intertitres se suivent sans sauter de niveau.',
    en: 'The headings follow each other without skipping a level.',
  },
  // markdownlint MD001 and WCAG 1.3.1: screen readers and search engines read the outline,
  // and a skipped level suggests a missing section.
  defaultSeverity: 'warning',
  // No threshold: a heading may go at most one level deeper than the one before it.
  defaultOptions: {},
  run({ doc, report, skip }) {
    if (doc.headings.length === 0) return skip();
    // The title (an H1 or the front matter `title` rendered as one) is the level-1 context, so
    // the first heading may be an H1 or an H2.
    let previous = 1;
    for (const heading of doc.headings) {
      const expectedLevel = previous + 1;
      if (heading.level > expectedLevel) {
        const hashes = '#'.repeat(expectedLevel);
        report({
          range: heading.range,
          message: {
            fr: `Intertitre de niveau ${nfr(heading.level)} après un niveau ${nfr(previous)} ; niveau ${nfr(expectedLevel)} au plus attendu. Utilisez ${hashes} ou ajoutez l’intertitre intermédiaire qui manque.`,
            en: `Level-${nen(heading.level)} heading after level ${nen(previous)}; at most level ${nen(expectedLevel)} expected. Use ${hashes} or add the missing intermediate heading.`,
          },
          data: { level: heading.level, expectedLevel },
          fix: { level: expectedLevel },
        });
      }
      previous = heading.level;
    }
  },
  fixes: headingLevelFix,
});
