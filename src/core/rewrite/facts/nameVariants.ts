// Names cross languages in several spellings: Пашинян is « Pashinyan » in English and
// « Pachinian » in French, Алиев « Aliyev » and « Aliev », Hacıyev « Hajiyev » and « Hadjiev ».
// Folding the transcription choices (sh/ch, y/i, dj/j, kh/h, ou/u…) tells an established
// spelling from a misspelling: « Palone » for « Pallone » folds differently (a double letter is
// no transcription choice) and stays close by edit distance — an altered name.
import { foldWord } from './isFunctionWord';

const FOLDS: [RegExp, string][] = [
  [/tch/g, 'ch'], [/sch/g, 'ch'], [/sh/g, 'ch'], [/zh/g, 'j'], [/dzh/g, 'j'], [/dj/g, 'j'],
  [/kh/g, 'h'], [/gu(?=[eiy])/g, 'g'], [/qu/g, 'k'], [/ck/g, 'k'], [/c(?=[aou])/g, 'k'], [/ph/g, 'f'],
  [/w/g, 'v'], [/y/g, 'i'], [/ou/g, 'u'], [/ii+/g, 'i'],
];

/** The transcription-free form of a name word (« Pachinian » and « Pashinyan » → « pachinian »). */
export function foldTranscription(word: string): string {
  let form = foldWord(word).replace(/[^a-z]/g, '');
  for (const [pattern, replacement] of FOLDS) form = form.replace(pattern, replacement);
  return form;
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((rows[i - 1] as number[])[j] as number + 1, row[j - 1] as number + 1, (rows[i - 1] as number[])[j - 1] as number + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (rows[i - 2] as number[])[j - 2] as number + 1);
      row[j] = value;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** How one name word relates to another: the same, another spelling, a misspelling, or another name. */
export function compareNameWords(source: string, rewrite: string): 'same' | 'spelling' | 'misspelled' | 'different' {
  const a = foldWord(source);
  const b = foldWord(rewrite);
  if (a === b) return 'same';
  if (foldTranscription(a) === foldTranscription(b)) return 'spelling';
  // One typo in a short name, two in a long one; the first letter is rarely the one mistyped.
  const allowed = Math.min(a.length, b.length) >= 8 ? 2 : 1;
  if (Math.min(a.length, b.length) >= 4 && a[0] === b[0] && editDistance(a, b) <= allowed) return 'misspelled';
  return 'different';
}
