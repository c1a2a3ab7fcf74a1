import { describe, expect, it } from 'vitest';
import { isPassive, isPassiveInWords, PASSIVE_LIST_SIZES } from '../../../../src/core/language/fr/passiveVoice';
import { readSentenceWords } from '../../../../src/core/language/fr/sentenceWords';

// Sentences written for this test and labelled by reading them as a French speaker: true when a
// verb of the sentence is in the passive voice (être + past participle of a verb whose subject
// undergoes the action), false otherwise. Left out as genuinely ambiguous, because grammars
// disagree on whether the participle is a verb or an adjective there: the resultative states
// « les portes sont ouvertes à 9 heures », « c’est fini », « il était très fatigué après le
// voyage », « le gouvernement est composé de vingt ministres », « ce chanteur est très connu ».
const LABELLED: ReadonlyArray<readonly [string, boolean]> = [
  // Present, future, simple past, with and without an agent.
  ['Les résultats seront publiés demain matin.', true],
  ['La décision est souvent critiquée par les experts.', true],
  ['Le tableau fut peint par un inconnu.', true],
  ['Les prix sont fixés par l’État.', true],
  ['Les élèves sont interrogés chaque semaine.', true],
  ['La route est bloquée par des manifestants.', true],
  ['Le chef de l’État sera accueilli par le maire.', true],
  ['Les candidats seront reçus par le jury.', true],
  ['Toutes les demandes seront traitées dans l’ordre d’arrivée.', true],
  ['Les frais sont remboursés en cas d\'annulation.', true],
  ['Il est souvent cité en exemple.', true],
  ['Tout le monde est invité à la fête.', true],
  ['La réunion est prévue jeudi à 14 heures.', true],
  ['Les faits étaient connus de tous.', true],
  ['Le dossier est actuellement examiné par la commission.', true],
  ['Les élèves, eux, sont évalués chaque trimestre.', true],
  // Compound tenses: « a été », « ont été », « avait été », « aurait été », « ayant été ».
  ['Le projet de loi a été adopté par le Sénat.', true],
  ['Les documents ont été signés hier soir.', true],
  ['La maison a été construite en 1920.', true],
  ['Le musée a été ouvert au public en 1793.', true],
  ['Une enquête a été ouverte par le parquet.', true],
  ['Il a été élu président en 2017.', true],
  ['Le suspect aurait été vu près de la gare.', true],
  ['Les victimes ont été prises en charge par les secours.', true],
  ['La loi a été promulguée le 3 août.', true],
  ['Ces mesures avaient été annoncées en janvier.', true],
  ['Des milliers de logements ont été détruits par le séisme.', true],
  ['Le livre a été traduit en vingt langues.', true],
  ['Ayant été blessé, le joueur a quitté le terrain.', true],
  ['Cette découverte a été faite par hasard.', true],
  ['Le message a été écrit à la main.', true],
  ['La ville a été entièrement détruite.', true],
  ['Le film a été très bien accueilli par la critique.', true],
  ['Le bâtiment avait été vendu à un promoteur.', true],
  ['Un accord a finalement été trouvé.', true],
  ['Le village a été envahi par les eaux.', true],
  ['Les marchandises ont été saisies par la douane.', true],
  ['Les otages ont été libérés dans la nuit.', true],
  ['La société a été fondée en 1998.', true],
  ['Le texte a été mis en ligne.', true],
  ['Le pont sera reconstruit d’ici 2026.', true],
  // Negation between the auxiliary and the participle.
  ['Le candidat n’a pas été retenu.', true],
  ['Le coupable n’a jamais été retrouvé.', true],
  ['Ces règles ne sont jamais appliquées.', true],
  ['Le contrat n\'est plus renouvelé depuis 2019.', true],
  // Infinitive and subjunctive: after a modal, « venir de », « avoir », « que … soit ».
  ['Les travaux devraient être terminés avant l’été.', true],
  ['Le texte doit être voté avant la fin de l’année.', true],
  ['Elle vient d’être nommée à la tête de l’agence.', true],
  ['Il faut que le rapport soit rendu avant vendredi.', true],
  ['Après avoir été soigné, il est rentré chez lui.', true],
  // Inversion, capitals.
  ['Le ministre a-t-il été informé de la situation ?', true],
  ['Est-il vrai que le budget a été réduit ?', true],
  ['Sera-t-il jugé en appel ?', true],
  ['LE PONT A ÉTÉ FERMÉ À LA CIRCULATION.', true],
  // A long news sentence with the passive in a relative clause.
  ['Selon des sources proches du dossier, le contrat, qui avait été négocié pendant plusieurs mois par les deux gouvernements, devrait être signé avant la fin de l’année à Bruxelles.', true],

  // Verbs conjugated with être in their active compound tenses.
  ['Il est arrivé hier soir.', false],
  ['Elle est partie sans dire au revoir.', false],
  ['Ils sont restés deux semaines à Lyon.', false],
  ['Mon grand-père est né en 1930.', false],
  ['Le poète est mort à 37 ans.', false],
  ['Elle est devenue ministre en 2022.', false],
  ['Ils sont allés au cinéma.', false],
  ['Le chanteur est revenu sur scène.', false],
  ['Il est passé par Lyon.', false],
  ['Elle est tombée dans l’escalier.', false],
  ['Il est entré dans la salle en silence.', false],
  ['Il serait parti à l\'étranger.', false],
  ['Nous sommes arrivés à l\'heure.', false],
  ['Vous êtes sortis trop tard.', false],
  ['Il est parvenu à un accord.', false],
  ['Il est intervenu à la radio.', false],
  ['Il est venu de Marseille en voiture.', false],
  // Reflexive verbs.
  ['Il s’est rendu à Kiev la semaine dernière.', false],
  ['Les ministres se sont réunis à Bruxelles.', false],
  ['Elle s\'est aperçue de son erreur.', false],
  ['Nous nous sommes trompés de route.', false],
  ['Ils se sont battus jusqu’au bout.', false],
  ['Le maire s’est dit satisfait du résultat.', false],
  ['La qualité de l’air s’est dégradée.', false],
  ['Il s’en est allé sans un mot.', false],
  ['Il s’avère que le document était faux.', false],
  ['Le Premier ministre, qui s’est entretenu longuement avec les représentants des syndicats mardi soir, a annoncé qu’il présenterait un nouveau plan au début du mois prochain.', false],
  // Nouns in -é and other nouns after être.
  ['C’est un député de la majorité.', false],
  ['C’est l’été.', false],
  ['La société est en pleine croissance.', false],
  ['La liberté est un droit fondamental.', false],
  ['La santé est une priorité.', false],
  ['C’est la cité des papes.', false],
  ['Il est député depuis 2017.', false],
  ['Elle a été ministre de la Culture.', false],
  ['Il a été président de la République.', false],
  ['Le projet a été un succès.', false],
  ['L’été a été chaud.', false],
  ['Cet homme est un être exceptionnel.', false],
  ['C’est Marie qui a gagné.', false],
  ['L\'est du pays est sous la neige.', false],
  ['Les sommes versées aux victimes restent modestes.', false],
  // Adjectives that look like participles, adjectives, comparisons.
  ['La ville est située au bord du lac.', false],
  ['Il est âgé de 45 ans.', false],
  ['Je suis désolé pour le retard.', false],
  ['Le retard est dû à une panne.', false],
  ['Les prix sont plus élevés qu’en 2020.', false],
  ['Le taux de chômage est élevé dans la région.', false],
  ['Le siège de l’entreprise est implanté à Lyon.', false],
  ['Les spectateurs sont assis au premier rang.', false],
  ['Les habitants sont inquiets.', false],
  ['Ils ont été nombreux à manifester.', false],
  ['Le rapport est disponible en ligne.', false],
  ['Ce n’est pas facile.', false],
  ['Il est ici depuis ce matin.', false],
  // Participles used as adjectives without être, active compound tenses, « venir de ».
  ['Les mesures prises hier entrent en vigueur.', false],
  ['Une décision très attendue sera annoncée lundi.', true],
  ['Le président a signé le décret.', false],
  ['Il vient de terminer son rapport.', false],
  ['Étant donné la situation, nous restons prudents.', false],
  // Other uses of être.
  ['Il était une fois un roi.', false],
  ['Ce fut une belle journée.', false],
  ['Il est temps de partir.', false],
  ['Elle est d’accord avec vous.', false],
  ['Nous sommes le 3 octobre.', false],
  ['Il est tout à fait d’accord.', false],
];

