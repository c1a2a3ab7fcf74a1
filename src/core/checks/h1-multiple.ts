import { headingLevelFix } from '../fixes/headingLevelFix';
import type { HeadingLevelFix } from '../fixes/headingLevelFix';
import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

/** One H1 per page: every H1 after the first in the body should be an H2. */
export default defineCheck<Record<string, never>, HeadingLevelFix>({
  id: 'h1-multiple',
  title: { fr: 'Titre H1 unique', en: 'Single H1 heading' },
  family: 'seo',
  description: {
    fr: 'Le texte contient plus d’un titre de niveau 1 (H1).',
    en: 'The text has more than one level-1 heading (H1).',
  },
  passed: {
    fr: 'Le texte n’a pas plus d’un titre de niveau 1.',
    en: 'The text has no more than one level-1 heading.',
  },
  // Yoast SEO's « Single title » assessment and markdownlint's MD025: one H1 per page.
  defaultSeverity: 'warning',
  // No threshold: the first H1 is the title, every other one is a finding. A front matter
  // `title` is not counted: many generators render it as the H1, yet writers also keep a `# Title`.
  defaultOptions: {},
  run({ doc, report }) {
    const h1s = doc.headings.filter((heading) => heading.level === 1);
    const total = h1s.length;
    h1s.slice(1).forEach((heading, index) => {
      const rank = index + 2;
      report({
        range: heading.range,
        message: {
          fr: `Titre de niveau 1 n° ${nfr(rank)} sur ${nfr(total)} ; un seul H1 attendu, le titre de l’article. Passez celui-ci en niveau 2 (## ${heading.text}).`,
          en: `Level-1 heading ${nen(rank)} of ${nen(total)}; a single H1 expected, the article's title. Make this one level 2 (## ${heading.text}).`,
        },
        data: { level: 1, suggestedLevel: 2 },
        fix: { level: 2 },
      });
    });
  },
  fixes: headingLevelFix,
});
