import { readerLength } from '../language/fr/readerText';
import { readSlug } from '../markdown/readSlug';
import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

/** The slug, the page's part of its address, stays short enough to read and share. */
export default defineCheck({
  id: 'slug-length',
  title: { fr: 'Longueur du slug', en: 'Slug length' },
  family: 'seo',
  description: {
    fr: 'Le slug (l’adresse de la page) est trop long.',
    en: 'The slug (the page’s address) is too long.',
  },
  passed: {
    fr: 'Le slug est assez court pour une adresse lisible.',
    en: 'The slug is short enough for a readable address.',
  },
  defaultSeverity: 'warning',
  defaultOptions: {
    // Yoast SEO's current analysis scores no slug length; 75 characters is the limit that SEO
    // audit tools commonly set for a readable URL path, which a short slug leaves room under
    // once the site's folders are added. A setting for teams with other conventions.
    max: 75,
  },
  run({ doc, options, report, skip }) {
    const slug = readSlug(doc);
    if (!slug) return skip();
    // Characters as a reader sees them in the address bar, accents decoded (« été », not « %C3%A9t%C3%A9 »).
    const length = readerLength(slug.text);
    if (length <= options.max) return;
    const where = slug.source === 'file-name'
      ? { fr: `tiré du nom du fichier ${slug.fileName ?? ''}`, en: `taken from the file name ${slug.fileName ?? ''}` }
      : { fr: `champ \`${slug.key}\``, en: `\`${slug.key}\` field` };
    const action = slug.source === 'file-name'
      ? { fr: 'renommez le fichier ou ajoutez un champ `slug` plus court au front matter', en: 'rename the file or add a shorter `slug` field to the front matter' }
      : { fr: 'gardez l’expression clé et retirez les mots outils et les détails', en: 'keep the keyphrase and drop function words and details' };
    report({
      range: slug.range,
      message: {
        fr: `Slug (${where.fr}) de ${nfr(length)} caractères ; ${nfr(options.max)} au plus attendus. Raccourcissez-le d’au moins ${nfr(length - options.max)} caractères : ${action.fr}. Une adresse déjà publiée demande une redirection.`,
        en: `Slug (${where.en}) of ${nen(length)} characters; at most ${nen(options.max)} expected. Shorten it by at least ${nen(length - options.max)} characters: ${action.en}. An address already published needs a redirect.`,
      },
      data: { slug: slug.text, length, max: options.max, source: slug.source },
    });
  },
});
