// Does a sentence hold a French transition word (« mot de liaison », « connecteur logique »)?
// Yoast SEO's transition-word assessment counts the share of sentences that hold one; this is
// the per-sentence test behind such a share. The list below was written for Plume from French
// usage and the categories of French writing guides (addition, enumeration, cause, consequence,
// goal, opposition, concession, condition, comparison, illustration, reformulation, time,
// conclusion); it copies no other project's list.
//
// Matching is on the units of readSentenceWords (lower case, elisions expanded), so « parce
// qu’il », « Parce qu'il » and « PARCE QUE » all match the entry « parce que », and « tout
// d’abord » matches « d’abord ». Cost: one map lookup per word of the sentence, plus a few
// comparisons where a word opens a listed phrase.
import { readSentenceWords } from './sentenceWords';
import type { SentenceWords } from './sentenceWords';

interface Connector {
  /** The phrase as written, for readability of the list. */
  phrase: string;
  /** Counts only at a clause start (sentence start, after , ; : or a dash) or after et/mais/ou/donc/or. */
  lead?: boolean;
  /** Does not count right after one of these words (« l’or », « le car », « il en fait »). */
  notAfter?: ReadonlySet<string>;
  /** Does not count right before one of these words (« de plus en plus », « de plus de 65 ans »). */
  notBefore?: ReadonlySet<string>;
}

// A determiner or preposition before a word makes it a noun or an adjective: « l’or », « d’or »,
// « en or », « le car », « un bref séjour », « la suite à donner », « la faute de ».
const AFTER_DETERMINER: ReadonlySet<string> = new Set(
  ("l' le la les un une des du de au aux ce cet cette ces son sa ses leur leurs mon ma mes ton ta tes " +
    'notre nos votre vos en quel quelle quelque quelques').split(' '),
);
// A subject or object pronoun before « en fait » makes it the verb faire: « il en fait trop ».
const AFTER_PRONOUN: ReadonlySet<string> = new Set(
  'je tu il elle on nous vous ils elles ce cela ça qui ne se me te lui y'.split(' '),
);
// Words after which a connector may still open its clause without a comma (« et donc », « mais
// aussi »).
const LEAD_AFTER: ReadonlySet<string> = new Set(['et', 'mais', 'ou', 'donc', 'or']);

