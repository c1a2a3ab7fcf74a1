import { contentWords } from '../language/fr/functionWords';
import { readSentenceWords } from '../language/fr/sentenceWords';
import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

/** The focus keyphrase is short enough to be searched for (Yoast SEO's « Keyphrase length »). */
export default defineCheck({
  id: 'keyphrase-length',
  title: { fr: 'Longueur de l’expression clé', en: 'Keyphrase length' },
  family: 'seo',
  description: {
    fr: 'L’expression clé compte trop de mots pleins, ou aucun.',
    en: 'The keyphrase has too many content words, or none.',
  },
  passed: {
    fr: 'L’expression clé est courte et nomme le sujet.',
    en: 'The keyphrase is short and names the topic.',
  },
  // Yoast scores a keyphrase of more than 8 content words red.
  defaultSeverity: 'warning',
  defaultOptions: {
    // Yoast SEO's keyphrase length for languages whose function words it knows, French among
    // them: 1 to 4 content words green, 5 to 8 orange, more than 8 red.
    good: 4,
    problem: 8,
  },
  needsKeyphrase: true,
  run({ doc, options, report, skip }) {
    const keyphrase = doc.keyphrase;
    if (!keyphrase) return skip();
    // Content words as the function word list reads them: « Haut-Karabakh » is one, « l’Arménie »
    // is « arménie »; quotes and punctuation are no words.
    const content = contentWords(keyphrase.text);
    const key = keyphrase.text;
    if (content.length === 0) {
      // A phrase of function words alone (« tout ce que », « pour quoi ») names no topic;
      // Yoast says so as a notice. Without any word at all, there is nothing to say.
      if (readSentenceWords(keyphrase.text).words.length === 0) return;
      report({
        range: keyphrase.range,
        severity: 'info',
        message: {
          fr: `L’expression clé « ${key} » n’est faite que de mots outils (articles, prépositions, pronoms…) : elle ne dit pas le sujet du texte. Choisissez une expression qui le nomme, par exemple celle que vos lecteurs taperaient dans un moteur de recherche.`,
          en: `The keyphrase “${key}” is made of function words only (articles, prepositions, pronouns…): it does not name the text's topic. Choose a phrase that does, such as the one your readers would type into a search engine.`,
        },
        data: { keyphrase: key, contentWords: 0, good: options.good, problem: options.problem },
      });
      return;
    }
    const count = content.length;
    if (count <= options.good) return;
    const tooLong = count > options.problem;
    const listed = content.join(', ');
    report({
      range: keyphrase.range,
      ...(tooLong ? {} : { severity: 'info' as const }),
      message: {
        fr: `L’expression clé « ${key} » compte ${nfr(count)} mots pleins (${listed}) ; ${nfr(options.good)} au plus recommandés${tooLong ? `, et plus de ${nfr(options.problem)} est bien trop` : ''}. Gardez-en ${nfr(options.good)} au plus, ceux qui disent le sujet : une expression plus courte est plus souvent cherchée, et plus facile à placer dans le titre et le texte.`,
        en: `The keyphrase “${key}” has ${nen(count)} content words (${listed}); at most ${nen(options.good)} recommended${tooLong ? `, and over ${nen(options.problem)} is far too many` : ''}. Keep at most ${nen(options.good)}, those that name the topic: a shorter phrase is searched for more often, and easier to place in the title and the text.`,
      },
      data: { keyphrase: key, contentWords: count, good: options.good, problem: options.problem },
    });
  },
});
