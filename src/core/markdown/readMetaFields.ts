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
  /** Synonyms of the keyphrase (Yoast SEO's « keyphrase synonyms »), as written; none is `[]`. */
  synonyms: string[];
  /** The front matter key the synonyms are read from (the first of SYNONYMS_KEYS the front matter has). */
  synonymsKey?: string;
  slug?: MetaField;
  /** The page's cover or social image (`image`, `cover`, Hugo's `images[0]`…), as written. */
  image?: MetaField;
}

// The SEO fields as the static site generators and their SEO plugins name them, in order of
// preference: an SEO-specific field wins over the page's own (a `seo_title` over the `title` the
// page shows). Hugo: title, description, summary, slug, url, keywords, images; Jekyll
// (jekyll-seo-tag): title, description, excerpt, permalink, image; Astro and Eleventy: title,
// description, permalink, image; Docusaurus: title, description, slug, keywords, image; Nuxt
// Content and SEO modules: `seo.title`, `seo.description`, `head.title`; Yoast-style exports:
// seo_title, meta_description, focus_keyphrase. The README's table lists the same keys.
export const TITLE_KEYS = ['seo_title', 'seoTitle', 'seo.title', 'meta_title', 'metaTitle', 'head.title', 'title'];
export const DESCRIPTION_KEYS = ['meta_description', 'metaDescription', 'seo.description', 'head.description', 'description', 'summary', 'excerpt'];
export const KEYPHRASE_KEYS = ['keyphrase', 'focus_keyphrase', 'focusKeyphrase', 'focus_keyword', 'focusKeyword', 'keyword', 'seo.keyphrase', 'seo.focusKeyphrase'];
export const SLUG_KEYS = ['slug', 'permalink', 'url'];
export const IMAGE_KEYS = ['image', 'cover', 'cover.image', 'images', 'featured_image', 'featuredImage', 'og_image', 'ogImage', 'seo.image', 'thumbnail'];
const SYNONYMS_KEYS = ['keyphrase_synonyms', 'keyphraseSynonyms', 'synonyms'];

/** The SEO fields of an article: title, meta description, focus keyphrase, its synonyms and slug. */
export function readMetaFields(frontMatter: FrontMatter | undefined, headings: Heading[]): MetaFields {
  const fromKeys = (keys: readonly string[], read: (value: unknown) => string | undefined = asText): MetaField | undefined => {
    for (const key of keys) {
      const value = read(valueAt(frontMatter?.data, key));
      if (value !== undefined) return field(frontMatter, key, value);
    }
    return undefined;
  };
  const h1 = headings.find((heading) => heading.level === 1 && heading.text !== '');
  const title = fromKeys(TITLE_KEYS) ?? (h1 ? { text: h1.text, range: h1.range, source: 'h1' } : undefined);
  return {
    title,
    description: fromKeys(DESCRIPTION_KEYS),
    keyphrase: fromKeys(KEYPHRASE_KEYS) ?? firstKeyword(frontMatter),
    synonyms: readSynonyms(frontMatter),
    ...synonymsKeyOf(frontMatter),
    slug: fromKeys(SLUG_KEYS, asSlug),
    image: fromKeys(IMAGE_KEYS, asImage),
  };
}

/** `data['seo.title']` or `data.seo.title`: a key as written, else one level of nesting. */
function valueAt(data: Record<string, unknown> | undefined, key: string): unknown {
  if (!data) return undefined;
  if (key in data) return data[key];
  const dot = key.indexOf('.');
  if (dot < 0) return undefined;
  const outer = data[key.slice(0, dot)];
  return outer !== null && typeof outer === 'object' && !Array.isArray(outer) ? (outer as Record<string, unknown>)[key.slice(dot + 1)] : undefined;
}

function asText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * The slug a reader sees in the URL: the value of `slug`, or the last segment of a `permalink`
 * or `url` path (« /blog/trains-de-nuit/ » → « trains-de-nuit », « …/index.html » → the folder).
 * A permalink pattern (Jekyll's « /:categories/:title/ ») names no page: ignored.
 */
function asSlug(value: unknown): string | undefined {
  const text = asText(value);
  if (text === undefined || /(^|\/):[a-z_]+/i.test(text)) return undefined;
  const segments = text.replace(/[?#].*$/, '').split('/').filter((segment) => segment !== '' && !/^index\.[a-z0-9]+$/i.test(segment));
  const last = segments.at(-1)?.replace(/\.(?:html?|md|php)$/i, '');
  return last && !/^[a-z]+:$/i.test(last) ? last : undefined;
}

/** An image path or URL: a string, a list's first string, or an object's `src`/`url`/`image`. */
function asImage(value: unknown): string | undefined {
  if (Array.isArray(value)) return asImage(value[0]);
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    return asText(object.src) ?? asText(object.url) ?? asText(object.image);
  }
  return asText(value);
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

/**
 * `keyphrase_synonyms: [Artsakh, Nagorno-Karabakh]` or `keyphrase_synonyms: "Artsakh, Nagorno-Karabakh"`
 * (Yoast's field is comma-separated): the first of the keys that holds any, trimmed, without
 * repeats. A list's items are taken whole, commas included.
 */
function synonymsKeyOf(frontMatter: FrontMatter | undefined): { synonymsKey?: string } {
  const withSynonyms = SYNONYMS_KEYS.find((key) => readSynonymsOf(frontMatter, key).length > 0);
  const key = withSynonyms ?? SYNONYMS_KEYS.find((key) => frontMatter !== undefined && key in frontMatter.data);
  return key ? { synonymsKey: key } : {};
}

function readSynonymsOf(frontMatter: FrontMatter | undefined, key: string): string[] {
  const value = frontMatter?.data[key];
  const items = Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : typeof value === 'string' ? value.split(',') : [];
  return [...new Set(items.map((item) => item.trim()).filter((item) => item !== ''))];
}

function readSynonyms(frontMatter: FrontMatter | undefined): string[] {
  for (const key of SYNONYMS_KEYS) {
    const synonyms = readSynonymsOf(frontMatter, key);
    if (synonyms.length > 0) return synonyms;
  }
  return [];
}
