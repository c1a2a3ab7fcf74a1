// Given names, to tell a person (« Thomas de Waal », « Marie Dupont », « Christoph ») from a
// place or an institution when nothing else in the sentence says so. Written for Plume: the
// first names most often met in French-language news and blogs — French, European, American,
// Arabic, Turkish, Caucasian, Slavic — compared without accents and in lower case. A name that
// is missing here is still a person when the sentence says so (a role, a speech verb); this
// list only adds evidence.
import { foldWord } from './isFunctionWord';

const NAMES = `
adam adrien agnes ahmed aicha alain alan albert alejandro alex alexander alexandra alexandre alexei
alexis ali alice alicia aline amelie amina amir ana anastasia andre andrea andreas andrei andrew
angela angelique anna anne annie anthony antoine anton antonio antony arnaud arthur audrey aurelie
axel aziz barack barbara bastien beatrice benjamin benoit bernard bertrand bill bob boris brigitte
bruno camille carine carl carla carlos carmen caroline catherine cecile celine charles charlotte
chloe christian christiane christina christine christoph christophe claire clara claude claudia
clement colette constance corinne cyril damien daniel daniela daniele david denis denise didier
dimitri dmitri dominique donald dorothee edouard elena elisabeth elise elizabeth ella elodie emile
emilie emily emma emmanuel emmanuelle eric erik estelle etienne eva eve fabien fabienne fabrice
farid fatima fatou felix fernand fernando florian francis francisco franck francois francoise frank
frederic frederik frederique gabriel gabrielle gael gaelle genevieve george georges gerald gerard
gilbert gilles giorgio giovanni gisele giulia giuseppe grace gregoire guillaume gustave guy hakim
hans harry hassan helene henri henry herve hikmet hugo hugues igor ilham ilya ines irene isabelle
ivan jack jacqueline jacques james jan jane janet jean jeanne jennifer jeremy jerome jessica joe
joel johan johanna john jonathan jordi jose josef joseph josephine juan jules julia julian julie
julien julius justin karim karima karin karl kate katharina katherine kevin khaled klara laetitia
laura laurence laurent lea leila leon leonard lina linda lisa lorenzo louis louise luc luca lucas
lucie ludovic luis lydie magali mahmoud manon manuel marc marcel marco margaux margot maria marianne
marie marina marine mario marion mark marta martin martine mary mathieu mathilde matteo matthew
matthias maurice max maxime mehdi melanie michael michel michele michelle miguel mikhail milan
mohamed mohammed monique muriel nadia natalia natacha nathalie nathan nicolas nicole nikol nikolai
nina noel noemie nora olga olivia olivier omar oscar pascal pascale patrice patricia patrick paul
paula pauline pedro peter philippe pierre pierrette rachel rachid rafael raphael raymond regis remi
renaud rene richard robert roberto robin roger roland romain ronald rosa rose ruth sabine sacha
samir samuel sandra sandrine sara sarah sebastien selim serge sergei sergio simon simone sofia
solene sophie stefan stephane stephanie steve steven susan suzanne sylvain sylvie tatiana theo
theodore therese thierry thomas tim timothee tobias tom tristan tristram ursula valentin valerie
vanessa vera veronique victor vincent viktor virginie vladimir walter wendy william xavier yann
yannick yasmine yves yvonne zoe
`;

// Given names that are also places a French text names alone (« à Nancy », « à Florence »):
// alone they prove nothing; before a family name they still do (« Nancy Pelosi »).
const ALSO_PLACES = new Set(['nancy', 'florence', 'victoria', 'charlotte', 'lorraine', 'adelaide', 'sydney', 'paris', 'orlando', 'jordan', 'georgia', 'chelsea', 'lucie', 'vienne', 'marseille', 'austin', 'denver', 'troy']);

const GIVEN_NAMES = new Set(NAMES.split(/\s+/).filter((name) => name !== ''));

/** Whether a capitalised word is a given name (accents and case ignored). */
export function isGivenName(word: string): boolean {
  return GIVEN_NAMES.has(foldWord(word));
}

/** Whether a given name, written alone, may also be a place (then it does not prove a person). */
export function isGivenNameAlsoPlace(word: string): boolean {
  return ALSO_PLACES.has(foldWord(word));
}
