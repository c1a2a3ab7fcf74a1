// Is a sentence in the passive voice? French forms its passive with être and a past participle
// (« le texte est adopté », « a été adopté », « sera adopté », « doit être adopté »). Yoast SEO's
// passive-voice assessment counts the share of such sentences; this is the per-sentence test.
// Every list here was written for Plume from French grammar; none is copied from another project.
//
// The test, on the units of readSentenceWords (lower case, elisions expanded, « a-t-il » split):
//   1. a form of être: any tense (est, était, fut, sera, serait, soit, fût…), the infinitive
//      (« doit être », « vient d’être »), « étant », or « été » after a form of avoir
//      (« a été », « avait été », « aura été », « ayant été »), adverbs and negation allowed
//      between them (« n’a pas été », « a finalement été »);
//   2. then, past adverbs, negation and inverted pronouns, a past participle (regular in -é, -i,
//      -u with their agreement, or from the list of irregular ones).
// What makes this French rather than a pattern:
//   - verbs that build their active compound tenses with être (« il est arrivé », « elle est
//     née », « ils sont restés ») are not passive;
//   - reflexive verbs (« il s’est rendu », « nous nous sommes réunis ») are not passive;
//   - a determiner stops the search: « c’est un député », « c’est l’été », « la société est en
//     croissance » hold a noun, not a participle; and before être it makes être a noun
//     (« l’est du pays », « un être humain »);
//   - adjectives that look like participles and are not used as passives (« il est âgé de »,
//     « la ville est située », « le taux est élevé ») are listed;
//   - a capitalised word after être is a name or an acronym (« c’est Marie », « qu’est QGIS »),
//     not a participle, unless être is capitalised too (a title or shouted text in capitals).
import { readSentenceWords } from './sentenceWords';
import type { SentenceWords } from './sentenceWords';

const words = (list: string): string[] => list.trim().split(/\s+/);

// Every simple form of être, plus the infinitive and the present participle. « été » is apart:
// it is also the noun « l’été », so it counts only after avoir (see AVOIR).
const ETRE: ReadonlySet<string> = new Set(
  words(`
    suis es est sommes êtes sont
    étais était étions étiez étaient
    fus fut fûmes fûtes furent
    serai seras sera serons serez seront
    serais serait serions seriez seraient
    sois soit soyons soyez soient
    fusse fusses fût fussions fussiez fussent
    être étant`),
);

// Forms that must have their own subject pronoun nearby to be être: « sommes » is also the noun
// « des sommes versées » (sums), « êtes » and « es » are rare elsewhere but checked alike.
const PERSON_OF: ReadonlyMap<string, string> = new Map([
  ['sommes', 'nous'],
  ['êtes', 'vous'],
  ['es', 'tu'],
]);

// First and second person singular forms: « me » or « te » before them is reflexive (« je me
// suis trompé »); before a third person form it is an indirect object (« ce prix m’est remis »),
// which leaves the passive intact.
const FIRST_SINGULAR: ReadonlySet<string> = new Set(words('suis étais fus serai serais sois fusse'));
const SECOND_SINGULAR: ReadonlySet<string> = new Set(words('es étais fus seras serais sois fusses'));
const FIRST_PLURAL: ReadonlySet<string> = new Set(words('sommes étions fûmes serons serions soyons fussions être étant'));
const SECOND_PLURAL: ReadonlySet<string> = new Set(words('êtes étiez fûtes serez seriez soyez fussiez être étant'));

// Every simple form of avoir, plus the infinitive and the present participle: the auxiliary of
// « été » in the compound tenses of the passive.
const AVOIR: ReadonlySet<string> = new Set(
  words(`
    ai as a avons avez ont
    avais avait avions aviez avaient
    eus eut eûmes eûtes eurent
    aurai auras aura aurons aurez auront
    aurais aurait aurions auriez auraient
    aie aies ait ayons ayez aient
    eusse eusses eût eussions eussiez eussent
    avoir ayant`),
);

