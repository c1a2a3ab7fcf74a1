import type { Heading } from './ArticleDocument';
import type { FrontMatter, SourceRange } from './readFrontMatter';

export interface MetaField {
  text: string;
  /** Where the value sits in the source (front matter value, or the H1 line). */
  range: SourceRange;
  /** Where it comes from: the front matter, the H1, or the writer's own choice for this run (`--keyphrase`). */
  source: 'front-matter' | 'h1' | 'option';
  /** The front matter key it was read from. */
  key?: string;
}

export interface MetaFields {
  title?: MetaField;
  description?: MetaField;
  keyphrase?: MetaField;
  slug?: MetaField;
}

// Front matter keys used by Hugo, Jekyll, Astro, Docusaurus and Yoast-style exports, in order
// of preference.
const TITLE_KEYS = ['seo_title', 'seoTitle', 'title'];
const DESCRIPTION_KEYS = ['description', 'meta_description', 'metaDescription'];
const KEYPHRASE_KEYS = ['keyphrase', 'focus_keyphrase', 'focusKeyphrase', 'focus_keyword', 'focusKeyword', 'keyword'];

/** The SEO fields of an article: title, meta description, focus keyphrase and slug. */
export function readMetaFields(frontMatter: FrontMatter | undefined, headings: Heading[]): MetaFields {
  const fromKeys = (keys: string[]): MetaField | undefined => {
    for (const key of keys) {
      const value = frontMatter?.data[key];
      if (typeof value === 'string' && value.trim() !== '') return field(frontMatter, key, value.trim());
    }
    return undefined;
  };
  const h1 = headings.find((heading) => heading.level === 1 && heading.text !== '');
  const title = fromKeys(TITLE_KEYS) ?? (h1 ? { text: h1.text, range: h1.range, source: 'h1' } : undefined);
  return {
    title,
    description: fromKeys(DESCRIPTION_KEYS),
    keyphrase: fromKeys(KEYPHRASE_KEYS) ?? firstKeyword(frontMatter),
    slug: fromKeys(['slug']),
  };
}

function field(frontMatter: FrontMatter | undefined, key: string, text: string): MetaField {
  const range = frontMatter?.valueRanges[key] ?? frontMatter?.range ?? { start: 0, end: 0 };
  return { text, range, source: 'front-matter', key };
}

/** `keywords: [a, b]` or `keywords: "a, b"`: the first one is the focus keyphrase. */
function firstKeyword(frontMatter: FrontMatter | undefined): MetaField | undefined {
  const value = frontMatter?.data.keywords;
  const first = Array.isArray(value) ? value[0] : typeof value === 'string' ? value.split(',')[0] : undefined;
  return typeof first === 'string' && first.trim() !== '' ? field(frontMatter, 'keywords', first.trim()) : undefined;
}
