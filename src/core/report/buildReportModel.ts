import type { ArticleAnalysis } from '../analyzeArticle';
import type { CheckDefinition, CheckOptions, Localized } from '../checks/Check';
import { allChecks } from '../checks/registry';
import { articleFigures } from '../figures/articleFigures';
import type { ArticleFigures } from '../figures/articleFigures';
import type { MetaField } from '../markdown/readMetaFields';
import { readSlug } from '../markdown/readSlug';
import type { ReportField, ReportModel } from './ReportModel';
import { reportSections } from './reportSections';
import { searchPreview } from './searchPreview';

/**
 * The Kandel–Moles scale (the Flesch scale, adapted to French), as Yoast SEO names its bands:
 * 90 and over very easy … under 30 very difficult.
 */
const READING_EASE_BANDS: [min: number, band: Localized][] = [
  [90, { fr: 'Très facile', en: 'Very easy' }],
  [80, { fr: 'Facile', en: 'Easy' }],
  [70, { fr: 'Assez facile', en: 'Fairly easy' }],
  [60, { fr: 'Standard', en: 'Standard' }],
  [50, { fr: 'Assez difficile', en: 'Fairly difficult' }],
  [30, { fr: 'Difficile', en: 'Difficult' }],
  [-Infinity, { fr: 'Très difficile', en: 'Very difficult' }],
];

export function readingEaseBand(ease: number | null): Localized | null {
  if (ease === null) return null;
  return READING_EASE_BANDS.find(([min]) => ease >= min)?.[1] ?? null;
}

function field(meta: MetaField | undefined, defaultKey: string, writable = (key: string) => key !== ''): ReportField {
  if (!meta) return { value: '', source: 'none', key: defaultKey };
  const key = meta.source === 'front-matter' && meta.key && writable(meta.key) ? meta.key : defaultKey;
  return { value: meta.text, source: meta.source, key };
}

/** The SEO report of one analysis: plain data, from what the checks already computed (no second parse). */
export function buildReportModel(analysis: ArticleAnalysis, checks: readonly CheckDefinition<CheckOptions>[] = allChecks, figures: ArticleFigures = articleFigures(analysis.doc)): ReportModel {
  const { doc, findings, settings, skipped, failures } = analysis;
  const own = doc.frontMatterSynonyms;
  const fields = {
    title: field(doc.title, 'title'),
    description: field(doc.description, 'description'),
    // A keyphrase listed among `keywords` stays as the writer listed it: a typed one goes to `keyphrase`.
    keyphrase: field(doc.keyphrase, 'keyphrase', (key) => key !== 'keywords'),
    // Comma-separated, as Yoast's field: what the writer types is written back the same way.
    synonyms: { value: own.synonyms.join(', '), source: own.synonyms.length > 0 ? 'front-matter' : 'none', key: own.key ?? 'keyphrase_synonyms' } satisfies ReportField,
  };
  const { sections, waitingForKeyphrase } = reportSections({ checks, settings, findings, hasKeyphrase: doc.keyphrase !== undefined, skipped: [...skipped, ...failures.map((failure) => failure.checkId)] });
  return {
    fields,
    synonyms: doc.synonyms.filter((synonym) => !own.synonyms.includes(synonym)),
    preview: searchPreview({
      title: fields.title.value,
      description: fields.description.value,
      phrases: doc.keyphrase ? [doc.keyphrase.text, ...doc.synonyms] : [],
      slug: readSlug(doc)?.text,
      siteUrl: doc.siteUrl,
    }),
    sections,
    waitingForKeyphrase,
    figures: {
      ...figures,
      readingEaseBand: readingEaseBand(figures.readingEase),
      outline: doc.headings.map((heading) => ({ level: heading.level, text: heading.text, range: heading.range })),
    },
  };
}