// Before a form of être these make it a noun: « l’est du pays », « un être cher », « le fût ».
// « ce » is left out (« ce sont », « c’est » are the verb), and « leur » too (« leur est
// attribué »: the pronoun).
const NOUN_MARKERS: ReadonlySet<string> = new Set(
  words(`l' le la les un une des du au aux cet cette ces son sa ses leurs mon ma mes ton ta tes
    notre nos votre vos quelques plusieurs chaque certaines certains`),
);

// Words that may stand between the auxiliary and the participle without breaking the verb:
// negation, frequent adverbs, floating quantifiers (« ils sont tous convaincus ») and the
// pronouns of an inversion (« a-t-il été élu »). Adverbs in -ment are recognised by their ending.
const BETWEEN: ReadonlySet<string> = new Set(
  words(`ne pas plus jamais guère point nullement aucunement rien
    toujours souvent parfois rarement déjà encore aussi ainsi alors donc bien mal mieux
    très trop assez peu fort si tellement tant presque quasi tout toute tous toutes même
    désormais enfin certes pourtant cependant néanmoins toutefois surtout notamment aujourd'hui
    hier longtemps vite tôt tard d'abord ensuite puis peut-être trés
    il elle on ils elles`),
);
// « trés » is a frequent misspelling of « très »: read as the adverb, not as a participle.

// Adverbial phrases of two or three words that may stand there too, as « first second [third] ».
const BETWEEN_PHRASES: ReadonlySet<string> = new Set([
  'en grande partie', 'à la fois', 'pour la plupart', 'tout à fait',
  'en effet', 'en outre', 'en partie', 'en général', 'en principe', 'en revanche',
  'en particulier', 'en fait', 'par ailleurs', 'par contre', 'de plus', 'de nouveau', 'à nouveau',
  'de fait', 'bien sûr', 'du moins', 'au moins', 'à peine', 'sans doute', 'pour autant',
  'au préalable', 'de loin',
]);

// « plus » or « moins » before the participle without a « ne » is a comparison: « les prix sont
// plus élevés », « le film est moins connu » describe a degree, an adjective use.
const COMPARATIVES: ReadonlySet<string> = new Set(['plus', 'moins']);

/** The four agreed forms of a participle or adjective (« pris » is its own plural). */
function agreed(base: string): string[] {
  return base.endsWith('s') ? [base, `${base}e`, `${base}es`] : [base, `${base}e`, `${base}s`, `${base}es`];
}
const agreedSet = (list: string): ReadonlySet<string> => new Set(words(list).flatMap(agreed));

// Past participles that the regular endings (-é, -i, -u) do not catch, masculine singular; their
// agreed forms are added. Mostly -is, -it, -ert, -eint, -aint, -oint, -uit, and the -u ones short
// enough to need listing.
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = agreedSet(`
  pris appris compris repris surpris entrepris
  mis admis commis compromis démis émis omis permis promis remis soumis transmis
  acquis conquis requis
  fait défait refait satisfait contrefait
  dit interdit prédit contredit maudit redit
  écrit décrit inscrit prescrit proscrit souscrit transcrit réécrit
  ouvert rouvert entrouvert couvert découvert recouvert offert souffert
  atteint craint peint repeint éteint étreint restreint astreint contraint plaint joint rejoint
  enjoint feint teint
  conduit reconduit construit reconstruit détruit produit reproduit réduit traduit introduit
  séduit induit déduit enduit instruit cuit
  clos inclus exclu
  élu réélu lu relu vu revu prévu entrevu pourvu bu su connu reconnu reçu perçu conçu déçu
  aperçu cru accru mû ému promu
`);