// Single connectors and fixed phrases that are always connectors. Phrases whose first word is
// itself a listed connector are left out, being found by that word: « alors que » (alors),
// « ainsi que » (ainsi), « malgré tout » (malgré), « tout d’abord » (d’abord), « mais aussi »
// (mais), « non seulement … mais » (mais), « certes … mais » (certes).
const CONNECTORS: readonly string[] = [
  // Addition, enumeration
  'en outre', 'par ailleurs', 'd’ailleurs', 'également', 'qui plus est', 'de surcroît', 'outre',
  'sans compter que', 'à cela s’ajoute', 'à cela s’ajoutent', 'voire', 'd’une part', 'd’autre part',
  'd’un côté', 'd’un autre côté', 'd’abord', 'premièrement', 'deuxièmement', 'troisièmement',
  'quatrièmement', 'secondement', 'en premier lieu', 'en second lieu', 'en deuxième lieu',
  'en troisième lieu', 'en dernier lieu', 'ensuite', 'enfin', 'pour commencer', 'pour finir',
  'pour terminer', 'dans un premier temps', 'dans un deuxième temps', 'dans un second temps',
  'dans un troisième temps', 'dans un dernier temps', 'avant tout', 'avant toute chose', 'surtout',
  'ajoutons que', 'rappelons que', 'notons que', 'précisons que', 'soulignons que', 'signalons que',
  'mieux encore', 'pire encore',
  // Points of view, topic shifts
  'de son côté', 'de leur côté', 'de mon côté', 'de notre côté', 'de votre côté', 'pour sa part',
  'pour leur part', 'pour ma part', 'pour notre part', 'pour votre part', 'à son tour', 'à leur tour',
  'quant à', 'en ce qui concerne', 'pour ce qui est de', 's’agissant de',
  // Illustration, precision, reformulation
  'par exemple', 'notamment', 'en particulier', 'entre autres', 'c’est-à-dire', 'autrement dit',
  'en d’autres termes', 'à titre d’exemple', 'à titre d’illustration', 'en l’occurrence', 'tel que',
  'telle que', 'tels que', 'telles que', 'en clair', 'plus précisément', 'plus exactement',
  'pour ainsi dire', 'ou plutôt', 'en réalité', 'effectivement', 'à vrai dire', 'en vérité',
  'en effet',
  // Cause
  'parce que', 'puisque', 'étant donné', 'attendu que', 'du fait que', 'du fait de', 'grâce à',
  'à cause de', 'en raison de', 'sous prétexte que', 'sous prétexte de', 'dans la mesure où',
  'd’autant que', 'd’autant plus que', 'd’autant moins que', 'à force de', 'compte tenu de',
  'à la suite de', 'par suite de', 'en vertu de', 'sachant que', 'considérant que', 'du moment que',
  'dès lors que',
  // Consequence
  'donc', 'par conséquent', 'en conséquence', 'conséquemment', 'c’est pourquoi', 'voilà pourquoi',
  'voici pourquoi', 'c’est la raison pour laquelle', 'pour cette raison', 'pour ces raisons',
  'pour toutes ces raisons', 'ainsi', 'alors', 'de sorte que', 'de telle sorte que', 'si bien que',
  'de ce fait', 'dès lors', 'il s’ensuit que', 'il en résulte que', 'au point que',
  'à tel point que', 'de manière à', 'de façon à', 'de manière que', 'de façon que',
  // Goal
  'afin de', 'afin que', 'pour que', 'dans le but de', 'en vue de', 'de peur que', 'de peur de',
  'de crainte que', 'de crainte de', 'dans l’intention de', 'dans l’optique de',
  // Opposition, concession, restriction
  'mais', 'cependant', 'pourtant', 'toutefois', 'néanmoins', 'en revanche', 'par contre',
  'au contraire', 'à l’inverse', 'inversement', 'à l’opposé', 'a contrario', 'à contrario', 'contrairement à',
  'par opposition', 'en contrepartie', 'tandis que', 'quoique', 'malgré', 'en dépit de', 'même si',
  'quand bien même', 'quand même', 'tout de même', 'certes', 'au lieu de', 'plutôt que',
  'il n’en reste pas moins que', 'n’empêche', 'quoi qu’il en soit', 'en tout cas',
  'dans tous les cas', 'de toute façon', 'de toute manière', 'en tout état de cause', 'sauf que',
  'hormis', 'sinon', 'mis à part', 'pour autant', 'cela dit', 'ceci dit', 'cela étant',
  'ceci étant', 'il est vrai que', 'au demeurant', 'toujours est-il que', 'après tout', 'du moins',
  // Condition, hypothesis
  'à condition que', 'à condition de', 'pourvu que', 'au cas où', 'dans le cas où', 'en cas de',
  'à moins que', 'à moins de', 'supposé que', 'à supposer que', 'en admettant que', 'pour peu que',
  'sous réserve de', 'sous réserve que', 'si jamais', 'dans l’hypothèse où', 'selon que',
  'si tant est que',
  // Comparison
  'de même que', 'comme si', 'pareillement', 'de la même manière', 'de la même façon',
  'à l’instar de', 'tout comme', 'parallèlement', 'en comparaison', 'il en va de même',
  // Time
  'lorsque', 'dès que', 'aussitôt que', 'sitôt que', 'pendant que', 'avant que', 'après que',
  'jusqu’à ce que', 'depuis que', 'au moment où', 'à ce moment-là', 'auparavant', 'désormais',
  'dorénavant', 'à présent', 'dès à présent', 'soudainement', 'tout à coup', 'entre-temps',
  'entretemps', 'en même temps', 'au même moment', 'simultanément', 'pendant ce temps',
  'par la suite', 'ultérieurement', 'plus tard', 'peu après', 'aussitôt',
  'en fin de compte', 'au bout du compte', 'depuis lors', 'jusqu’alors', 'à l’avenir',
  'une fois que', 'chaque fois que', 'toutes les fois que', 'en attendant', 'dans l’intervalle',
  'au préalable', 'préalablement', 'à mesure que', 'au fur et à mesure', 'à terme',
  // Alternative
  'ou bien', 'ou alors',
  // Emphasis, evidence
  'bien sûr', 'bien entendu', 'évidemment', 'de toute évidence', 'il va sans dire',
  // Latin « a » is often written « à »; a sentence-initial « A » is read as « à » anyway.
  'à plus forte raison', 'a fortiori', 'à fortiori',
  // Conclusion
  'en conclusion', 'pour conclure', 'en somme', 'somme toute', 'en bref', 'en résumé',
  'pour résumer', 'en définitive', 'finalement', 'au final', 'au total', 'en un mot',
  'tout bien considéré', 'tout compte fait', 'en dernière analyse', 'en guise de conclusion',
];

