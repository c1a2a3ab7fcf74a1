import { isFunctionWord } from './functionWords';
import { splitSentences } from './splitSentences';
import { stemWord } from './stemWord';
import { WordList } from './tokenizeWords';

// French elisions glue an article, pronoun or conjunction to the next word: « l’orage » is
// « orage » for a reader searching for it.
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'/;
const APOSTROPHES = /[’ʼ‘`´]/g;

/**
 * A word folded for comparison: lower case, accents dropped (writers type « egalite » for
 * « égalité », « coeur » for « cœur »), apostrophes unified, elision removed, and a final plural
 * s/x dropped from words of 4+ letters (« orages » ~ « orage »). The rewrite's fact checks compare
 * names and numbers by this form; keyphrase matching adds the stem (matchWord).
 */
export function normalizeWord(word: string): string {
  let form = normalized.get(word);
  if (form === undefined) {
    // Bounded: a memo, not a leak, in a long-lived extension host.
    if (normalized.size >= MEMO_LIMIT) normalized.clear();
    form = computeNormalForm(word);
    normalized.set(word, form);
  }
  return form;
}

// Text repeats its words; NFD plus four regexes per word is the costly part of keyphrase
// density on a long article, so each distinct word is normalised once.
const MEMO_LIMIT = 50_000;
const normalized = new Map<string, string>();

function computeNormalForm(word: string): string {
  // « œ » and « æ » are letters of their own to NFD, yet most keyboards type them « oe », « ae ».
  let form = foldAccents(word.toLowerCase()).replace(APOSTROPHES, "'");
  form = form.replace(ELISION, '');
  if (form.length > 3 && /[sx]$/.test(form)) form = form.slice(0, -1);
  return form;
}

function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

/** One word of a keyphrase or of a text, as keyphrase matching compares it. */
export interface MatchWord {
  /** normalizeWord's form: « L’Égalités » → « egalite ». */
  form: string;
  /**
   * The Snowball French stem of the word as written (Snowball reads accents), accents folded
   * afterwards: « élections » and « élection » → « elect », « présidentielles » → « presidentiel ».
   */
  stem: string;
}

/**
 * The same word for a reader searching for it: same stem (« élections » ~ « élection »,
 * « vélos électriques » ~ « vélo électrique »), or same folded form — which keeps what matched
 * before stems (« egalite » ~ « égalité », typed without accents, stems to « egalit » but folds
 * to « egalite »; « réflexions » ~ « réflexion », which Snowball stems apart).
 */
export function sameWord(a: MatchWord, b: MatchWord): boolean {
  return a.stem === b.stem || a.form === b.form;
}

/** How a quoted keyphrase is compared: by folded form only, as Yoast's exact match drops word forms. */
export function sameForm(a: MatchWord, b: MatchWord): boolean {
  return a.form === b.form;
}

/** One word (no spaces, no hyphens) as matching compares it. */
export function matchWord(word: string): MatchWord {
  let match = matched.get(word);
  if (match === undefined) {
    if (matched.size >= MEMO_LIMIT) matched.clear();
    // Snowball wants lower case with its accents, composed (NFC: a text may carry « e » plus a
    // combining accent), and no elided article; the stem's accents are folded afterwards, so
    // « elections » typed without accents stems like « élections ».
    const lower = word.toLowerCase().normalize('NFC').replace(APOSTROPHES, "'").replace(ELISION, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae');
    match = { form: normalizeWord(word), stem: lower === '' ? '' : foldAccents(stemWord(lower)) };
    matched.set(word, match);
  }
  return match;
}

const matched = new Map<string, MatchWord>();

// Hyphen-minus, hyphen and non-breaking hyphen: « Haut-Karabakh » and « haut karabakh » are the
// same search, as in Yoast SEO, whose researcher treats hyphens as word boundaries by default
// (`areHyphensWordBoundaries`).
const HYPHENS = /[-\u2010\u2011]/;

/** The words of a text, hyphenated ones split: what a phrase is looked for in. */
function phraseParts(phrase: string): string[] {
  return splitParts(WordList.of(phrase).texts());
}

/** Word tokens' texts with hyphenated ones split, parts that fold to nothing left out. */
function splitParts(words: Iterable<string>): string[] {
  const parts: string[] = [];
  for (const word of words) {
    if (!HYPHENS.test(word)) {
      if (normalizeWord(word) !== '') parts.push(word);
      continue;
    }
    for (const part of word.split(HYPHENS)) if (normalizeWord(part) !== '') parts.push(part);
  }
  return parts;
}

/** The words of a keyphrase or a text, as matching compares them; hyphenated words give one entry per part. */
export function normalizePhrase(phrase: string): MatchWord[] {
  return phraseParts(phrase).map(matchWord);
}

/** As normalizePhrase, from words already cut (a sentence's words in its block's WordList). */
export function matchWords(words: Iterable<string>): MatchWord[] {
  const out: MatchWord[] = [];
  for (const word of words) {
    // One memo lookup per word (matchWord's form is normalizeWord's); hyphenated words are rare.
    if (HYPHENS.test(word)) out.push(...splitParts([word]).map(matchWord));
    else {
      const match = matchWord(word);
      if (match.form !== '') out.push(match);
    }
  }
  return out;
}

/**
 * The key two spellings of one keyphrase share (« Haut-Karabakh », « haut karabakh »): how the
 * team's synonyms in `.plumerc.json` are found for an article's keyphrase.
 */
export function phraseKey(phrase: string): string {
  return phraseParts(phrase).map(normalizeWord).join(' ');
}

/** The words of each sentence of one block of prose (a paragraph, a description). */
export function sentenceWords(text: string): MatchWord[][] {
  return splitSentences(text).map((span) => normalizePhrase(text.slice(span.start, span.end)));
}

/** A keyphrase or one of its synonyms, ready to be looked for. */
export interface KeyphraseForm {
  /** As the writer wrote it. */
  text: string;
  /**
   * The words a text must contain: its content words, function words (« de », « la », « du »,
   * « pour ») set aside as Yoast SEO does, or every word if it has nothing else or is quoted.
   */
  words: MatchWord[];
  /**
   * Written in double quotes (« "train de nuit" »): the words must follow each other, each in its
   * folded form (case, accents, elision and plural aside) — Yoast's exact match.
   */
  exact: boolean;
}

// Yoast SEO's exact match: the keyphrase between double quotes, straight, curly or French.
const OPENING_QUOTES = '"“„«';
const CLOSING_QUOTES = '"”“»';

function keyphraseForm(text: string): KeyphraseForm | undefined {
  let phrase = text.trim();
  const exact = phrase.length > 1 && OPENING_QUOTES.includes(phrase.charAt(0)) && CLOSING_QUOTES.includes(phrase.charAt(phrase.length - 1));
  if (exact) phrase = phrase.slice(1, -1);
  const parts = phraseParts(phrase);
  if (parts.length === 0) return undefined;
  const words = parts.map(matchWord);
  const content = exact ? words : words.filter((_, i) => !isFunctionWord(parts[i] as string));
  return { text, words: content.length > 0 ? content : words, exact };
}

/**
 * The keyphrase, then each of its synonyms (Yoast SEO's « keyphrase synonyms »), ready to be
 * looked for; a phrase without words is left out. The keyphrase comes first, when it has words.
 */
export function keyphraseForms(keyphrase: string, synonyms: readonly string[] = []): KeyphraseForm[] {
  return [keyphrase, ...synonyms].map(keyphraseForm).filter((form): form is KeyphraseForm => form !== undefined);
}

/** Start indexes where `phrase` occurs as consecutive words of `words`. */
export function findPhrase(words: readonly MatchWord[], phrase: readonly MatchWord[], same = sameWord): number[] {
  const hits: number[] = [];
  if (phrase.length === 0) return hits;
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (!same(words[i + j] as MatchWord, phrase[j] as MatchWord)) continue outer;
    hits.push(i);
  }
  return hits;
}

/** How many times each of the form's words occurs in `words`. */
function wordCounts(words: readonly MatchWord[], form: KeyphraseForm): number[] {
  return form.words.map((wanted) => words.reduce((count, word) => (sameWord(word, wanted) ? count + 1 : count), 0));
}

/** Occurrences of a quoted form in `words`: its runs that do not overlap (« très très très » holds « très très » once). */
function exactRuns(words: readonly MatchWord[], form: KeyphraseForm): number {
  let runs = 0;
  let next = 0;
  for (const hit of findPhrase(words, form.words, sameForm)) {
    if (hit < next) continue;
    runs++;
    next = hit + form.words.length;
  }
  return runs;
}

/**
 * Occurrences of a form in `words` (one sentence), Yoast SEO's count: the fewest occurrences of
 * any of its words, in any order (« tomates cerises » is once in « des cerises et des tomates »);
 * a quoted form counts its runs.
 */
export function countForm(words: readonly MatchWord[], form: KeyphraseForm): number {
  if (form.exact) return exactRuns(words, form);
  return Math.min(...wordCounts(words, form));
}

/** The share (0 to 1) of a form's words that `words` contain; a quoted form is all there or not. */
export function formShare(words: readonly MatchWord[], form: KeyphraseForm): number {
  if (form.exact) return exactRuns(words, form) > 0 ? 1 : 0;
  return wordCounts(words, form).filter((count) => count > 0).length / form.words.length;
}

/** Whether `words` contain every word of the form, in any order (a quoted form: in a row). */
export function containsForm(words: readonly MatchWord[], form: KeyphraseForm): boolean {
  return formShare(words, form) === 1;
}

/**
 * Whether a piece of text contains the keyphrase or one of its synonyms (`forms`, from
 * keyphraseForms): all the words of one of them, in any order, anywhere in the text — or, with
 * `within: 'sentence'`, within one sentence, as Yoast SEO asks of an introduction.
 */
export function containsPhrase(text: string, forms: readonly KeyphraseForm[], within: 'text' | 'sentence' = 'text'): boolean {
  if (forms.length === 0) return false;
  const pieces = within === 'sentence' ? sentenceWords(text) : [normalizePhrase(text)];
  return pieces.some((words) => forms.some((form) => containsForm(words, form)));
}
