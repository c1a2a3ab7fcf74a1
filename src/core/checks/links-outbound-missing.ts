import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

/** A text should cite other sites, with links that count (Yoast SEO: « Outbound links »). */
export default defineCheck({
  id: 'links-outbound-missing',
  title: { fr: 'Liens sortants', en: 'Outbound links' },
  family: 'seo',
  description: {
    fr: 'Le texte ne contient aucun lien sortant (vers un autre site), ou seulement des liens nofollow.',
    en: 'The text has no outbound link (to another site), or only nofollow ones.',
  },
  passed: {
    fr: 'Le texte a un lien sortant suivi, ou il est trop court pour en demander un.',
    en: 'The text has a followed outbound link, or is too short to need one.',
  },
  // Yoast SEO's outbound links assessment: red without any outbound link, orange when all of
  // them are nofollow (that one is reported as `info`).
  defaultSeverity: 'warning',
  defaultOptions: {
    // 300 words, as links-internal-missing: Yoast SEO's minimum for a post. Yoast asks it of any
    // text; a shorter one is a note that word-count-min already calls short. 300 words exactly
    // are checked.
    minWords: 300,
  },
  run({ doc, options, report, skip }) {
    const words = doc.wordCount;
    if (words < options.minWords) return skip();
    const outbound = doc.bodyLinks.filter((link) => link.kind === 'outbound');
    const first = outbound[0];
    if (!first) {
      report({
        range: doc.bodyStartRange,
        message: {
          fr: `Aucun lien sortant dans ce texte de ${nfr(words)} mots. Citez vos sources avec un lien vers une page d’un autre site (étude, document officiel, article de référence) : il appuie ce que vous avancez et aide les moteurs de recherche à situer le sujet.`,
          en: `No outbound link in this ${nen(words)}-word text. Cite your sources with a link to a page on another site (a study, an official document, a reference article): it backs up what you say and helps search engines place the topic.`,
        },
        data: { words, minWords: options.minWords, outbound: 0, nofollow: 0 },
      });
      return;
    }
    // Only an HTML link can be nofollow (Markdown has no rel): one followed link is enough.
    if (!outbound.every((link) => link.nofollow)) return;
    const n = outbound.length;
    report({
      range: first.range,
      severity: 'info',
      message: {
        fr: `${n > 1 ? `Les ${nfr(n)} liens sortants du texte portent tous` : 'Le seul lien sortant du texte porte'} rel="nofollow" : un lien nofollow ne transmet aucune autorité à la page citée. Retirez nofollow des liens vers les sources auxquelles vous vous fiez ; gardez-le pour les liens publicitaires ou non vérifiés.`,
        en: `${n > 1 ? `All ${nen(n)} outbound links of the text are` : 'The only outbound link of the text is'} rel="nofollow": a nofollow link passes no authority to the page it cites. Remove nofollow from links to sources you trust; keep it for paid or unvetted links.`,
      },
      data: { words, minWords: options.minWords, outbound: n, nofollow: n },
    });
  },
});