// Connectors whose words also have other uses, with the context that tells them apart.
const GUARDED: readonly Connector[] = [
  // « Or, … » the conjunction; « l’or », « d’or », « en or » the metal.
  { phrase: 'or', notAfter: AFTER_DETERMINER },
  // « car » the conjunction; « le car », « en car » the coach.
  { phrase: 'car', notAfter: AFTER_DETERMINER },
  // « Bref, … » the conjunction; « un bref séjour » the adjective.
  { phrase: 'bref', notAfter: AFTER_DETERMINER },
  // « suite à la plainte » is cause; « la suite à donner » is a noun.
  { phrase: 'suite à', notAfter: AFTER_DETERMINER },
  // « faute de moyens » is cause; « la faute de son rival » is a noun.
  { phrase: 'faute de', notAfter: AFTER_DETERMINER },
  // « je puis » is the literary verb pouvoir.
  { phrase: 'puis', notAfter: new Set(['je']) },
  // « En fait, … » the adverb; « il en fait trop » the verb faire.
  { phrase: 'en fait', notAfter: AFTER_PRONOUN },
  // « en plus » (moreover, in addition to); « de plus en plus » is a degree.
  { phrase: 'en plus', notAfter: new Set(['plus']) },
  // « tant que » (as long as); « en tant que » (as, in the role of) is no connector.
  { phrase: 'tant que', notAfter: new Set(['en']) },
  // « encore que » (although); « plus encore que » is a comparison.
  { phrase: 'encore que', notAfter: new Set(['plus', 'moins', 'mieux', 'pire', 'davantage']) },
  // « bien que » (although) takes a clause; after savoir, voir, sentir, comprendre or être
  // (« je sais bien que », « il est bien que ») « bien » is an adverb of the verb.
  {
    phrase: 'bien que',
    notAfter: new Set(
      ('sais sait savons savez savent savait savaient saura savoir su vois voit voyons voyez voient ' +
        'voyait voir vu sens sent sentait comprend comprends comprenons comprenez comprennent ' +
        'comprenait est était sera serait sont étaient').split(' '),
    ),
  },
  // « De plus, … » (moreover) opens a clause; « de plus de 65 ans », « de plus en plus » and
  // « une fois de plus » do not, or are followed by a quantity.
  { phrase: 'de plus', lead: true, notBefore: new Set(['en', 'de', 'du', 'des', 'que']) },
  // « Aussi, … » / « Aussi faut-il » (therefore) opens a clause. Mid-clause « aussi » is mostly
  // the comparative (« aussi grand que ») or a bare « also », which writing guides do not count
  // as linking two ideas: it is left out rather than guessed.
  { phrase: 'aussi', lead: true },
  // « Comme il pleuvait, … » (cause) opens a clause; mid-clause « comme » is mostly a comparison
  // inside a phrase (« des pays comme la France »).
  { phrase: 'comme', lead: true },
  // « Vu que » (since) opens a clause; « il a vu que » is the verb voir.
  { phrase: 'vu que', lead: true },
  // « …, à savoir … » introduces a precision; « cinq choses à savoir » is an infinitive.
  { phrase: 'à savoir', lead: true },
  // « De même, … » (likewise); « de même taille » is an adjective phrase.
  { phrase: 'de même', lead: true },
  // « De fait, … » (indeed); « un état de fait » is a noun phrase.
  { phrase: 'de fait', lead: true },
  // « De là, … » (hence); « il est parti de là » is a place.
  { phrase: 'de là', lead: true },
  // « Du coup, … »; « du coup de froid » is a noun phrase.
  { phrase: 'du coup', notBefore: new Set(['de']) },
  // « Au fond, … » (basically); « au fond de la salle » is a place.
  { phrase: 'au fond', notBefore: new Set(['de', 'du', 'des']) },
  // « À la fin, … » (in the end); « à la fin du mois » is a date.
  { phrase: 'à la fin', notBefore: new Set(['de', 'du', 'des']) },
];

// « d’où » (hence) is a connector when a noun phrase follows (« d’où la colère »); before a
// clause it is the relative or interrogative « from where » (« le pays d’où il vient »).
const DOU_DETERMINERS = ("la le les l' un une des son sa ses leur leurs ce cet cette ces").split(' ');

// Two-part connectors: both parts, in this order, with at least one word between them. The
// first parts are never connectors alone (« soit » is also the subjunctive of être, « ni »
// appears alone in « sans … ni … »). Pairs one of whose parts is a connector by itself
// (« non seulement … mais », « d’une part … d’autre part », « d’un côté … de l’autre »,
// « certes … mais ») need no entry: that part already counts.
const PAIRS: readonly (readonly [string, string])[] = [
  ['soit', 'soit'],
  ['ni', 'ni'],
  ['tantôt', 'tantôt'],
  ['autant', 'autant'],
];

