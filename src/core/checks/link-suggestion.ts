import { appendReadAlso, markdownLinkTarget, wrapInLink } from '../fixes/insertLink';
import type { LinkTarget } from '../fixes/insertLink';
import type { SourceRange } from '../markdown/readFrontMatter';
import { suggestLinks } from '../site/linkSuggestions';
import type { LinkSuggestion } from '../site/linkSuggestions';
import { phraseStems } from '../site/prominentWords';
import { relativeTo } from '../site/relativeTo';
import type { SubjectWord } from '../site/SiteSubject';
import { defineCheck } from './Check';
import type { Localized } from './Check';
import { nen, nfr } from './formatNumber';

/** The link to add: its target, and whether it goes around the words the finding sits on (else a « À lire aussi » line). */
export interface LinkSuggestionFix extends LinkTarget {
  wrap: boolean;
}

/**
 * Internal link suggestions (Yoast SEO's, by prominent words): another article of the site on the
 * same topic — the same keyphrase, its keyphrase among this article's prominent words, or enough
 * prominent words shared — that this article does not link to. One finding per article to link
 * to, on the word a link could go around, each with its own quick fix.
 */
export default defineCheck<{ minShared: number; max: number }, LinkSuggestionFix>({
  id: 'link-suggestion',
  title: { fr: 'Suggestions de liens internes', en: 'Internal link suggestions' },
  family: 'seo',
  description: {
    fr: 'Un autre article du site traite du même sujet (même expression clé ou mêmes mots importants), et celui-ci ne fait pas de lien vers lui.',
    en: 'Another article of the site covers the same topic (same keyphrase or prominent words), and this one does not link to it.',
  },
  passed: {
    fr: 'L’article fait déjà des liens vers les articles proches du site, ou Plume ne voit pas le reste du site.',
    en: 'The article already links to the related articles of the site, or Plume does not see the rest of the site.',
  },
  // Advice, as Yoast SEO's suggestions are: a writer picks the links that serve the reader.
  defaultSeverity: 'info',
  defaultOptions: {
    // Three of an article's eight prominent words: on the 64 articles of bench/corpus-fr, the pairs
    // sharing three or more (the site's common words aside) come from the same blog in 8 cases of
    // 9; sharing two, in 42 of 53 — pairs such as « application, développer » that say little.
    minShared: 3,
    // Three links suggested at most: a few good links serve the reader; the strongest come first.
    max: 3,
  },
  needsSite: true,
  run({ subject, site, options, report, skip }) {
    const { path } = subject;
    if (!site || path === '' || !site.hasOthers(path) || (!subject.keyphrase && !subject.prominent?.length)) return skip();
    // A link whose text is this article's one-word keyphrase would compete with it (competing-links).
    const own = subject.keyphrase ? phraseStems(subject.keyphrase.text) : [];
    const used = new Set<string>();
    for (const suggestion of suggestLinks(subject, site, options)) {
      const { article } = suggestion;
      const anchor = anchorOf(suggestion, subject.prominent ?? [], own, used, (stem) => site.withProminent(stem).length);
      if (anchor) used.add(anchor.stem);
      const shown = relativeTo(path, article.path);
      const title = article.title ?? shown.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
      const why = reasonOf(suggestion, subject.prominent?.length ?? 0);
      const where = anchor
        ? { fr: `, par exemple sur « ${anchor.word} »`, en: `, for example on “${anchor.word}”` }
        : { fr: ' (une ligne « À lire aussi » en fin d’article, par exemple)', en: ' (an “À lire aussi” line at the end of the article, for example)' };
      // The other keyphrase, when the link may take it as its text: never this article's own (competing-links).
      const phrase = suggestion.reason !== 'same-keyphrase' ? article.keyphrase?.text : undefined;
      report({
        range: anchor?.at ?? subject.bodyStart,
        message: {
          fr: `Lien interne suggéré vers « ${title} » (${shown}) : ${why.fr}. Aucun lien de cet article n’y mène encore : ajoutez-en un${where.fr} ; il conduit le lecteur vers la suite du sujet et montre aux moteurs de recherche que les deux pages vont ensemble.`,
          en: `Suggested internal link to “${title}” (${shown}): ${why.en}. No link of this article leads there yet: add one${where.en}; it takes readers on through the topic and shows search engines that the two pages belong together.`,
        },
        data: { target: shown, reason: suggestion.reason, shared: suggestion.shared.map((word) => word.word), anchor: anchor?.word ?? null },
        fix: { link: markdownLinkTarget(shown), title, ...(phrase ? { phrase } : {}), wrap: anchor !== undefined },
      });
    }
  },
  fixes: (fix, finding, { doc }) => [
    {
      title: { fr: `Ajouter un lien vers « ${fix.title} »`, en: `Add a link to “${fix.title}”` },
      edits: (fix.wrap ? wrapInLink(doc, finding.range, fix) : undefined) ?? appendReadAlso(doc, fix),
    },
  ],
});

/**
 * The word the link could go around: one of the other article's keyphrase first, then the words
 * shared, the rarest in the site first (« Canary » says more of where a link leads than « React »,
 * which ten articles share) — one that has a place in the prose, is not this article's one-word
 * keyphrase, and is not already the place of a stronger suggestion.
 */
function anchorOf(suggestion: LinkSuggestion, words: readonly SubjectWord[], own: readonly string[], used: ReadonlySet<string>, articlesWith: (stem: string) => number): (SubjectWord & { at: SourceRange }) | undefined {
  const theirs = suggestion.article.keyphrase && suggestion.reason === 'keyphrase' ? new Set(phraseStems(suggestion.article.keyphrase.text)) : new Set<string>();
  const rarest = [...suggestion.shared].sort((a, b) => articlesWith(a.stem) - articlesWith(b.stem));
  const candidates = [...words.filter((word) => theirs.has(word.stem)), ...rarest];
  return candidates.find((word): word is SubjectWord & { at: SourceRange } => word.at !== undefined && !used.has(word.stem) && !(own.length === 1 && own[0] === word.stem));
}

/** What the two articles share, as the message says it. */
function reasonOf({ article, reason, shared }: LinkSuggestion, total: number): Localized {
  const keyphrase = article.keyphrase?.text ?? '';
  if (reason === 'same-keyphrase') return { fr: `il vise la même expression clé, « ${keyphrase} »`, en: `it targets the same keyphrase, “${keyphrase}”` };
  if (reason === 'keyphrase') return { fr: `son expression clé, « ${keyphrase} », revient souvent dans le texte`, en: `its keyphrase, “${keyphrase}”, comes up often in the text` };
  const list = `${shared.slice(0, 4).map((word) => word.word).join(', ')}${shared.length > 4 ? '…' : ''}`;
  return {
    fr: `il partage ${nfr(shared.length)} des ${nfr(total)} mots les plus fréquents du texte (${list})`,
    en: `it shares ${nen(shared.length)} of the text’s ${nen(total)} most frequent words (${list})`,
  };
}
