import { frontMatterDraft } from '../fixes/frontMatterDraft';
import { defineCheck } from './Check';
import metaDescriptionMissing from './meta-description-missing';

/** title-missing's fix needs nothing more than the document: the draft is made from it. */
export type FrontMatterDraftFix = Record<string, never>;

/** An article needs a title: an H1, or `title` in the front matter (what static site generators render as the H1). */
export default defineCheck<Record<string, never>, FrontMatterDraftFix>({
  id: 'title-missing',
  title: { fr: 'Présence du titre', en: 'Title presence' },
  family: 'seo',
  description: {
    fr: 'L’article n’a pas de titre (ni H1, ni `title` dans le front matter).',
    en: 'The article has no title (no H1 and no front matter `title`).',
  },
  passed: {
    fr: 'L’article a un titre.',
    en: 'The article has a title.',
  },
  // Without a title a page has no <h1> and usually no <title>: the most visible SEO gap.
  defaultSeverity: 'error',
  defaultOptions: {},
  run({ doc, report }) {
    if (doc.title) return;
    report({
      range: doc.bodyStartRange,
      message: {
        fr: 'Aucun titre : ni titre de niveau 1 (# Titre) ni champ `title` dans le front matter. Ajoutez un titre qui contient votre expression clé.',
        en: 'No title: no level-1 heading (# Title) and no front matter `title`. Add a title that contains your keyphrase.',
      },
      fix: {},
    });
  },
  fixes: (_fix, _finding, reading) => frontMatterDraft(reading, reading.optionsOf(metaDescriptionMissing).suggestionMax),
});
