import type { QuickFix } from '../fixes/QuickFix';
import type { ArticleDocument } from '../markdown/ArticleDocument';
import type { SourceRange } from '../markdown/readFrontMatter';
import type { SiteIndex } from '../site/SiteIndex';
import type { SiteSubject } from '../site/SiteSubject';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];

export type Language = 'fr' | 'en';

/** The SEO report's sections: Yoast SEO's « SEO » and « Lisibilité », and French typography. */
export type CheckFamily = 'seo' | 'readability' | 'typography';

/** Every user-facing sentence exists in French (the default) and English. */
export interface Localized {
  fr: string;
  en: string;
}

export type OptionValue = number | string | boolean;
export type CheckOptions = Record<string, OptionValue>;

/**
 * One finding. `F` is what its check's quick fixes need (a heading level, a drafted alt text):
 * typed by the check, plain JSON, since findings cross the analysis worker's boundary. The edits
 * themselves are computed only when the editor asks for code actions (`CheckDefinition.fixes`).
 */
export interface Finding<F = unknown> {
  checkId: string;
  severity: Severity;
  message: Localized;
  range: SourceRange;
  /** What the finding measured (the values its message states), for the JSON output and tests. */
  data?: Record<string, unknown>;
  /** Present when the check can fix this finding. */
  fix?: F;
}

export interface FindingInput<F = never> {
  range: SourceRange;
  message: Localized;
  /** Overrides the check's severity, only ever downwards (the long sentences listed as hints). */
  severity?: Severity;
  data?: Record<string, unknown>;
  fix?: F;
}

/** What a check reads: the document and its resolved options. */
export interface CheckReading<O extends CheckOptions> {
  doc: ArticleDocument;
  options: O;
  /**
   * The resolved options of another check (meta-description-missing speaks of the length that
   * meta-description-length enforces), so that two checks never give two sets of numbers.
   */
  optionsOf<P extends CheckOptions>(check: { id: string; defaultOptions: P }): P;
}

export interface CheckContext<O extends CheckOptions, F = never> extends CheckReading<O> {
  report(finding: FindingInput<F>): void;
  /**
   * The check has nothing to judge here (no title to measure, a text too short for a share): it
   * neither passes nor fails, and the SEO report leaves it out of its lines and scores, as Yoast
   * leaves out an assessment that does not apply.
   */
  skip(): void;
}

interface CheckCommon<O extends CheckOptions, F> {
  /** kebab-case; also the file name, the settings key and the docs page `docs/checks/<id>.md`. */
  id: string;
  /** Its short name, as the SEO report lists it (« Mots de liaison », « Largeur du titre SEO »). */
  title: Localized;
  /** The report section it belongs to, as Yoast SEO splits its analysis: SEO or readability. */
  family: CheckFamily;
  description: Localized;
  /** What the report says when the check finds nothing (« Le titre SEO tient dans les 600 px de Google. »). */
  passed: Localized;
  defaultSeverity: SeveritySetting;
  /** Every threshold lives here, and only here, with a comment on where the number comes from. */
  defaultOptions: O;
  /** Checks that need a focus keyphrase run only when the article has one. */
  needsKeyphrase?: boolean;
  /**
   * The deterministic fixes of one of this check's findings, from its `fix` payload and the same
   * document and options it was found with (as markdownlint's `fixInfo`, but computed only when
   * the editor asks for code actions). Fixes that need judgement are the rewrite's job.
   */
  fixes?(fix: F, finding: Finding<F>, reading: CheckReading<O>): QuickFix[];
}

/** A check of one article: it reads the whole document. */
export interface DocumentCheckDefinition<O extends CheckOptions = CheckOptions, F = never> extends CheckCommon<O, F> {
  needsSite?: false;
  run(context: CheckContext<O, F>): void;
}

/**
 * What a check between articles reads: the article's subject (its title, keyphrase, anchors and
 * relative links, with their places) and the site, never the rest of its document — so it can run
 * after the whole site is read, on what was kept of each article (runSiteChecks).
 */
export interface SiteCheckContext<O extends CheckOptions, F = never> {
  subject: SiteSubject;
  /** The other articles, when the run knows them (a folder, the editor's workspace index). */
  site: SiteIndex | undefined;
  options: O;
  report(finding: FindingInput<F>): void;
  skip(): void;
}

/** A check between articles (a keyphrase used twice, a broken link, an orphan). */
export interface SiteCheckDefinition<O extends CheckOptions = CheckOptions, F = never> extends CheckCommon<O, F> {
  needsSite: true;
  run(context: SiteCheckContext<O, F>): void;
}

export type CheckDefinition<O extends CheckOptions = CheckOptions, F = never> = DocumentCheckDefinition<O, F> | SiteCheckDefinition<O, F>;

/** Identity function that keeps the option and fix types of a check precise. */
export function defineCheck<O extends CheckOptions, F = never>(definition: CheckDefinition<O, F>): CheckDefinition<O, F> {
  return definition;
}

export function localize(text: Localized, language: Language): string {
  return text[language];
}
