import { containsForm, keyphraseForms } from '../language/fr/matchKeyphrase';
import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

// One decimal, rounded away from the limit in the message (as keyphrase-density does), so that
// a share of 30.04 % never reads « 30 % » next to « 30 % au plus ».
const ceilTenth = (share: number): number => Math.ceil(share * 10 - 1e-9) / 10;

/**
 * The keyphrase comes back all through the text, with no long stretch without it (Yoast SEO
 * Premium's « Keyphrase distribution », measured more simply: see the options).
 */
export default defineCheck({
  id: 'keyphrase-distribution',
  title: { fr: 'Répartition de l’expression clé', en: 'Keyphrase distribution' },
  family: 'seo',
  description: {
    fr: 'Une longue partie du texte ne contient ni l’expression clé ni ses synonymes.',
    en: 'A long part of the text contains neither the keyphrase nor its synonyms.',
  },
  passed: {
    fr: 'L’expression clé revient tout au long du texte, ou il est trop court pour en juger.',
    en: 'The keyphrase comes back all through the text, or the text is too short to judge.',
  },
  // A stretch of more than half the text without the keyphrase is Yoast's « very uneven », red.
  defaultSeverity: 'warning',
  defaultOptions: {
    // Yoast SEO Premium only judges the distribution of texts of 15 sentences or more.
    minSentences: 15,
    // The longest run of consecutive sentences without the keyphrase or a synonym, in % of all
    // the sentences: up to 30 % is even (no third of the text without it), up to 50 % uneven (a
    // notice), over 50 % very uneven — half the text that never names its topic. Plume's own
    // measure and thresholds, standing for Yoast's three levels (its score, from the spread
    // of the keyphrase's positions, is not published as a share of the text).
    good: 30,
    problem: 50,
  },
  needsKeyphrase: true,
  run({ doc, options, report, skip }) {
    const { keyphrase, synonyms } = doc;
    if (!keyphrase) return skip();
    // The sentences of the prose, headings left out as in the other keyphrase counts of the
    // text (keyphrase-in-subheadings judges the headings).
    const sentences = doc.proseSentences.map(({ sentence }) => sentence);
    const total = sentences.length;
    if (total === 0 || total < options.minSentences) return skip();
    // The keyphrase or a synonym, in any form and order, within one sentence (Yoast's distribution
    // counts synonyms; keyphrase-density does not).
    const forms = keyphraseForms(keyphrase.text, synonyms);
    if (forms.length === 0) return skip();
    const hits: number[] = [];
    sentences.forEach((sentence, index) => {
      const words = doc.sentenceMatchWords(sentence);
      if (forms.some((form) => containsForm(words, form))) hits.push(index);
    });
    // Never in the text: keyphrase-density says so, with the number of occurrences to add.
    if (hits.length === 0) return;
    // The gaps: before the first occurrence, between two, and after the last. The two ends
    // count: an article that names its topic in the first paragraph and never again leaves
    // everything after it without the keyphrase, as much as a gap in the middle would.
    let longest = { start: 0, length: -1 };
    let previous = -1;
    for (const hit of [...hits, total]) {
      const length = hit - previous - 1;
      if (length > longest.length) longest = { start: previous + 1, length };
      previous = hit;
    }
    // Compared in whole numbers: length × 100 against the limit × total.
    if (longest.length * 100 <= options.good * total) return;
    const share = (longest.length * 100) / total;
    const veryUneven = longest.length * 100 > options.problem * total;
    const first = sentences[longest.start];
    if (!first) return;
    const key = keyphrase.text;
    const nor = synonyms.length === 0 ? { fr: '', en: '' } : { fr: ' ni l’un de ses synonymes', en: ' nor any of its synonyms' };
    const place = longest.start === 0
      ? { fr: 'dès le début du texte', en: 'from the start of the text' }
      : longest.start + longest.length === total
        ? { fr: 'jusqu’à la fin du texte', en: 'up to the end of the text' }
        : { fr: 'à partir de cette phrase', en: 'from this sentence on' };
    report({
      range: first.range,
      ...(veryUneven ? {} : { severity: 'info' as const }),
      message: {
        fr: `${nfr(longest.length)} phrases de suite, ${place.fr}, sans l’expression clé « ${key} »${nor.fr} : ${nfr(ceilTenth(share))} % des ${nfr(total)} phrases du texte ; ${nfr(options.good)} % au plus recommandés. Reprenez-la dans ce passage, là où il parle du sujet, pour qu’elle revienne tout au long du texte.`,
        en: `${nen(longest.length)} sentences in a row, ${place.en}, without the keyphrase “${key}”${nor.en}: ${nen(ceilTenth(share))}% of the text's ${nen(total)} sentences; at most ${nen(options.good)}% recommended. Use it again in this passage, where it deals with the topic, so that it comes back all through the text.`,
      },
      data: { keyphrase: key, gap: longest.length, sentences: total, share, occurrences: hits.length, good: options.good, problem: options.problem },
    });
  },
});
