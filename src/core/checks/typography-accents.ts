import type { TextEdit } from '../fixes/QuickFix';
import { ACCENTED_CAPITALS } from '../language/fr/accentedCapitals';
import { editOf, insideAddress, proseMatches, startsSentence, typographyApplies } from '../typography/proseMatches';
import { MAX_FINDINGS, reportCapped } from '../typography/reportCapped';
import { defineCheck } from './Check';

// A capitalised word (a capital, then lower-case letters): an all-caps word (« ETAT », an acronym)
// is left alone, since French may drop accents there and Plume cannot tell an acronym from a word.
const CAPITALISED = /(?<![\p{L}\p{N}_])[AEIOC]\p{Ll}+(?![\p{L}\p{N}_])/gu;
// « A » alone, then a space: the preposition « à » when a sentence starts with it (below).
const LONE_A = /(?<![\p{L}\p{N}_'’.-])A(?= \S)/gu;

// The words after a sentence-initial « A » that make it the preposition « À » (« A partir de »,
// « A la une », « A cause de », « A noter », « A 20 ans »): articles, determiners, pronouns and the
// nouns and verbs of the common locutions. Written for Plume. A letter or a variable (« A est le
// point… », « A et B ») is followed by none of them.
const AFTER_A = new Set([
  'la', 'l', 'ce', 'cet', 'cette', 'ces', 'chaque', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses',
  'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'quel', 'quelle', 'quels', 'quelles', 'qui', 'quoi',
  'tout', 'toute', 'tous', 'toutes', 'nous', 'vous', 'lui', 'eux', 'elle', 'elles', 'moi', 'toi', 'chacun', 'chacune',
  'partir', 'cause', 'noter', 'propos', 'travers', 'côté', 'condition', 'moins', 'peine', 'présent', 'savoir',
  'titre', 'terme', 'force', 'nouveau', 'part', 'plus', 'pied', 'midi', 'minuit', 'gauche', 'droite', 'défaut',
  'mesure', 'proximité', 'long', 'court', 'suivre', 'venir', 'voir', 'retenir', 'lire', 'bientôt', 'demain',
  'jamais', 'peu', 'quelques', 'certains', 'certaines', 'deux', 'trois', 'première', 'premier', 'priorité',
  'chaud', 'froid', 'table', 'vrai',
]);

/** Whether the « A » at `index` is the preposition: what follows it is one of AFTER_A, a number or a place name. */
function isPreposition(text: string, index: number): boolean {
  const rest = text.slice(index + 2);
  const word = /^[\p{L}]+(?:[’'](?=\p{L}))?/u.exec(rest)?.[0] ?? '';
  if (/^\d/.test(rest)) return true;
  if (AFTER_A.has(word.replace(/[’']$/, ''))) return true;
  // « A Paris, … », « A Lyon la ville… »: a capitalised name followed by no other capitalised word
  // (« A Star Is Born » is English, and « A B C » letters).
  if (/^\p{Lu}\p{Ll}+$/u.test(word)) {
    const next = rest.slice(word.length);
    return !/^[ \u00a0]+\p{Lu}/u.test(next);
  }
  return false;
}

/**
 * French capitals keep their accents (Lexique des règles typographiques en usage à l’Imprimerie
 * nationale: « l’accent a pleine valeur orthographique »): « État », « École », « Égalité » — and
 * « À » when a sentence starts with the preposition. Keyboards that cannot type É make « Etat » a
 * common slip. The words come from a frequency list (accentedCapitals.ts, the script that makes it
 * says how); words in capitals throughout and proper names left out of that list are not touched.
 */
export default defineCheck<{ maxFindings: number }, { edit: TextEdit; word: string; wanted: string }>({
  id: 'typography-accents',
  title: { fr: 'Capitales accentuées', en: 'Accented capitals' },
  family: 'typography',
  description: {
    fr: 'Mot commençant par une capitale sans son accent (« Etat », « Ecole », « A partir de ») au lieu de « État », « École », « À partir de ».',
    en: 'Word starting with a capital missing its accent (“Etat”, “Ecole”, “A partir de”) instead of “État”, “École”, “À partir de”.',
  },
  passed: {
    fr: 'Les capitales ont leurs accents.',
    en: 'Capitals keep their accents.',
  },
  defaultSeverity: 'info',
  // Findings listed per file; the rest are summed up in one (reportCapped). 0: all.
  defaultOptions: { maxFindings: MAX_FINDINGS },
  run({ doc, options, report, skip }) {
    if (!typographyApplies(doc)) return skip();
    const edits = [
      ...proseMatches(doc, CAPITALISED, (match, text) => (insideAddress(text, match.index) ? undefined : ACCENTED_CAPITALS.get(match[0]))),
      ...proseMatches(doc, LONE_A, (match, text) => (startsSentence(text, match.index) && isPreposition(text, match.index) ? 'À' : undefined)),
    ].sort((a, b) => a.range.start - b.range.start);
    reportCapped(report, edits, options.maxFindings, (edit) => {
      const { wanted } = edit;
      return {
        range: edit.match === 'A' ? edit.range : { start: edit.range.start, end: edit.range.start + edit.match.length },
        message: edit.match === 'A'
          ? { fr: '« A » en début de phrase, devant ce qui suit, est la préposition : en français, la capitale garde son accent, écrivez « À ».', en: 'Sentence-initial “A” before what follows is the preposition “à”: French capitals keep their accent, write “À”.' }
          : { fr: `« ${edit.match} » : en français, la capitale garde son accent, écrivez « ${wanted} ».`, en: `“${edit.match}”: French capitals keep their accent, write “${wanted}”.` },
        data: { word: edit.match, wanted },
        fix: { edit: editOf(edit), word: edit.match, wanted },
      };
    });
  },
  fixes: (fix) => [{ title: { fr: `Écrire « ${fix.wanted} »`, en: `Write “${fix.wanted}”` }, edits: [fix.edit], preferred: true }],
});
