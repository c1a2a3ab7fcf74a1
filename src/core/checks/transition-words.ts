import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

/** Share of sentences that hold a transition word (Yoast SEO's « mots de transition »). */
export default defineCheck({
  id: 'transition-words',
  title: { fr: 'Mots de liaison', en: 'Transition words' },
  family: 'readability',
  description: {
    fr: 'Trop peu de phrases contiennent un mot de liaison (« cependant », « par exemple », « donc »).',
    en: 'Too few sentences hold a transition word (“cependant”, “par exemple”, “donc”).',
  },
  passed: {
    fr: 'Assez de phrases contiennent un mot de liaison, ou le texte est trop court pour en juger.',
    en: 'Enough sentences hold a transition word, or the text is too short to judge.',
  },
  defaultSeverity: 'warning',
  defaultOptions: {
    // Yoast SEO's transition words assessment for French: at least 30 % of sentences with a
    // transition word is good, 20 % up to 30 % is to improve (reported as information), under
    // 20 % is a problem (the check's own severity).
    good: 30,
    problem: 20,
    // Yoast scores transition words only on texts of 200 words and more: in a short text the share
    // moves by ten points with one sentence.
    minWords: 200,
  },
  run({ doc, options, report, skip }) {
    if (doc.wordCount < options.minWords) return skip();
    const sentences = doc.proseSentences;
    if (sentences.length === 0) return skip();
    let linked = 0;
    for (const { style } of sentences) if (style.transition) linked++;
    // Compared as shown (one decimal), so that « 30 % » is never reported as under 30 %.
    const share = Math.round((linked / sentences.length) * 1000) / 10;
    if (share >= options.good) return;
    const problem = share < options.problem;
    report({
      range: doc.bodyStartRange,
      ...(problem ? {} : { severity: 'info' as const }),
      message: {
        fr: `${nfr(share)} % des phrases contiennent un mot de liaison (${nfr(linked)} sur ${nfr(sentences.length)}) ; ${nfr(options.good)} % au moins recommandés. Reliez vos idées avec des mots comme « cependant », « par exemple », « donc » ou « ensuite ».`,
        en: `${nen(share)}% of sentences hold a transition word (${nen(linked)} of ${nen(sentences.length)}); at least ${nen(options.good)}% recommended. Link your ideas with words such as “cependant” (however), “par exemple” (for example), “donc” (so) or “ensuite” (then).`,
      },
      data: { share, transitions: linked, sentences: sentences.length, good: options.good, problem: options.problem, level: problem ? 'problem' : 'improve' },
    });
  },
});
