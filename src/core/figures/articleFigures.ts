import { sameBeginningRuns } from '../language/fr/sameBeginningRuns';
import { GOOGLE_TITLE_FONT_PX, textWidthPx } from '../language/titleWidth';
import type { ArticleDocument } from '../markdown/ArticleDocument';

/**
 * The figures a team tracks in CI (`plume check --format json`) and the editor shows: shares in %
 * and reading ease rounded to one decimal; null where the text gives nothing to measure.
 */
export interface ArticleFigures {
  words: number;
  sentences: number;
  /** Kandel–Moles. */
  readingEase: number | null;
  /** Prose sentences holding a transition word. */
  transitionShare: number | null;
  /** Prose sentences in the passive voice. */
  passiveShare: number | null;
  /** The longest run of consecutive sentences that begin alike (0 without sentences). */
  maxSameBeginnings: number;
  /** The SEO title's width as Google draws it (Arial 20 px). */
  titleWidthPx: number | null;
  readingMinutes: number;
}

// Reading speed of an adult reading French on screen, in words per minute, and the time a reader
// gives an image, as Yoast SEO's reading time counts them.
export const WORDS_PER_MINUTE = 195;
export const MINUTES_PER_IMAGE = 0.2;

const oneDecimal = (value: number): number => Math.round(value * 10) / 10;

/** Reads the figures off the document's facts, computed once and shared with the checks. */
export function articleFigures(doc: ArticleDocument): ArticleFigures {
  const prose = doc.proseSentences;
  const share = (count: number): number | null => (prose.length === 0 ? null : oneDecimal((count / prose.length) * 100));
  const ease = doc.readingEase;
  return {
    words: doc.wordCount,
    sentences: doc.sentences.length,
    readingEase: Number.isFinite(ease) ? oneDecimal(ease) : null,
    transitionShare: share(prose.filter(({ style }) => style.transition).length),
    passiveShare: share(prose.filter(({ style }) => style.passive).length),
    maxSameBeginnings: sameBeginningRuns(prose).reduce((longest, run) => Math.max(longest, run.length), 0),
    titleWidthPx: doc.title ? oneDecimal(textWidthPx(doc.title.text, GOOGLE_TITLE_FONT_PX)) : null,
    readingMinutes: readingMinutes(doc.wordCount, doc.images.length),
  };
}

/** Minutes to read `words` words and look at `images` images, to one decimal. */
export function readingMinutes(words: number, images: number): number {
  return oneDecimal(words / WORDS_PER_MINUTE + images * MINUTES_PER_IMAGE);
}
