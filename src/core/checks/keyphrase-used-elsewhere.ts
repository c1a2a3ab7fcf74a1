import { relativeTo, listPaths } from '../site/relativeTo';
import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

/**
 * Two articles of a site competing for one search (Yoast SEO's « Previously used keyphrase »:
 * used once before is to improve, more often is a problem).
 */
export default defineCheck({
  id: 'keyphrase-used-elsewhere',
  title: { fr: 'Expression clé déjà utilisée', en: 'Keyphrase already used' },
  family: 'seo',
  description: {
    fr: 'D’autres articles du site visent la même expression clé.',
    en: 'Other articles of the site target the same keyphrase.',
  },
  passed: {
    fr: 'Aucun autre article du site ne vise cette expression clé, ou Plume ne voit pas le reste du site.',
    en: 'No other article of the site targets this keyphrase, or Plume does not see the rest of the site.',
  },
  defaultSeverity: 'warning',
  defaultOptions: {},
  needsKeyphrase: true,
  needsSite: true,
  run({ subject, site, report, skip }) {
    const { keyphrase, path } = subject;
    if (!site || !keyphrase || path === '' || !site.hasOthers(path)) return skip();
    const others = site.sameKeyphrase(path, keyphrase.text).map((article) => relativeTo(path, article.path));
    if (others.length === 0) return;
    const list = listPaths(others);
    report({
      range: keyphrase.range,
      // Used once elsewhere: to improve; more often: the check's own severity.
      ...(others.length === 1 ? { severity: 'info' as const } : {}),
      message: {
        fr: `L’expression clé « ${keyphrase.text} » est déjà celle de ${nfr(others.length)} autre${others.length > 1 ? 's' : ''} article${others.length > 1 ? 's' : ''} : ${list.fr}. Deux pages sur la même recherche se font concurrence : choisissez une expression plus précise pour celui-ci, ou réunissez-les.`,
        en: `The keyphrase “${keyphrase.text}” is already that of ${nen(others.length)} other article${others.length > 1 ? 's' : ''}: ${list.en}. Two pages on one search compete with each other: choose a more precise keyphrase for this one, or merge them.`,
      },
      data: { others },
    });
  },
});
