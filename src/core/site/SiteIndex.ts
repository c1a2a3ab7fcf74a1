// What Plume knows of the other articles of a site, for the checks that exist only between
// articles (a keyphrase used twice, two identical titles, a link to a heading that is gone, an
// article nobody links to). Built from one small summary per article (summarizeArticle), so a
// site of thousands of articles costs their summaries, not their trees.
import { slug } from 'github-slugger';
import { phraseKey } from '../language/fr/matchKeyphrase';
import type { ArticleDocument } from '../markdown/ArticleDocument';
import { phraseStems, prominentWords } from './prominentWords';

/** One article as the cross-article checks see it. */
export interface SiteArticle {
  /** Its path, with `/` separators (as given: relative or absolute, the same way for every article). */
  path: string;
  title?: string;
  description?: string;
  /** The keyphrase as the article writes it, and its key (case, accents and hyphens aside). */
  keyphrase?: { text: string; key: string };
  /** The anchors its headings get (GitHub's slugs, as VS Code's Markdown preview makes them). */
  anchors: string[];
  /** The paths of the articles it links to (relative links resolved), each once. */
  linksTo: string[];
  /**
   * The stems of its prominent words (prominentWords: its most frequent content words), in
   * alphabetical order — a set, so that an edit that only reorders them changes nothing here.
   */
  prominent?: string[];
}

/** Titles and descriptions are the same for a reader when only case and spacing differ. */
export const sameTextKey = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('fr');

/**
 * The anchors of a document's headings as GitHub and VS Code's Markdown preview make them: lower
 * case, punctuation dropped, spaces as hyphens, a repeated one numbered (`-1`, `-2`). GitHub keeps
 * a hyphen where a French « ? » had its space (« Où partir ? » → `où-partir-`), VS Code trims it
 * (`où-partir`): both are accepted.
 */
export function headingAnchors(headings: readonly { text: string }[]): string[] {
  const seen = new Map<string, number>();
  return headings.flatMap(({ text }) => {
    const base = slug(text);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    const anchor = count === 0 ? base : `${base}-${count}`;
    const trimmed = anchor.replace(/^-+|-+$/g, '');
    return trimmed === anchor ? [anchor] : [anchor, trimmed];
  });
}

/** `target` (a relative link's path, `%` escapes decoded) from the folder of `from`, `.` and `..` resolved. */
export function resolveLinkPath(from: string, target: string): string {
  const base = from.split('/').slice(0, -1);
  const parts = target.startsWith('/') ? [] : base;
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..' && parts[parts.length - 1] !== '') parts.pop();
      else if (!from.startsWith('/')) parts.push('..');
    } else parts.push(segment);
  }
  return `${target.startsWith('/') || from.startsWith('/') ? '/' : ''}${parts.filter((part) => part !== '').join('/')}`;
}

/** A link written in an article, split into the file it names and its `#anchor`. */
export interface RelativeLink {
  /** The linked file, resolved from the article's folder; the article itself for `#anchor` alone. */
  path: string;
  anchor?: string;
  /**
   * The other files a page address may be (a site-absolute link « /guides/famille/ » is
   * `famille.md`, `famille/index.md` or `famille/_index.md` under the content root): the link
   * leads somewhere when any of `path` and these exists.
   */
  alternatives?: string[];
  /** For a site-absolute link: the page's address as written, without its anchor (« /guides/famille/ »). */
  page?: string;
}

/** What reads a site-absolute link: where the site's pages are, and its address. */
export interface LinkContext {
  /** The content root (`contentRoot` of `.plumerc.json`, absolute, `/` separators). */
  contentRoot?: string;
  /** The site's address (`siteUrl`): a link written in full to its host is site-absolute too. */
  siteUrl?: string;
}

const MARKDOWN_FILE = /\.(?:md|markdown|mdx)$/i;

/**
 * A relative link to a Markdown file or to a heading of the article (`autre.md`, `../a/b.md#plan`,
 * `#plan`) — or, with a content root, a site-absolute link to a page (`/guides/famille/`,
 * `https://site/guides/famille/` for the site's own address) —, or undefined for anything else (a
 * URL elsewhere, an image or a PDF).
 */
