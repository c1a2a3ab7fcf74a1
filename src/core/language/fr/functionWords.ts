// French function words: the words that carry grammar rather than a topic. A keyphrase's
// content words are what is left once they are set aside (« les meilleures recettes de crêpes »
// → meilleures, recettes, crêpes), and a title that opens with them (« Comment … », « Les … »)
// has its first content word further on. Written for Plume from French grammar, class by class.
import { expandClitic, readSentenceWords } from './sentenceWords';

const list = (text: string): string[] => text.trim().split(/\s+/);

const CLASSES: Record<string, readonly string[]> = {
  // Definite, indefinite, partitive and contracted articles.
  articles: list("le la les l' un une des du de au aux"),
  // Demonstrative, possessive, interrogative and indefinite determiners.
  determiners: list(`ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs
    quel quelle quels quelles chaque quelque quelques plusieurs aucun aucune certains certaines
    tout toute tous toutes autre autres même mêmes tel telle tels telles`),
  // Prepositions, simple ones and the parts of the frequent compound ones (« à côté de »,
  // « grâce à », « jusqu’à »: « côté » and « grâce » stay content words).
  prepositions: list(`à dans par pour sur sous avec sans entre chez vers contre depuis pendant
    avant après devant derrière selon malgré parmi envers hors outre dès jusque durant
    concernant moyennant sauf excepté hormis via lors près loin auprès autour dessus dessous
    dedans dehors travers`),
  // Personal, reflexive, demonstrative, relative, interrogative and indefinite pronouns.
  pronouns: list(`je tu il elle on nous vous ils elles me te se moi toi lui leur eux soi y en
    ce ceci cela ça celui celle ceux celles celui-ci celle-ci ceux-ci celles-ci celui-là celle-là
    ceux-là celles-là qui que quoi dont où lequel laquelle lesquels lesquelles auquel auxquels
    auxquelles duquel desquels desquelles quiconque chacun chacune quelqu'un quelqu'une
    quelques-uns quelques-unes rien autrui nous-mêmes vous-mêmes lui-même elle-même
    eux-mêmes elles-mêmes soi-même moi-même toi-même`),
  // Coordinating and subordinating conjunctions. « or » is left out: in a keyphrase it is the
  // metal (« investir dans l’or »).
  conjunctions: list('et ou mais donc ni car que quand lorsque puisque quoique si comme soit'),
  // Auxiliaries: être and avoir in their common tenses (present, imperfect, simple past, future,
  // conditional, subjunctive), participles and infinitives. « été » is left out: in a keyphrase
  // it is the season (« vacances d’été »).
  auxiliaries: list(`être étant suis es est sommes êtes sont étais était étions étiez étaient
    fus fut furent serai seras sera serons serez seront serais serait serions seriez seraient
    sois soit soyons soyez soient fût avoir ayant eu ai as a avons avez ont avais avait avions
    aviez avaient eut eurent aurai auras aura aurons aurez auront aurais aurait aurions auriez
    auraient aie aies ait ayons ayez aient eût`),
  // The modal and aspectual verbs' commonest forms (« peut », « doit », « faut », « va »): they
  // frame a verb more than they name a topic.
  modals: list(`peut peuvent pouvait pourrait pourraient pourra doit doivent devait devrait
    devraient devra faut fallait faudra faudrait va vont allait`),
  // Frequent adverbs of negation, degree, time, place and manner, and interrogatives. « mal » is
  // left out (« mal de dos »); « bien » stays, the adverb being far commoner than the noun.
  adverbs: list(`ne pas plus moins très trop assez peu beaucoup bien mieux aussi ainsi alors
    encore déjà toujours jamais souvent parfois ici là puis ensuite enfin non oui tant tellement
    autant comment pourquoi combien presque environ seulement également surtout vraiment
    peut-être notamment cependant pourtant toutefois néanmoins ailleurs aujourd'hui maintenant
    désormais voici voilà`),
};

// Elided forms as written (« l’ », « qu’ ») and as readSentenceWords expands them (« de »,
// « que »: already above).
const ELIDED = list("l' d' j' m' n' s' t' c' qu' jusqu' lorsqu' puisqu' quoiqu'");

const FUNCTION_WORDS: ReadonlySet<string> = new Set([...Object.values(CLASSES).flat(), ...ELIDED]);

/** Number of distinct function words (for documentation and tests). */
export const FUNCTION_WORD_COUNT = FUNCTION_WORDS.size;

const TYPOGRAPHIC_APOSTROPHES = /[’ʼ]/g;

/**
 * Whether a word (one token: « les », « L’ », « qu’il », « jusqu’à ») is a function word, in any
 * case and with either apostrophe. An elided token is one when both its parts are (« qu’il »,
 * « l’on »); « l’État » is not.
 */
export function isFunctionWord(word: string): boolean {
  let lower = word.toLowerCase();
  if (lower.includes('’') || lower.includes('ʼ')) lower = lower.replace(TYPOGRAPHIC_APOSTROPHES, "'");
  if (FUNCTION_WORDS.has(lower)) return true;
  if (lower.endsWith("'")) return expandClitic(lower.slice(0, -1)) !== undefined;
  if (!lower.includes("'") && !lower.includes('-')) return false;
  const { words } = readSentenceWords(lower);
  return words.length > 0 && words.every((unit) => FUNCTION_WORDS.has(unit));
}

/**
 * The content words of a phrase, in order, lower case, apostrophes as ': every word but the
 * function words, elided clitics split off (« l’Arménie » → arménie). Digits are content words:
 * « 10 astuces » is not « astuces ».
 */
export function contentWords(phrase: string): string[] {
  // Only elided clitics differ from their text once read (« d’ » → de), and they are all
  // function words: the words kept are as written, lower-cased.
  return readSentenceWords(phrase).words.filter((word) => !FUNCTION_WORDS.has(word));
}
