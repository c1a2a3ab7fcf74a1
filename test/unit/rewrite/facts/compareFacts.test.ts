// The fact guard on hand-made pairs: a faithful rewrite comes out clean whatever its spaces,
// apostrophes and quote marks; a changed figure, a dropped name or an altered quote does not
// pass unnoticed.
import { describe, expect, it } from 'vitest';
import { ArticleDocument } from '../../../../src/core/markdown/ArticleDocument';
import { compareFacts } from '../../../../src/core/rewrite/facts/compareFacts';
import { CLEAN, NBSP, NNBSP, THIN, compare } from './helpers';

describe('compareFacts: numbers', () => {
  const SOURCE = `L’incursion a poussé plus de 100${NBSP}000 Arméniens à fuir.`;

  it('finds « 100 000 » written with a space, a no-break space, a narrow one, a thin one, or none', () => {
    for (const written of ['100 000', `100${NBSP}000`, `100${NNBSP}000`, `100${THIN}000`, '100000']) {
      expect(compare(SOURCE, `Plus de ${written} Arméniens ont dû fuir après l’incursion.`)).toEqual(CLEAN);
    }
  });

  it('reports a changed figure as missing and introduced', () => {
    expect(compare(SOURCE, 'Plus de 120 000 Arméniens ont dû fuir.')).toEqual({ missing: [`number:100${NBSP}000`], introduced: ['number:120 000'], introducedNames: [] });
  });

  it('treats decimals, percentages and ordinals by value and suffix', () => {
    expect(compare('Une hausse de 3,5 % depuis le 2e trimestre.', 'Depuis le 2ème trimestre, une hausse de 3,5%.')).toEqual(CLEAN);
    expect(compare('Une hausse de 3,5 points.', 'Une hausse de 3.5 points.')).toEqual(CLEAN);
    expect(compare('Une hausse de 12 %.', 'Une hausse de 12 points.')).toEqual({ missing: ['number:12 %'], introduced: ['number:12'], introducedNames: [] });
    expect(compare('Le XXIe siècle.', 'Le 21e siècle.')).toEqual(CLEAN);
    expect(compare('Un budget de 2 millions d’euros.', 'Un budget de 2 000 000 euros.')).toEqual(CLEAN);
  });

  it('lets a rewrite write in digits what the source says in words, and the other way round', () => {
    expect(compare('Trois militaires ont été tués entre les deux pays, et une douzaine de dirigeants arrêtés.', '3 militaires ont été tués entre les 2 pays et 12 dirigeants arrêtés.')).toEqual(CLEAN);
    expect(compare('Il a vécu cent mille jours et quatre-vingt-dix nuits.', 'Il a vécu 100 000 jours et 90 nuits.')).toEqual(CLEAN);
    expect(compare('3 militaires ont été tués.', 'Trois militaires ont été tués.')).toEqual(CLEAN);
    expect(compare('Trois militaires ont été tués.', '4 militaires ont été tués.')).toEqual({ missing: [], introduced: ['number:4'], introducedNames: [] });
  });

  it('ignores the numbering of headings and list items, and the year of a source date', () => {
    const source = 'Lors d’un appel du 3 octobre, en septembre 2022, les législateurs ont parlé.';
    expect(compare(source, '## 1. L’appel du 3 octobre\n\nEn septembre 2022, puis en 2022 encore, les législateurs ont parlé.\n')).toEqual(CLEAN);
  });
});

describe('compareFacts: dates', () => {
  it('finds a date under any space and case, and a month or weekday in any date', () => {
    expect(compare('Le 20 septembre, mercredi, en juin.', `Le 20${NBSP}Septembre ; Mercredi ; le 3 juin.`)).toEqual({ missing: [], introduced: ['date:3 juin'], introducedNames: [] });
    expect(compare('Le 1er septembre.', 'Le 1 septembre.')).toEqual(CLEAN);
  });

  it('reports a changed day, a dropped or added year, a changed weekday', () => {
    expect(compare('Le 20 septembre.', 'Le 21 septembre.')).toEqual({ missing: ['date:20 septembre'], introduced: ['date:21 septembre'], introducedNames: [] });
    expect(compare('Le 3 octobre.', 'Le 3 octobre 2023.')).toEqual({ missing: [], introduced: ['date:3 octobre 2023'], introducedNames: [] });
    expect(compare('En septembre.', 'En septembre 2023.')).toEqual({ missing: [], introduced: ['date:septembre 2023'], introducedNames: [] });
    expect(compare('Le 3 octobre 2023.', 'Le 3 octobre.')).toEqual({ missing: ['date:3 octobre 2023'], introduced: [], introducedNames: [] });
    expect(compare('Il a tweeté mercredi.', 'Il a tweeté jeudi.')).toEqual({ missing: ['date:mercredi'], introduced: ['date:jeudi'], introducedNames: [] });
  });
});

