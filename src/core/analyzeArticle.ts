import type { Root } from 'mdast';
import type { CheckRun, SiteChecks } from './checks/runChecks';
import { runChecks } from './checks/runChecks';
import { allChecks } from './checks/registry';
import type { PlumeConfig } from './config/PlumeConfig';
import { resolveContentRoot, resolveSiteUrl, resolveSynonyms } from './config/resolveConfig';
import { resolveSettings } from './config/resolveSettings';
import { ArticleDocument } from './markdown/ArticleDocument';
import type { ArticleOptions } from './markdown/ArticleDocument';

export interface ArticleAnalysis extends CheckRun {
  doc: ArticleDocument;
}

/**
 * The whole analysis of one Markdown article: parse once, run every enabled check. The
 * entry point shared by the CLI, the diagnostics provider and the rewrite validator. `root`:
 * the tree of `text` when it was parsed elsewhere (see ArticleDocument). `siteChecks: 'without'`
 * leaves the checks between articles to a later run on the article's subject (runSiteChecks).
 */
export function analyzeArticle(text: string, layers: readonly (PlumeConfig | undefined)[] = [], root?: Root, options: ArticleOptions = {}, siteChecks: SiteChecks = 'with'): ArticleAnalysis {
  // The team's synonyms and site address come with the layers, so every front end (CLI, editor,
  // rewrite) has them.
  const doc = new ArticleDocument(text, root, { ...options, synonyms: { ...resolveSynonyms(layers), ...options.synonyms }, siteUrl: options.siteUrl ?? resolveSiteUrl(layers), contentRoot: options.contentRoot ?? resolveContentRoot(layers) });
  return { doc, ...runChecks(doc, allChecks, resolveSettings(allChecks, layers), siteChecks) };
}
