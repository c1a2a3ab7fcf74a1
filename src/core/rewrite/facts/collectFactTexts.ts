import { tokenizeWords } from '../../language/fr';
import type { WordToken } from '../../language/fr';
import type { ArticleDocument } from '../../markdown/ArticleDocument';

/** One piece of prose facts are read from, with its words (offsets relative to `text`). */
export interface FactText {
  text: string;
  words: WordToken[];
  /** Headings and list items may be numbered (« ## 1. L’appel ») without that number being a fact. */
  numbered: boolean;
}

/**
 * The prose a reader reads: the front matter title and description (a rewrite's meta fields
 * must not invent either), then every block — headings, paragraphs, list items, table cells,
 * HTML text. Block text already leaves out code, URLs, image targets and tags.
 */
export function collectFactTexts(doc: ArticleDocument): FactText[] {
  const texts: FactText[] = [];
  // A title read from the H1 is a block already; only front matter values are extra prose.
  for (const field of [doc.title, doc.description]) {
    if (field?.source === 'front-matter') texts.push({ text: field.text, words: tokenizeWords(field.text), numbered: false });
  }
  doc.blocks.forEach((block, index) => {
    texts.push({ text: block.text, words: doc.blockWords[index] ?? [], numbered: block.kind === 'heading' || block.inList });
  });
  return texts;
}
