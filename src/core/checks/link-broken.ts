import { relativeTo } from '../site/relativeTo';
import { defineCheck } from './Check';

/**
 * A relative link to a Markdown file that is not there, or to a heading anchor that no heading of
 * its target makes (GitHub's slugs, as VS Code's Markdown preview makes them). Links within the
 * article (`#plan`) are checked always; links to other files when the run knows the site; a
 * site-absolute link (« /guides/famille/ ») when `.plumerc.json` names the site's `contentRoot`. It reads
 * only the article's subject, as the checks between articles do, so it runs with them.
 */
export default defineCheck({
  id: 'link-broken',
  title: { fr: 'Liens internes valides', en: 'Valid internal links' },
  family: 'seo',
  description: {
    fr: 'Un lien relatif mène à un article ou à un intertitre qui n’existe pas.',
    en: 'A relative link leads to an article or a heading that does not exist.',
  },
  passed: {
    fr: 'Les liens vers les intertitres et les autres articles mènent quelque part.',
    en: 'The links to headings and other articles lead somewhere.',
  },
  defaultSeverity: 'warning',
  defaultOptions: {},
  needsSite: true,
  run({ subject, site, report, skip }) {
    const { path } = subject;
    const own = new Set(subject.anchors);
    let checked = 0;
    for (const target of subject.links) {
      const self = target.path === path;
      if (!self && (!site || path === '')) continue;
      checked++;
      const found = self ? path : site?.existingTarget(target);
      const shown = self ? '' : target.page ?? relativeTo(path, found ?? target.path);
      if (found === undefined) {
        report({
          range: target.range,
          message: target.page !== undefined
            ? {
              fr: `Lien cassé : la page « ${shown} » ne correspond à aucun article du dossier des pages (contentRoot : cherché « ${relativeTo(path, target.path)} » et ${target.alternatives?.length ?? 0} autres noms). Corrigez l’adresse ou retirez le lien.`,
              en: `Broken link: the page “${shown}” matches no article of the pages' folder (contentRoot: looked for “${relativeTo(path, target.path)}” and ${target.alternatives?.length ?? 0} other names). Fix the address or remove the link.`,
            }
            : {
              fr: `Lien cassé : « ${shown} » n’existe pas. Corrigez le chemin (relatif au dossier de cet article) ou retirez le lien.`,
              en: `Broken link: “${shown}” does not exist. Fix the path (relative to this article’s folder) or remove the link.`,
            },
          data: { target: target.path, ...(target.page !== undefined ? { page: target.page } : {}) },
        });
        continue;
      }
      if (target.anchor === undefined || target.anchor === '') continue;
      const anchors = self ? own : site?.article(found) ? new Set(site.article(found)?.anchors) : undefined;
      // A target outside the articles given: its headings are unknown.
      if (!anchors || anchors.has(target.anchor.toLowerCase()) || anchors.has(target.anchor)) continue;
      report({
        range: target.range,
        message: {
          fr: `Ancre introuvable : aucun intertitre ${self ? 'de cet article' : `de « ${shown} »`} ne donne « #${target.anchor} ». Un intertitre renommé change son ancre : mettez le lien à jour.`,
          en: `Anchor not found: no heading ${self ? 'of this article' : `of “${shown}”`} makes “#${target.anchor}”. A renamed heading changes its anchor: update the link.`,
        },
        data: { target: target.path, anchor: target.anchor },
      });
    }
    if (checked === 0) skip();
  },
});
