// The fact guard on hand-made pairs: a faithful rewrite comes out clean whatever its spaces,
// apostrophes, dashes and quote marks; a changed figure, a dropped person or an altered quote is
// one change a writer can read; places and institutions are « à vérifier », never a failure.
import { describe, expect, it } from 'vitest';
import { ArticleDocument } from '../../../../src/core/markdown/ArticleDocument';
import { compareFacts } from '../../../../src/core/rewrite/facts/compareFacts';
import { CLEAN, NBSP, NNBSP, THIN, compare } from './helpers';

describe('compareFacts: numbers', () => {
  const SOURCE = `L’incursion a poussé plus de 100${NBSP}000 Arméniens à fuir.`;

  it('finds « 100 000 » written with a space, a no-break space, a narrow one, a thin one, or none', () => {
    for (const written of ['100 000', `100${NBSP}000`, `100${NNBSP}000`, `100${THIN}000`, '100000', '100.000']) {
      expect(compare(SOURCE, `Plus de ${written} Arméniens ont dû fuir après l’incursion.`)).toEqual(CLEAN);
    }
  });

  it('reports a changed figure once, as altered, with both versions', () => {
    expect(compare(SOURCE, 'Plus de 120 000 Arméniens ont dû fuir après l’incursion.')).toEqual({ ...CLEAN, altered: [`number:100${NBSP}000 → 120 000`] });
  });

  it('keeps a missing figure and an added one apart when they sit in different places', () => {
    expect(compare('Le budget atteint 12 millions. Les élus votent demain.', 'Le budget est voté. Les 45 élus votent demain.'))
      .toEqual({ ...CLEAN, missing: ['number:12'], introduced: ['number:45'] });
  });

  it('treats decimals, percentages and ordinals by value and suffix', () => {
    expect(compare('Une hausse de 3,5 % depuis le 2e trimestre.', 'Depuis le 2ème trimestre, une hausse de 3,5%.')).toEqual(CLEAN);
    expect(compare('Une hausse de 3,5 points.', 'Une hausse de 3.5 points.')).toEqual(CLEAN);
    expect(compare('Une hausse de 12 % des prix.', 'Une hausse de 12 points des prix.')).toEqual({ ...CLEAN, altered: ['number:12 % → 12'] });
    expect(compare('Le XXIe siècle.', 'Le 21e siècle.')).toEqual(CLEAN);
    expect(compare('Un budget de 2 millions d’euros.', 'Un budget de 2 000 000 euros.')).toEqual(CLEAN);
  });

  it('takes numbers written in words as facts, kept in words or in digits', () => {
    expect(compare('Trois militaires ont été tués entre les deux pays, et une douzaine de dirigeants arrêtés.', '3 militaires ont été tués entre les 2 pays et 12 dirigeants arrêtés.')).toEqual(CLEAN);
    expect(compare('Il a vécu cent mille jours et quatre-vingt-dix nuits.', 'Il a vécu 100 000 jours et 90 nuits.')).toEqual(CLEAN);
    expect(compare('3 militaires ont été tués.', 'Trois militaires ont été tués.')).toEqual(CLEAN);
    expect(compare('Un État vieux de trois décennies.', 'Un État vieux de 30 ans.')).toEqual(CLEAN);
    expect(compare('Trois militaires arméniens ont été tués.', 'Des militaires arméniens ont été tués.')).toEqual({ ...CLEAN, missing: ['number:Trois'] });
    expect(compare('Trois militaires arméniens ont été tués.', 'Quatre militaires arméniens ont été tués.')).toEqual({ ...CLEAN, altered: ['number:Trois → Quatre'] });
    expect(compare('Plus d’une douzaine d’anciens dirigeants ont été arrêtés.', 'Une vingtaine d’anciens dirigeants ont été arrêtés.')).toEqual({ ...CLEAN, altered: ['number:une douzaine → Une vingtaine'] });
  });

  it('does not take the article « un », the title « Premier ministre » or the adjective « neuf » for numbers', () => {
    expect(compare('Un appel a eu lieu.', 'Le Premier ministre a parlé dans un bâtiment neuf.')).toEqual({ ...CLEAN, toCheck: [] });
  });

  it('lists « les deux » added in words to check, not as an invented figure', () => {
    expect(compare('L’Arménie et l’Azerbaïdjan négocient.', 'Les deux pays, l’Arménie et l’Azerbaïdjan, négocient.')).toEqual({ ...CLEAN, toCheck: ['number-added:deux'] });
  });

  it('reads a law’s number as one identifier, not as a year', () => {
    const source = '* 1978 - Loi n°78-753 du 17 juillet 1978 : création du droit d’accès\n* 2018 - Directive 2019/1024/UE sur les données ouvertes\n';
    expect(compare(source, 'La loi n° 78-753 du 17 juillet 1978 ouvre la voie. En 2018, la directive 2019/1024 suit sur les données ouvertes.')).toEqual(CLEAN);
    expect(compare(source, 'La loi 78-753 du 17 juillet 1978. En 2018, la directive 2019/1024/UE.')).toEqual(CLEAN);
    // « 2019 » is no year of the source: the 2018 of the directive written 2019 is a change.
    expect(compare(source, 'La loi n°78-753 du 17 juillet 1978. En 2019, la directive 2019/1024/UE sur les données ouvertes.')).toEqual({ ...CLEAN, altered: ['number:2018 → 2019'] });
    expect(compare(source, 'La loi n°78-735 du 17 juillet 1978 crée le droit d’accès. En 2018, la directive 2019/1024/UE.')).toEqual({ ...CLEAN, altered: ['number:n°78-753 → n°78-735'] });
  });

  it('ignores the numbering of headings and list items, and the year of a source date', () => {
    const source = 'Lors d’un appel du 3 octobre, en septembre 2022, les législateurs ont parlé.';
    expect(compare(source, '## 1. L’appel du 3 octobre\n\nEn septembre 2022, puis en 2022 encore, les législateurs ont parlé.\n\n## Erreur n° 2 : la suite\n')).toEqual(CLEAN);
  });
});

