// The SEO report as plain data: what each line, light and score is. Computed in src/core from an
// analysis (buildReportModel), tested without VS Code, sent as it is to the webview (which only
// renders it) and written by `plume report` as an HTML file. Every text a writer reads is given in
// French and English; the renderer picks one.
import type { CheckFamily, Localized } from '../checks/Check';
import type { ArticleFigures } from '../figures/articleFigures';
import type { SourceRange } from '../markdown/readFrontMatter';

/** Yoast SEO's three lights: good (green), to improve (orange), problem (red). */
export type Light = 'good' | 'improve' | 'problem';

/** A run of text in the search preview; `bold` where a word of the keyphrase is (as Google bolds the query). */
export interface PreviewSegment {
  text: string;
  bold: boolean;
}

export interface SearchPreview {
  /** The URL line: the site's host (from `siteUrl`) when known, then the slug's path segments. */
  url: { host?: string; segments: string[] };
  desktop: {
    /** The title as Google draws it: Arial 20 px, cut at 600 px with « … ». */
    title: PreviewSegment[];
    titleCut: boolean;
    titleWidthPx: number;
    /** The description cut at 156 characters on a word boundary, with « … ». */
    description: PreviewSegment[];
    descriptionCut: boolean;
  };
  mobile: {
    /** Arial 16 px in a 400 px box, two lines at most, the second cut with « … ». */
    titleLines: PreviewSegment[][];
    titleCut: boolean;
    description: PreviewSegment[];
    descriptionCut: boolean;
  };
}

/** One of the article's SEO fields as the view edits it. */
export interface ReportField {
  /** The value as the article states it ('' when it has none). */
  value: string;
  /** Where the value comes from; 'none' when the article has none yet. */
  source: 'front-matter' | 'h1' | 'option' | 'none';
  /** The front matter key the value is read from, or the one a typed value will be written to. */
  key: string;
}

export interface ReportLine {
  checkId: string;
  title: Localized;
  light: Light;
  /** The finding's message (the first, most severe one), or the check's « passed » sentence. */
  message: Localized;
  /**
   * Where a click takes the writer: the first finding's range; none when the check found nothing
   * (a line that is good for want of anything but hints keeps the first hint's).
   */
  range?: SourceRange;
  /** Indexes of this check's findings in the analysis' findings, most severe first (for the fixes). */
  findings: number[];
  /** Whether the first finding carries a quick fix. */
  fixable: boolean;
  /** The check's documentation page, relative to the repository (`docs/checks/<id>.md`). */
  docs: string;
}

export interface ReportSection {
  id: CheckFamily;
  title: Localized;
  /**
   * Yoast SEO's score: each check scores 9 (good), 6 (to improve) or 3 (problem), and the section
   * scores their sum over 9 per check, scaled to 100 and rounded. Null when no check ran.
   */
  score: number | null;
  light: Light | null;
  /** Problems first, then lines to improve, then good ones; each group in the registry's order. */
  lines: ReportLine[];
}

export interface OutlineEntry {
  level: number;
  text: string;
  range: SourceRange;
}

export interface ReportFigures extends ArticleFigures {
  /** Where the Kandel–Moles reading ease falls on its scale (« Assez difficile »), null without one. */
  readingEaseBand: Localized | null;
  outline: OutlineEntry[];
}

export interface ReportModel {
  fields: { title: ReportField; description: ReportField; keyphrase: ReportField; synonyms: ReportField };
  /** Synonyms the team gives this keyphrase (`.plumerc.json`), besides the article's own (`fields.synonyms`). */
  synonyms: string[];
  preview: SearchPreview;
  sections: ReportSection[];
  /** Checks that wait for a focus keyphrase (none set): the report says how many. */
  waitingForKeyphrase: number;
  figures: ReportFigures;
}