interface CompiledConnector {
  units: readonly string[];
  lead: boolean;
  notAfter: ReadonlySet<string> | undefined;
  notBefore: ReadonlySet<string> | undefined;
}

const toUnits = (phrase: string): string[] => readSentenceWords(phrase).words;

function compile(): Map<string, CompiledConnector[]> {
  const byFirst = new Map<string, CompiledConnector[]>();
  const seen = new Set<string>();
  const add = (units: readonly string[], connector: Partial<Connector>): void => {
    // A phrase listed twice, once plain and once guarded, would bypass its guard: refuse it.
    const key = units.join(' ');
    if (seen.has(key)) throw new Error(`transitionWords: « ${key} » is listed twice`);
    seen.add(key);
    const first = units[0] as string;
    const list = byFirst.get(first) ?? [];
    list.push({ units, lead: connector.lead ?? false, notAfter: connector.notAfter, notBefore: connector.notBefore });
    byFirst.set(first, list);
  };
  for (const phrase of CONNECTORS) add(toUnits(phrase), {});
  for (const connector of GUARDED) add(toUnits(connector.phrase), connector);
  // « l' » cannot be written alone as a phrase (an elision needs its word): units directly.
  for (const determiner of DOU_DETERMINERS) add(['de', 'où', determiner], {});
  return byFirst;
}

const BY_FIRST_WORD = compile();
const COMPILED_PAIRS = PAIRS.map(([first, second]) => [toUnits(first), toUnits(second)] as const);
const PAIR_FIRST_WORDS: ReadonlySet<string> = new Set(COMPILED_PAIRS.map(([first]) => first[0] as string));

/** Number of distinct entries: single connectors, phrases and two-part connectors. */
export const TRANSITION_ENTRY_COUNT =
  [...BY_FIRST_WORD.values()].reduce((sum, list) => sum + list.length, 0) + COMPILED_PAIRS.length;

/**
 * Whether `word` (a text unit) matches `unit` (a list unit) as the last unit of a phrase: a final
 * « de » or « à » also matches its contraction with the article (« à cause du », « grâce aux »).
 */
function matchesLast(word: string, unit: string): boolean {
  if (word === unit) return true;
  if (unit === 'de') return word === 'du' || word === 'des';
  if (unit === 'à') return word === 'au' || word === 'aux';
  return false;
}

function matchesAt(words: readonly string[], at: number, units: readonly string[]): boolean {
  const last = units.length - 1;
  if (at + last >= words.length) return false;
  for (let k = 1; k < last; k++) if (words[at + k] !== units[k]) return false;
  return last === 0 || matchesLast(words[at + last] as string, units[last] as string);
}

function connectorAt(sentence: SentenceWords, at: number, connector: CompiledConnector): boolean {
  const { words } = sentence;
  if (!matchesAt(words, at, connector.units)) return false;
  const before = at > 0 ? (words[at - 1] as string) : undefined;
  if (connector.notAfter !== undefined && before !== undefined && connector.notAfter.has(before)) return false;
  if (connector.notBefore !== undefined) {
    const after = words[at + connector.units.length];
    if (after !== undefined && connector.notBefore.has(after)) return false;
  }
  if (connector.lead && !sentence.clauseStart[at] && !(before !== undefined && LEAD_AFTER.has(before))) return false;
  return true;
}

function pairFrom(words: readonly string[], at: number, first: readonly string[], second: readonly string[]): boolean {
  if (!matchesAt(words, at, first)) return false;
  for (let j = at + first.length + 1; j < words.length; j++) {
    if (words[j] === second[0] && matchesAt(words, j, second)) return true;
  }
  return false;
}

/** Whether the sentence, already read by readSentenceWords, holds a transition word. */
export function hasTransitionInWords(sentence: SentenceWords): boolean {
  const { words } = sentence;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const candidates = BY_FIRST_WORD.get(word);
    if (candidates !== undefined) {
      for (const connector of candidates) if (connectorAt(sentence, i, connector)) return true;
    }
    if (PAIR_FIRST_WORDS.has(word)) {
      for (const [first, second] of COMPILED_PAIRS) if (first[0] === word && pairFrom(words, i, first, second)) return true;
    }
  }
  return false;
}

/** Whether a sentence (plain text, as splitSentences cuts it) holds a French transition word. */
export function hasTransition(sentence: string): boolean {
  return hasTransitionInWords(readSentenceWords(sentence));
}
