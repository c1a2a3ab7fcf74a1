import type { ArticleDocument } from './ArticleDocument';
import type { SourceRange } from './readFrontMatter';

/** The slug of an article's URL, and where it was read. */
export interface ArticleSlug {
  /** The slug as a reader sees it in the URL, percent escapes decoded (« %C3%A9t%C3%A9 » → « été »). */
  text: string;
  /**
   * Where a finding about it sits: the front matter value, or the first line of the body when the
   * slug comes from the file name (a file name has no place in the text).
   */
  range: SourceRange;
  source: 'front-matter' | 'file-name';
  /** The front matter key it was read from (`slug`, `permalink`, `url`). */
  key?: string;
  /** The file name it was derived from (`2024-03-01-trains-de-nuit.md`, `index.md`'s folder). */
  fileName?: string;
}

// A folder's main page: its URL is the folder's (Hugo's page bundles `index.md` and `_index.md`,
// Docusaurus, Astro, Eleventy and VitePress `index.md`, GitHub's `README.md`).
const FOLDER_PAGES = new Set(['index', '_index', 'readme']);
// Jekyll's posts are named « YYYY-MM-DD-title.md »; the date is not part of the title in the URL.
const JEKYLL_DATE = /^\d{4}-\d{2}-\d{2}-/;
// Hugo's translations by file name: « trains-de-nuit.fr.md » is the French page of « trains-de-nuit ».
const LANGUAGE_SUFFIX = /\.[a-z]{2}(?:-[a-z]{2})?$/i;

/**
 * The slug of the article: the front matter's (`slug`, else the last segment of `permalink` or
 * `url`), else the one a static site generator derives from the file name — its base name without
 * extension, language suffix or Jekyll date, or the folder's name for an `index.md`. None for a
 * document without a name (an untitled editor) and no front matter slug.
 */
export function readSlug(doc: ArticleDocument): ArticleSlug | undefined {
  const field = doc.slug;
  if (field) return { text: decode(field.text), range: field.range, source: 'front-matter', ...(field.key ? { key: field.key } : {}) };
  const fileName = doc.fileName;
  if (!fileName) return undefined;
  const text = slugOfFileName(fileName);
  if (!text) return undefined;
  const segments = fileName.split(/[\\/]/).filter((segment) => segment !== '');
  return { text, range: doc.bodyStartRange, source: 'file-name', fileName: segments.at(-1) ?? fileName };
}

/** The slug a generator derives from a file name or path; '' when it names none. */
export function slugOfFileName(path: string): string {
  const segments = path.split(/[\\/]/).filter((segment) => segment !== '');
  const base = segments.at(-1);
  if (base === undefined) return '';
  let name = base.replace(/\.[^.]*$/, '').replace(LANGUAGE_SUFFIX, '');
  if (FOLDER_PAGES.has(name.toLowerCase())) {
    const folder = segments.at(-2);
    // A folder's page at the root of a path (or a drive: « C: ») names no page of its own.
    if (folder === undefined || /:$/.test(folder)) return '';
    name = folder;
  }
  return decode(name.replace(JEKYLL_DATE, ''));
}

function decode(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
