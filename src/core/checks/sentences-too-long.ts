import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

export default defineCheck({
  id: 'sentences-too-long',
  title: { fr: 'Longueur des phrases', en: 'Sentence length' },
  family: 'readability',
  description: {
    fr: 'Trop de phrases longues (plus de 20 mots).',
    en: 'Too many long sentences (over 20 words).',
  },
  passed: {
    fr: 'Les phrases longues ne sont pas trop nombreuses.',
    en: 'Not too many sentences are long.',
  },
  defaultSeverity: 'warning',
  defaultOptions: {
    // Yoast SEO's sentence length assessment: a sentence is long above 20 words, and at most
    // 25 % of sentences may be long.
    maxWords: 20,
    maxShare: 25,
  },
  run({ doc, options, report, skip }) {
    const sentences = doc.sentences.filter((sentence) => sentence.words > 0);
    if (sentences.length === 0) return skip();
    const long = sentences.filter((sentence) => sentence.words > options.maxWords);
    const share = (long.length / sentences.length) * 100;
    if (share <= options.maxShare) return;
    report({
      range: doc.bodyStartRange,
      message: {
        fr: `${nfr(share)} % des phrases dépassent ${nfr(options.maxWords)} mots (${nfr(long.length)} sur ${nfr(sentences.length)}) ; ${nfr(options.maxShare)} % au plus recommandés. Coupez les phrases signalées.`,
        en: `${nen(share)}% of sentences exceed ${nen(options.maxWords)} words (${nen(long.length)} of ${nen(sentences.length)}); at most ${nen(options.maxShare)}% recommended. Split the sentences marked.`,
      },
      data: { share, long: long.length, sentences: sentences.length },
    });
    for (const sentence of long) {
      report({
        range: sentence.range,
        severity: 'hint',
        message: {
          fr: `Phrase de ${nfr(sentence.words)} mots (plus de ${nfr(options.maxWords)}) : coupez-la en deux.`,
          en: `Sentence of ${nen(sentence.words)} words (over ${nen(options.maxWords)}): split it in two.`,
        },
        data: { words: sentence.words },
      });
    }
  },
});
