import metaDescriptionLength from '../checks/meta-description-length';
import paragraphTooLong from '../checks/paragraph-too-long';
import sectionTooLong from '../checks/section-too-long';
import sentencesTooLong from '../checks/sentences-too-long';
import titleLength from '../checks/title-length';

/** The numbers the prompt states and the validation checks: the checks' own defaults, so they never disagree. */
export const LIMITS = {
  titleMax: titleLength.defaultOptions.max,
  descriptionMin: metaDescriptionLength.defaultOptions.min,
  descriptionMax: metaDescriptionLength.defaultOptions.max,
  sectionMax: sectionTooLong.defaultOptions.max,
  paragraphMax: paragraphTooLong.defaultOptions.max,
  sentenceMax: sentencesTooLong.defaultOptions.maxWords,
};
