import type { Sentence } from '../markdown/ArticleDocument';
import { sameBeginningRuns } from '../language/fr/sameBeginningRuns';
import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

/** Runs of consecutive sentences that begin alike (Yoast SEO's « débuts de phrases »). */
export default defineCheck({
  id: 'sentence-beginnings',
  title: { fr: 'Débuts de phrases', en: 'Sentence beginnings' },
  family: 'readability',
  description: {
    fr: 'Plusieurs phrases de suite commencent par le même mot.',
    en: 'Several sentences in a row begin with the same word.',
  },
  passed: {
    fr: 'Les phrases qui se suivent commencent par des mots variés.',
    en: 'Consecutive sentences begin with varied words.',
  },
  defaultSeverity: 'warning',
  defaultOptions: {
    // Yoast SEO's consecutive sentences assessment: three or more sentences in a row beginning
    // with the same word is a problem, so the longest run allowed is 2.
    max: 2,
  },
  run({ doc, options, report, skip }) {
    if (doc.proseSentences.length <= options.max) return skip();
    const flag = (first: Sentence, beginning: string, length: number): void => {
      report({
        range: first.range,
        message: {
          fr: `${nfr(length)} phrases de suite commencent par « ${beginning} » ; ${nfr(options.max)} au plus recommandées. Variez leurs débuts : un autre sujet, un complément de temps ou de lieu, un mot de liaison.`,
          en: `${nen(length)} sentences in a row begin with “${beginning}”; at most ${nen(options.max)} recommended. Vary how they begin: another subject, a time or place phrase, a transition word.`,
        },
        data: { beginning, length, max: options.max },
      });
    };
    // Runs stay within one block (sameBeginningRuns says why); the figures read the same runs.
    for (const run of sameBeginningRuns(doc.proseSentences)) if (run.length > options.max) flag(run.first, run.beginning, run.length);
  },
});
