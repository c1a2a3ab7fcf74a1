import { findPhrase, normalizePhrase } from '../language/fr/matchKeyphrase';
import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

// Two decimals for the density, rounded away from the range: with nfr's one decimal, 1 occurrence
// in 201 words (0.4975 %) would read « 0,5 % » next to « 0,5 à 3 % recommandés ».
const percentFr = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const percentEn = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** How often the keyphrase appears, per 100 words of text (Yoast SEO's « Keyphrase density »). */
export default defineCheck({
  id: 'keyphrase-density',
  description: {
    fr: 'L’expression clé apparaît trop peu ou trop souvent dans le texte.',
    en: 'The keyphrase appears too rarely or too often in the text.',
  },
  defaultSeverity: 'warning',
  defaultOptions: {
    // Yoast SEO's keyphrase density assessment: 0.5 % to 3 % of the words, both ends included.
    min: 0.5,
    max: 3,
    // Under 100 words one occurrence more or less swings the density by a whole point: Yoast
    // itself only scores density on texts of 100 words and more.
    minWords: 100,
  },
  needsKeyphrase: true,
  run({ doc, options, report }) {
    const words = doc.wordCount;
    if (!doc.keyphrase || words === 0 || words < options.minWords) return;
    const phrase = normalizePhrase(doc.keyphrase.text);
    if (phrase.length === 0) return;
    // Block by block, so that a heading's last word and the next paragraph's first never make
    // an occurrence; overlapping hits (« très très très ») count once per non-overlapping run.
    let occurrences = 0;
    for (const block of doc.blocks) {
      let next = 0;
      // normalizePhrase, not blockWords: the same rules as the keyphrase (hyphens split words).
      for (const hit of findPhrase(normalizePhrase(block.text), phrase)) {
        if (hit < next) continue;
        occurrences++;
        next = hit + phrase.length;
      }
    }
    const density = (occurrences * 100) / words;
    // Whole occurrences that fit the range; a small epsilon keeps 0.5 × 200 / 100 at exactly 1.
    const fewest = Math.ceil((options.min * words) / 100 - 1e-9);
    const most = Math.floor((options.max * words) / 100 + 1e-9);
    const tooLow = occurrences * 100 < options.min * words;
    const tooHigh = occurrences * 100 > options.max * words;
    if (!tooLow && !tooHigh) return;
    const key = doc.keyphrase.text;
    const shown = tooLow ? Math.floor(density * 100) / 100 : Math.ceil(density * 100) / 100;
    const change = tooLow ? fewest - occurrences : occurrences - most;
    const s = (n: number): string => (n > 1 ? 's' : '');
    const measured = {
      fr: `« ${key} » apparaît ${nfr(occurrences)} fois pour ${nfr(words)} mots (${percentFr.format(shown)} %) ; ${nfr(options.min)} à ${nfr(options.max)} % recommandés, soit ${nfr(fewest)} à ${nfr(most)} occurrences.`,
      en: `“${key}” appears ${nen(occurrences)} time${s(occurrences)} in ${nen(words)} words (${percentEn.format(shown)}%); ${nen(options.min)} to ${nen(options.max)}% recommended, that is ${nen(fewest)} to ${nen(most)} occurrences.`,
    };
    const action = tooLow
      ? { fr: `Employez-la environ ${nfr(change)} fois de plus, là où elle vient naturellement.`, en: `Use it about ${nen(change)} more time${s(change)}, where it fits naturally.` }
      : { fr: `Remplacez environ ${nfr(change)} occurrence${s(change)} par des synonymes ou des pronoms (suroptimisation).`, en: `Replace about ${nen(change)} occurrence${s(change)} with synonyms or pronouns (over-optimisation).` };
    report({
      range: doc.bodyStartRange,
      message: { fr: `${measured.fr} ${action.fr}`, en: `${measured.en} ${action.en}` },
      data: { occurrences, words, density, min: options.min, max: options.max, direction: tooLow ? 'too-low' : 'too-high', change },
    });
  },
});
