import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

/** Share of sentences in the passive voice (Yoast SEO's « voix passive »). */
export default defineCheck({
  id: 'passive-voice',
  title: { fr: 'Voix passive', en: 'Passive voice' },
  family: 'readability',
  description: {
    fr: 'Trop de phrases à la voix passive (« le texte a été adopté par… »).',
    en: 'Too many sentences in the passive voice (“le texte a été adopté par…”).',
  },
  passed: {
    fr: 'Peu de phrases sont à la voix passive.',
    en: 'Few sentences are in the passive voice.',
  },
  defaultSeverity: 'warning',
  defaultOptions: {
    // Yoast SEO's passive voice assessment for French: at most 10 % of passive sentences is good,
    // over 10 % up to 15 % is to improve (reported as information), over 15 % is a problem (the
    // check's own severity).
    good: 10,
    problem: 15,
  },
  run({ doc, options, report, skip }) {
    const sentences = doc.proseSentences;
    if (sentences.length === 0) return skip();
    const passive = sentences.filter(({ style }) => style.passive);
    // Compared as shown (one decimal), so that « 10 % » is never reported as over 10 %.
    const share = Math.round((passive.length / sentences.length) * 1000) / 10;
    if (share <= options.good) return;
    const problem = share > options.problem;
    report({
      range: doc.bodyStartRange,
      ...(problem ? {} : { severity: 'info' as const }),
      message: {
        fr: `${nfr(share)} % des phrases sont à la voix passive (${nfr(passive.length)} sur ${nfr(sentences.length)}) ; ${nfr(options.good)} % au plus recommandés. Mettez à la voix active les phrases signalées : dites qui agit.`,
        en: `${nen(share)}% of sentences are in the passive voice (${nen(passive.length)} of ${nen(sentences.length)}); at most ${nen(options.good)}% recommended. Turn the sentences marked into the active voice: say who acts.`,
      },
      data: { share, passive: passive.length, sentences: sentences.length, good: options.good, problem: options.problem, level: problem ? 'problem' : 'improve' },
    });
    // Each passive sentence, so that the writer sees which ones the share counts.
    for (const { sentence } of passive) {
      report({
        range: sentence.range,
        severity: 'hint',
        message: {
          fr: 'Phrase à la voix passive : dites qui agit (« le conseil a adopté le texte » plutôt que « le texte a été adopté par le conseil »).',
          en: 'Sentence in the passive voice: say who acts (“le conseil a adopté le texte”, the council adopted the text, rather than “le texte a été adopté par le conseil”, the text was adopted by the council).',
        },
      });
    }
  },
});
