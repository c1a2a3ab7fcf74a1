// Which other articles of a site this one should link to: those on its topic that it does not
// link to yet. Two articles are on one topic when they target the same keyphrase, when the other's
// keyphrase is among this one's prominent words (this article talks about what the other one is
// about), or when they share enough prominent words (prominentWords). The idea is Yoast SEO's
// internal linking suggestions; the rules and numbers are Plume's, measured on bench/corpus-fr.
import type { SiteArticle, SiteIndex } from './SiteIndex';
import type { SiteSubject, SubjectWord } from './SiteSubject';

/**
 * Why the other article is suggested, strongest first: the same keyphrase (two pages on one
 * search, keyphrase-used-elsewhere), its keyphrase among this article's prominent words, or
 * prominent words shared.
 */
export type SuggestionReason = 'same-keyphrase' | 'keyphrase' | 'words';

export interface LinkSuggestion {
  article: SiteArticle;
  reason: SuggestionReason;
  /** This article's prominent words that the other one shares (the site's common words aside), in this article's order. */
  shared: SubjectWord[];
}

/**
 * A word among the prominent words of more than a quarter of a site's articles is the site's own
 * vocabulary (« utiliser » and « données » on bench/corpus-fr, « recette » on a cooking blog), not
 * a topic two articles share: it is not counted — when COMMON_MIN_ARTICLES articles at least have
 * it, so that on a small site a word three articles share still counts. Skipping these also keeps
 * the postings read per article short on a big site.
 */
export const COMMON_SHARE = 0.25;
export const COMMON_MIN_ARTICLES = 8;

const RANK: Record<SuggestionReason, number> = { 'same-keyphrase': 0, keyphrase: 1, words: 2 };

/**
 * The suggestions for `subject`, strongest first (reason, then more words shared, then path), at
 * most `max`: articles it does not link to, that share its keyphrase, or whose keyphrase is among
 * its prominent words, or that share at least `minShared` of its prominent words.
 */
export function suggestLinks(subject: SiteSubject, site: SiteIndex, options: { minShared: number; max: number }): LinkSuggestion[] {
  const { path } = subject;
  // A site-absolute link may be one of several files (a page's address): any of them is linked to.
  const linked = new Set(subject.links.flatMap((link) => [link.path, ...(link.alternatives ?? [])]));
  const words = subject.prominent ?? [];
  const stems = new Set(words.map((word) => word.stem));
  // Counted, not listed, while every article sharing a word passes by: a site's postings can be long.
  const found = new Map<string, { article: SiteArticle; reason: SuggestionReason; shared: number }>();
  const candidate = (article: SiteArticle) => {
    if (article.path === path || linked.has(article.path)) return undefined;
    let entry = found.get(article.path);
    if (!entry) {
      entry = { article, reason: 'words', shared: 0 };
      found.set(article.path, entry);
    }
    return entry;
  };
  const counted = new Set<string>();
  for (const { stem } of words) {
    const sharing = site.withProminent(stem);
    // The site's own vocabulary: see COMMON_SHARE.
    if (!(sharing.length >= COMMON_MIN_ARTICLES && sharing.length > site.size * COMMON_SHARE)) {
      counted.add(stem);
      for (const article of sharing) {
        const entry = candidate(article);
        if (entry) entry.shared += 1;
      }
    }
    for (const keyphrase of site.withKeyphraseStem(stem)) {
      if (!keyphrase.stems.every((other) => stems.has(other))) continue;
      const entry = candidate(keyphrase.article);
      if (entry) entry.reason = 'keyphrase';
    }
  }
  if (subject.keyphrase) {
    for (const article of site.sameKeyphrase(path, subject.keyphrase.text)) {
      const entry = candidate(article);
      if (entry) entry.reason = 'same-keyphrase';
    }
  }
  return [...found.values()]
    .filter((entry) => entry.reason !== 'words' || entry.shared >= options.minShared)
    .sort((a, b) => RANK[a.reason] - RANK[b.reason] || b.shared - a.shared || (a.article.path < b.article.path ? -1 : a.article.path > b.article.path ? 1 : 0))
    .slice(0, Math.max(0, options.max))
    .map(({ article, reason }) => ({ article, reason, shared: words.filter((word) => counted.has(word.stem) && article.prominent?.includes(word.stem)) }));
}
