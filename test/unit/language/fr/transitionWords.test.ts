import { describe, expect, it } from 'vitest';
import { hasTransition, hasTransitionInWords, TRANSITION_ENTRY_COUNT } from '../../../../src/core/language/fr/transitionWords';
import { readSentenceWords } from '../../../../src/core/language/fr/sentenceWords';

// Sentences written for this test and labelled by reading them as a French speaker: true when the
// sentence holds a word or phrase that links it to what comes before or after (« mot de
// liaison »), false otherwise. Left out as genuinely ambiguous: a mid-sentence « comme » (« il l’a
// dit comme il le pensait »: manner or comparison, a link for some guides and not others) and a
// mid-sentence « aussi » meaning « also » (see transitionWords.ts).
const LABELLED: ReadonlyArray<readonly [string, boolean]> = [
  // Single connectors, at the start and inside the sentence.
  ['Cependant, le gouvernement n’a pas répondu aux questions des journalistes.', true],
  ['Le texte a donc été adopté en première lecture.', true],
  ['Ensuite, les députés ont voté l’amendement à main levée.', true],
  ['La réforme reste néanmoins très contestée dans les grandes villes.', true],
  ['Le chantier a pris du retard ; toutefois, la livraison reste prévue en juin.', true],
  ['Enfin, le conseil municipal a voté le budget.', true],
  ['Le Sénat a également adopté le texte.', true],
  ['Il a finalement renoncé à se présenter.', true],
  ['Le texte prévoit notamment une hausse des petites pensions.', true],
  ['Sinon, vous pouvez écrire au service client.', true],
  ['Puis la foule s’est dispersée dans le calme.', true],
  ['Ainsi, la ville a pu économiser deux millions d’euros.', true],
  ['Certes, la décision est courageuse, mais elle arrive bien tard.', true],
  ['Malgré les critiques, le maire maintient son projet.', true],
  ['Le projet avance, mais le budget explose.', true],
  // Multi-word connectors.
  ['En effet, les chiffres du chômage ont baissé au troisième trimestre.', true],
  ['Par conséquent, la réunion est reportée à jeudi.', true],
  ['En revanche, les syndicats refusent de signer l’accord.', true],
  ['D’une part, le budget est limité.', true],
  ['D\'autre part, les délais sont très courts.', true],
  ['C’est pourquoi nous avons choisi une autre solution.', true],
  ['Tout d’abord, il faut vérifier la connexion au réseau.', true],
  ['Le match a été annulé à cause de la pluie.', true],
  ['Les élus se sont réunis afin de trouver un compromis.', true],
  ['Par exemple, un article de blog devrait compter au moins 300 mots.', true],
  ['Par ailleurs, la mairie a lancé une consultation en ligne.', true],
  ['En outre, le dispositif sera étendu aux artisans.', true],
  ['En conclusion, la mesure semble efficace.', true],
  ['Pour autant, le gouvernement ne renonce pas.', true],
  ['Quant aux habitants, ils attendent toujours des réponses.', true],
  ['Autrement dit, le dispositif ne coûtera rien aux communes.', true],
  ['Le logiciel est libre, c’est-à-dire que chacun peut le modifier.', true],
  ['De son côté, la Commission européenne reste prudente.', true],
  ['Pour sa part, l\'opposition dénonce un passage en force.', true],
  ['Il en va de même pour les collectivités locales.', true],
  ['Dès que les résultats seront connus, nous les publierons.', true],
  ['Jusqu’à ce que la justice tranche, le chantier reste suspendu.', true],
  ['Faute de moyens, l’association a dû fermer ses portes.', true],
  ['Il travaille tard de sorte que tout soit prêt lundi.', true],
  ['Les températures ont baissé, d’où la hausse de la consommation de gaz.', true],
  ['Quoi qu’il en soit, la décision appartient au conseil.', true],
  ['Du coup, la réunion a été annulée.', true],
  ['Après tout, c’est son choix.', true],
  ['Au contraire, la situation s’est nettement améliorée.', true],
  ['Dans un premier temps, les données sont collectées puis anonymisées.', true],
  ['Qui plus est, la salle était pleine à craquer.', true],
  ['En fait, personne ne savait rien.', true],
  ['De plus, les loyers ont fortement augmenté.', true],
  // Subordinating connectors, elided before a vowel.
  ['Bien qu’il soit malade, il continue de travailler.', true],
  ['Il est resté chez lui parce qu’il était fatigué.', true],
  ['Puisqu’il pleut, nous resterons à la maison.', true],
  ['Lorsqu’elle est arrivée, la réunion avait déjà commencé.', true],
  ['Les prix ont augmenté, alors que les salaires stagnent.', true],
  ['Les ventes progressent, tandis que les marges reculent.', true],
  ['Le projet avance, même s’il prend du retard.', true],
  ['Étant donné que le délai est dépassé, la demande est rejetée.', true],
  // Contraction of the final « de » or « à » with the article.
  ['Grâce aux bénévoles, la collecte a été un succès.', true],
  ['En raison du mauvais temps, le vol a été retardé de deux heures.', true],
  // Ambiguous words in their connector use.
  ['Le ministre est parti tôt car il devait prendre un avion.', true],
  ['Or, rien ne s’est passé comme prévu.', true],
  ['Aussi faut-il rester prudent.', true],
  ['Bref, rien n’a changé depuis dix ans.', true],
  // Two-part connectors.
  ['Vous pouvez soit payer en ligne, soit vous rendre au guichet.', true],
  ['Il ne boit ni café ni thé.', true],
  ['Tantôt il pleut, tantôt il fait un soleil radieux.', true],
  ['Autant il est drôle en privé, autant il est austère en public.', true],
  ['Il a non seulement perdu son poste, mais aussi sa réputation.', true],
  // Capitals, with and without their accent.
  ['A cause de la grève, les trains sont supprimés.', true],
  ['À cause de la grève, les trains sont supprimés.', true],
  ['DONC, il faut agir vite.', true],
  ['PAR CONSÉQUENT, LE MAGASIN RESTE FERMÉ.', true],

  // No connector.
  ['Le chat dort sur le canapé.', false],
  ['La ministre a présenté son projet de loi mardi devant l’Assemblée nationale.', false],
  ['Le président a reçu les ambassadeurs à l’Élysée.', false],
  ['Nous avons mangé des pommes et des poires.', false],
  ['Cette entreprise emploie trois cents salariés.', false],
  ['Le film sort en salles le 12 mars.', false],
  ['Plus de 10 000 personnes ont manifesté samedi à Paris.', false],
  ['Il a été élu maire en 2020.', false],
  ['Nous partirons demain matin à l’aube.', false],
  ['La rivière passe sous le vieux pont de pierre.', false],
  ['Les députés examinent le budget en commission.', false],
  ['Il est question de réformer le code du travail.', false],
  ['Il vit aux États-Unis depuis vingt ans.', false],
  ['La réunion se tiendra au siège de l’entreprise.', false],
  ['Le ministre de l’Intérieur s’est rendu sur place.', false],
  ['Elle parle couramment trois langues.', false],
  ['Le nouveau directeur prendra ses fonctions lundi.', false],
  ['Un être humain mérite le respect.', false],
  ['Je ne sais pas si elle viendra.', false],
  ['Les sommes versées aux victimes restent modestes.', false],
  // Words of the list in another use.
  ['Le cours de l’or a atteint un record historique.', false],
  ['Elle a remporté la médaille d’or aux Jeux olympiques.', false],
  ['Les enfants prennent le car tous les matins.', false],
  ['Le bref séjour des ministres a coûté cher.', false],
  ['Le nombre de cas augmente de plus en plus vite.', false],
  ['Les personnes âgées de plus de 65 ans sont prioritaires.', false],
  ['Il est aussi grand que son frère.', false],
  ['Je sais bien que la route est longue.', false],
  ['Il a vu que la porte était ouverte.', false],
  ['Le pays d’où il vient est en guerre.', false],
  ['Les élèves ont cinq choses à savoir avant l’examen.', false],
  ['Il en fait toujours trop.', false],
  ['Il travaille en tant que consultant indépendant.', false],
  ['Je puis vous assurer de notre soutien.', false],
  ['La suite à donner à cette affaire reste floue.', false],
  ['C’est la faute de son adversaire, selon lui.', false],
  ['Les villes de même taille ont reçu la même dotation.', false],
  ['Le bilan du coup de froid est lourd.', false],
  ['Les clés sont restées au fond du tiroir.', false],
  ['Le loyer est payé à la fin du mois.', false],
  ['Il faut que le texte soit clair.', false],
  ['Il a quitté la ville sans argent ni bagage.', false],
];

