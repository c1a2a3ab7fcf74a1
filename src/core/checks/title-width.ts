import { cutAtWidth, GOOGLE_TITLE_FONT_PX, GOOGLE_TITLE_MAX_PX, textWidthPx } from '../language/titleWidth';
import { readerLength } from '../language/fr/readerText';
import { defineCheck } from './Check';
import { describeTitleSource } from './title-length';
import { nen, nfr } from './formatNumber';

/**
 * A title as a results page draws it: HTML folds each run of its white space (tab, line feed,
 * carriage return, space: a folded YAML value, a double space) into one space and drops those at
 * the ends. No-break spaces are kept, as HTML keeps them (« React Labs : » keeps its U+00A0).
 */
export function displayedTitle(text: string): string {
  return text.replace(/[ \t\n\f\r]+/g, ' ').trim();
}

/** A title's width in pixels as Google draws it on desktop: 20 px Arial (src/core/language/titleWidth.ts). */
export function titleWidthPx(text: string): number {
  return textWidthPx(displayedTitle(text), GOOGLE_TITLE_FONT_PX);
}

/**
 * Whether a title fits `maxPx`. Compared as cutAtWidth compares (it never cuts a title that
 * fits), so that the check, the rewrite's validation and the quick-fix drafts agree at the edge.
 */
export function titleFits(text: string, maxPx: number): boolean {
  const shown = displayedTitle(text);
  return cutAtWidth(shown, maxPx, GOOGLE_TITLE_FONT_PX) === shown;
}

/** The SEO title fits the width Google gives it on a results page (Yoast SEO's « SEO title width »). */
export default defineCheck({
  id: 'title-width',
  title: { fr: 'Largeur du titre SEO', en: 'SEO title width' },
  family: 'seo',
  description: {
    fr: 'Le titre SEO est trop large : Google en coupera la fin dans ses résultats.',
    en: 'The SEO title is too wide: Google will cut its end in search results.',
  },
  passed: {
    fr: 'Le titre SEO tient dans la largeur que Google affiche.',
    en: 'The SEO title fits the width Google shows.',
  },
  // Yoast scores a title wider than the limit red.
  defaultSeverity: 'warning',
  defaultOptions: {
    // Google's desktop results show 600 px of a title drawn in 20 px Arial and cut the rest;
    // Yoast SEO's « SEO title width » assessment scores a title wider than 600 px red.
    maxPx: GOOGLE_TITLE_MAX_PX,
  },
  run({ doc, options, report, skip }) {
    const title = doc.title;
    // No title at all is `title-missing`'s finding.
    if (!title) return skip();
    const shown = displayedTitle(title.text);
    if (shown === '' || titleFits(shown, options.maxPx)) return;
    const width = textWidthPx(shown, GOOGLE_TITLE_FONT_PX);
    // Rounded up, so that a title of 600.4 px never reads « 600 px » next to « 600 px au plus ».
    const widthShown = Math.ceil(width);
    const visible = cutAtWidth(shown, options.maxPx, GOOGLE_TITLE_FONT_PX);
    const excess = widthShown - options.maxPx;
    // Pixels mean little to a writer: the excess in this title's own characters, at its mean
    // width per character (a title of capitals and « m » loses more width per letter cut).
    const perCharacter = width / Math.max(1, readerLength(shown));
    const characters = Math.max(1, Math.ceil(excess / perCharacter));
    const { where, alternative } = describeTitleSource(title);
    report({
      range: title.range,
      message: {
        fr: `Titre SEO (${where.fr}) de ${nfr(widthShown)} px de large ; ${nfr(options.maxPx)} px au plus (Arial 20 px, comme Google). Google n’en affichera que « ${visible} » : raccourcissez-le d’environ ${nfr(excess)} px, soit à peu près ${nfr(characters)} caractère${characters > 1 ? 's' : ''}${alternative.fr}.`,
        en: `SEO title (${where.en}) ${nen(widthShown)} px wide; at most ${nen(options.maxPx)} px (20 px Arial, as Google draws it). Google will only show “${visible}”: shorten it by about ${nen(excess)} px, roughly ${nen(characters)} character${characters > 1 ? 's' : ''}${alternative.en}.`,
      },
      data: { widthPx: Math.round(width * 10) / 10, maxPx: options.maxPx, excessPx: excess, characters, visible, source: title.source, key: title.key },
    });
  },
});
