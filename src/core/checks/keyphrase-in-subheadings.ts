import { formShare, keyphraseForms, normalizePhrase } from '../language/fr/matchKeyphrase';
import { isSubheading } from '../language/fr/readerText';
import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

/** A share of the H2/H3 subheadings should carry the keyphrase, but not all of them. */
export default defineCheck({
  id: 'keyphrase-in-subheadings',
  title: { fr: 'Expression clé dans les intertitres', en: 'Keyphrase in subheadings' },
  family: 'seo',
  description: {
    fr: 'Trop peu ou trop d’intertitres (H2, H3) contiennent l’expression clé.',
    en: 'Too few or too many subheadings (H2, H3) contain the keyphrase.',
  },
  passed: {
    fr: 'Ni trop ni trop peu d’intertitres ne contiennent l’expression clé.',
    en: 'Neither too few nor too many subheadings hold the keyphrase.',
  },
  defaultSeverity: 'warning',
  defaultOptions: {
    // Yoast SEO's « Keyphrase in subheading » assessment: 30 % to 75 % of the H2 and H3
    // subheadings (its lowerBoundary 0.3 and upperBoundary 0.75), both ends included.
    minShare: 30,
    maxShare: 75,
  },
  needsKeyphrase: true,
  run({ doc, options, report, skip }) {
    const subheadings = doc.headings.filter((heading) => isSubheading(heading.level));
    const first = subheadings[0];
    // No subheading at all is `subheadings-missing`'s finding.
    if (!first || !doc.keyphrase) return skip();
    const { synonyms } = doc;
    const forms = keyphraseForms(doc.keyphrase.text, synonyms);
    if (forms.length === 0) return skip();
    const total = subheadings.length;
    // Yoast's rule for languages with function words: a subheading reflects the topic when it holds
    // more than half of the content words of the keyphrase or of a synonym (all of one or two
    // words, two of three), in any order and any form; a quoted keyphrase, word for word.
    const reflects = (text: string): boolean => {
      const words = normalizePhrase(text);
      return forms.some((form) => formShare(words, form) > 0.5);
    };
    const matches = subheadings.filter((heading) => reflects(heading.text)).length;
    const share = (matches / total) * 100;
    // Integer comparisons (matches × 100 against share × total) avoid float noise at the limits.
    const tooFew = matches * 100 < options.minShare * total;
    // As Yoast: one subheading out of one that contains the keyphrase is fine, not over-optimised.
    const tooMany = total > 1 && matches * 100 > options.maxShare * total;
    if (!tooFew && !tooMany) return;
    const change = tooFew
      ? Math.ceil((options.minShare * total) / 100 - 1e-9) - matches
      : matches - Math.floor((options.maxShare * total) / 100 + 1e-9);
    const or = synonyms.length === 0 ? { fr: '', en: '' } : { fr: ' ou un synonyme', en: ' or a synonym' };
    const measured = {
      fr: `${nfr(matches)} intertitre${matches > 1 ? 's' : ''} sur ${nfr(total)} (${nfr(share)} %) contien${matches > 1 ? 'nent' : 't'} l’expression clé${or.fr} ; ${nfr(options.minShare)} à ${nfr(options.maxShare)} % recommandés.`,
      en: `${nen(matches)} of ${nen(total)} subheadings (${nen(share)}%) contain${matches === 1 ? 's' : ''} the keyphrase${or.en}; ${nen(options.minShare)} to ${nen(options.maxShare)}% recommended.`,
    };
    const key = doc.keyphrase.text;
    const action = tooFew
      ? { fr: `Placez « ${key} » dans ${nfr(change)} intertitre${change > 1 ? 's' : ''} de plus.`, en: `Use “${key}” in ${nen(change)} more subheading${change > 1 ? 's' : ''}.` }
      : { fr: `Reformulez ${nfr(change)} intertitre${change > 1 ? 's' : ''} sans « ${key} »${synonyms.length > 0 ? ' ni ses synonymes' : ''} (suroptimisation).`, en: `Rephrase ${nen(change)} subheading${change > 1 ? 's' : ''} without “${key}”${synonyms.length > 0 ? ' or its synonyms' : ''} (over-optimisation).` };
    report({
      range: first.range,
      message: { fr: `${measured.fr} ${action.fr}`, en: `${measured.en} ${action.en}` },
      data: { matches, total, share, direction: tooFew ? 'too-few' : 'too-many', change },
    });
  },
});
