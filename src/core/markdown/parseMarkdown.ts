import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { limitComplexity } from './limitComplexity';
import { remarkGfmLinear } from './remarkGfmLinear';

// One frozen processor for the whole process: building it (registering the micromark
// extensions) costs more than parsing a short article.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfmLinear).freeze();

/**
 * Parses Markdown (CommonMark + GFM + YAML/TOML front matter) into an mdast tree with positions.
 * Structure beyond what any article needs (thousands of nested quotes, brackets or definitions)
 * is read as text (limitComplexity).
 */
export function parseMarkdown(text: string): Root {
  return processor.parse(limitComplexity(text));
}
