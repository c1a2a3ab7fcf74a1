import type { ArticleDocument } from '../markdown/ArticleDocument';
import type { SourceRange } from '../markdown/readFrontMatter';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];

export type Language = 'fr' | 'en';

/** Every user-facing sentence exists in French (the default) and English. */
export interface Localized {
  fr: string;
  en: string;
}

export type OptionValue = number | string | boolean;
export type CheckOptions = Record<string, OptionValue>;

export interface Finding {
  checkId: string;
  severity: Severity;
  message: Localized;
  range: SourceRange;
  /** Facts a quick fix needs (e.g. the heading level to use); plain JSON. */
  data?: Record<string, unknown>;
}

export interface FindingInput {
  range: SourceRange;
  message: Localized;
  /** Overrides the check's severity, only ever downwards (the long sentences listed as hints). */
  severity?: Severity;
  data?: Record<string, unknown>;
}

export interface CheckContext<O extends CheckOptions> {
  doc: ArticleDocument;
  options: O;
  /**
   * The resolved options of another check (meta-description-missing speaks of the length that
   * meta-description-length enforces), so that two checks never give two sets of numbers.
   */
  optionsOf<O extends CheckOptions>(check: { id: string; defaultOptions: O }): O;
  report(finding: FindingInput): void;
}

export interface CheckDefinition<O extends CheckOptions = CheckOptions> {
  /** kebab-case; also the file name, the settings key and the docs page `docs/checks/<id>.md`. */
  id: string;
  description: Localized;
  defaultSeverity: SeveritySetting;
  /** Every threshold lives here, and only here, with a comment on where the number comes from. */
  defaultOptions: O;
  /** Checks that need a focus keyphrase run only when the article has one. */
  needsKeyphrase?: boolean;
  run(context: CheckContext<O>): void;
}

/** Identity function that keeps the option types of a check precise. */
export function defineCheck<O extends CheckOptions>(definition: CheckDefinition<O>): CheckDefinition<O> {
  return definition;
}

export function localize(text: Localized, language: Language): string {
  return text[language];
}
