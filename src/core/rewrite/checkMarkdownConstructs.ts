import type { ArticleDocument } from '../markdown/ArticleDocument';

export interface ConstructLoss {
  links: string[];
  images: string[];
  code: string[];
}

/** Links (by target), images (by source) and code blocks (verbatim) of the source that the rewrite lost. */
export function checkMarkdownConstructs(source: ArticleDocument, rewrite: ArticleDocument): ConstructLoss {
  const links = new Set(rewrite.links.map((link) => link.url));
  const images = new Set(rewrite.images.map((image) => image.url));
  const code = new Set(rewrite.code.filter((block) => block.kind !== 'inline').map((block) => block.value.trim()));
  return {
    links: [...new Set(source.links.map((link) => link.url))].filter((url) => !links.has(url)),
    images: [...new Set(source.images.map((image) => image.url))].filter((url) => !images.has(url)),
    code: source.code.filter((block) => block.kind !== 'inline' && !code.has(block.value.trim())).map((block) => block.value),
  };
}
