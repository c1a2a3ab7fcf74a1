// The workspace index's requests to the analysis worker, answered the same way in the worker and
// in the extension host when no worker can start (AnalysisClient's in-process fallback).
import type { EditorAnalyses } from '../core/analyzeForEditor';
import type { ClosedFindingsAnswer, ClosedFindingsRequest } from '../core/site/ClosedArticleFindings';
import type { SiteEntry } from '../core/site/SiteEntry';

/**
 * What the workspace index asks (see AnalysisClient.site): `summarize` a text (answer: whether the
 * index changed), `index` a text and get its entry back (answer: { changed, entry }), `restore` a
 * stored entry without parsing (answer: whether the index changed), `remove` a file, say the
 * workspace was read `complete`, or ask the findings of the articles that are not open (`closed`,
 * then `closedMore` for the next slices).
 */
export type SiteRequest =
  | { summarize: { key: string; text: string } }
  | { index: { key: string; text: string } }
  | { restore: { key: string; entry: SiteEntry } }
  | { remove: string }
  | { complete: true }
  | { closed: ClosedFindingsRequest }
  | { closedMore: true };

/** The answer to a site request (one place for the worker and the in-process fallback). */
export function answerSite(analyses: EditorAnalyses, site: SiteRequest): boolean | { changed: boolean; entry?: SiteEntry } | ClosedFindingsAnswer {
  if ('summarize' in site) return analyses.summarize(site.summarize.key, site.summarize.text);
  if ('index' in site) return analyses.index(site.index.key, site.index.text);
  if ('restore' in site) return analyses.restore(site.restore.key, site.restore.entry);
  if ('remove' in site) return analyses.removeFromSite(site.remove);
  if ('closed' in site) return analyses.closedFindings(site.closed);
  if ('closedMore' in site) return analyses.closedFindingsMore();
  analyses.completeSite();
  return true;
}