// Participles of the verbs that build their active compound tenses with être, and adjectives
// that look like participles but are not used as passives after être. Decisions:
//   - « situé », « implanté », « domicilié »: a location, no agent is possible (« la ville est
//     située au bord du lac »); not passive. « basé » stays a participle: « basé sur » (based on),
//     its commoner use in articles, is a passive like « fondé sur ».
//   - « élevé »: « le taux est élevé » (high) is by far the commoner use in prose; « il a été
//     élevé par sa grand-mère » (raised) is lost.
//   - « dû »: « le retard est dû à une panne » is « due to », an adjective.
//   - states of mind and body (« désolé », « fatigué », « assis »), civil status (« marié »),
//     « âgé de », « censé »: adjectives.
//   - « mort », « né », « décédé »: être-verbs (mourir, naître, décéder).
// Masculine singular; agreed forms are added.
const NOT_PASSIVE: ReadonlySet<string> = agreedSet(`
  allé venu devenu revenu redevenu parvenu intervenu survenu provenu advenu arrivé parti reparti
  resté demeuré tombé retombé entré rentré sorti ressorti monté remonté descendu redescendu
  retourné passé repassé né mort décédé apparu réapparu disparu accouru échu éclos
  âgé situé implanté domicilié censé sensé aisé doué osé zélé habitué passionné fortuné
  raffiné acharné obstiné effréné forcené insensé désolé enchanté navré ravi fâché pressé
  fatigué enrhumé marié divorcé fiancé pacsé assis couché allongé agenouillé dû élevé compliqué
  varié modéré démodé sophistiqué spécialisé épris
  joli poli hardi gris précis absolu têtu ardu barbu pointu aigu ambigu exigu contigu continu
  menu nu
  député employé salarié retraité diplômé abonné associé curé abbé
`);

// Words with a participle's ending that are no participle: adverbs, prepositions, pronouns,
// days and frequent nouns (words of two letters, and endings after a vowel such as « mais »,
// « puis », « bleu », are ruled out by isParticiple itself) that can follow être without a determiner (« il est ici », « c’est
// lundi », « il est parmi nous »).
const NOT_PARTICIPLE: ReadonlySet<string> = new Set(
  words(`ici ci parmi merci midi minuit lundi mardi mercredi jeudi vendredi samedi ceci voici
    aussi ainsi ni si qui lui celui oui appui ennui taxi ski wifi défi abri cri pari tri souci
    ennemi ami mari épi
    dessus dessous plus processus virus consensus corpus bonus campus`),
);

/** Whether `word` (lower case, no determiner before it) is a past participle used as passive. */
function isParticiple(word: string): boolean {
  let form = word;
  const hyphen = form.lastIndexOf('-');
  // « sous-estimé », « co-fondé »: the last part decides; « celui-ci », « là-bas » are not verbs.
  if (hyphen >= 0) form = form.slice(hyphen + 1);
  if (NOT_PASSIVE.has(form) || NOT_PARTICIPLE.has(form)) return false;
  if (IRREGULAR_PARTICIPLES.has(form)) return true;
  // Agreement: -e, -s, -es after the participle's own ending.
  let stem = form;
  if (stem.endsWith('s')) stem = stem.slice(0, -1);
  if (stem.endsWith('e') && stem.length > 1) {
    const before = stem.charAt(stem.length - 2);
    if (before === 'é' || before === 'i' || before === 'u') stem = stem.slice(0, -1);
  }
  if (stem.length < 3) return false;
  const last = stem.charAt(stem.length - 1);
  if (last === 'é') return true;
  const before = stem.charAt(stem.length - 2);
  // -i and -u after a consonant: « fini », « choisi », « vendu », « battu ». After a vowel the
  // ending is a diphthong or digraph of another word: « lui », « bleu », « beau », « trou », and
  // -ui also excludes « puis », « depuis ». -qu(e) and -gu(e) are « que », « chaque », « langue ».
  if ((last === 'i' || last === 'u') && !'aeiouyéèêâîôû'.includes(before)) {
    return !(last === 'u' && (before === 'q' || before === 'g'));
  }
  return false;
}

function skipBetween(units: readonly string[], from: number): number {
  let j = from;
  while (j < units.length) {
    const unit = units[j] as string;
    const next = units[j + 1];
    if (next !== undefined) {
      // Phrases first: « tout à fait » must not stop at « à » once « tout » is skipped.
      const pair = `${unit} ${next}`;
      const third = units[j + 2];
      if (third !== undefined && BETWEEN_PHRASES.has(`${pair} ${third}`)) {
        j += 3;
        continue;
      }
      if (BETWEEN_PHRASES.has(pair)) {
        j += 2;
        continue;
      }
    }
    if (BETWEEN.has(unit) || (unit.length > 5 && unit.endsWith('ment'))) {
      j += 1;
      continue;
    }
    break;
  }
  return j;
}