describe('hasTransition', () => {
  it('has a list of the size French writing guides give', () => {
    // About 300 connectors, with their variants (« tel que » … « telles que », « d’où » + each
    // determiner) counted one by one.
    expect(TRANSITION_ENTRY_COUNT).toBeGreaterThanOrEqual(250);
    expect(TRANSITION_ENTRY_COUNT).toBeLessThanOrEqual(360);
  });

  it('labels every sentence of the labelled set as a reader does', () => {
    expect(LABELLED.length).toBeGreaterThanOrEqual(60);
    const wrong = LABELLED.filter(([sentence, label]) => hasTransition(sentence) !== label).map(([sentence]) => sentence);
    expect(wrong).toEqual([]);
  });

  it('gives the same answer from the words already read', () => {
    for (const [sentence, label] of LABELLED) expect(hasTransitionInWords(readSentenceWords(sentence)), sentence).toBe(label);
  });

  it('reads both apostrophes and any case alike', () => {
    for (const sentence of ['Parce qu’il pleut.', "Parce qu'il pleut.", 'PARCE QU’IL PLEUT.', 'parce que je le veux']) {
      expect(hasTransition(sentence), sentence).toBe(true);
    }
  });

  it('needs both parts of a two-part connector, in order', () => {
    expect(hasTransition('Il faut que le projet soit validé.')).toBe(false);
    expect(hasTransition('Soit vous venez, soit vous restez.')).toBe(true);
    expect(hasTransition('Ni lui ni elle.')).toBe(true);
    expect(hasTransition('Tantôt rouge.')).toBe(false);
  });

  it('is false for empty or wordless text', () => {
    expect(hasTransition('')).toBe(false);
    expect(hasTransition(' « » … ')).toBe(false);
  });
});