describe('compareFacts: quotations', () => {
  const SOURCE = 'Il a déclaré que « le recours à la force pour résoudre les différends est inacceptable ».';

  it('finds a quotation under any quote marks, spaces and apostrophes, cut into another sentence', () => {
    const rewrites = [
      `Selon lui, «${NBSP}le recours à la force pour résoudre les différends est inacceptable${NBSP}».`,
      'Selon lui, “le recours à la force pour résoudre les différends est inacceptable.”',
      'Selon lui, "le recours à la force pour résoudre les différends est inacceptable".',
      '« Le recours à la force pour résoudre les différends est inacceptable », a-t-il déclaré.',
    ];
    for (const rewrite of rewrites) expect(compare(SOURCE, rewrite)).toEqual(CLEAN);
    expect(compare('Il vise « l’intégrité territoriale de l’Arménie ».', 'Il vise "l\'intégrité territoriale de l\'Arménie".')).toEqual(CLEAN);
  });

  it('reports an altered quotation as missing and introduced, and an invented one as introduced', () => {
    expect(compare(SOURCE, 'Il a déclaré que « le recours à la force est inacceptable ».')).toEqual({
      missing: ['quote:le recours à la force pour résoudre les différends est inacceptable'],
      introduced: ['quote:le recours à la force est inacceptable'],
      introducedNames: [],
    });
    expect(compare(SOURCE, `${SOURCE} Il a ajouté : « Nous ne resterons pas les bras croisés ».`).introduced).toEqual(['quote:Nous ne resterons pas les bras croisés']);
  });

  it('lets a rewrite quote words of the source, and not invent a quoted word', () => {
    expect(compare('Une campagne antiterroriste autoproclamée.', 'Une campagne « antiterroriste » autoproclamée.')).toEqual(CLEAN);
    expect(compare('Une campagne « antiterroriste ».', 'Une campagne militaire.').missing).toEqual(['quote:antiterroriste']);
  });
});

describe('compareFacts: names', () => {
  it('finds a name after either apostrophe, and across a changed run', () => {
    expect(compare('Le sud de l’Arménie.', 'Le sud de l\'Arménie.')).toEqual(CLEAN);
    expect(compare('Le Département d’État a refusé.', 'L’État, par son département, a refusé.')).toEqual({ missing: [], introduced: [], introducedNames: [] });
  });

  it('reports a dropped name, and an added first name softly', () => {
    expect(compare('Les représentants Nancy Pelosi et Anna Eshoo.', 'La représentante Nancy Pelosi.').missing).toEqual(['name:Anna Eshoo']);
    expect(compare('Les représentants Nancy Pelosi et Anna Eshoo.', 'Les représentants Pelosi et Eshoo.').missing).toEqual(['name:Nancy Pelosi', 'name:Anna Eshoo']);
    // The run is « État Antony Blinken » (« d’Emmanuel Macron » must stay one name); « Antony » is what is new.
    expect(compare('Il a fait pression sur Blinken.', 'Il a fait pression sur le secrétaire d’État Antony Blinken.'))
      .toEqual({ missing: [], introduced: [], introducedNames: ['name:État Antony Blinken'] });
    expect(compare('Il a fait pression sur Blinken, secrétaire d’État.', 'Il a fait pression sur le secrétaire d’État Blinken.')).toEqual(CLEAN);
  });

  it('reads the rewrite’s front matter title and description', () => {
    const source = 'Lors d’un appel du 3 octobre, les législateurs ont fait pression sur Blinken.';
    const rewrite = '---\ntitle: "Blinken sous pression en 2023"\ndescription: "Le 3 octobre, Joe Biden et des législateurs ont pressé Blinken."\n---\n\nLors d’un appel du 3 octobre, les législateurs ont fait pression sur Blinken.\n';
    expect(compare(source, rewrite)).toEqual({ missing: [], introduced: ['number:2023'], introducedNames: ['name:Joe Biden'] });
  });
});

describe('compareFacts', () => {
  it('compares a document with itself as clean, and reads each document once', () => {
    const doc = new ArticleDocument('Le 3 octobre, « le recours à la force » a coûté 100 000 vies à l’Arménie.');
    expect(compareFacts(doc, doc)).toEqual(CLEAN);
    expect(compareFacts(doc, doc)).toEqual(CLEAN);
  });
});
