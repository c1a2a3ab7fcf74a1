import { readerLength } from '../language/fr/readerText';
import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

/** An alt text should describe its image: neither a mere word nor a paragraph. */
export default defineCheck({
  id: 'image-alt-length',
  title: { fr: 'Longueur des textes alternatifs', en: 'Alt text length' },
  family: 'seo',
  description: {
    fr: 'Le texte alternatif d’une image est trop court ou trop long.',
    en: 'An image’s alternative text is too short or too long.',
  },
  passed: {
    fr: 'Aucun texte alternatif n’est trop court ni trop long.',
    en: 'No alt text is too short or too long.',
  },
  // A poor description, not a missing one (image-alt-missing): worth fixing, as the other image checks.
  defaultSeverity: 'warning',
  defaultOptions: {
    // The bounds the issue asks for, both inclusive (« ≤ 10 or ≥ 200 »): 10 characters or fewer
    // name an image (« photo », « carte ») without describing it; 200 or more are a paragraph that a
    // screen reader reads in one go, with no way to skip (accessibility guides advise alt texts of
    // about 125 characters at most, and a caption or the text for longer descriptions).
    min: 10,
    max: 200,
  },
  run({ doc, options, report, skip }) {
    if (!doc.bodyImages.some((image) => image.alt.trim() !== '')) return skip();
    for (const image of doc.bodyImages) {
      const alt = image.alt.trim();
      // An empty alt is image-alt-missing's finding.
      if (alt === '') continue;
      // Characters as a reader counts them (accented letters and emoji are one, spaces collapsed).
      const length = readerLength(alt);
      const tooShort = length <= options.min;
      if (!tooShort && length < options.max) continue;
      report({
        range: image.range,
        message: tooShort
          ? {
              fr: `Texte alternatif trop court : « ${alt} », ${nfr(length)} caractère${length > 1 ? 's' : ''} (plus de ${nfr(options.min)} attendus). Dites ce que montre l’image : qui, quoi, où.`,
              en: `Alt text too short: “${alt}”, ${nen(length)} character${length > 1 ? 's' : ''} (more than ${nen(options.min)} expected). Say what the image shows: who, what, where.`,
            }
          : {
              fr: `Texte alternatif trop long : ${nfr(length)} caractères (moins de ${nfr(options.max)} attendus). Un lecteur d’écran le lit d’une traite : gardez l’essentiel de ce que montre l’image, et mettez le reste dans une légende ou dans le texte.`,
              en: `Alt text too long: ${nen(length)} characters (fewer than ${nen(options.max)} expected). A screen reader reads it in one go: keep the gist of what the image shows, and move the rest to a caption or the text.`,
            },
        data: { alt, length, min: options.min, max: options.max, direction: tooShort ? 'too-short' : 'too-long' },
      });
    }
  },
});
