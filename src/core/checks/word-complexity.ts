import { FREQUENT_LONG_WORDS, LONG_WORD_MIN_LETTERS } from '../language/fr/frequentLongWords';
import { WordList } from '../language/fr/tokenizeWords';
import { expandClitic } from '../language/fr/sentenceWords';
import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

// A word all in lower-case letters, possibly cut by inner hyphens or apostrophes (« aujourd’hui »,
// « vice-présidente »). A capital anywhere makes it a name or an acronym (« Azerbaïdjan »,
// « ONU », « iPhone »); digits, dots or slashes a number, a URL or a file name: none of these is
// judged. Tested only on the few tokens long enough to be long words.
const LOWER_CASE_WORD = /^[\p{Ll}\p{M}]+(?:['’ʼ\-\u2010\u2011][\p{Ll}\p{M}]+)*$/u;
// The frequency list writes apostrophes ' and hyphens - (scripts/make-fr-frequent-words.mjs).
const OTHER_APOSTROPHES = /[’ʼ]/g;
const OTHER_HYPHENS = /[\u2010\u2011]/g;
// How many complex words the message names as examples.
const EXAMPLES = 5;

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2bc;

/** The word without its elided article or pronoun (« l’administration » → « administration »). */
function withoutElision(word: string): string {
  for (;;) {
    let at = -1;
    for (let i = 1; i < word.length - 1 && i <= 6; i++) {
      if (isApostrophe(word.charCodeAt(i))) {
        at = i;
        break;
      }
    }
    // « aujourd’hui », « presqu’île »: what comes before the apostrophe is no clitic, the word stays whole.
    if (at < 0 || expandClitic(word.slice(0, at).toLowerCase()) === undefined) return word;
    word = word.slice(at + 1);
  }
}

/** Letters of a list-form word: hyphens and apostrophes do not count (as in the list's header). */
function letterCount(key: string): number {
  let letters = 0;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code !== 0x2d && code !== 0x27) letters++;
  }
  return letters;
}

/** A long list-form word that is not frequent. */
function isRareLongWord(key: string): boolean {
  return letterCount(key) >= LONG_WORD_MIN_LETTERS && !FREQUENT_LONG_WORDS.has(key);
}

/**
 * Whether a list-form word is complex. A compound the list does not hold whole is judged by its
 * parts: « contre-voie », « questions-réponses », « connectez-vous » are made of short or frequent
 * words and read easily; « positionne-t-il » is as hard as « positionne ».
 */
function isComplex(key: string): boolean {
  if (!isRareLongWord(key)) return false;
  return !key.includes('-') || key.split('-').some(isRareLongWord);
}

/**
 * Share of complex words: long (more than 9 letters) lower-case words that are not among the
 * frequent ones (Yoast SEO's « complexité des mots »).
 */
export default defineCheck({
  id: 'word-complexity',
  title: { fr: 'Complexité des mots', en: 'Word complexity' },
  family: 'readability',
  description: {
    fr: 'Trop de mots longs et peu courants.',
    en: 'Too many long, uncommon words.',
  },
  passed: {
    fr: 'Le texte compte peu de mots complexes, ou il est trop court pour en juger.',
    en: 'The text has few complex words, or is too short to judge.',
  },
  // Advice on vocabulary, not a defect: information, as readability-fr; one limit, so one level.
  defaultSeverity: 'info',
  defaultOptions: {
    // Yoast SEO's word complexity assessment: over 10 % of complex words is to improve.
    maxShare: 10,
    // Under 100 words one complex word moves the share by more than a point, and a short text
    // on a technical subject can hardly avoid its few technical terms: no verdict (the same
    // minimum as readability-fr).
    minWords: 100,
  },
  run({ doc, options, report, skip }) {
    // The prose, headings left out, as the other readability checks read it.
    const prose = doc.blocks.flatMap((block, index) => (block.kind === 'heading' ? [] : [{ text: block.text, tokens: doc.blockWords[index] ?? WordList.EMPTY }]));
    const words = prose.reduce((sum, { tokens }) => sum + tokens.length, 0);
    if (words === 0 || words < options.minWords) return skip();
    let complex = 0;
    // List form → occurrences and the form the text first used (elision removed).
    const found = new Map<string, { count: number; shown: string }>();
    for (const { text, tokens } of prose) {
      for (let i = 0; i < tokens.length; i++) {
        const start = tokens.startAt(i);
        // Fewer UTF-16 units than the letters needed: short, whatever it is (most words stop here).
        if (tokens.endAt(i) - start < LONG_WORD_MIN_LETTERS) continue;
        // A handle (« @sebmarkbage ») names someone, whatever its case.
        if (start > 0 && text.charCodeAt(start - 1) === 0x40) continue;
        const word = withoutElision(tokens.textAt(i));
        if (word.length < LONG_WORD_MIN_LETTERS || !LOWER_CASE_WORD.test(word)) continue;
        let key = word.normalize('NFC');
        if (key.includes('’') || key.includes('ʼ')) key = key.replace(OTHER_APOSTROPHES, "'");
        if (key.includes('\u2010') || key.includes('\u2011')) key = key.replace(OTHER_HYPHENS, '-');
        if (!isComplex(key)) continue;
        complex++;
        const seen = found.get(key);
        if (seen) seen.count++;
        else found.set(key, { count: 1, shown: word });
      }
    }
    // Compared as shown (one decimal), so that « 10 % » is never reported as over 10 %.
    const share = Math.round((complex / words) * 1000) / 10;
    if (share <= options.maxShare) return;
    // The most frequent first; among equals, the first met (a Map keeps insertion order and the sort is stable).
    const examples = [...found.values()].sort((a, b) => b.count - a.count).slice(0, EXAMPLES);
    const list = (language: 'fr' | 'en'): string =>
      examples
        .map(({ shown, count }) =>
          language === 'fr' ? `« ${shown} »${count > 1 ? ` (${nfr(count)} fois)` : ''}` : `“${shown}”${count > 1 ? ` (${nen(count)} times)` : ''}`)
        .join(', ');
    const letters = LONG_WORD_MIN_LETTERS - 1;
    report({
      range: doc.bodyStartRange,
      message: {
        fr: `${nfr(share)} % de mots complexes, de plus de ${nfr(letters)} lettres et peu courants (${nfr(complex)} sur ${nfr(words)}) ; ${nfr(options.maxShare)} % au plus recommandés. Par exemple : ${list('fr')}. Remplacez ceux que vous pouvez par des mots plus courts ou plus courants.`,
        en: `${nen(share)}% of complex words, over ${nen(letters)} letters long and uncommon (${nen(complex)} of ${nen(words)}); at most ${nen(options.maxShare)}% recommended. For example: ${list('en')}. Replace those you can with shorter or more common words.`,
      },
      data: { share, complex, words, maxShare: options.maxShare, examples: examples.map(({ shown, count }) => ({ word: shown, count })) },
    });
  },
});
