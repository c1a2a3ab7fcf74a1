import { blankComments } from '../markdown/htmlSource';
import type { SourceRange } from '../markdown/readFrontMatter';
import { defineCheck } from './Check';

/** Where the drafted alt text goes: between `![` and `]`, or as an `alt="…"` attribute of an <img>. */
export interface AltTextFix {
  alt: string;
  at: SourceRange;
  html: boolean;
}

// An <img> tag, and its alt attribute whatever the quoting (alt="…", alt='…', alt=…).
// Where an <img> tag opens; it ends at the next « > ». Found in two steps rather than with
// /<img\b[^>]*>/g, which reads to the end of the text from every « <img » that never closes
// (quadratic on a pasted run of broken tags).
const IMG_OPEN = /<img\b/gi;

/** Every complete <img …> tag of `source`, with where it starts. */
function* imgTags(source: string): Generator<{ tag: string; index: number }> {
  for (const open of source.matchAll(IMG_OPEN)) {
    const close = source.indexOf('>', open.index);
    // No « > » after this one: none after any later one either.
    if (close < 0) return;
    yield { tag: source.slice(open.index, close + 1), index: open.index };
  }
}
/**
 * Whether `text` holds « <img » in any case (what /<img/i finds; without `\b`, since a node's
 * source could end right after « <img » where the whole text goes on). indexOf jumps from one
 * « < » to the next much faster than a case-insensitive regex scans.
 */
function mayHoldImgTag(text: string): boolean {
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    // `| 32` lower-cases ASCII letters; no other character becomes i, m or g by it.
    if ((text.charCodeAt(at + 1) | 32) === 105 && (text.charCodeAt(at + 2) | 32) === 109 && (text.charCodeAt(at + 3) | 32) === 103) return true;
  }
  return false;
}

const ALT_ATTRIBUTE = /\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))|\salt(?=[\s/>])/i;

/** The file name of an image URL, as a message shows it (an inline `data:` image has none). */
function fileNameOf(url: string): string {
  if (/^data:/i.test(url)) return '';
  return url.split(/[?#]/)[0]?.split('/').pop() ?? '';
}

/** A readable alt text from an image's file name: « /img/carte-haut-karabakh.png » → « carte haut karabakh ». */
export function suggestAltFromUrl(url: string): string {
  const file = fileNameOf(url);
  let name = file;
  try {
    name = decodeURIComponent(file);
  } catch {
    // A malformed %-escape: keep the name as written.
  }
  return name.replace(/\.[a-z0-9]{2,5}$/i, '').replace(/@\dx$|[-_]\d+x\d+$/i, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Every image needs a text alternative: screen readers read it, and image search ranks by it (Yoast SEO: « Image alt attributes »). */
export default defineCheck<Record<string, never>, AltTextFix>({
  id: 'image-alt-missing',
  title: { fr: 'Textes alternatifs des images', en: 'Image alt texts' },
  family: 'seo',
  description: {
    fr: 'Une image n’a pas de texte alternatif (alt).',
    en: 'An image has no alternative text (alt).',
  },
  passed: {
    fr: 'Chaque image a un texte alternatif.',
    en: 'Every image has alt text.',
  },
  // Yoast flags images without alt text; WCAG 1.1.1 requires a text alternative for content images.
  defaultSeverity: 'warning',
  // No threshold: each image has a non-empty alt text or not.
  defaultOptions: {},
  run({ doc, report, skip }) {
    // Markdown images, HTML <img> tags: nothing to judge in a text without any.
    if (doc.bodyImages.length === 0) skip();
    const flag = (url: string, range: SourceRange, at: SourceRange, html: boolean): void => {
      const suggestedAlt = suggestAltFromUrl(url);
      const file = fileNameOf(url) || (/^data:/i.test(url) ? 'data:…' : url);
      const label = file ? ` (${file})` : '';
      report({
        range,
        message: {
          fr: `Image sans texte alternatif${label} : un alt non vide est attendu. Décrivez l’image en quelques mots${suggestedAlt ? `, par exemple « ${suggestedAlt} »` : ''}.`,
          en: `Image without alternative text${label}: a non-empty alt is expected. Describe the image in a few words${suggestedAlt ? `, for example “${suggestedAlt}”` : ''}.`,
        },
        data: { url, suggestedAlt },
        ...(suggestedAlt ? { fix: { alt: suggestedAlt, at, html } } : {}),
      });
    };
    for (const image of doc.images) {
      if (image.alt.trim() !== '') continue;
      // `![](x.png)` or `![ ](x.png)`: the fix writes between the brackets.
      const close = doc.text.indexOf(']', image.range.start + 2);
      const inside = { start: image.range.start + 2, end: close < 0 ? image.range.start + 2 : Math.min(close, image.range.end) };
      flag(image.url, image.range, inside, false);
    }
    // Every HTML node's source is a slice of doc.text: none can hold a tag the text lacks.
    if (!mayHoldImgTag(doc.text)) return;
    for (const { start: offset, end } of doc.htmlRanges) {
      // The source, not the node's value: inside a quote or a list the value loses its `> ` prefixes and offsets drift.
      // Comments are blanked (same length) so that a commented-out <img> is not reported.
      const source = blankComments(doc.text.slice(offset, end));
      for (const { tag, index } of imgTags(source)) {
        const alt = ALT_ATTRIBUTE.exec(tag);
        if (alt && (alt[1] ?? alt[2] ?? alt[3] ?? '').trim() !== '') continue;
        const start = offset + index;
        const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(tag);
        // An empty alt attribute is replaced whole; a missing one goes right after `<img`.
        const at = alt ? { start: start + alt.index, end: start + alt.index + alt[0].length } : { start: start + 4, end: start + 4 };
        flag(src?.[1] ?? src?.[2] ?? src?.[3] ?? '', { start, end: start + tag.length }, at, true);
      }
    }
  },
  fixes: ({ alt, at, html }) => [{
    title: { fr: `Ajouter le texte alternatif « ${alt} »`, en: `Add the alt text “${alt}”` },
    edits: [{ ...at, text: html ? ` alt="${alt}"` : alt }],
    preferred: true,
  }],
});
