import { readerLength } from '../language/fr/readerText';
import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

/** The meta description fits the search result snippet: 120 to 156 characters (Yoast SEO). */
export default defineCheck({
  id: 'meta-description-length',
  title: { fr: 'Longueur de la méta-description', en: 'Meta description length' },
  family: 'seo',
  description: {
    fr: 'La méta-description est trop courte ou trop longue.',
    en: 'The meta description is too short or too long.',
  },
  passed: {
    fr: 'La méta-description n’est ni trop courte ni trop longue.',
    en: 'The meta description is neither too short nor too long.',
  },
  defaultSeverity: 'warning',
  defaultOptions: {
    // Yoast SEO's meta description length assessment: green from 120 to 156 characters. Below,
    // the snippet wastes its space; above, Google cuts it (about 920 px on desktop).
    min: 120,
    max: 156,
  },
  run({ doc, options, report, skip }) {
    const description = doc.description;
    if (!description) return skip();
    const length = readerLength(description.text);
    if (length >= options.min && length <= options.max) return;
    const tooShort = length < options.min;
    const advice = tooShort
      ? { fr: `Développez-la d’environ ${nfr(options.min - length)} caractères : le sujet, l’expression clé, ce que le lecteur y gagne.`, en: `Expand it by about ${nen(options.min - length)} characters: the topic, the keyphrase, what the reader gains.` }
      : { fr: `Raccourcissez-la d’au moins ${nfr(length - options.max)} caractères : Google coupe le reste.`, en: `Shorten it by at least ${nen(length - options.max)} characters: Google cuts the rest.` };
    report({
      range: description.range,
      message: {
        fr: `Méta-description de ${nfr(length)} caractères ; ${nfr(options.min)} à ${nfr(options.max)} attendus. ${advice.fr}`,
        en: `Meta description of ${nen(length)} characters; ${nen(options.min)} to ${nen(options.max)} expected. ${advice.en}`,
      },
      data: { length, min: options.min, max: options.max, key: description.key },
    });
  },
});