export function readRelativeLink(fromPath: string, url: string, context: LinkContext = {}): RelativeLink | undefined {
  const onSite = context.contentRoot === undefined ? undefined : sitePathOf(url, context.siteUrl);
  if (onSite !== undefined) return readSiteLink(context.contentRoot as string, onSite);
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('/')) return undefined;
  const hash = url.indexOf('#');
  const file = (hash < 0 ? url : url.slice(0, hash)).replace(/\?.*$/, '');
  const anchor = hash < 0 ? undefined : decode(url.slice(hash + 1));
  if (file === '') return anchor === undefined ? undefined : { path: fromPath, anchor };
  const decoded = decode(file);
  if (!MARKDOWN_FILE.test(decoded)) return undefined;
  return { path: resolveLinkPath(fromPath, decoded), ...(anchor !== undefined ? { anchor } : {}) };
}

/** The path of a site-absolute link (`/a/b/?q#x`), or of a full link to the site's own address; else undefined. */
function sitePathOf(url: string, siteUrl: string | undefined): string | undefined {
  if (url.startsWith('/') && !url.startsWith('//')) return url;
  if (!siteUrl || !/^https?:\/\//i.test(url)) return undefined;
  try {
    const link = new URL(url);
    const site = new URL(siteUrl);
    const host = (name: string) => name.toLowerCase().replace(/^www\./, '');
    return host(link.hostname) === host(site.hostname) ? `${link.pathname}${link.hash}` : undefined;
  } catch {
    return undefined;
  }
}

// A page's address without an extension, or with .html: the file a static site generator made it from.
const PAGE_EXTENSION = /\.html?$/i;
const OTHER_EXTENSION = /\.[a-z0-9]{1,5}$/i;

/**
 * A site-absolute link under the content root: a Markdown file named as such (`/guides/a.md`), or
 * a page (`/guides/a/`, `/guides/a`, `/guides/a.html`) which Hugo, Jekyll, Astro, Eleventy or
 * Docusaurus make from `a.md`, `a/index.md` or `a/_index.md` (also `.mdx`, `.markdown`). A front
 * matter `slug` or `permalink` that moves a page elsewhere is not followed: such a link reads as
 * broken. Images, PDFs and other files are no articles: undefined.
 */
function readSiteLink(contentRoot: string, sitePath: string): RelativeLink | undefined {
  const hash = sitePath.indexOf('#');
  const anchor = hash < 0 ? undefined : decode(sitePath.slice(hash + 1));
  const page = decode((hash < 0 ? sitePath : sitePath.slice(0, hash)).replace(/\?.*$/, ''));
  const root = contentRoot.replace(/\/+$/, '');
  // As a web server reads an address: « .. » never climbs above the site's root.
  const at = (relative: string) => {
    const segments: string[] = [];
    for (const segment of relative.split('/')) {
      if (segment === '..') segments.pop();
      else if (segment !== '' && segment !== '.') segments.push(segment);
    }
    return `${root}/${segments.join('/')}`;
  };
  const withAnchor = { ...(anchor !== undefined ? { anchor } : {}), page };
  if (MARKDOWN_FILE.test(page)) return { path: at(page), ...withAnchor };
  const base = page.replace(/\/+$/, '').replace(PAGE_EXTENSION, '');
  if (OTHER_EXTENSION.test(base) && !PAGE_EXTENSION.test(page)) return undefined;
  const candidates = base === '' ? ['index.md', '_index.md', 'index.mdx'] : [`${base}.md`, `${base}/index.md`, `${base}/_index.md`, `${base}.mdx`, `${base}/index.mdx`, `${base}.markdown`];
  const [first = '', ...rest] = candidates.map(at);
  return { path: first, ...withAnchor, alternatives: rest };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The summary of one article, as its site index keeps it. */
export function summarizeArticle(doc: ArticleDocument, path: string): SiteArticle {
  const linksTo = new Set<string>();
  for (const link of doc.bodyLinks) {
    const target = readRelativeLink(path, link.url, doc);
    // Every file a page address may be: whichever is an article is linked to.
    if (target) for (const candidate of [target.path, ...(target.alternatives ?? [])]) if (candidate !== path) linksTo.add(candidate);
  }
  const keyphrase = doc.keyphrase && doc.keyphrase.source === 'front-matter' ? { text: doc.keyphrase.text, key: phraseKey(doc.keyphrase.text) } : undefined;
  const prominent = prominentWords(doc).map((word) => word.stem).sort();
  return {
    path,
    ...(doc.title ? { title: doc.title.text } : {}),
    ...(doc.description ? { description: doc.description.text } : {}),
    ...(keyphrase && keyphrase.key !== '' ? { keyphrase } : {}),
    anchors: headingAnchors(doc.headings),
    linksTo: [...linksTo],
    ...(prominent.length > 0 ? { prominent } : {}),
  };
}

/** An article whose keyphrase's content words stem to `stems` (phraseStems, as prominent words are read). */
export interface KeyphraseStems {
  article: SiteArticle;
  stems: string[];
}

/** The articles of a site, looked up the ways the cross-article checks need. */
export class SiteIndex {
  private readonly byPath = new Map<string, SiteArticle>();
  private readonly byKeyphrase = new Map<string, SiteArticle[]>();
  private readonly byTitle = new Map<string, SiteArticle[]>();
  private readonly byDescription = new Map<string, SiteArticle[]>();
  private readonly linkedFrom = new Map<string, Set<string>>();
  private readonly byProminent = new Map<string, SiteArticle[]>();
  /** Built on first use: only the link suggestions ask for it. */
  private byKeyphraseStem: Map<string, KeyphraseStems[]> | undefined;

  /**
   * `exists`: whether a file the site does not list exists (the CLI asks the disk): a link to a
   * Markdown file outside the articles given is broken only when the file is missing.
   */
  constructor(articles: Iterable<SiteArticle>, private readonly exists: (path: string) => boolean = () => false) {
    for (const article of articles) {
      this.byPath.set(article.path, article);
      if (article.keyphrase) push(this.byKeyphrase, article.keyphrase.key, article);
      if (article.title) push(this.byTitle, sameTextKey(article.title), article);
      if (article.description) push(this.byDescription, sameTextKey(article.description), article);
      for (const stem of article.prominent ?? []) push(this.byProminent, stem, article);
      for (const target of article.linksTo) {
        const from = this.linkedFrom.get(target) ?? new Set<string>();
        from.add(article.path);
        this.linkedFrom.set(target, from);
      }
    }
  }

  get size(): number {
    return this.byPath.size;
  }

  /** Whether the site has articles besides `path` (which it may or may not list yet). */
  hasOthers(path: string): boolean {
    return this.byPath.size > (this.byPath.has(path) ? 1 : 0);
  }

  article(path: string): SiteArticle | undefined {
    return this.byPath.get(path);
  }

  /** Whether a linked file is there: an article of the site, or a file on disk. */
  fileExists(path: string): boolean {
    return this.byPath.has(path) || this.exists(path);
  }

  /** The first of a link's files that is there (its path, then its alternatives), if any. */
  existingTarget(link: { path: string; alternatives?: readonly string[] }): string | undefined {
    return [link.path, ...(link.alternatives ?? [])].find((candidate) => this.fileExists(candidate));
  }

  /** Other articles with the same keyphrase (case, accents, hyphens aside), in path order. */
  sameKeyphrase(path: string, keyphrase: string): SiteArticle[] {
    return others(this.byKeyphrase.get(phraseKey(keyphrase)), path);
  }

  sameTitle(path: string, title: string): SiteArticle[] {
    return others(this.byTitle.get(sameTextKey(title)), path);
  }

  sameDescription(path: string, description: string): SiteArticle[] {
    return others(this.byDescription.get(sameTextKey(description)), path);
  }

  /** The articles (this one included, if the site lists it) that have `stem` among their prominent words. */
  withProminent(stem: string): readonly SiteArticle[] {
    return this.byProminent.get(stem) ?? [];
  }

  /**
   * The articles whose keyphrase has `stem` as its first content word's stem, with all its stems:
   * whoever looks for the keyphrases made of a set of stems asks for each stem of the set.
   */
  withKeyphraseStem(stem: string): readonly KeyphraseStems[] {
    if (!this.byKeyphraseStem) {
      const index = new Map<string, KeyphraseStems[]>();
      for (const list of this.byKeyphrase.values()) {
        for (const article of list) {
          const stems = phraseStems(article.keyphrase?.text ?? '');
          if (stems[0] !== undefined) push(index, stems[0], { article, stems });
        }
      }
      this.byKeyphraseStem = index;
    }
    return this.byKeyphraseStem.get(stem) ?? [];
  }

  /** The other articles that link to `path`. */
  linkingTo(path: string): string[] {
    return [...(this.linkedFrom.get(path) ?? [])].filter((from) => from !== path).sort();
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function others(list: readonly SiteArticle[] | undefined, path: string): SiteArticle[] {
  return (list ?? []).filter((article) => article.path !== path).sort((a, b) => a.path.localeCompare(b.path));
}
