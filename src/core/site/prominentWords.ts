// What an article is about, in a few words: its « prominent words ». The idea comes from Yoast
// SEO's internal linking suggestions, which find related articles by the prominent words they
// share: the article's frequent content words, function words set aside, each word reduced to its
// stem so that « marchés » and « marché » count as one. This is Plume's own, simple version (no
// code or word list of Yoast's): count the stems of the article's content words, keep the most
// frequent. The checks between articles compare these stems (link-suggestion), so an article's
// summary carries them (a few dozen bytes) and no other article's text is ever needed.
import { isFunctionWord } from '../language/fr/functionWords';
import { matchWord } from '../language/fr/matchKeyphrase';
import { WordList } from '../language/fr/tokenizeWords';
import type { ArticleDocument } from '../markdown/ArticleDocument';
import type { SourceRange } from '../markdown/readFrontMatter';

/**
 * How many stems an article keeps. Eight: enough to hold a topic's few words (« marché », « noël »,
 * « colmar », « chalet ») and the article's angle, few enough that a word said two or three times in
 * passing does not get in: on the 64 articles of bench/corpus-fr the eighth stem occurs 7 times in
 * the median article (2026-12, CONTRIBUTING « Internal link suggestions »). About 70 bytes of JSON
 * in a summary.
 */
export const PROMINENT_WORD_COUNT = 8;

/** A word said once is no topic: a stem must occur at least twice to be prominent. */
export const PROMINENT_MIN_OCCURRENCES = 2;

export interface ProminentWord {
  /** The Snowball stem, accents folded (matchWord), as keyphrase matching compares words. */
  stem: string;
  /** How often the article uses it (its body: headings, paragraphs, table cells). */
  count: number;
  /** The word as the article writes it, for messages: at `at` when there is one, else where it first occurs. */
  word: string;
  /**
   * The first place in a paragraph where the word could become a link: outside any link, written
   * as it reads (no escape or entity inside it), its elided article left out (« l’[orage] »).
   */
  at?: SourceRange;
}

// A stem that names a topic: letters and digits with a letter among them (« colmar », « i18n »);
// not a number (« 2024 », « 3,5 »), a single letter, nor what is left of markup read as text
// (« loading=lazy », « wallabag.it »).
const TOPIC_STEM = /^(?=.*\p{L})[\p{L}\p{N}]{2,}$/u;
// Hyphens as keyphrase matching reads them: hyphen-minus, hyphen, non-breaking hyphen.
const HYPHENS = /[-\u2010\u2011]/;
// An elided article or pronoun glued to the word: a link goes on the word after it (« l’[orage] »).
const ELIDED = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’ʼ]/i;

/** The length of the elided article or pronoun that opens a word token (« l’ », « qu’ »), or 0. */
export function elisionLength(token: string): number {
  return ELIDED.exec(token)?.[0].length ?? 0;
}

/**
 * The article's most frequent content-word stems, most frequent first (ties by stem), at most
 * PROMINENT_WORD_COUNT, each said at least PROMINENT_MIN_OCCURRENCES times. Reads the document's
 * words as already cut (`blockWords`), each distinct token's stems memoised; computed once per
 * document (its summary and its subject both read it).
 */
export function prominentWords(doc: ArticleDocument): readonly ProminentWord[] {
  let words = known.get(doc);
  if (!words) {
    words = readProminentWords(doc);
    known.set(doc, words);
  }
  return words;
}

const known = new WeakMap<ArticleDocument, readonly ProminentWord[]>();

function readProminentWords(doc: ArticleDocument): ProminentWord[] {
  const counts = new Map<string, number>();
  for (const words of doc.blockWords) {
    for (let i = 0; i < words.length; i++) {
      for (const stem of contentStems(words.textAt(i))) counts.set(stem, (counts.get(stem) ?? 0) + 1);
    }
  }
  const top = [...counts]
    .filter(([, count]) => count >= PROMINENT_MIN_OCCURRENCES)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, PROMINENT_WORD_COUNT);
  const { forms, places } = readOccurrences(doc, new Set(top.map(([stem]) => stem)));
  return top.map(([stem, count]) => {
    const at = places.get(stem);
    return { stem, count, word: at ? doc.text.slice(at.start, at.end) : (forms.get(stem) ?? stem), ...(at ? { at } : {}) };
  });
}

/** The distinct content stems of a phrase (a keyphrase), read as prominent words are: comparable with them. */
export function phraseStems(phrase: string): string[] {
  return [...new Set(WordList.of(phrase).texts().flatMap((token) => contentStems(token)))];
}

/** The stems of one word token's content words: none for a function word, one per part of a hyphenated word. */
function contentStems(token: string): readonly string[] {
  let stems = stemsOfToken.get(token);
  if (stems === undefined) {
    // Bounded: a memo, not a leak, in a long-lived worker.
    if (stemsOfToken.size >= MEMO_LIMIT) stemsOfToken.clear();
    stems = readContentStems(token);
    stemsOfToken.set(token, stems);
  }
  return stems;
}

// Texts repeat their words, and a site its vocabulary: each distinct token is read once (as
// matchWord memoises its stems), which made this pass ≈ 4× faster on bench/corpus-fr.
const MEMO_LIMIT = 50_000;
const stemsOfToken = new Map<string, readonly string[]>();
const NO_STEMS: readonly string[] = [];

function readContentStems(token: string): readonly string[] {
  if (isFunctionWord(token)) return NO_STEMS;
  // Hyphens split words as keyphrase matching splits them (« Haut-Karabakh »); a part may be a
  // function word itself (« c’est-à-dire », « pensez-y »).
  const parts = HYPHENS.test(token) ? token.split(HYPHENS).filter((part) => !isFunctionWord(part)) : [token];
  const stems = parts.map((part) => matchWord(part).stem).filter((stem) => TOPIC_STEM.test(stem));
  return stems.length === 0 ? NO_STEMS : stems;
}

/**
 * Where each of `stems` first occurs (its form, elided article left out), and its first place in
 * a paragraph where a link could wrap the word: not in a link already, and its source is its text
 * (an escape or an entity would be cut in two). Stops as soon as every stem has both.
 */
function readOccurrences(doc: ArticleDocument, stems: ReadonlySet<string>): { forms: Map<string, string>; places: Map<string, SourceRange> } {
  const forms = new Map<string, string>();
  const places = new Map<string, SourceRange>();
  const links = doc.bodyLinks.map((link) => link.range);
  const { blocks, blockWords, text } = doc;
  const done = () => places.size === stems.size;
  for (let b = 0; b < blocks.length && !done(); b++) {
    const block = blocks[b];
    const words = blockWords[b];
    if (!block || !words) continue;
    for (let i = 0; i < words.length && !done(); i++) {
      const token = words.textAt(i);
      for (const stem of contentStems(token)) {
        if (!stems.has(stem)) continue;
        const skip = elisionLength(token);
        if (!forms.has(stem)) forms.set(stem, token.slice(skip));
        if (places.has(stem) || block.kind !== 'paragraph') continue;
        const start = block.toSource(words.startAt(i) + skip);
        const end = block.toSource(words.endAt(i) - 1) + 1;
        if (text.slice(start, end) !== token.slice(skip) || links.some((link) => link.start < end && start < link.end)) continue;
        places.set(stem, { start, end });
      }
    }
  }
  return { forms, places };
}
