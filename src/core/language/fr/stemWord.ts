// The French stem of a word, by Snowball's French algorithm (Porter's, as Lucene, Elasticsearch
// and PostgreSQL use it): « élections » and « élection » → « élect », « présidentielles » →
// « présidentiel ». @orama/stemmers ships the code the Snowball compiler generates (Apache-2.0,
// 11 kB minified for French alone); it gives libstemmer's own stems (checked against Debian's
// libstemmer 2.2 on the 5,000 distinct words of the test fixtures: no difference).
import { stemmer } from '@orama/stemmers/french';

/**
 * The Snowball French stem of `word`, which must be lower case and keep its accents: Snowball
 * reads them (« -ée » and « -ité » are suffixes, « -ee » and « -ite » are not), so
 * accents are folded after stemming, never before (matchKeyphrase does that).
 *
 * One rule is Plume's own: Snowball keeps a final « s » after a vowel and a final « x » after
 * « u » (« vélos », « élus », « bijoux », « jeux »), so a plural would not find its singular; the
 * stem drops them, as matchKeyphrase drops plural marks, in stems of four letters or more.
 */
export function stemWord(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    // Bounded: a memo, not a leak, in a long-lived extension host.
    if (stems.size >= MEMO_LIMIT) stems.clear();
    stem = stemmer(word);
    if (stem.length > 3 && PLURAL_KEPT.test(stem)) stem = stem.slice(0, -1);
    stems.set(word, stem);
  }
  return stem;
}

// About 400 stems per millisecond, and a text repeats its words: each distinct word is stemmed once.
const MEMO_LIMIT = 50_000;
const stems = new Map<string, string>();

const PLURAL_KEPT = /(?:[aeiouyàâäéèêëîïôöùûü]s|ux)$/;
