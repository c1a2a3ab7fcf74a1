import { detectLanguage } from '../language/fr';
import type { LanguageCode } from '../language/fr';
import type { Localized } from './Check';
import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

const NAMES: Record<LanguageCode, Localized> = {
  fr: { fr: 'français', en: 'French' },
  en: { fr: 'anglais', en: 'English' },
  es: { fr: 'espagnol', en: 'Spanish' },
  de: { fr: 'allemand', en: 'German' },
  it: { fr: 'italien', en: 'Italian' },
};

const percent = (score: number): number => Math.round(score * 100);

/** Plume's checks (syllables, function words, sentence rules) only make sense on French text. */
export default defineCheck({
  id: 'not-french',
  title: { fr: 'Langue du texte', en: 'Text language' },
  family: 'readability',
  description: {
    fr: 'Le texte n’est pas en français.',
    en: 'The text is not in French.',
  },
  passed: {
    fr: 'Rien n’indique que le texte soit dans une autre langue que le français.',
    en: 'Nothing suggests the text is in a language other than French.',
  },
  // An error: every other finding (readability, keyphrase, sentences) is meaningless on a
  // text in another language, and a French site would publish it as is.
  defaultSeverity: 'error',
  defaultOptions: {
    // Below about 50 words each word moves a function-word share by 2 points or more: the
    // guess is noise (the same floor as detectLanguage's own default).
    minWords: 50,
  },
  run({ doc, options, report, skip }) {
    if (doc.wordCount < options.minWords) return skip();
    let guess = doc.language;
    // The shared guess refuses texts under its own floor; a lower `minWords` asks again.
    if (guess.language === 'unknown' && guess.words >= options.minWords) {
      guess = detectLanguage(doc.blockWords.flatMap((tokens) => tokens.texts()), options.minWords);
    }
    const language = guess.language;
    // French, or no confident guess (lists of names, figures, code): nothing to say.
    if (language === 'unknown') return skip();
    if (language === 'fr') return;
    const name = NAMES[language];
    const fr = percent(guess.scores.fr);
    const other = percent(guess.scores[language]);
    report({
      range: doc.bodyStartRange,
      message: {
        fr: `Le texte semble être en ${name.fr} (mots-outils français : ${nfr(fr)} % ; ${name.fr} : ${nfr(other)} %). Plume analyse des articles en français : traduisez-le ou réécrivez-le avec Plume.`,
        en: `The text seems to be in ${name.en} (French function words: ${nen(fr)}%; ${name.en}: ${nen(other)}%). Plume analyses French articles: translate it or rewrite it with Plume.`,
      },
      data: { language, scores: guess.scores, words: guess.words },
    });
  },
});
