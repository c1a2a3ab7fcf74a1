// Proper names: runs of capitalised words (« Nancy Pelosi », « Freedom Support Act ») that may
// hold « de », « du », « des », « la », « le » or « d’ » between two of them (« Département
// d’État », « Corée du Sud »). A capitalised word that opens a sentence, a heading, a list item,
// a cell or a quotation is only a name when the text also capitalises it mid-sentence
// (« Blinken a répondu » / « sur Blinken »), or when a capitalised word follows it
// (« Eric Bazail-Eimil a rapporté »): « Plus récemment » is not a name.
import { splitSentences } from '../../language/fr';
import { normalizeWord } from '../../language/fr/matchKeyphrase';
import type { FactText } from './collectFactTexts';
import { isRomanOrdinal } from './findNumbers';
import { isFunctionWord } from './isFunctionWord';
import { readWordParts, splitElision } from './splitElision';

export interface NameHit {
  text: string;
  key: string;
  /** The normalised words of the name's own spelling (« haut-karabakh »), for subset checks. */
  words: string[];
  /** Their hyphen-separated parts (haut, karabakh): what must be found in the other text. */
  parts: string[];
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

function isNameWord(word: string): boolean {
  if (word.length < 2 || !UPPER_FIRST.test(word)) return false;
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
    tokens.push({
      word, prefix, start: token.start + offset, end: token.end,
      capitalised: isNameWord(word),
      atStart: atStart || OPENING_QUOTE.test(gap),
      joined: SPACES_ONLY.test(gap),
    });
    previousEnd = token.end;
  }
  return tokens;
}

/** Index of the last token of the run that starts at `first`. */
function extendRun(tokens: NameToken[], first: number): number {
  let last = first;
  let count = 1;
  for (;;) {
    const next = tokens[last + 1];
    if (!next?.joined) return last;
    if (next.capitalised && next.prefix === '') {
      last += 1;
      count += 1;
      continue;
    }
    // Connectors only join a single word to the next (« Département d’État »); after a full
    // name they say where someone comes from (« Anna Eshoo de Californie »): two names.
    if (count !== 1) return last;
    if (next.capitalised && next.prefix === 'd') {
      last += 1;
      count += 1;
      continue;
    }
    let k = last + 1;
    while (k <= last + MAX_CONNECTORS && tokens[k]?.joined && tokens[k]?.prefix === '' && CONNECTORS.has(tokens[k]?.word ?? '')) k++;
    const after = tokens[k];
    if (k === last + 1 || !after?.joined || !after.capitalised || !['', 'l', 'd'].includes(after.prefix)) return last;
    last = k;
    count += 1;
  }
}

/**
 * The names of a document, once each (by key), in order of first appearance; a name whose
 * words all belong to a longer name is left out (« Pallone » beside « Frank Pallone »): keeping
 * the longer one keeps it.
 */
export function findNames(texts: readonly FactText[]): NameHit[] {
  const tokensOf = texts.map(readTokens);
  const midSentence = new Set<string>();
  for (const tokens of tokensOf) for (const token of tokens) if (token.capitalised && !token.atStart) midSentence.add(token.word);
  const byKey = new Map<string, NameHit>();
  tokensOf.forEach((tokens, textIndex) => {
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i];
      if (!first?.capitalised) continue;
      const next = tokens[i + 1];
      const opensRun = next?.joined === true && next.capitalised && next.prefix === '';
      if (first.atStart && !midSentence.has(first.word) && !opensRun) continue;
      const last = extendRun(tokens, i);
      const run = tokens.slice(i, last + 1).filter((token) => token.capitalised);
      const words = run.map((token) => normalizeWord(token.word));
      const key = words.join(' ');
      if (!byKey.has(key)) {
        const text = texts[textIndex]?.text.slice(first.start, tokens[last]?.end ?? first.end) ?? first.word;
        byKey.set(key, { text, key, words, parts: run.flatMap((token) => readWordParts(token.word)), textIndex, start: first.start });
      }
      i = last;
    }
  });
  const names = [...byKey.values()];
  return names.filter((name) => !names.some((other) => other.words.length > name.words.length && name.words.every((word) => other.words.includes(word))));
}