describe('isPassive', () => {
  it('has lists of a useful size', () => {
    // 400 agreed forms ≈ 100 irregular participles × 4.
    expect(PASSIVE_LIST_SIZES.irregularParticiples).toBeGreaterThan(300);
    expect(PASSIVE_LIST_SIZES.notPassive).toBeGreaterThan(300);
  });

  it('labels every sentence of the labelled set as a reader does', () => {
    expect(LABELLED.length).toBeGreaterThanOrEqual(60);
    const wrong = LABELLED.filter(([sentence, label]) => isPassive(sentence) !== label).map(([sentence]) => sentence);
    expect(wrong).toEqual([]);
  });

  it('gives the same answer from the words already read', () => {
    for (const [sentence, label] of LABELLED) expect(isPassiveInWords(readSentenceWords(sentence)), sentence).toBe(label);
  });

  it('reads both apostrophes alike', () => {
    expect(isPassive('Le candidat n’a pas été retenu.')).toBe(true);
    expect(isPassive("Le candidat n'a pas été retenu.")).toBe(true);
    expect(isPassive('Il s’est rendu à Lyon.')).toBe(false);
    expect(isPassive("Il s'est rendu à Lyon.")).toBe(false);
  });

  it('agrees the participle in gender and number', () => {
    for (const participle of ['adopté', 'adoptée', 'adoptés', 'adoptées', 'choisi', 'choisie', 'choisis', 'choisies', 'vendu', 'vendue', 'vendus', 'vendues', 'pris', 'prise', 'prises', 'construit', 'construite', 'construits', 'construites']) {
      expect(isPassive(`Le texte a été ${participle} hier.`), participle).toBe(true);
    }
  });

  it('tells « me » reflexive from « me » indirect object', () => {
    expect(isPassive('Je me suis trompé.')).toBe(false);
    expect(isPassive('Ce prix m’est remis par le jury.')).toBe(true);
    expect(isPassive('Nous sommes invités au mariage.')).toBe(true);
  });

  it('is false for empty or wordless text', () => {
    expect(isPassive('')).toBe(false);
    expect(isPassive(' « » … ')).toBe(false);
  });
});
