import { listPaths, relativeTo } from '../site/relativeTo';
import { defineCheck } from './Check';

/** Two articles with one meta description: the snippet says nothing of either. */
export default defineCheck({
  id: 'description-duplicate',
  title: { fr: 'Méta-description unique', en: 'Unique meta description' },
  family: 'seo',
  description: {
    fr: 'Un autre article du site a la même méta-description.',
    en: 'Another article of the site has the same meta description.',
  },
  passed: {
    fr: 'Aucun autre article du site n’a cette méta-description, ou Plume ne voit pas le reste du site.',
    en: 'No other article of the site has this meta description, or Plume does not see the rest of the site.',
  },
  defaultSeverity: 'warning',
  defaultOptions: {},
  needsSite: true,
  run({ subject, site, report, skip }) {
    const { description, path } = subject;
    if (!site || !description || path === '' || !site.hasOthers(path)) return skip();
    const others = site.sameDescription(path, description.text).map((article) => relativeTo(path, article.path));
    if (others.length === 0) return;
    const list = listPaths(others);
    report({
      range: description.range,
      message: {
        fr: `Cette méta-description est aussi celle de ${list.fr}. Elle est l’extrait que Google montre sous le titre : écrivez pour chaque article un résumé qui lui est propre.`,
        en: `This meta description is also that of ${list.en}. It is the excerpt Google shows under the title: write each article a summary of its own.`,
      },
      data: { others },
    });
  },
});
