import keyphraseDensity from '../checks/keyphrase-density';
import keyphraseInSubheadings from '../checks/keyphrase-in-subheadings';
import metaDescriptionLength from '../checks/meta-description-length';
import paragraphTooLong from '../checks/paragraph-too-long';
import sectionTooLong from '../checks/section-too-long';
import sentencesTooLong from '../checks/sentences-too-long';
import titleLength from '../checks/title-length';
import titleWidth from '../checks/title-width';
import type { ResolvedSettings } from '../config/PlumeConfig';
import { optionsOf } from '../config/resolveSettings';

/** The numbers the rewrite's prompt states and its validation checks. */
export interface RewriteLimits {
  /** Characters: what the prompt asks, a model being unable to measure pixels (title-length's `max`). */
  titleMax: number;
  /** Pixels at 20 px Arial, what Google shows: the proposal is held to it too (title-width's `maxPx`). */
  titleMaxPx: number;
  descriptionMin: number;
  descriptionMax: number;
  sectionMax: number;
  paragraphMax: number;
  sentenceMax: number;
  /** The share of subheadings that hold the keyphrase, in %. */
  keyphraseSubheadingsMin: number;
  keyphraseSubheadingsMax: number;
  /** The keyphrase's density, in % of the words. */
  keyphraseDensityMin: number;
  keyphraseDensityMax: number;
}

/**
 * The limits as the checks are configured (a team's `.plumerc.json`, the editor's settings), so
 * that what the model is asked, what the proposal is held to and what the diagnostics later say
 * are the same numbers. Without settings: the checks' defaults.
 */
export function rewriteLimits(settings?: ResolvedSettings): RewriteLimits {
  const description = optionsOf(settings, metaDescriptionLength);
  return {
    titleMax: optionsOf(settings, titleLength).max,
    titleMaxPx: optionsOf(settings, titleWidth).maxPx,
    descriptionMin: description.min,
    descriptionMax: description.max,
    sectionMax: optionsOf(settings, sectionTooLong).max,
    paragraphMax: optionsOf(settings, paragraphTooLong).max,
    sentenceMax: optionsOf(settings, sentencesTooLong).maxWords,
    keyphraseSubheadingsMin: optionsOf(settings, keyphraseInSubheadings).minShare,
    keyphraseSubheadingsMax: optionsOf(settings, keyphraseInSubheadings).maxShare,
    keyphraseDensityMin: optionsOf(settings, keyphraseDensity).min,
    keyphraseDensityMax: optionsOf(settings, keyphraseDensity).max,
  };
}
