import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

/** A text of some length should have at least one image (Yoast SEO: « Images »). */
export default defineCheck({
  id: 'images-missing',
  title: { fr: 'Images dans le texte', en: 'Images in the text' },
  family: 'seo',
  description: {
    fr: 'Le texte ne contient aucune image.',
    en: 'The text has no image.',
  },
  passed: {
    fr: 'Le texte a au moins une image, ou il est trop court pour en demander une.',
    en: 'The text has an image, or is too short to need one.',
  },
  // Yoast SEO's images assessment is red when a text has none.
  defaultSeverity: 'warning',
  defaultOptions: {
    // 300 words, as the link checks: Yoast SEO's minimum for a post. A shorter note needs no
    // illustration to be read through; 300 words exactly are checked.
    minWords: 300,
  },
  run({ doc, options, report, skip }) {
    const words = doc.wordCount;
    // Markdown images and HTML <img> of the body, with or without alt (a missing alt is
    // image-alt-missing's). The front matter's cover image does not count: Yoast SEO reads the
    // body, and the cover is the theme's (a header, a social card), not an illustration of the text.
    if (words < options.minWords) return skip();
    if (doc.bodyImages.length > 0) return;
    const cover = doc.image?.text;
    const aside = cover
      ? { fr: ` L’image de couverture du front matter (« ${cover} ») ne compte pas : elle n’est pas dans le texte.`, en: ` The front matter's cover image (“${cover}”) does not count: it is not in the text.` }
      : { fr: '', en: '' };
    report({
      range: doc.bodyStartRange,
      message: {
        fr: `Aucune image dans ce texte de ${nfr(words)} mots. Ajoutez au moins une image utile (photo, carte, schéma) avec un texte alternatif : elle aère la lecture et peut amener des visiteurs par la recherche d’images.${aside.fr}`,
        en: `No image in this ${nen(words)}-word text. Add at least one useful image (a photo, a map, a diagram) with alt text: it breaks up the reading and can bring visitors from image search.${aside.en}`,
      },
      data: { words, minWords: options.minWords, cover: cover ?? null },
    });
  },
});
