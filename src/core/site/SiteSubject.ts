// What the checks between articles read of the article they judge. They read nothing else of its
// document, so they can judge it from what was kept of it: `plume check` analyses each file once,
// keeps its subject beside its summary, and runs them when the whole site is known; the editor
// judges a closed article from its stored summary.
import type { ArticleDocument } from '../markdown/ArticleDocument';
import type { SourceRange } from '../markdown/readFrontMatter';
import { prominentWords } from './prominentWords';
import { headingAnchors, readRelativeLink } from './SiteIndex';
import type { RelativeLink } from './SiteIndex';

export interface SubjectField {
  text: string;
  range: SourceRange;
}

/** A relative link of the article to a Markdown file or to a heading, or a site-absolute one (readRelativeLink). */
export interface SubjectLink extends RelativeLink {
  range: SourceRange;
}

export interface SiteSubject {
  /** Its path in the site index; `''` for a document without a name (an untitled editor). */
  path: string;
  /** The keyphrase of this run (the front matter's or `--keyphrase`); its range is the article's start when the front matter does not hold it. */
  keyphrase?: SubjectField;
  title?: SubjectField;
  description?: SubjectField;
  /** Where a finding on the whole article sits (ArticleDocument.bodyStartRange). */
  bodyStart: SourceRange;
  /** The anchors its own headings make (for links to `#anchor` within it). */
  anchors: string[];
  links: SubjectLink[];
  /**
   * Its prominent words (prominentWords), most frequent first: each stem, the word as written and
   * the first place in a paragraph where a link could wrap it. Absent: none known (a subject made
   * from a summary, an article too short to repeat a word).
   */
  prominent?: SubjectWord[];
}

export interface SubjectWord {
  stem: string;
  word: string;
  at?: SourceRange;
}

/** The subject of `doc`, at its `fileName` (or `''`). */
export function siteSubjectOf(doc: ArticleDocument): SiteSubject {
  const path = doc.fileName ?? '';
  const field = (meta: { text: string; range: SourceRange } | undefined) => (meta ? { text: meta.text, range: meta.range } : undefined);
  const links: SubjectLink[] = [];
  for (const link of doc.bodyLinks) {
    const target = readRelativeLink(path, link.url, doc);
    if (target) links.push({ ...target, range: link.range });
  }
  // A keyphrase the front matter does not hold (`--keyphrase`) has no place of its own: a finding on it sits on the article.
  const keyphrase = doc.keyphrase ? { text: doc.keyphrase.text, range: doc.keyphrase.source === 'front-matter' ? doc.keyphrase.range : doc.bodyStartRange } : undefined;
  const title = field(doc.title);
  const description = field(doc.description);
  const prominent = prominentWords(doc).map(({ stem, word, at }) => ({ stem, word, ...(at ? { at } : {}) }));
  return {
    path,
    ...(keyphrase ? { keyphrase } : {}),
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    bodyStart: doc.bodyStartRange,
    anchors: headingAnchors(doc.headings),
    links,
    ...(prominent.length > 0 ? { prominent } : {}),
  };
}

/** Every offset a finding of the checks between articles can start or end at, for a front end that must place them without the text. */
export function subjectOffsets(subject: SiteSubject): number[] {
  const ranges = [subject.keyphrase?.range, subject.title?.range, subject.description?.range, subject.bodyStart, ...subject.links.map((link) => link.range), ...(subject.prominent ?? []).map((word) => word.at)];
  return [...new Set(ranges.flatMap((range) => (range ? [range.start, range.end] : [])))];
}
