import { formShare, keyphraseForms, normalizePhrase } from '../language/fr/matchKeyphrase';
import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

/**
 * Some image alt texts should carry the keyphrase, but not all of them (Yoast SEO: « Image
 * keyphrase », formerly « Keyphrase in image alt attributes »).
 */
export default defineCheck({
  id: 'keyphrase-in-image-alt',
  title: { fr: 'Expression clé dans les images', en: 'Keyphrase in images' },
  family: 'seo',
  description: {
    fr: 'Trop peu ou trop de textes alternatifs d’images contiennent l’expression clé.',
    en: 'Too few or too many image alt texts contain the keyphrase.',
  },
  passed: {
    fr: 'Les textes alternatifs reprennent l’expression clé, sans excès.',
    en: 'The alt texts use the keyphrase, without overdoing it.',
  },
  // Too few is Yoast's red or orange, reported as warning; too many (over-optimisation) is
  // Yoast's orange, reported as info.
  defaultSeverity: 'warning',
  defaultOptions: {
    // Yoast SEO's rule for an alt text to « reflect the topic » in languages with function words:
    // at least half of the content words of the keyphrase or of a synonym (one of one, one of two,
    // two of three), in any form. A quoted keyphrase must be there word for word.
    minWordShare: 50,
    // Yoast SEO's image keyphrase assessment: with fewer than 5 images, one alt with the keyphrase
    // is enough; from 5 images on, 30 % to 75 % of them should have it, both ends included.
    manyImages: 5,
    minShare: 30,
    maxShare: 75,
  },
  needsKeyphrase: true,
  run({ doc, options, report, skip }) {
    const { keyphrase, synonyms } = doc;
    if (!keyphrase) return skip();
    const forms = keyphraseForms(keyphrase.text, synonyms);
    // Images without alt text are image-alt-missing's findings: only described images count here,
    // and a text whose images have no alt at all is left to that check.
    const described = doc.bodyImages.filter((image) => image.alt.trim() !== '');
    const first = described[0];
    if (!first || forms.length === 0) return skip();
    const reflects = (alt: string): boolean => {
      const words = normalizePhrase(alt);
      // Words found (formShare × the form's words) × 100 against minWordShare × the form's words:
      // integers, so that one word of two is exactly 50 %. A quoted form is all there or not.
      return forms.some((form) => Math.round(formShare(words, form) * form.words.length) * 100 >= options.minWordShare * form.words.length);
    };
    const total = described.length;
    const matches = described.filter((image) => reflects(image.alt)).length;
    const key = keyphrase.text;
    const or = synonyms.length === 0 ? { fr: '', en: '' } : { fr: ' ou un synonyme', en: ' or a synonym' };
    if (total < options.manyImages) {
      if (matches > 0) return;
      report({
        range: first.range,
        message: {
          fr: `${total > 1 ? `Aucun des ${nfr(total)} textes alternatifs des images ne contient` : 'Le texte alternatif de l’image ne contient pas'} l’expression clé « ${key} »${or.fr}. Décrivez avec elle une image qui illustre vraiment le sujet.`,
          en: `${total > 1 ? `None of the ${nen(total)} image alt texts contains` : 'The image alt text does not contain'} the keyphrase “${key}”${or.en}. Use it to describe an image that truly illustrates the topic.`,
        },
        data: { matches, total, share: 0, direction: 'too-few', change: 1 },
      });
      return;
    }
    const share = (matches / total) * 100;
    // Integer comparisons (matches × 100 against the share × total) avoid float noise at the limits.
    const tooFew = matches * 100 < options.minShare * total;
    const tooMany = matches * 100 > options.maxShare * total;
    if (!tooFew && !tooMany) return;
    const change = tooFew
      ? Math.ceil((options.minShare * total) / 100 - 1e-9) - matches
      : matches - Math.floor((options.maxShare * total) / 100 + 1e-9);
    const measured = {
      fr: `${nfr(matches)} texte${matches > 1 ? 's' : ''} alternatif${matches > 1 ? 's' : ''} d’image sur ${nfr(total)} (${nfr(share)} %) contien${matches > 1 ? 'nent' : 't'} l’expression clé${or.fr} ; ${nfr(options.minShare)} à ${nfr(options.maxShare)} % recommandés.`,
      en: `${nen(matches)} of ${nen(total)} image alt texts (${nen(share)}%) contain${matches === 1 ? 's' : ''} the keyphrase${or.en}; ${nen(options.minShare)} to ${nen(options.maxShare)}% recommended.`,
    };
    const action = tooFew
      ? { fr: `Décrivez avec « ${key} » ${nfr(change)} image${change > 1 ? 's' : ''} de plus, parmi celles qui illustrent vraiment le sujet.`, en: `Use “${key}” to describe ${nen(change)} more image${change > 1 ? 's' : ''}, among those that truly illustrate the topic.` }
      : { fr: `Récrivez ${nfr(change)} texte${change > 1 ? 's' : ''} alternatif${change > 1 ? 's' : ''} sans « ${key} »${synonyms.length > 0 ? ' ni ses synonymes' : ''}, en décrivant ce que montre l’image (suroptimisation).`, en: `Rewrite ${nen(change)} alt text${change > 1 ? 's' : ''} without “${key}”${synonyms.length > 0 ? ' or its synonyms' : ''}, describing what the image shows (over-optimisation).` };
    report({
      range: tooFew ? first.range : doc.bodyStartRange,
      ...(tooMany ? { severity: 'info' as const } : {}),
      message: { fr: `${measured.fr} ${action.fr}`, en: `${measured.en} ${action.en}` },
      data: { matches, total, share, direction: tooFew ? 'too-few' : 'too-many', change },
    });
  },
});
