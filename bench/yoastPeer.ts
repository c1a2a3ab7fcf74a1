// Yoast SEO's own French transition-word and passive-voice shares, as a benchmark peer for
// Plume's checks. yoastseo (GPL-3.0) is a devDependency called here only, in the bench bundle
// (`node esbuild.mjs --bench`), never by the shipped code: Plume copies none of its code or word
// lists. Yoast analyses HTML, so the Markdown body (front matter dropped) is turned into HTML
// first with micromark and the GFM extensions Plume parses with; raw HTML in the Markdown is
// kept, as it would be in a WordPress post.
import { micromark } from 'micromark';
import { frontmatter, frontmatterHtml } from 'micromark-extension-frontmatter';
import { gfmFootnote, gfmFootnoteHtml } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough, gfmStrikethroughHtml } from 'micromark-extension-gfm-strikethrough';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';
import { gfmTaskListItem, gfmTaskListItemHtml } from 'micromark-extension-gfm-task-list-item';
// @ts-expect-error -- yoastseo ships no type declarations; the shapes used are typed below.
import { Paper as YoastPaper } from 'yoastseo';
// @ts-expect-error -- yoastseo ships no type declarations.
import FrenchResearcher from 'yoastseo/build/languageProcessing/languages/fr/Researcher';
// @ts-expect-error -- yoastseo ships no type declarations.
import { build as buildTree } from 'yoastseo/build/parse/build';
// @ts-expect-error -- yoastseo ships no type declarations.
import LanguageProcessor from 'yoastseo/build/parse/language/LanguageProcessor';

/** What findTransitionWords returns (yoastseo 3.6: build/languageProcessing/researches). */
interface TransitionWordsResult { totalSentences: number; transitionWordSentences: number }
/** What getPassiveVoiceResult returns for a periphrastic language such as French. */
interface PassiveVoiceResult { total: number; passives: unknown[] }
interface Paper { setTree(tree: unknown): void }
interface Researcher { getResearch(name: 'findTransitionWords'): TransitionWordsResult; getResearch(name: 'getPassiveVoiceResult'): PassiveVoiceResult }

const Yoast = {
  Paper: YoastPaper as new (html: string, attributes: { locale: string }) => Paper,
  Researcher: FrenchResearcher as new (paper: Paper) => Researcher,
  LanguageProcessor: LanguageProcessor as new (researcher: Researcher) => unknown,
  build: buildTree as (paper: Paper, languageProcessor: unknown) => unknown,
};

const matters: ('yaml' | 'toml')[] = ['yaml', 'toml'];
const syntax = [frontmatter(matters), gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()];
const html = [frontmatterHtml(matters), gfmFootnoteHtml({ label: 'Notes', backLabel: 'Retour' }), gfmStrikethroughHtml(), gfmTableHtml(), gfmTaskListItemHtml()];

// micromark ends each table tag's line with a newline; Yoast's passive-voice research splits the
// HTML's text into sentences and reads each of those newlines as a sentence of its own (a
// one-row table: 15 sentences instead of 4), while a WordPress table block is one line of HTML.
const TABLE_TAG = String.raw`<\/?(?:table|thead|tbody|tfoot|tr|th|td)\b[^>]*>`;
const SPACE_BETWEEN_TABLE_TAGS = new RegExp(`(${TABLE_TAG})\\s+(?=${TABLE_TAG})`, 'g');

/** The article's Markdown body as HTML, front matter (YAML or TOML) left out, table markup on one line. */
export function markdownToHtml(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: syntax, htmlExtensions: html }).replace(SPACE_BETWEEN_TABLE_TAGS, '$1');
}

/** Yoast's rounding of a percentage (helpers/formatNumber): whole numbers stay whole, others get one decimal. */
const yoastRound = (value: number): number => (Math.round(value) === value ? value : Math.round(value * 10) / 10);

/** Yoast's raw counts for one article: each research splits sentences its own way. */
export interface YoastCounts {
  /** Sentences as findTransitionWords counts them (on the parsed tree, headings included). */
  sentences: number;
  /** Sentences with at least one transition word, or both parts of a two-part one. */
  transitionSentences: number;
  /** Sentences as getPassiveVoiceResult counts them (on the HTML text). */
  passiveTotal: number;
  /** Sentences in the passive voice. */
  passiveSentences: number;
}

export interface YoastShares {
  /** % of sentences with at least one transition word (Yoast's TransitionWordsAssessment). */
  transitionShare: number;
  /** % of sentences in the passive voice (Yoast's PassiveVoiceAssessment). */
  passiveShare: number;
  /** Sentences as findTransitionWords counts them (the parsed tree's sentences, headings included). */
  sentences: number;
}

/** Runs Yoast's French findTransitionWords and getPassiveVoiceResult researches on one Markdown article. */
export function yoastCounts(markdown: string): YoastCounts {
  const paper = new Yoast.Paper(markdownToHtml(markdown), { locale: 'fr_FR' });
  const researcher = new Yoast.Researcher(paper);
  paper.setTree(Yoast.build(paper, new Yoast.LanguageProcessor(researcher)));
  const transition = researcher.getResearch('findTransitionWords');
  const passive = researcher.getResearch('getPassiveVoiceResult');
  return { sentences: transition.totalSentences, transitionSentences: transition.transitionWordSentences, passiveTotal: passive.total, passiveSentences: passive.passives.length };
}

/** part / whole in %, rounded as Yoast shows it; 0 for no sentence. */
export const yoastPercent = (part: number, whole: number): number => (whole === 0 ? 0 : yoastRound((part / whole) * 100));

/**
 * Yoast's French transition-word and passive-voice shares for one Markdown article, in %, as
 * its readability assessments compute them: sentences with a transition word / sentences, and
 * passive sentences / sentences, rounded as Yoast shows them. The two researches split sentences
 * differently (transition words on the parsed tree, passives on the HTML text), so each share has
 * its own denominator, as in Yoast.
 */
export function yoastShares(markdown: string): YoastShares {
  const counts = yoastCounts(markdown);
  return {
    transitionShare: yoastPercent(counts.transitionSentences, counts.sentences),
    passiveShare: yoastPercent(counts.passiveSentences, counts.passiveTotal),
    sentences: counts.sentences,
  };
}
