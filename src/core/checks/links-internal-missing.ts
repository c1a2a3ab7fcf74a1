import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

/** A text should link to other pages of its own site (Yoast SEO: « Internal links »). */
export default defineCheck({
  id: 'links-internal-missing',
  title: { fr: 'Liens internes', en: 'Internal links' },
  family: 'seo',
  description: {
    fr: 'Le texte ne contient aucun lien interne (vers une autre page du site).',
    en: 'The text has no internal link (to another page of the site).',
  },
  passed: {
    fr: 'Le texte a un lien interne, ou il est trop court pour en demander un.',
    en: 'The text has an internal link, or is too short to need one.',
  },
  // Yoast SEO's internal links assessment is red when a text has none.
  defaultSeverity: 'warning',
  defaultOptions: {
    // 300 words: Yoast SEO's minimum for a post (its text length assessment is red below it).
    // A shorter text is a brief or a note, which word-count-min already calls short; 300 words
    // exactly are checked.
    minWords: 300,
  },
  run({ doc, options, report, skip }) {
    const words = doc.wordCount;
    if (words < options.minWords) return skip();
    const links = doc.bodyLinks;
    if (links.some((link) => link.kind === 'internal')) return;
    const absolute = links.filter((link) => link.kind === 'outbound').length;
    // Without the site's address, a link to the site written in full (https://…) looks outbound:
    // say so when there are such links, since that is the likeliest reason for the finding.
    const hint = doc.siteUrl || absolute === 0 ? { fr: '', en: '' } : {
      fr: ` Si ${absolute > 1 ? `certains des ${nfr(absolute)} liens absolus du texte mènent` : 'le lien absolu du texte mène'} à votre site, donnez son adresse dans « siteUrl » (.plumerc.json) ou « plume.siteUrl » (VS Code).`,
      en: ` If ${absolute > 1 ? `some of the text's ${nen(absolute)} absolute links lead` : "the text's absolute link leads"} to your site, give its address as “siteUrl” (.plumerc.json) or “plume.siteUrl” (VS Code).`,
    };
    report({
      range: doc.bodyStartRange,
      message: {
        fr: `Aucun lien interne dans ce texte de ${nfr(words)} mots. Ajoutez au moins un lien vers une autre page de votre site (un article lié, une page de fond) : il guide le lecteur et aide les moteurs de recherche à explorer le site.${hint.fr}`,
        en: `No internal link in this ${nen(words)}-word text. Add at least one link to another page of your site (a related article, a background page): it guides readers and helps search engines crawl the site.${hint.en}`,
      },
      data: { words, minWords: options.minWords, outboundLinks: absolute, siteUrl: doc.siteUrl ?? null },
    });
  },
});
