import { isFunctionWord } from '../language/fr/functionWords';
import { containsPhrase, findPhrase, keyphraseForms, matchWord, normalizeWord, sameForm, sameWord } from '../language/fr/matchKeyphrase';
import type { KeyphraseForm, MatchWord } from '../language/fr/matchKeyphrase';
import { tokenizeWords } from '../language/fr/tokenizeWords';
import { defineCheck } from './Check';

/** One word of the title, as matching compares it, and whether it is a function word. */
interface TitleWord {
  word: MatchWord;
  functionWord: boolean;
}

// The hyphens normalizePhrase splits words at (« Haut-Karabakh » is « haut », « karabakh »).
const HYPHENS = /[-\u2010\u2011]/;

/**
 * The title's words as normalizePhrase reads them, each marked as keyphraseForms marks a
 * keyphrase's words (isFunctionWord on the part), so that both sides leave out the same words.
 */
function titleWords(title: string): TitleWord[] {
  return tokenizeWords(title).flatMap((token) => token.text.split(HYPHENS)
    .filter((part) => normalizeWord(part) !== '')
    .map((part) => ({ word: matchWord(part), functionWord: isFunctionWord(part) })));
}

/**
 * Whether the title opens with the form, its leading function words aside (« Le Haut-Karabakh… »,
 * « Comment réussir son potager » for « réussir son potager »): its words in a row right there, or
 * — an unquoted form — its content words as the title's first content words, in the keyphrase's
 * order, the function words between them aside (« Tomates et cerises » for « tomates cerises »).
 */
function opensWith(words: readonly TitleWord[], form: KeyphraseForm): boolean {
  const lead = words.findIndex((word) => !word.functionWord);
  const firstContent = lead < 0 ? words.length : lead;
  const same = form.exact ? sameForm : sameWord;
  if (findPhrase(words.map((word) => word.word), form.words, same).some((hit) => hit <= firstContent)) return true;
  if (form.exact) return false;
  const content = words.filter((word) => !word.functionWord).slice(0, form.words.length);
  return content.length === form.words.length && form.words.every((wanted, i) => sameWord(content[i]?.word as MatchWord, wanted));
}

/**
 * The SEO title should carry the focus keyphrase, at its start (Yoast SEO: « Keyphrase in SEO
 * title »).
 */
export default defineCheck({
  id: 'keyphrase-in-title',
  title: { fr: 'Expression clé dans le titre', en: 'Keyphrase in title' },
  family: 'seo',
  description: {
    fr: 'Le titre SEO ne contient pas l’expression clé, ou pas au début.',
    en: 'The SEO title does not contain the keyphrase, or not at its start.',
  },
  passed: {
    fr: 'Le titre SEO commence par l’expression clé ou un synonyme.',
    en: 'The SEO title opens with the keyphrase or a synonym.',
  },
  // Yoast scores a title without the keyphrase red; a warning, since the article still reads well.
  // A keyphrase elsewhere than at the start is Yoast's orange: a notice.
  defaultSeverity: 'warning',
  // No threshold: the keyphrase or a synonym is in the title or not, at its start or not. Its
  // content words, in any order and any form (« élections présidentielles » for « élection
  // présidentielle »), as Yoast accepts them (its « all words found »); a quoted keyphrase must be
  // there word for word.
  defaultOptions: {},
  needsKeyphrase: true,
  run({ doc, report, skip }) {
    const { title, keyphrase, synonyms } = doc;
    // No title at all is `title-missing`'s finding, not this one's.
    if (!title || !keyphrase) return skip();
    const forms = keyphraseForms(keyphrase.text, synonyms);
    if (forms.length === 0) return skip();
    const found = forms.filter((form) => containsPhrase(title.text, [form]));
    const data = { keyphrase: keyphrase.text, synonyms, title: title.text, source: title.source };
    if (found.length > 0) {
      const words = titleWords(title.text);
      if (found.some((form) => opensWith(words, form))) return;
      const [form] = found;
      // The keyphrase itself when it is there, else the synonym found.
      const synonym = form && form.text !== keyphrase.text ? form.text : undefined;
      const what = synonym
        ? { fr: `« ${synonym} », synonyme de l’expression clé « ${keyphrase.text} »,`, en: `“${synonym}”, a synonym of the keyphrase “${keyphrase.text}”,` }
        : { fr: `l’expression clé « ${keyphrase.text} »`, en: `the keyphrase “${keyphrase.text}”` };
      const move = synonym ? { fr: 'Placez l’expression clé ou ce synonyme', en: 'Move the keyphrase or this synonym' } : { fr: 'Placez-la', en: 'Move it' };
      report({
        range: title.range,
        severity: 'info',
        message: {
          fr: `Le titre « ${title.text} » contient ${what.fr} mais pas au début. ${move.fr} en tête du titre : le lecteur en lit d’abord le début, et Google coupe la fin d’un titre trop large.`,
          en: `The title “${title.text}” contains ${what.en} but not at its start. ${move.en} to the start of the title: readers read its start first, and Google cuts the end of a title too wide.`,
        },
        data: { ...data, position: 'elsewhere', ...(synonym ? { found: synonym } : {}) },
      });
      return;
    }
    const nor = synonyms.length === 0 ? { fr: '', en: '' } : {
      fr: `, ni aucun de ses synonymes (${synonyms.map((synonym) => `« ${synonym} »`).join(', ')})`,
      en: `, nor any of its synonyms (${synonyms.map((synonym) => `“${synonym}”`).join(', ')})`,
    };
    report({
      range: title.range,
      message: {
        fr: `Le titre « ${title.text} » ne contient pas l’expression clé « ${keyphrase.text} »${nor.fr}. Placez-la dans le titre, de préférence au début.`,
        en: `The title “${title.text}” does not contain the keyphrase “${keyphrase.text}”${nor.en}. Put it in the title, preferably at the start.`,
      },
      data: { ...data, position: 'absent' },
    });
  },
});
