import type { CheckDefinition, CheckOptions } from './Check';
import frontMatterInvalid from './front-matter-invalid';
import h1Multiple from './h1-multiple';
import headingIncrement from './heading-increment';
import imageAltMissing from './image-alt-missing';
import keyphraseDensity from './keyphrase-density';
import keyphraseInIntroduction from './keyphrase-in-introduction';
import keyphraseInMetaDescription from './keyphrase-in-meta-description';
import keyphraseInSubheadings from './keyphrase-in-subheadings';
import keyphraseInTitle from './keyphrase-in-title';
import metaDescriptionLength from './meta-description-length';
import metaDescriptionMissing from './meta-description-missing';
import markdownTooComplex from './markdown-too-complex';
import notFrench from './not-french';
import paragraphTooLong from './paragraph-too-long';
import readabilityFr from './readability-fr';
import sectionTooLong from './section-too-long';
import sentencesTooLong from './sentences-too-long';
import subheadingsMissing from './subheadings-missing';
import titleLength from './title-length';
import titleMissing from './title-missing';
import wordCountMin from './word-count-min';

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
  metaDescriptionMissing,
  metaDescriptionLength,
  titleLength,
  keyphraseInTitle,
  keyphraseInIntroduction,
  keyphraseInSubheadings,
  keyphraseDensity,
  keyphraseInMetaDescription,
  imageAltMissing,
  notFrench,
  markdownTooComplex,
] as readonly CheckDefinition<CheckOptions>[];

export function findCheck(id: string): CheckDefinition<CheckOptions> | undefined {
  return allChecks.find((check) => check.id === id);
}