describe('compareFacts: dates', () => {
  it('finds a date under any space and case, and a month or weekday in any date', () => {
    expect(compare('Le 20 septembre, mercredi, en juin.', `Le 20${NBSP}Septembre ; Mercredi ; le 3 juin.`)).toEqual({ ...CLEAN, introduced: ['date:3 juin'] });
    expect(compare('Le 1er septembre.', 'Le 1 septembre.')).toEqual(CLEAN);
    expect(compare('Le 1er septembre.', 'Le premier septembre.')).toEqual(CLEAN);
    expect(compare('Les 29 et 30 juin derniers.', 'Du 29 au 30 juin derniers.')).toEqual(CLEAN);
  });

  it('reports a changed day as altered, and a dropped or added year', () => {
    expect(compare('Dans une déclaration du 20 septembre, il a parlé.', 'Dans une déclaration du 21 septembre, il a parlé.')).toEqual({ ...CLEAN, altered: ['date:20 septembre → 21 septembre'] });
    expect(compare('Les 29 et 30 juin, à Vienne, le hackathon.', 'Les 28 et 29 juin, à Vienne, le hackathon.')).toEqual({ ...CLEAN, altered: ['date:29 et 30 juin → 28 et 29 juin'] });
    expect(compare('Le 3 octobre.', 'Le 3 octobre 2023.')).toEqual({ ...CLEAN, introduced: ['date:3 octobre 2023'] });
    expect(compare('En septembre.', 'En septembre 2023.')).toEqual({ ...CLEAN, introduced: ['date:septembre 2023'] });
    expect(compare('Le 3 octobre 2023.', 'Le 3 octobre.')).toEqual({ ...CLEAN, missing: ['date:3 octobre 2023'] });
  });

  it('knows what the source’s front matter states, and does not count Plume’s copy of it as the rewrite’s', () => {
    const source = '---\ntitle: "Hackathon"\ndate: 2023-07-19\nimage-alt: "Une réunion de 15 minutes"\n---\n\nUne réunion de 15 minutes chaque matin.\n';
    expect(compare(source, `${source}\nPublié le 19 juillet 2023.\n`)).toEqual(CLEAN);
    expect(compare(source, '---\ntitle: "Hackathon"\ndate: 2023-07-19\nimage-alt: "Une réunion de 15 minutes"\n---\n\nUne réunion chaque matin.\n')).toEqual({ ...CLEAN, missing: ['number:15'] });
  });
});

