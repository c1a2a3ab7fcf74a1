import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { blankComments, tagScope } from './htmlSource';
import type { SourceRange } from './readFrontMatter';

/**
 * Where a link leads, as the link checks count it (Yoast SEO's internal and outbound links):
 * `internal` stays on the site (relative, root-relative, a fragment, or an absolute URL on the
 * site's host), `outbound` leaves it (http or https to another host), `other` is neither
 * (mailto:, tel:, ftp:, javascript:, an empty target).
 */
export type LinkKind = 'internal' | 'outbound' | 'other';

/** A link of the body, written in Markdown (inline, reference, autolink) or as an HTML `<a href>`. */
export interface BodyLink {
  url: string;
  /** The anchor text as a reader reads it (no markup, no image alt). */
  text: string;
  range: SourceRange;
  kind: LinkKind;
  html: boolean;
  /**
   * `rel="nofollow"`: the link passes no authority to its target. Only an HTML link can say so;
   * Markdown has no syntax for `rel`, so a Markdown link is always followed as far as Plume knows.
   */
  nofollow: boolean;
}

/** An image of the body, written in Markdown (`![alt](src)`, `![alt][ref]`) or as an HTML `<img>`. */
export interface BodyImage {
  url: string;
  /** The alt text as written, entities decoded; '' when absent or empty. */
  alt: string;
  range: SourceRange;
  html: boolean;
}

export interface CollectedMedia {
  links: BodyLink[];
  images: BodyImage[];
  /** Where the HTML nodes are (blocks and inline tags), for the checks that read their source. */
  html: SourceRange[];
}

/**
 * The host a site URL names, as links are compared with it: lower case, without a leading
 * `www.` (www.exemple.fr and exemple.fr are one site to a reader). Undefined for anything that is
 * not an absolute http(s) URL (the configuration is validated before it gets here).
 */
export function siteHostOf(siteUrl: string | undefined): string | undefined {
  const url = parseHttpUrl(siteUrl?.trim() ?? '');
  return url ? bareHost(url.hostname) : undefined;
}

/** Where `url` leads, for a site whose host is `siteHost` (siteHostOf); without one, every http(s) URL is outbound. */
export function linkKind(url: string, siteHost: string | undefined): LinkKind {
  const target = url.trim();
  // An empty target (`[texte]()`) or a bare « # » is a placeholder, not a link to anything.
  if (target === '' || target === '#') return 'other';
  // Protocol-relative (`//exemple.fr/page`): absolute, in the page's own scheme.
  const absolute = target.startsWith('//') ? `https:${target}` : target;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(absolute)) return 'internal';
  const parsed = parseHttpUrl(absolute);
  if (!parsed) return 'other';
  return siteHost !== undefined && bareHost(parsed.hostname) === siteHost ? 'internal' : 'outbound';
}

