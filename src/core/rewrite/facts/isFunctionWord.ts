// Capitalised words that are not names: what starts French sentences (articles, pronouns,
// prepositions, conjunctions, connecting adverbs), number words and ordinals, titles of address,
// and month and day names (dates are their own facts). Compared in lower case without accents,
// because French capitals often lose theirs (« Apres », « A »), but with plurals kept apart so
// that « Dans » does not hide the first name « Dan ».
import { MONTH_NAMES, WEEKDAYS } from './findDates';

// Every cue and name test folds the same few thousand words: each is folded once (bounded memo).
const FOLD_MEMO_LIMIT = 50_000;
const folded = new Map<string, string>();

/** Lower case, accents dropped, apostrophes unified: how word lists are compared. */
export function foldWord(word: string): string {
  let form = folded.get(word);
  if (form === undefined) {
    if (folded.size >= FOLD_MEMO_LIMIT) folded.clear();
    form = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[’ʼ‘`´]/g, "'");
    folded.set(word, form);
  }
  return form;
}

const WORDS = `
le la les l un une des du de d au aux à en et ou où pour par sur sous avec sans après avant entre
face vers dans chez contre durant pendant malgré parmi outre dès grâce jusque jusqu quant selon
depuis lors lorsque tandis comme quand comment pourquoi si mais or ni car donc puis ainsi alors
aussi enfin ensuite toutefois cependant pourtant néanmoins certes désormais finalement hier demain
aujourd'hui maintenant déjà encore toujours jamais parfois souvent surtout notamment également
il elle ils elles on nous vous je tu ce cet cette ces ça cela ceci celui celle ceux celles son sa
ses leur leurs mon ma mes ton ta tes notre nos votre vos qui que qu quoi dont quel quelle quels
quelles lequel laquelle chaque chacun chacune tous tout toute toutes autre autres même mêmes
certains certaines plusieurs aucun aucune tel telle tels telles voici voilà oui non pas ne n rien
très bien beaucoup peu trop moins plus là ici y c s
premier première premiers premières dernier dernière derniers dernières second seconde
nouveau nouvel nouvelle nouveaux nouvelles deux trois quatre cinq six sept huit neuf dix onze
douze vingt trente cent mille
monsieur madame mademoiselle messieurs mesdames m mme mlle mm mr dr pr
`;

const FUNCTION_WORDS = new Set([...WORDS.split(/\s+/), ...MONTH_NAMES, ...WEEKDAYS].filter((word) => word !== '').map(foldWord));

/** Whether a capitalised word is a French function word, a number word, a title or a date word. */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(foldWord(word));
}
