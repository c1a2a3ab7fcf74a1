import type { CheckOptions, Language, SeveritySetting } from '../checks/Check';

/** A check's entry in `.plumerc.json` or the `plume.checks` setting. */
export type CheckSetting = SeveritySetting | ({ severity?: SeveritySetting } & Partial<CheckOptions>);

/** The shape of `.plumerc.json` (schema: schemas/plumerc.schema.json). */
export interface PlumeConfig {
  /** Shortcut for `checks["word-count-min"].min`. */
  minWords?: number;
  /** Language of messages; the default follows the environment. */
  language?: Language;
  checks?: Record<string, CheckSetting>;
}

export interface ResolvedCheck {
  severity: SeveritySetting;
  options: CheckOptions;
}

export type ResolvedSettings = Map<string, ResolvedCheck>;
