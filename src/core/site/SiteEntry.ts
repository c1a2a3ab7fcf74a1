// What a site keeps of one article, read in the parse that reads it: what the other articles'
// checks read of it (its summary), and what its own checks between articles read (its subject)
// with the places of the subject's offsets, so that their findings can be placed without the text.
// `plume check` keeps it between its two passes; the editor keeps it for every article of the
// workspace (and between sessions, in its store), to judge the articles that are not open.
import type { ArticleDocument } from '../markdown/ArticleDocument';
import { summarizeArticle } from './SiteIndex';
import type { SiteArticle } from './SiteIndex';
import { siteSubjectOf, subjectOffsets } from './SiteSubject';
import type { SiteSubject } from './SiteSubject';

export interface SiteEntry {
  summary: SiteArticle;
  subject: SiteSubject;
  /** Where the subject's offsets are, 1-based: `[offset, line, column]` after one another (placedPositions reads them). */
  places: number[];
}

/** The entry of `doc`, read with `fileName: path` (its links are resolved from there). */
export function siteEntryOf(doc: ArticleDocument, path: string): SiteEntry {
  const subject = siteSubjectOf(doc);
  return {
    summary: summarizeArticle(doc, path),
    subject,
    places: subjectOffsets(subject).flatMap((offset) => {
      const position = doc.lines.positionAt(offset);
      return [offset, position.line + 1, position.column + 1];
    }),
  };
}
