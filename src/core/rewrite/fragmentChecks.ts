import type { PlumeConfig } from '../config/PlumeConfig';

/**
 * The checks that judge a whole article and mean nothing on a fragment (a rewritten selection):
 * its title, meta description, H1, keyphrase placement and total length belong to the article
 * it goes back into. Used by the rewrite's validation and by the diagnostics of a fragment's
 * proposal in VS Code, so that both say the same.
 */
export const WHOLE_ARTICLE_CHECKS = [
  'front-matter-invalid', 'title-missing', 'title-length', 'title-width', 'slug-length', 'h1-multiple', 'heading-increment', 'word-count-min',
  'meta-description-missing', 'meta-description-length', 'keyphrase-length', 'keyphrase-in-title', 'keyphrase-in-slug', 'keyphrase-in-meta-description',
  'keyphrase-in-introduction', 'keyphrase-in-subheadings', 'keyphrase-density', 'keyphrase-distribution',
] as const;

/** A configuration layer that turns the whole-article checks off. */
export function fragmentLayer(): PlumeConfig {
  return { checks: Object.fromEntries(WHOLE_ARTICLE_CHECKS.map((id) => [id, 'off'])) };
}
