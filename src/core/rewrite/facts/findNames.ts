// Proper names: runs of capitalised words (« Nancy Pelosi », « Freedom Support Act ») that may
// hold « de », « du », « des », « la », « le » or « d’ » between two of them (« Département
// d’État », « Corée du Sud », « Thomas de Waal »). A capitalised word that opens a sentence, a
// heading, a list item, a cell or a quotation is only a name when the text also capitalises it
// mid-sentence (« Blinken a répondu » / « sur Blinken »), or when a capitalised word follows it
// (« Eric Bazail-Eimil a rapporté »): « Plus récemment » is not a name.
//
// Boundaries: a given name starts a new name (« secrétaire d’État Antony Blinken » holds
// « État » and « Antony Blinken »), and a connector never glues a word to a full name that
// follows (« l’Azerbaïdjan d’Ilham Aliyev » holds two names).
//
// Persons: a name is a person when one of its sentences says so (personCues: a role, an
// apposition, a speech verb), when it starts with a given name, when it is coordinated with a
// person (« Nancy Pelosi et Anna Eshoo »), or when it is the family name of a person of the text
// (« Pallone » after « Frank Pallone »); never when a word of it names an institution.
import { splitSentences } from '../../language/fr';
import { normalizeWord } from '../../language/fr/matchKeyphrase';
import type { FactText } from './collectFactTexts';
import { isRomanOrdinal } from './findNumbers';
import { isGivenName, isGivenNameAlsoPlace } from './givenNames';
import { isFunctionWord } from './isFunctionWord';
import { hasPersonCue, isCoordinated, isInstitutionWord } from './personCues';
import { readWordParts, splitElision } from './splitElision';

export interface NameHit {
  text: string;
  key: string;
  /** The normalised words of the name's own spelling (« haut-karabakh »), for subset checks. */
  words: string[];
  /** Their hyphen-separated parts (haut, karabakh): what must be found in the other text. */
  parts: string[];
  /** Whether the text presents this name as a person. */
  person: boolean;
  /** Index of its FactText and offset in it, for the order of first appearance. */
  textIndex: number;
  start: number;
}

interface NameToken {
  word: string;
  prefix: string;
  start: number;
  end: number;
  /** A capitalised word that may be (part of) a name. */
  capitalised: boolean;
  given: boolean;
  atStart: boolean;
  /** Separated from the previous token by spaces only: a run never crosses punctuation. */
  joined: boolean;
}

