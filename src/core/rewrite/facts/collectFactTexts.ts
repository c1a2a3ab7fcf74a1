import { WordList } from '../../language/fr';
import type { ArticleDocument } from '../../markdown/ArticleDocument';

/** One piece of prose facts are read from, with its words (offsets relative to `text`). */
export interface FactText {
  text: string;
  words: WordList;
  /** Headings and list items may be numbered (« ## 1. L’appel ») without that number being a fact. */
  numbered: boolean;
  /**
   * Front matter values other than the title and the description (a date, an author, tags):
   * not prose a rewrite must keep — Plume carries them over verbatim — but what they state
   * is stated by the document, so a rewrite that writes « publié le 19 juillet 2023 » from
   * `date: 2023-07-19` invents nothing.
   */
  context: boolean;
}

const prose = (text: string, numbered: boolean, context: boolean): FactText => ({ text, words: WordList.of(text), numbered, context });

/** Scalar values of a front matter, nested lists and maps included, as text. */
function scalarValues(value: unknown, into: string[], depth = 0): void {
  if (depth > 4 || into.length > 200) return;
  if (typeof value === 'string') into.push(value);
  else if (typeof value === 'number' || typeof value === 'boolean') into.push(String(value));
  else if (value instanceof Date && !Number.isNaN(value.getTime())) into.push(value.toISOString().slice(0, 10));
  else if (Array.isArray(value)) for (const item of value) scalarValues(item, into, depth + 1);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) scalarValues(item, into, depth + 1);
}

/**
 * The prose a reader reads: the front matter title and description (a rewrite's meta fields
 * must not invent either), then every block — headings, paragraphs, list items, table cells,
 * HTML text. Block text already leaves out code, URLs, image targets and tags. Then the other
 * front matter values, as context.
 */
export function collectFactTexts(doc: ArticleDocument): FactText[] {
  const texts: FactText[] = [];
  // A title read from the H1 is a block already; only front matter values are extra prose.
  for (const field of [doc.title, doc.description]) {
    if (field?.source === 'front-matter') texts.push(prose(field.text, false, false));
  }
  doc.blocks.forEach((block, index) => {
    texts.push({ text: block.text, words: doc.blockWords[index] ?? WordList.EMPTY, numbered: block.kind === 'heading' || block.inList, context: false });
  });
  const data = doc.frontMatter?.data ?? {};
  const skip = new Set([doc.title?.source === 'front-matter' ? doc.title.key : undefined, doc.description?.key].filter((key) => key !== undefined));
  for (const [key, value] of Object.entries(data)) {
    if (skip.has(key)) continue;
    const values: string[] = [];
    scalarValues(value, values);
    for (const text of values) if (text.trim() && !/^[a-z]+:\/\//i.test(text.trim())) texts.push(prose(text, false, true));
  }
  return texts;
}