describe('compareFacts: quotations', () => {
  const SOURCE = 'Il a déclaré que « le recours à la force pour résoudre les différends est inacceptable ».';

  it('compares quotations by their words: marks, spaces, apostrophes, dashes, ellipsis and case do not count', () => {
    const rewrites = [
      `Selon lui, «${NBSP}le recours à la force pour résoudre les différends est inacceptable${NBSP}».`,
      'Selon lui, “le recours à la force pour résoudre les différends est inacceptable.”',
      'Selon lui, "le recours à la force pour résoudre les différends est inacceptable".',
      '« Le recours à la force pour résoudre les différends est inacceptable », a-t-il déclaré.',
    ];
    for (const rewrite of rewrites) expect(compare(SOURCE, rewrite)).toEqual(CLEAN);
    expect(compare('Il vise « l’intégrité territoriale de l’Arménie ».', 'Il vise "l\'intégrité territoriale de l\'Arménie".')).toEqual(CLEAN);
    expect(compare('« les plus calmes – il n’y a plus de soldats » dit-il.', '« Les plus calmes - il n\'y a plus de soldats », dit-il.')).toEqual(CLEAN);
    expect(compare('« Nous mettrons en œuvre le corridor… »', '« Nous mettrons en oeuvre le corridor... »')).toEqual(CLEAN);
  });

  it('keeps a quotation cut in two around « a-t-il ajouté »', () => {
    expect(compare(SOURCE, '« Le recours à la force pour résoudre les différends », a-t-il ajouté, « est inacceptable ».')).toEqual(CLEAN);
  });

  it('reports a changed word once, as altered, with both versions; a shortened quotation too', () => {
    expect(compare(SOURCE, 'Il a déclaré que « le recours à la force pour régler les différends est inacceptable ».')).toEqual({
      ...CLEAN, altered: ['quote:le recours à la force pour résoudre les différends est inacceptable → le recours à la force pour régler les différends est inacceptable'],
    });
    expect(compare(SOURCE, 'Il a jugé « inacceptable » « le recours à la force ».')).toEqual({
      ...CLEAN, altered: ['quote:le recours à la force pour résoudre les différends est inacceptable → le recours à la force'],
    });
  });

  it('reports an invented quotation as introduced and a dropped one as missing', () => {
    expect(compare(SOURCE, `${SOURCE} Il a ajouté : « Nous ne resterons pas les bras croisés ».`).introduced).toEqual(['quote:Nous ne resterons pas les bras croisés']);
    expect(compare(SOURCE, 'Il a condamné le recours à la force.').missing).toEqual(['quote:le recours à la force pour résoudre les différends est inacceptable']);
  });

  it('lets a rewrite quote words of the source, and not invent a quoted word', () => {
    expect(compare('Une campagne antiterroriste autoproclamée.', 'Une campagne « antiterroriste » autoproclamée.')).toEqual(CLEAN);
    expect(compare('Une campagne « antiterroriste ».', 'Une campagne militaire.').missing).toEqual(['quote:antiterroriste']);
  });
});

