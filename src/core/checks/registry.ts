import type { CheckDefinition, CheckOptions } from './Check';
import articleOrphan from './article-orphan';
import competingLinks from './competing-links';
import descriptionDuplicate from './description-duplicate';
import frontMatterInvalid from './front-matter-invalid';
import h1Multiple from './h1-multiple';
import headingIncrement from './heading-increment';
import imageAltDuplicate from './image-alt-duplicate';
import imageAltLength from './image-alt-length';
import imageAltMissing from './image-alt-missing';
import imagesMissing from './images-missing';
import keyphraseDensity from './keyphrase-density';
import keyphraseDistribution from './keyphrase-distribution';
import keyphraseInImageAlt from './keyphrase-in-image-alt';
import keyphraseInIntroduction from './keyphrase-in-introduction';
import keyphraseInMetaDescription from './keyphrase-in-meta-description';
import keyphraseInSlug from './keyphrase-in-slug';
import keyphraseInSubheadings from './keyphrase-in-subheadings';
import keyphraseInTitle from './keyphrase-in-title';
import keyphraseLength from './keyphrase-length';
import keyphraseUsedElsewhere from './keyphrase-used-elsewhere';
import linkBroken from './link-broken';
import linkSuggestion from './link-suggestion';
import linksInternalMissing from './links-internal-missing';
import linksOutboundMissing from './links-outbound-missing';
import metaDescriptionLength from './meta-description-length';
import metaDescriptionMissing from './meta-description-missing';
import markdownTooComplex from './markdown-too-complex';
import notFrench from './not-french';
import passiveVoice from './passive-voice';
import paragraphTooLong from './paragraph-too-long';
import readabilityFr from './readability-fr';
import sectionTooLong from './section-too-long';
import sentenceBeginnings from './sentence-beginnings';
import sentencesTooLong from './sentences-too-long';
import slugLength from './slug-length';
import subheadingsMissing from './subheadings-missing';
import titleLength from './title-length';
import titleMissing from './title-missing';
import titleDuplicate from './title-duplicate';
import titleWidth from './title-width';
import transitionWords from './transition-words';
import typographyAccents from './typography-accents';
import typographyApostrophe from './typography-apostrophe';
import typographyEllipsis from './typography-ellipsis';
import typographyNumbers from './typography-numbers';
import typographyOrdinals from './typography-ordinals';
import typographyPunctuationSpacing from './typography-punctuation-spacing';
import typographyQuotes from './typography-quotes';
import typographySpaces from './typography-spaces';
import wordCountMin from './word-count-min';
import wordComplexity from './word-complexity';

/** Every check, in the order a writer reads a report: structure, length, meta, keyphrase, media, language. */
export const allChecks: readonly CheckDefinition<CheckOptions>[] = [
  frontMatterInvalid,
  titleMissing,
  h1Multiple,
  headingIncrement,
  subheadingsMissing,
  wordCountMin,
  sectionTooLong,
  paragraphTooLong,
  sentencesTooLong,
  readabilityFr,
  transitionWords,
  passiveVoice,
  sentenceBeginnings,
  wordComplexity,
  metaDescriptionMissing,
  metaDescriptionLength,
  titleWidth,
  titleLength,
  slugLength,
  keyphraseLength,
  keyphraseInTitle,
  keyphraseInSlug,
  keyphraseInIntroduction,
  keyphraseInSubheadings,
  keyphraseDensity,
  keyphraseDistribution,
  keyphraseInMetaDescription,
  // Between articles: they judge when the run knows the site (`plume check` on several files).
  keyphraseUsedElsewhere,
  titleDuplicate,
  descriptionDuplicate,
  // Links and media: links first (internal, outbound, competing), then images, then their alt texts.
  linksInternalMissing,
  linksOutboundMissing,
  competingLinks,
  linkBroken,
  articleOrphan,
  linkSuggestion,
  imagesMissing,
  imageAltMissing,
  imageAltLength,
  imageAltDuplicate,
  keyphraseInImageAlt,
  notFrench,
  markdownTooComplex,
  // French typography: the characters only, never the words.
  typographySpaces,
  typographyApostrophe,
  typographyEllipsis,
  typographyNumbers,
  typographyQuotes,
  typographyAccents,
  typographyOrdinals,
  typographyPunctuationSpacing,
] as readonly CheckDefinition<CheckOptions>[];

export function findCheck(id: string): CheckDefinition<CheckOptions> | undefined {
  return allChecks.find((check) => check.id === id);
}