function parseHttpUrl(text: string): URL | undefined {
  if (!/^https?:\/\//i.test(text)) return undefined;
  try {
    const url = new URL(text);
    return url.hostname === '' ? undefined : url;
  } catch {
    return undefined;
  }
}

function bareHost(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

// HTML tags and attributes, whatever the case and the quoting (`alt="…"`, `alt='…'`, `alt=…`).
const A_TAG = /<a(?=[\s/>])[^>]*>|<\/a\s*>/gi;
const IMG_TAG = /<img\b[^>]*>/gi;
const TAG = /<[^>]*>/g;
// Nodes whose children are phrasing content: an `<a href>` opened in one of them may close in a
// later sibling (inline HTML splits `<a href="…">texte</a>` into three nodes), never past its end.
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell']);

const ATTRIBUTES = new Map(['src', 'alt', 'href', 'rel'].map((name) => [name, new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i')]));

function attribute(tag: string, name: 'src' | 'alt' | 'href' | 'rel'): string | undefined {
  const match = ATTRIBUTES.get(name)?.exec(tag);
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

// The named entities of HTML's syntax, and those French text is written with in older HTML
// (accented letters, guillemets, typographic apostrophe and dashes); numeric ones are all decoded.
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  agrave: 'à', acirc: 'â', ccedil: 'ç', eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', icirc: 'î', iuml: 'ï',
  ocirc: 'ô', ugrave: 'ù', ucirc: 'û', uuml: 'ü', oelig: 'œ', Agrave: 'À', Ccedil: 'Ç', Eacute: 'É', Egrave: 'È',
  Ecirc: 'Ê', OElig: 'Œ', laquo: '«', raquo: '»', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', hellip: '…',
  ndash: '–', mdash: '—',
};

/**
 * An attribute's or an anchor's text as a reader hears it: an alt is measured and compared
 * decoded (`Caf&eacute;` is 4 characters). Named entities outside NAMED are rare in such texts
 * and stay as written.
 */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|([a-z]+));/gi, (entity, decimal?: string, hex?: string, name?: string) => {
    const code = decimal ? Number(decimal) : hex ? Number.parseInt(hex, 16) : undefined;
    if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    // Case matters (`&Eacute;` is « É »); `&AMP;` and the like are HTML's too.
    return NAMED[name ?? ''] ?? NAMED[(name ?? '').toLowerCase()] ?? entity;
  });
}

const startOf = (node: Nodes): number => node.position?.start.offset ?? 0;
const endOf = (node: Nodes): number => node.position?.end.offset ?? 0;

/**
 * Every link and image of the body, in document order: Markdown ones (inline, reference,
 * autolinks, with their definitions resolved) and HTML ones (`<a href>`, `<img>` in HTML blocks or
 * inline HTML). Code and HTML comments hold none; front matter is not the body. The Markdown images
 * are those `collectBlocks` finds; the HTML `<img>` tags those `image-alt-missing` reads.
 */
export function collectMedia(root: Root, text: string, siteUrl?: string): CollectedMedia {
  const host = siteHostOf(siteUrl);
  const links: BodyLink[] = [];
  const images: BodyImage[] = [];
  const html: SourceRange[] = [];
  const definitions = new Map<string, string>();
  const references: { identifier: string; text: string; range: SourceRange }[] = [];
  // Markdown has no rel attribute: every Markdown link is followed.
  const markdownLink = (url: string, label: string, range: SourceRange): BodyLink => ({ url, text: label, range, kind: linkKind(url, host), html: false, nofollow: false });

  // The HTML anchor opened and not yet closed (anchors do not nest in HTML).
  let open: { start: number; openEnd: number; href: string; nofollow: boolean } | undefined;
  const closeAnchor = (closeStart?: number, closeEnd?: number): void => {
    if (!open) return;
    // Between the tags: text nodes, emphasis, other inline tags; an unclosed anchor has no text.
    const between = closeStart === undefined ? '' : blankComments(text.slice(open.openEnd, closeStart));
    const scope = tagScope(between);
    const inside = scope.replace(TAG, ' ') + between.slice(scope.length);
    links.push({
      url: open.href,
      text: decodeEntities(inside).replace(/[*_~`]+/g, ' ').replace(/\s+/g, ' ').trim(),
      range: { start: open.start, end: closeEnd ?? open.openEnd },
      kind: linkKind(open.href, host),
      html: true,
      nofollow: open.nofollow,
    });
    open = undefined;
  };

  const visitHtml = (node: Nodes): void => {
    const offset = startOf(node);
    html.push({ start: offset, end: endOf(node) });
    // The source, not node.value: inside a quote or a list the value loses its `> ` prefixes and
    // offsets drift. Comments are blanked (same length) so that a commented-out tag is not read.
    const source = tagScope(blankComments(text.slice(offset, endOf(node))));
    if (!source.includes('<')) return;
    for (const tag of source.matchAll(IMG_TAG)) {
      const start = offset + (tag.index ?? 0);
      images.push({ url: attribute(tag[0], 'src') ?? '', alt: attribute(tag[0], 'alt') ?? '', range: { start, end: start + tag[0].length }, html: true });
    }
    for (const tag of source.matchAll(A_TAG)) {
      const start = offset + (tag.index ?? 0);
      if (tag[0][1] === '/') {
        closeAnchor(start, start + tag[0].length);
        continue;
      }
      closeAnchor();
      const href = attribute(tag[0], 'href');
      // An anchor without href (`<a name="…">`, `<a id="…">`) is a target, not a link.
      if (href === undefined) continue;
      const rel = (attribute(tag[0], 'rel') ?? '').toLowerCase().split(/\s+/);
      open = { start, openEnd: start + tag[0].length, href, nofollow: rel.includes('nofollow') };
    }
  };

  const visit = (node: Nodes, inPhrasing: boolean): void => {
    switch (node.type) {
      case 'code':
      case 'inlineCode':
      case 'yaml':
        return;
      case 'definition':
        if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
        return;
      case 'html':
        visitHtml(node);
        // An HTML block holds its own anchors whole.
        if (!inPhrasing) closeAnchor();
        return;
      case 'image':
        images.push({ url: node.url, alt: node.alt ?? '', range: { start: startOf(node), end: endOf(node) }, html: false });
        return;
      case 'imageReference':
        images.push({ url: node.identifier, alt: node.alt ?? '', range: { start: startOf(node), end: endOf(node) }, html: false });
        return;
      case 'link':
        links.push(markdownLink(node.url, toString(node, { includeImageAlt: false }).trim(), { start: startOf(node), end: endOf(node) }));
        break;
      case 'linkReference':
        references.push({ identifier: node.identifier, text: toString(node, { includeImageAlt: false }).trim(), range: { start: startOf(node), end: endOf(node) } });
        break;
      default:
        if ((node.type as string) === 'toml') return;
    }
    // A linked image (`[![alt](photo.jpg)](page)`) is both a link and an image.
    const phrasing = inPhrasing || PHRASING_PARENTS.has(node.type);
    if ('children' in node) for (const child of node.children) visit(child as Nodes, phrasing);
    // An anchor opened in a paragraph and never closed ends with it.
    if (PHRASING_PARENTS.has(node.type)) closeAnchor();
  };

  visit(root, false);
  closeAnchor();
  // Definitions may follow their references: resolved once the whole tree is read. The parser
  // only makes references of defined labels; one whose definition sits in another chunk of a
  // chunked parse is still in this tree.
  for (const reference of references) {
    const url = definitions.get(reference.identifier);
    if (url !== undefined) links.push(markdownLink(url, reference.text, reference.range));
  }
  links.sort((a, b) => a.range.start - b.range.start);
  images.sort((a, b) => a.range.start - b.range.start);
  return { links, images, html };
}
