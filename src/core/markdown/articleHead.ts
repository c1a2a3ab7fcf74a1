// The SEO fields of an article are in its front matter and its H1, at the top: parsing only its
// head (the front matter, then up to the first subheading) spares a parse of the whole article
// where only they are wanted (an answer's fields, a field the SEO report writes).
const FRONT_MATTER = /^(?:---|\+\+\+)\r?\n[\s\S]*?\r?\n(?:---|\+\+\+)(?:\r?\n|$)/;
const SUBHEADING = /\r?\n#{2,6}[ \t]/;
// An H1 sits at the top: past this much text with no subheading, the rest is not read for it
// (an article of one huge section would otherwise be parsed whole).
const HEAD_MAX = 64 * 1024;

/** The start of `text` that holds its front matter and its H1, if it has them. */
export function articleHead(text: string): string {
  const frontMatter = FRONT_MATTER.exec(text)?.[0] ?? '';
  const rest = text.slice(frontMatter.length);
  const cut = SUBHEADING.exec(rest);
  const top = cut ? rest.slice(0, cut.index) : rest;
  if (top.length <= HEAD_MAX) return frontMatter + top;
  // Cut at a blank line, where a block ends, so the H1's block is read whole.
  const blank = top.lastIndexOf('\n\n', HEAD_MAX);
  return frontMatter + top.slice(0, blank > 0 ? blank : HEAD_MAX);
}
