// What tells a reader that a name is a person: a role before it (« le Premier ministre arménien
// Nikol Pashinyan », « selon l’analyste Thomas de Waal »), an apposition after it (« Hikmet
// Hajiyev, conseiller principal »), a speech verb on either side (« Blinken a répondu »,
// « a tweeté mercredi Pallone »), or a given name (« Anna Eshoo »). Institutions say so by
// their words (« Département », « Act »): they are never persons. Word lists written for Plume.
import { foldWord } from './isFunctionWord';

const ROLES = `
president presidente vice-president vice-presidente ministre premier-ministre secretaire senateur senatrice
depute deputee representant representante representants representantes elu elue elus porte-parole
conseiller conseillere conseillers analyste analystes chercheur chercheuse chercheurs expert experte
experts specialiste professeur professeure directeur directrice directeurs journaliste journalistes
correspondant correspondante reporter redacteur redactrice ambassadeur ambassadrice diplomate chef
cheffe general generale colonel commandant capitaine ecrivain ecrivaine auteur autrice politologue
historien historienne economiste sociologue philosophe avocat avocate juge procureur procureure
commissaire chancelier chanceliere roi reine pape prince princesse maire gouverneur gouverneure
candidat candidate militant militante dirigeant dirigeante dirigeants fondateur fondatrice cofondateur
cofondatrice pdg responsable responsables ingenieur ingenieure developpeur developpeuse designer
conceptrice concepteur gestionnaire coordinateur coordinatrice consultant consultante collegue
president-directeur dr docteur docteure m mme mlle monsieur madame sir lord cheikh emir imam eveque
rabbin patriarche lieutenant sergent soldat activiste opposant opposante dissident dissidente
entrepreneur entrepreneuse investisseur economiste-chef chroniqueur chroniqueuse editorialiste
`;

// Verbs by which a text gives someone's words or acts as a person (past participle and present).
const SPEECH = `
declare dit affirme ajoute explique indique precise souligne tweete repondu repond estime rapporte
confie assure rappele reconnu nie averti prevenu ecrit raconte insiste conclu martele regrette
denonce salue analyse commente exprime temoigne confirme annonce admis avoue juge observe note
resume poursuit detaille deplore critique plaide promis reagi
declare dit affirme ajoute explique indique precise souligne tweete repond estime rapporte confie
assure rappelle reconnait nie avertit previent ecrit raconte insiste conclut martele regrette
denonce salue analyse commente temoigne confirme annonce admet avoue juge observe note resume
poursuit detaille deplore critique plaide promet reagit
`;

// Words that make a name an institution, a law, a place or an event, never a person.
const INSTITUTIONS = `
departement ministere etat etats unis union nations organisation association banque universite
institut agence service conseil commission parlement senat assemblee cour tribunal republique
royaume fondation centre groupe societe compagnie parti front forces armee act loi traite accord
bank institute center centre council agency university foundation group party office bureau
federation confederation ligue club college ecole lycee hopital musee gouvernement ville region
province departement comite syndicat entreprise corporation inc ltd sa sarl gmbh ag fund fonds
forum sommet conference festival hackathon hack prix programme projet plan initiative alliance
coalition communaute federal federale national nationale international internationale europeen
europeenne mondial mondiale
`;

const set = (words: string): Set<string> => new Set(words.split(/\s+/).filter((word) => word !== '').map(foldWord));
const ROLE_WORDS = set(ROLES);
const SPEECH_WORDS = set(SPEECH);
const INSTITUTION_WORDS = set(INSTITUTIONS);

/** Whether a word of a name says it is an institution (« Département », « Act », « Union »). */
export function isInstitutionWord(word: string): boolean {
  return INSTITUTION_WORDS.has(foldWord(word));
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'‐‑-]*/gu;
// Where a sentence or a clause stops: a cue never crosses it.
const CLAUSE_BREAK = /[.;:!?«»“”"()[\]]/;
const CONNECTORS = new Set(['de', 'du', 'des', "d'", 'la', 'le', "l'", 'les']);
const ARTICLES = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'son', 'sa', 'ses', 'leur', 'notre', 'votre', 'cet', 'cette', 'ce']);
const AUXILIARIES = new Set(['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'va', 'vont', 'vient', 'viennent', 'est', 'sont', 'etait', "s'est", "s'etait"]);
const SOURCING = new Set(['selon', "d'apres"]);
const PREPOSITIONS = new Set(['a', 'au', 'aux', 'de', 'du', 'des', "d'", 'en', 'chez', 'dans', 'pour', 'par', 'sur', 'vers', 'avec', 'contre', 'entre']);

/** The words of a span, folded, with « l’ » / « d’ » as words of their own. */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const folded = foldWord(match[0]);
    const elided = /^([ldjmnstc]|qu)'(.+)$/.exec(folded);
    if (elided) words.push(`${elided[1]}'`, elided[2] ?? '');
    else words.push(folded);
  }
  return words;
}