const UPPER_FIRST = /^\p{Lu}/u;
const SPACES_ONLY = /^\s+$/;
const OPENING_QUOTE = /(?:[«“]\s*|")$/;
const CONNECTORS = new Set(['de', 'du', 'des', 'la', 'le']);
// « de la République », « de l’Intérieur »: at most two connectors in a row.
const MAX_CONNECTORS = 2;

// Capitalised words repeat (« Blinken », « Azerbaïdjan »): each is judged once. Bounded memo.
const MEMO_LIMIT = 20_000;
const nameWords = new Map<string, boolean>();

// A code identifier (OPENAI_API_KEY, My_Var) is no name.
const CODE_LIKE = /_/;

function isNameWord(word: string): boolean {
  if (word.length < 2 || !UPPER_FIRST.test(word) || CODE_LIKE.test(word)) return false;
  let known = nameWords.get(word);
  if (known === undefined) {
    if (nameWords.size >= MEMO_LIMIT) nameWords.clear();
    known = !isFunctionWord(word) && !isRomanOrdinal(word);
    nameWords.set(word, known);
  }
  return known;
}

function readTokens(text: FactText): NameToken[] {
  const spans = splitSentences(text.text);
  const tokens: NameToken[] = [];
  let span = 0;
  let previousEnd = -1;
  for (const token of text.words) {
    // The first word at or after a sentence start opens that sentence.
    let atStart = false;
    while (span < spans.length && (spans[span]?.start ?? 0) <= token.start) {
      atStart = true;
      span++;
    }
    const gap = previousEnd < 0 ? '' : text.text.slice(previousEnd, token.start);
    const { prefix, word, offset } = splitElision(token.text);
    const capitalised = isNameWord(word);
    tokens.push({
      word, prefix, start: token.start + offset, end: token.end,
      capitalised,
      given: capitalised && isGivenName(word),
      atStart: atStart || OPENING_QUOTE.test(gap),
      joined: SPACES_ONLY.test(gap),
    });
    previousEnd = token.end;
  }
  return tokens;
}

/** Whether a full name (two capitalised words, or a given name) starts at token `k`. */
function startsFullName(tokens: NameToken[], k: number): boolean {
  const first = tokens[k];
  const second = tokens[k + 1];
  return first !== undefined && (first.given || (second?.joined === true && second.capitalised && second.prefix === ''));
}

/** Index of the last token of the run that starts at `first`. */
function extendRun(tokens: NameToken[], first: number): number {
  let last = first;
  let count = 1;
  for (;;) {
    const next = tokens[last + 1];
    if (!next?.joined) return last;
    if (next.capitalised && next.prefix === '') {
      // A given name after a word that is not one starts another name.
      if (next.given && !tokens[last]?.given) return last;
      last += 1;
      count += 1;
      continue;
    }
    // Connectors only join a single word to the next (« Département d’État »); after a full
    // name they say where someone comes from (« Anna Eshoo de Californie »): two names.
    if (count !== 1) return last;
    if (next.capitalised && next.prefix === 'd') {
      if (startsFullName(tokens, last + 1)) return last;
      last += 1;
      count += 1;
      continue;
    }
    let k = last + 1;
    while (k <= last + MAX_CONNECTORS && tokens[k]?.joined && tokens[k]?.prefix === '' && CONNECTORS.has(tokens[k]?.word ?? '')) k++;
    const after = tokens[k];
    if (k === last + 1 || !after?.joined || !after.capitalised || !['', 'l', 'd'].includes(after.prefix)) return last;
    // « Thomas de Waal » yes; « la Banque de Jean Dupont » no.
    if (!tokens[first]?.given && startsFullName(tokens, k)) return last;
    last = k;
    count += 1;
  }
}

interface Occurrence {
  key: string;
  textIndex: number;
  start: number;
  end: number;
  cue: boolean;
}

/** Whether the words of a name, alone, make it a person (a given name first, no institution word). */
function looksPersonal(run: NameToken[]): boolean {
  if (run.some((token) => isInstitutionWord(token.word))) return false;
  const first = run[0];
  if (!first?.given) return false;
  return run.length > 1 || !isGivenNameAlsoPlace(first.word);
}

/**
 * The names of a document, once each (by key), in order of first appearance; a name whose
 * words all belong to a longer name is left out (« Pallone » beside « Frank Pallone »): keeping
 * the longer one keeps it.
 */
export function findNames(texts: readonly FactText[]): NameHit[] {
  // Two readings of the tokens, text by text, rather than one kept for the second pass: the
  // tokens of a whole document (an object per word) were ≈ 8 MB per MB of text at the peak of
  // `plume verify` (issue 10's bound); a text's tokens are cheap to read again.
  const midSentence = new Set<string>();
  for (const factText of texts) for (const token of readTokens(factText)) if (token.capitalised && !token.atStart) midSentence.add(token.word);
  const byKey = new Map<string, NameHit>();
  const institutional = new Set<string>();
  const occurrences: Occurrence[] = [];
  texts.forEach((factText, textIndex) => {
    const tokens = readTokens(factText);
    const text = factText.text;
    let previous: Occurrence | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i];
      if (!first?.capitalised) continue;
      const next = tokens[i + 1];
      const opensRun = next?.joined === true && next.capitalised && next.prefix === '' && !(next.given && !first.given);
      if (first.atStart && !midSentence.has(first.word) && !opensRun && !first.given) continue;
      const last = extendRun(tokens, i);
      const run = tokens.slice(i, last + 1).filter((token) => token.capitalised);
      const words = run.map((token) => normalizeWord(token.word));
      const key = words.join(' ');
      // « C` » folds to an elided « c' » and then to nothing: no word, no name.
      if (words.every((word) => word === '')) continue;
      const end = tokens[last]?.end ?? first.end;
      if (!byKey.has(key)) {
        byKey.set(key, { text: text.slice(first.start, end), key, words, parts: run.flatMap((token) => readWordParts(token.word)), person: false, textIndex, start: first.start });
      }
      if (run.some((token) => isInstitutionWord(token.word))) institutional.add(key);
      const hit = byKey.get(key) as NameHit;
      if (looksPersonal(run)) hit.person = true;
      const occurrence: Occurrence = { key, textIndex, start: first.start, end, cue: hasPersonCue(text, first.start, end) };
      // « les représentants Nancy Pelosi et Anna Eshoo »: the cue of the first covers the second.
      if (previous && isCoordinated(text, previous.end, first.start) && (previous.cue || byKey.get(previous.key)?.person)) occurrence.cue = true;
      occurrences.push(occurrence);
      previous = occurrence;
      i = last;
    }
  });
  for (const occurrence of occurrences) {
    const hit = byKey.get(occurrence.key);
    if (hit && occurrence.cue) hit.person = true;
  }
  const names = [...byKey.values()];
  for (const name of names) if (institutional.has(name.key)) name.person = false;
  // The family name of a person is that person (« Pallone » after « Frank Pallone »), and a
  // longer name that holds a person's name is that person.
  const familyNames = new Set(names.filter((name) => name.person && name.words.length > 1).map((name) => name.words[name.words.length - 1]));
  for (const name of names) {
    if (institutional.has(name.key)) continue;
    if (name.words.length === 1 && familyNames.has(name.words[0])) name.person = true;
  }
  const kept = names.filter((name) => !names.some((other) => other.words.length > name.words.length && name.words.every((word) => other.words.includes(word))));
  for (const name of kept) {
    if (institutional.has(name.key)) continue;
    if (names.some((other) => other.person && other.words.length < name.words.length && other.words.every((word) => name.words.includes(word)))) name.person = true;
  }
  return kept;
}