describe('compareFacts: names', () => {
  it('finds a name after either apostrophe, and lists an institution put otherwise to check', () => {
    expect(compare('Le sud de l’Arménie.', 'Le sud de l\'Arménie.')).toEqual(CLEAN);
    expect(compare('Le Département d’État a refusé.', 'L’État, par son département, a refusé.')).toEqual(CLEAN);
  });

  it('reports a dropped person as missing, and keeps a person by the family name', () => {
    expect(compare('Les représentants Nancy Pelosi et Anna Eshoo ont parlé.', 'La représentante Nancy Pelosi a parlé.').missing).toEqual(['name:Anna Eshoo']);
    expect(compare('Les représentants Nancy Pelosi et Anna Eshoo ont parlé.', 'Les représentants Pelosi et Eshoo ont parlé.')).toEqual(CLEAN);
  });

  it('lists a completed name to check, not as invented (« secrétaire d’État Antony Blinken » holds two names)', () => {
    expect(compare('Le Département d’État : il a fait pression sur Blinken, qui a répondu.', 'Le Département d’État : il a fait pression sur le secrétaire d’État Antony Blinken, qui a répondu.'))
      .toEqual({ ...CLEAN, toCheck: ['name-completed:Antony Blinken'] });
    expect(compare('Aliyev a déclaré : « Nous verrons bien ».', 'Ilham Aliyev a déclaré : « Nous verrons bien ».')).toEqual({ ...CLEAN, toCheck: ['name-completed:Ilham Aliyev'] });
    expect(compare('L’Azerbaïdjan a agi. Aliyev a déclaré la fin.', 'L’Azerbaïdjan d’Ilham Aliyev a agi. Aliyev a déclaré la fin.')).toEqual({ ...CLEAN, toCheck: ['name-completed:Ilham Aliyev'] });
  });

  it('tells another established spelling from a misspelling', () => {
    expect(compare('Le Premier ministre arménien Nikol Pashinyan a déclaré la paix.', 'Le Premier ministre arménien Nikol Pachinian a déclaré la paix.'))
      .toEqual({ ...CLEAN, toCheck: ['name-spelling:Nikol Pachinian'] });
    expect(compare('Frank Pallone a tweeté mercredi. Pallone craint une invasion.', 'Frank Palone a tweeté mercredi. Palone craint une invasion.'))
      .toEqual({ ...CLEAN, altered: ['name:Frank Pallone → Frank Palone'] });
  });

  it('fails an invented person who is cited, and lists an added place or institution to check', () => {
    const source = 'Le conflit dure depuis longtemps à la frontière.';
    expect(compare(source, 'Le conflit dure depuis longtemps, selon l’analyste Thomas de Waal.').introduced).toEqual(['name:Thomas de Waal']);
    expect(compare(source, 'Le conflit dure, a expliqué Marie Dupont, chercheuse à l’IFRI.')).toEqual({ ...CLEAN, introduced: ['name:Marie Dupont'], toCheck: ['name-added:IFRI'] });
    expect(compare(source, 'Le conflit dure depuis longtemps à la frontière avec Erevan.')).toEqual({ ...CLEAN, toCheck: ['name-added:Erevan'] });
  });

  it('lists a dropped place to check, never as a failure: a garbled source word cannot fail every rewrite', () => {
    expect(compare('La suite des actions au Nagorno-Azerbaïdjan. Karabakh.', 'La suite des actions au Haut-Karabakh.')).toEqual({ ...CLEAN, toCheck: ['name-added:Haut-Karabakh', 'name-missing:Nagorno-Azerbaïdjan'] });
  });

  it('reads the rewrite’s front matter title and description', () => {
    const source = 'Lors d’un appel du 3 octobre, les législateurs ont fait pression sur Blinken.';
    const rewrite = '---\ntitle: "Blinken sous pression en 2023"\ndescription: "Le 3 octobre, le président Joe Biden et des législateurs ont pressé Blinken."\n---\n\nLors d’un appel du 3 octobre, les législateurs ont fait pression sur Blinken.\n';
    expect(compare(source, rewrite)).toEqual({ ...CLEAN, introduced: ['number:2023', 'name:Joe Biden'] });
  });
});

describe('compareFacts: dismissed facts', () => {
  it('leaves out the facts a writer dismissed, by their words, and says which', () => {
    const source = 'La suite des actions au Nagorno-Azerbaïdjan. Le 3 octobre, Blinken a répondu.';
    const result = compareFacts(new ArticleDocument(source), new ArticleDocument('Blinken a répondu en 2023.'), { ignore: ['nagorno-azerbaïdjan', '3 OCTOBRE', '2023'] });
    expect(result.missing).toEqual([]);
    expect(result.introduced).toEqual([]);
    expect(result.toCheck).toEqual([]);
    expect(result.ignored.map((fact) => fact.text).sort()).toEqual(['2023', '3 octobre', 'Nagorno-Azerbaïdjan']);
  });
});

describe('compareFacts', () => {
  it('compares a document with itself as clean, and reads each document once', () => {
    const doc = new ArticleDocument('Le 3 octobre, « le recours à la force » a coûté 100 000 vies à l’Arménie.');
    const clean = { missing: [], introduced: [], altered: [], toCheck: [], ignored: [] };
    expect(compareFacts(doc, doc)).toEqual(clean);
    expect(compareFacts(doc, doc)).toEqual(clean);
  });
});
