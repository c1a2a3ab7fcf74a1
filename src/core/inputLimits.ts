// How big a document Plume analyses. The remark parse takes about a second a megabyte here and
// its tree weighs about seven times the text; two million characters (≈ 200,000 words, a few
// hundred times a web article) keep `plume check`, `plume verify` and the editor's worker to
// seconds and a few hundred megabytes. Past it, Plume says so instead of working for minutes.
export const MAX_DOCUMENT_CHARACTERS = 2_000_000;

/** Whether a text is over the size Plume analyses. */
export function isTooLarge(text: string): boolean {
  return text.length > MAX_DOCUMENT_CHARACTERS;
}
