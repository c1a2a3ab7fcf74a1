import { readerLength } from '../language/fr/readerText';
import type { MetaField } from '../markdown/readMetaFields';
import { defineCheck } from './Check';
import type { Localized } from './Check';
import { nen, nfr } from './formatNumber';

/**
 * Where a too-long title comes from, as both title checks say it, and the way out they offer: a
 * shorter `seo_title` lets the page keep a longer visible title (Yoast's « SEO title »), unless the
 * title already is one.
 */
export function describeTitleSource(title: MetaField): { where: Localized; alternative: Localized } {
  const where = title.source === 'h1' ? { fr: 'titre de niveau 1', en: 'level-1 heading' } : { fr: `champ \`${title.key}\``, en: `\`${title.key}\` field` };
  const alternative = title.key === 'seo_title' || title.key === 'seoTitle'
    ? { fr: '', en: '' }
    : { fr: ', ou ajoutez un `seo_title` plus court dans le front matter', en: ', or add a shorter `seo_title` to the front matter' };
  return { where, alternative };
}

/**
 * The SEO title within a number of characters, about 60. Off by default: Google cuts a title by
 * its width, which title-width measures (« Mmmm » and « illi » have the same length); kept for
 * teams that want a character limit, and its `max` is the one the rewrite's prompt and the
 * quick-fix drafts state, a model and a draft being unable to measure pixels.
 */
export default defineCheck({
  id: 'title-length',
  title: { fr: 'Longueur du titre SEO', en: 'SEO title length' },
  family: 'seo',
  description: {
    fr: 'Le titre SEO est trop long pour les résultats de recherche.',
    en: 'The SEO title is too long for search results.',
  },
  passed: {
    fr: 'Le titre SEO reste sous la limite de caractères.',
    en: 'The SEO title stays within the character limit.',
  },
  // Off: title-width judges what Google actually cuts. A team turns it on by giving it a
  // severity (`{ "severity": "warning", "max": 60 }`); a `max` alone leaves it off.
  defaultSeverity: 'off',
  defaultOptions: {
    // Google shows about 600 px of a title, roughly 50–60 characters; Yoast SEO's SEO title
    // width assessment uses the same 600 px.
    max: 60,
  },
  run({ doc, options, report, skip }) {
    const title = doc.title;
    if (!title) return skip();
    const length = readerLength(title.text);
    if (length <= options.max) return;
    const { where, alternative } = describeTitleSource(title);
    const excess = length - options.max;
    report({
      range: title.range,
      message: {
        fr: `Titre SEO (${where.fr}) de ${nfr(length)} caractères ; ${nfr(options.max)} au plus attendus. Google en coupera la fin : raccourcissez-le d’au moins ${nfr(excess)} caractères${alternative.fr}.`,
        en: `SEO title (${where.en}) of ${nen(length)} characters; at most ${nen(options.max)} expected. Google will cut the end: shorten it by at least ${nen(excess)} characters${alternative.en}.`,
      },
      data: { length, max: options.max, source: title.source, key: title.key },
    });
  },
});
