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
  /**
   * Synonyms of each keyphrase, which the keyphrase checks accept in its place:
   * `{ "Haut-Karabakh": ["Nagorno-Karabakh", "Artsakh"] }`. An article's keyphrase finds its entry
   * whatever the case, accents or hyphens; the article's own `keyphrase_synonyms` add to it.
   */
  synonyms?: Record<string, string[]>;
  /**
   * The site's address (`"https://www.exemple.fr"`): absolute links to its host (with or without
   * `www.`) are internal links, like relative ones; links to other hosts are outbound.
   */
  siteUrl?: string;
  /**
   * The folder whose Markdown files are the site's pages (Hugo's `content`, Astro's
   * `src/content/blog`), relative to the `.plumerc.json` that names it: a site-absolute link
   * (« /guides/famille/ ») is looked for there. Made absolute when the file is read
   * (parseConfigText), so the layers carry the folder itself.
   */
  contentRoot?: string;
}

export interface ResolvedCheck {
  severity: SeveritySetting;
  options: CheckOptions;
}

export type ResolvedSettings = Map<string, ResolvedCheck>;
