import { contentWords } from '../language/fr/functionWords';
import { containsForm, findPhrase, keyphraseForms, normalizePhrase, sameForm, sameWord } from '../language/fr/matchKeyphrase';
import type { KeyphraseForm, MatchWord } from '../language/fr/matchKeyphrase';
import { defineCheck } from './Check';

/**
 * Whether an anchor text is one of the forms (the keyphrase or a synonym): its content words are
 * the form's words, all of them and no others, in any order and any form — matched as the
 * keyphrase checks match (matchKeyphrase); function words (« le », « de ») aside. A quoted
 * keyphrase must appear word for word, with nothing but function words around it. An anchor that
 * only mentions the keyphrase among other words (« la crise du Haut-Karabakh ») describes its
 * target in its own terms and does not compete.
 */
export function anchorForm(anchor: string, forms: readonly KeyphraseForm[]): KeyphraseForm | undefined {
  const all = normalizePhrase(anchor);
  if (all.length === 0) return undefined;
  const content = contentWords(anchor).flatMap(normalizePhrase);
  // An anchor of function words only (« ici », « là » are content words; « de la » is not) is read whole.
  const words = content.length > 0 ? content : all;
  const within = (form: KeyphraseForm, same: (a: MatchWord, b: MatchWord) => boolean): boolean => words.every((word) => form.words.some((wanted) => same(word, wanted)));
  return forms.find((form) => (form.exact ? findPhrase(all, form.words, sameForm).length > 0 && within(form, sameForm) : containsForm(words, form) && within(form, sameWord)));
}

/**
 * A link whose anchor text is the page's own keyphrase tells search engines that another page is
 * about it, and makes the two compete (Yoast SEO: « Competing links », formerly « Link focus
 * keyphrase »).
 */
export default defineCheck({
  id: 'competing-links',
  title: { fr: 'Liens concurrents', en: 'Competing links' },
  family: 'seo',
  description: {
    fr: 'Un lien a pour texte l’expression clé de la page : il fait concurrence à la page pour sa propre expression clé.',
    en: 'A link’s anchor text is the page’s keyphrase: it competes with the page for its own keyphrase.',
  },
  passed: {
    fr: 'Aucun lien vers une autre page n’a pour texte l’expression clé.',
    en: 'No link to another page uses the keyphrase as its anchor text.',
  },
  // Yoast SEO's competing links assessment is red as soon as one link does this.
  defaultSeverity: 'warning',
  // No threshold: each link's anchor text is the keyphrase (or a synonym) or it is not.
  defaultOptions: {},
  needsKeyphrase: true,
  run({ doc, report, skip }) {
    const { keyphrase, synonyms } = doc;
    if (!keyphrase) return skip();
    const forms = keyphraseForms(keyphrase.text, synonyms);
    if (forms.length === 0) return skip();
    for (const link of doc.bodyLinks) {
      // A link to a place in this very page (#partie), or to no page (mailto:, tel:), competes with nothing.
      if (link.kind === 'other' || link.url.trim().startsWith('#')) continue;
      const form = anchorForm(link.text, forms);
      if (!form) continue;
      const synonym = form.text !== keyphrase.text;
      const what = synonym
        ? { fr: `le synonyme « ${form.text} » de l’expression clé « ${keyphrase.text} »`, en: `the synonym “${form.text}” of the keyphrase “${keyphrase.text}”` }
        : { fr: `l’expression clé « ${keyphrase.text} »`, en: `the keyphrase “${keyphrase.text}”` };
      report({
        range: link.range,
        message: {
          fr: `Ce lien a pour texte ${what.fr} : il signale aux moteurs de recherche qu’une autre page (${link.url}) traite ce sujet, et la met en concurrence avec celle-ci. Donnez au lien un texte qui décrit la page liée, ou retirez-le.`,
          en: `This link's anchor text is ${what.en}: it tells search engines that another page (${link.url}) covers this topic, and makes it compete with this one. Give the link a text that describes the linked page, or remove it.`,
        },
        data: { url: link.url, anchor: link.text, keyphrase: keyphrase.text, matched: form.text, kind: link.kind },
      });
    }
  },
});
