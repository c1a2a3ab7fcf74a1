import { listPaths, relativeTo } from '../site/relativeTo';
import { defineCheck } from './Check';

/** Two articles with one SEO title: the results page cannot tell them apart. */
export default defineCheck({
  id: 'title-duplicate',
  title: { fr: 'Titre SEO unique', en: 'Unique SEO title' },
  family: 'seo',
  description: {
    fr: 'Un autre article du site a le même titre SEO.',
    en: 'Another article of the site has the same SEO title.',
  },
  passed: {
    fr: 'Aucun autre article du site n’a ce titre, ou Plume ne voit pas le reste du site.',
    en: 'No other article of the site has this title, or Plume does not see the rest of the site.',
  },
  defaultSeverity: 'warning',
  defaultOptions: {},
  needsSite: true,
  run({ subject, site, report, skip }) {
    const { title, path } = subject;
    if (!site || !title || path === '' || !site.hasOthers(path)) return skip();
    const others = site.sameTitle(path, title.text).map((article) => relativeTo(path, article.path));
    if (others.length === 0) return;
    const list = listPaths(others);
    report({
      range: title.range,
      message: {
        fr: `Le titre « ${title.text} » est aussi celui de ${list.fr}. Google montre le titre dans ses résultats : donnez à chaque article le sien, qui dit ce qu’il a de particulier.`,
        en: `The title “${title.text}” is also that of ${list.en}. Google shows the title in its results: give each article its own, saying what sets it apart.`,
      },
      data: { others },
    });
  },
});
