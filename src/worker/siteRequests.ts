// The workspace index's requests to the analysis worker, answered the same way in the worker and
// in the extension host when no worker can start (AnalysisClient's in-process fallback).
import type { EditorAnalyses } from '../core/analyzeForEditor';
import type { SiteArticle } from '../core/site/SiteIndex';

/**
 * What the workspace index asks (see AnalysisClient.site): `summarize` a text (answer: whether the
 * index changed), `index` a text and get its summary back (answer: { changed, summary }),
 * `restore` a stored summary without parsing (answer: whether the index changed), `remove` a
 * file, or say the workspace was read `complete`.
 */
export type SiteRequest =
  | { summarize: { key: string; text: string } }
  | { index: { key: string; text: string } }
  | { restore: { key: string; summary: SiteArticle } }
  | { remove: string }
  | { complete: true };

/** The answer to a site request (one place for the worker and the in-process fallback). */
export function answerSite(analyses: EditorAnalyses, site: SiteRequest): boolean | { changed: boolean; summary?: SiteArticle } {
  if ('summarize' in site) return analyses.summarize(site.summarize.key, site.summarize.text);
  if ('index' in site) return analyses.index(site.index.key, site.index.text);
  if ('restore' in site) return analyses.restore(site.restore.key, site.restore.summary);
  if ('remove' in site) return analyses.removeFromSite(site.remove);
  analyses.completeSite();
  return true;
}