/** The part of `text` before `start` up to the last clause break, as words. */
function clauseBefore(text: string, start: number): { words: string[]; raw: string } {
  const window = text.slice(Math.max(0, start - 120), start);
  let cut = -1;
  for (let i = window.length - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(window[i] ?? '')) {
      cut = i;
      break;
    }
  }
  const raw = window.slice(cut + 1);
  return { words: wordsOf(raw), raw };
}

/**
 * A role within the last words before the name, with only lower-case words, connectors or a
 * capitalised complement (« d’État », « du Carnegie ») between: « les représentants »,
 * « le Premier ministre arménien », « le secrétaire d’État ».
 */
function roleBefore(text: string, start: number): boolean {
  const { raw } = clauseBefore(text, start);
  const tokens = [...raw.matchAll(WORD)].map((match) => match[0]);
  // « chercheuse à l’IFRI », « directeur du FMI »: after a preposition the name is a place or
  // an institution the role belongs to, not the person holding it.
  const last = foldWord(tokens[tokens.length - 1] ?? '');
  const beforeLast = foldWord(tokens[tokens.length - 2] ?? '');
  if (PREPOSITIONS.has(last) || (ARTICLES.has(last) && PREPOSITIONS.has(beforeLast))) return false;
  for (let i = tokens.length - 1, seen = 0; i >= 0 && seen < 5; i--, seen++) {
    const token = tokens[i] ?? '';
    const folded = foldWord(token);
    const bare = folded.replace(/^(?:[ld])'/, '');
    if (ROLE_WORDS.has(bare) || ROLE_WORDS.has(folded)) return true;
    // A capitalised word after a connector is a complement (« d’État », « du Carnegie »); any other
    // capitalised word is another name: the role, if any, is that name's.
    const previous = foldWord(tokens[i - 1] ?? '');
    const capitalised = /^\p{Lu}/u.test(token.replace(/^[ldLD][’']/, ''));
    if (capitalised && !/^[ld]'/.test(folded) && !CONNECTORS.has(previous)) return false;
  }
  return false;
}

/** A speech verb right before the name (« a tweeté mercredi Pallone », « selon Thomas de Waal »). */
function speechBefore(text: string, start: number): boolean {
  const words = clauseBefore(text, start).words;
  const last = words[words.length - 1] ?? '';
  if (SOURCING.has(last) || (words[words.length - 2] === "d'" && last === 'apres')) return true;
  // « a rapporté de Bakou », « depuis Washington »: a place after the verb, not its speaker.
  if (PREPOSITIONS.has(last) || ARTICLES.has(last) || last === 'depuis') return false;
  // « a déclaré mercredi le Premier ministre … » is a role's business; here the verb is next to
  // the name, at most one adverb or weekday between.
  return SPEECH_WORDS.has(last) || SPEECH_WORDS.has(words[words.length - 2] ?? '');
}

/** A speech verb or a role in apposition right after the name. */
function cueAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 120);
  const apposition = /^\s*,\s*/.exec(after);
  if (apposition) {
    const words = wordsOf(after.slice(apposition[0].length).split(/[,.;:!?«»()]/)[0] ?? '').slice(0, 4);
    let i = 0;
    while (ARTICLES.has(words[i] ?? '')) i++;
    // « Hikmet Hajiyev, conseiller principal », « Marie Dupont, chercheuse à l’IFRI »
    if (ROLE_WORDS.has(words[i] ?? '') || ROLE_WORDS.has(words[i + 1] ?? '')) return true;
  }
  const words = wordsOf(after.split(/[.;:!?«»()]/)[0] ?? '').slice(0, 4);
  let i = 0;
  if (words[i] === 'ne' || words[i] === "n'") i++;
  if (AUXILIARIES.has(words[i] ?? '')) i++;
  if (words[i] === 'pas' || words[i] === 'aussi' || words[i] === 'publiquement' || words[i] === 'encore') i++;
  return SPEECH_WORDS.has(words[i] ?? '');
}

/** Whether the sentence around a name at [start, end) of `text` presents it as a person. */
export function hasPersonCue(text: string, start: number, end: number): boolean {
  return roleBefore(text, start) || speechBefore(text, start) || cueAfter(text, end);
}

/** Whether a name is coordinated with the name just before it (« Nancy Pelosi et Anna Eshoo »). */
export function isCoordinated(text: string, previousEnd: number, start: number): boolean {
  return previousEnd >= 0 && previousEnd <= start && /^\s*(?:,|et|ou|,\s*et)\s*$/u.test(text.slice(previousEnd, start));
}