function skipBackBetween(units: readonly string[], from: number): number {
  let k = from;
  while (k >= 0) {
    const unit = units[k] as string;
    if (BETWEEN.has(unit) || (unit.length > 5 && unit.endsWith('ment'))) k -= 1;
    else break;
  }
  return k;
}

/** Whether a subject pronoun `pronoun` stands within three units before `at`, or right after it. */
function hasPersonNear(units: readonly string[], at: number, pronoun: string): boolean {
  if (units[at + 1] === pronoun) return true;
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) if (units[k] === pronoun) return true;
  return false;
}

/** Whether the form of être at `at` is the auxiliary of a reflexive verb (« s’est rendu »). */
function isReflexive(units: readonly string[], at: number, form: string): boolean {
  let k = at - 1;
  while (k >= 0 && (units[k] === 'en' || units[k] === 'y')) k -= 1;
  const pronoun = units[k];
  if (pronoun === 'se') return true;
  if (pronoun === 'me') return FIRST_SINGULAR.has(form) || form === 'être' || form === 'étant';
  if (pronoun === 'te') return SECOND_SINGULAR.has(form) || form === 'être' || form === 'étant';
  // « nous nous sommes réunis »: a second « nous » (the subject) before the first.
  if (pronoun === 'nous' || pronoun === 'vous') {
    const persons = pronoun === 'nous' ? FIRST_PLURAL : SECOND_PLURAL;
    if (!persons.has(form)) return false;
    const before = units[k - 1] === 'ne' ? units[k - 2] : units[k - 1];
    return before === pronoun;
  }
  return false;
}

/** Whether the unit at `at` is être as an auxiliary (not a noun, not a reflexive verb's). */
function auxiliaryAt(sentence: SentenceWords, at: number): boolean {
  const units = sentence.words;
  const form = units[at] as string;
  if (form === 'été') {
    // Only the participle of être after avoir: « a été », « n’a pas été », « a-t-il été ».
    const k = skipBackBetween(units, at - 1);
    return k >= 0 && AVOIR.has(units[k] as string);
  }
  if (!ETRE.has(form)) return false;
  const previous = units[at - 1];
  if (previous !== undefined && NOUN_MARKERS.has(previous)) return false;
  const person = PERSON_OF.get(form);
  if (person !== undefined && !hasPersonNear(units, at, person)) return false;
  return !isReflexive(units, at, form);
}

/** Whether the sentence, already read by readSentenceWords, is in the passive voice. */
export function isPassiveInWords(sentence: SentenceWords): boolean {
  const units = sentence.words;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as string;
    if (unit !== 'été' && !ETRE.has(unit)) continue;
    if (!auxiliaryAt(sentence, i)) continue;
    const j = skipBetween(units, i + 1);
    if (j >= units.length || (sentence.capitalized[j] && !sentence.capitalized[i])) continue;
    const participle = units[j] as string;
    // « étant donné que », « étant entendu que »: fixed connectors, not passives.
    if (unit === 'étant' && (participle.startsWith('donn') || participle.startsWith('entendu'))) continue;
    if (!isParticiple(participle)) continue;
    if (hasComparative(units, i, j)) continue;
    return true;
  }
  return false;
}

/** A « plus » or « moins » between auxiliary and participle with no « ne » before the verb. */
function hasComparative(units: readonly string[], auxiliary: number, participle: number): boolean {
  let found = false;
  for (let k = auxiliary + 1; k < participle; k++) if (COMPARATIVES.has(units[k] as string)) found = true;
  if (!found) return false;
  // « ne … plus » is negation: look for « ne » just before the auxiliary (or its avoir).
  for (let k = auxiliary - 1; k >= 0 && k >= auxiliary - 4; k--) if (units[k] === 'ne') return false;
  return true;
}

/** Whether a sentence (plain text, as splitSentences cuts it) is in the French passive voice. */
export function isPassive(sentence: string): boolean {
  return isPassiveInWords(readSentenceWords(sentence));
}

/** Sizes of the lists, for documentation and tests. */
export const PASSIVE_LIST_SIZES = {
  irregularParticiples: IRREGULAR_PARTICIPLES.size,
  notPassive: NOT_PASSIVE.size,
  notParticiple: NOT_PARTICIPLE.size,
};
