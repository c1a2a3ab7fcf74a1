import { countForm, keyphraseForms } from '../language/fr/matchKeyphrase';
import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

// Two decimals for the density, rounded away from the range: with nfr's one decimal, 1 occurrence
// in 201 words (0.4975 %) would read « 0,5 % » next to « 0,5 à 3 % recommandés ».
const percentFr = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const percentEn = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** How often the keyphrase appears, per 100 words of text (Yoast SEO's « Keyphrase density »). */
export default defineCheck({
  id: 'keyphrase-density',
  title: { fr: 'Densité de l’expression clé', en: 'Keyphrase density' },
  family: 'seo',
  description: {
    fr: 'L’expression clé apparaît trop peu ou trop souvent dans le texte.',
    en: 'The keyphrase appears too rarely or too often in the text.',
  },
  passed: {
    fr: 'La densité de l’expression clé est bonne, ou le texte est trop court pour la mesurer.',
    en: 'The keyphrase density is right, or the text is too short to measure it.',
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
  run({ doc, options, report, skip }) {
    const words = doc.wordCount;
    if (!doc.keyphrase || words === 0 || words < options.minWords) return skip();
    // The keyphrase alone: its synonyms are what the advice to replace occurrences points to (and
    // Yoast's density leaves them out too).
    const [form] = keyphraseForms(doc.keyphrase.text);
    if (!form) return skip();
    // Sentence by sentence, Yoast's count: a sentence holds the keyphrase as many times as its
    // rarest content word, in any order and any form (« l’élection présidentielle », « les
    // élections présidentielles »); a quoted keyphrase counts its runs, word for word, overlapping
    // ones once (« très très très »). Block by block, so that a heading and the next paragraph
    // never share a sentence. Matching words, not blockWords: hyphens split words, as in the keyphrase.
    let occurrences = 0;
    for (const sentence of doc.sentences) occurrences += countForm(doc.sentenceMatchWords(sentence), form);
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
