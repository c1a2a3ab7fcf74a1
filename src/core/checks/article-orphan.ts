import { defineCheck } from './Check';

/** An article no other article links to: readers and search engines reach it by chance only. */
export default defineCheck({
  id: 'article-orphan',
  title: { fr: 'Liens vers l’article', en: 'Links to the article' },
  family: 'seo',
  description: {
    fr: 'Aucun autre article du site ne mène à celui-ci.',
    en: 'No other article of the site links to this one.',
  },
  passed: {
    fr: 'D’autres articles du site mènent à celui-ci, ou Plume ne voit pas le reste du site.',
    en: 'Other articles of the site link to this one, or Plume does not see the rest of the site.',
  },
  // Advice: a new article is an orphan until others link to it.
  defaultSeverity: 'info',
  defaultOptions: {},
  needsSite: true,
  run({ subject, site, report, skip }) {
    const { path } = subject;
    if (!site || path === '' || !site.hasOthers(path)) return skip();
    if (site.linkingTo(path).length > 0) return;
    report({
      range: subject.bodyStart,
      message: {
        fr: 'Aucun autre article du site ne fait de lien vers celui-ci : les lecteurs et les moteurs de recherche ne le trouvent qu’en le cherchant. Ajoutez un lien vers lui depuis un article voisin.',
        en: 'No other article of the site links to this one: readers and search engines only find it by looking for it. Add a link to it from a related article.',
      },
    });
  },
});
