import { describe, expect, it } from 'vitest';
import { covered, fixture, runCheck } from './runCheck';

const ID = 'keyphrase-in-title';
const BODY = '\nLes tomates cerises poussent bien en pot sur un balcon ensoleillé.\n';
const article = (frontMatter: string, body = BODY): string => `---\n${frontMatter}\n---\n${body}`;
/** The findings that say the keyphrase is missing: a keyphrase present but not at the start is a notice. */
const absent = (text: string) => runCheck(ID, text).filter((finding) => finding.severity === 'warning');

describe('keyphrase-in-title', () => {
  it('reports a front matter title without the keyphrase, on the title value', () => {
    const text = article('title: Réussir son potager sur un balcon\nkeyphrase: tomates cerises');
    const [finding, ...rest] = runCheck(ID, text);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('warning');
    expect(covered(text, finding!)).toBe('Réussir son potager sur un balcon');
    expect(finding?.message.fr).toContain('« Réussir son potager sur un balcon »');
    expect(finding?.message.fr).toContain('« tomates cerises »');
    expect(finding?.message.en).toContain('“tomates cerises”');
    expect(finding?.data).toMatchObject({ keyphrase: 'tomates cerises', source: 'front-matter' });
  });

  it('reports an H1 title without the keyphrase, on the H1', () => {
    const text = article('keyphrase: tomates cerises', '\n# Réussir son potager\n\nDu texte.\n');
    const [finding] = runCheck(ID, text);
    expect(covered(text, finding!)).toBe('# Réussir son potager');
    expect(finding?.data).toMatchObject({ source: 'h1' });
  });

  it('accepts the keyphrase whatever its case, accents, elision or plural', () => {
    for (const [title, keyphrase] of [
      ['Cultiver des TOMATES CERISES sur son balcon', 'tomates cerises'],
      ['Cultiver des tomates cerises', 'Tomate cerise'],
      ['L’égalité salariale en 2024', 'egalite salariale'],
      ['Quand l’orage gronde', 'orage'],
      ['Un cœur simple, de Flaubert', 'coeur simple'],
      ['Exode au Haut-Karabakh', 'haut karabakh'],
    ]) {
      expect(absent(article(`title: ${title}\nkeyphrase: ${keyphrase}`)), title).toEqual([]);
    }
  });

  it('accepts the word forms of the keyphrase: « élection présidentielle »', () => {
    for (const title of ['Élections présidentielles : le calendrier', 'Le calendrier de l’élection présidentielle', 'Election presidentielle : le calendrier']) {
      expect(absent(article(`title: "${title}"\nkeyphrase: élection présidentielle`)), title).toEqual([]);
    }
    expect(runCheck(ID, article('title: Le calendrier électoral\nkeyphrase: élection présidentielle'))).toHaveLength(1);
  });

  it('needs every content word of the keyphrase, in any order, function words aside (as Yoast)', () => {
    // Before stems and Yoast's content words, the words had to follow each other as written.
    expect(absent(article('title: Des cerises et des tomates\nkeyphrase: tomates cerises'))).toEqual([]);
    expect(absent(article('title: Une nuit dans le train\nkeyphrase: train de nuit'))).toEqual([]);
    expect(runCheck(ID, article('title: Des cerises en pot\nkeyphrase: tomates cerises'))).toHaveLength(1);
    // « orageux » is a form of « orage » to Snowball (stem « orag »).
    expect(absent(article('title: Un temps orageux\nkeyphrase: orage'))).toEqual([]);
  });

  it('needs a quoted keyphrase word for word (Yoast’s exact match)', () => {
    expect(runCheck(ID, article('title: Des cerises et des tomates\nkeyphrase: \'"tomates cerises"\''))).toHaveLength(1);
    expect(runCheck(ID, article('title: Un temps orageux\nkeyphrase: \'"orage"\''))).toHaveLength(1);
    expect(runCheck(ID, article('title: Tomates cerises en pot\nkeyphrase: \'"tomates cerises"\''))).toEqual([]);
  });

  it('accepts a synonym of the keyphrase in the title, and names them when none is there', () => {
    const synonyms = 'keyphrase: Haut-Karabakh\nkeyphrase_synonyms: [Artsakh, Nagorno-Karabakh]';
    expect(runCheck(ID, article(`title: L’Artsakh vidé de ses habitants\n${synonyms}`))).toEqual([]);
    expect(absent(article('title: Exode au Nagorno-Karabakh\nkeyphrase: Haut-Karabakh\nsynonyms: Artsakh, Nagorno-Karabakh'))).toEqual([]);
    const text = article(`title: Exode dans le Caucase\n${synonyms}`);
    const [finding] = runCheck(ID, text);
    expect(finding?.message.fr).toContain('l’expression clé « Haut-Karabakh », ni aucun de ses synonymes (« Artsakh », « Nagorno-Karabakh »)');
    expect(finding?.message.en).toContain('the keyphrase “Haut-Karabakh”, nor any of its synonyms (“Artsakh”, “Nagorno-Karabakh”)');
    expect(finding?.data).toMatchObject({ synonyms: ['Artsakh', 'Nagorno-Karabakh'] });
    // Without the synonyms, the same title is reported.
    expect(runCheck(ID, article('title: L’Artsakh vidé de ses habitants\nkeyphrase: Haut-Karabakh'))).toHaveLength(1);
  });

  it('takes Snowball’s false friends for the keyphrase (known limit)', () => {
    // Snowball stems « mères » to « mer »: a title about mothers carries the keyphrase « mer ».
    expect(absent(article('title: La fête des mères\nkeyphrase: mer'))).toEqual([]);
    // A quoted keyphrase avoids it.
    expect(runCheck(ID, article('title: La fête des mères\nkeyphrase: \'"mer"\''))).toHaveLength(1);
  });

  it('finds the example article’s « Haut-Karabakh » written any way', () => {
    for (const keyphrase of ['Haut-Karabakh', 'haut karabakh', 'HAUT-KARABAKH']) {
      expect(runCheck(ID, article(`title: "Haut-Karabakh : Blinken sous pression face à Bakou"\nkeyphrase: ${keyphrase}`)), keyphrase).toEqual([]);
      expect(runCheck(ID, article(`title: "Le haut Karabakh vidé de ses habitants"\nkeyphrase: ${keyphrase}`)), keyphrase).toEqual([]);
    }
    expect(runCheck(ID, article('title: Blinken sous pression face à Bakou\nkeyphrase: Haut-Karabakh'))).toHaveLength(1);
  });

  it('prefers seo_title over title', () => {
    expect(runCheck(ID, article('title: Tomates cerises\nseo_title: Le potager sur un balcon\nkeyphrase: tomates cerises'))).toHaveLength(1);
    expect(runCheck(ID, article('title: Le potager\nseo_title: Tomates cerises en pot\nkeyphrase: tomates cerises'))).toEqual([]);
  });

  it('reads the keyphrase from every supported front matter key', () => {
    for (const key of ['keyphrase', 'focus_keyphrase', 'focusKeyphrase', 'focus_keyword', 'keyword']) {
      expect(runCheck(ID, article(`title: Le potager\n${key}: tomates cerises`)), key).toHaveLength(1);
      expect(runCheck(ID, article(`title: Tomates cerises en pot\n${key}: tomates cerises`)), key).toEqual([]);
    }
    expect(runCheck(ID, article('title: Le potager\nkeywords: [tomates cerises, balcon]'))).toHaveLength(1);
    expect(runCheck(ID, article('title: Tomates cerises en pot\nkeywords: tomates cerises, balcon'))).toEqual([]);
  });

  it('says nothing without a keyphrase or without a title', () => {
    expect(runCheck(ID, article('title: Le potager'))).toEqual([]);
    expect(runCheck(ID, article('keyphrase: tomates cerises'))).toEqual([]);
    expect(runCheck(ID, article('title: Le potager\nkeyphrase: "« »"'))).toEqual([]);
  });

  it('handles an empty document and front matter alone', () => {
    expect(runCheck(ID, '')).toEqual([]);
    expect(runCheck(ID, '---\ntitle: Le potager\nkeyphrase: tomates cerises\n---\n')).toHaveLength(1);
  });

  it('follows the configured severity', () => {
    const text = article('title: Le potager\nkeyphrase: tomates cerises');
    expect(runCheck(ID, text, {}, 'error')[0]?.severity).toBe('error');
    expect(runCheck(ID, text, {}, 'off')).toEqual([]);
  });
});

describe('keyphrase-in-title: the keyphrase at the start of the title', () => {
  const position = (title: string, keyphrase: string, more = '') => {
    const findings = runCheck(ID, article(`title: "${title}"\nkeyphrase: ${keyphrase}${more}`));
    return findings.length === 0 ? 'start' : findings.map((finding) => `${finding.severity}:${String(finding.data?.position)}`).join(',');
  };

  it('says nothing when the title opens with it, its leading function words aside', () => {
    expect(position('Haut-Karabakh : Blinken sous pression face à Bakou', 'Haut-Karabakh')).toBe('start');
    expect(position('Le Haut-Karabakh vidé de ses habitants', 'Haut-Karabakh')).toBe('start');
    expect(position('Le haut Karabakh vidé de ses habitants', 'haut karabakh')).toBe('start');
    expect(position('Comment réussir son potager sur un balcon', 'réussir son potager')).toBe('start');
    // The keyphrase's content words as the title's first ones, function words between them aside.
    expect(position('Réussir un potager sur un balcon', 'réussir son potager')).toBe('start');
    expect(position('Tomates et cerises : le duo du balcon', 'tomates cerises')).toBe('start');
  });

  it('accepts any word form at the start: « élection présidentielle »', () => {
    expect(position('Élections présidentielles : le calendrier', 'élection présidentielle')).toBe('start');
    expect(position('L’élection présidentielle et ses règles', 'élection présidentielle')).toBe('start');
    expect(position('Les élections présidentielles expliquées', 'élection présidentielle')).toBe('start');
    expect(position('Le calendrier des élections présidentielles', 'élection présidentielle')).toBe('info:elsewhere');
  });

  it('gives a notice, on the title, when the keyphrase is elsewhere, in French and English', () => {
    const text = article('title: Blinken sous pression face au Haut-Karabakh\nkeyphrase: Haut-Karabakh');
    const [finding, ...rest] = runCheck(ID, text);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('info');
    expect(covered(text, finding!)).toBe('Blinken sous pression face au Haut-Karabakh');
    expect(finding?.message.fr).toBe('Le titre « Blinken sous pression face au Haut-Karabakh » contient l’expression clé « Haut-Karabakh » mais pas au début. Placez-la en tête du titre : le lecteur en lit d’abord le début, et Google coupe la fin d’un titre trop large.');
    expect(finding?.message.en).toBe('The title “Blinken sous pression face au Haut-Karabakh” contains the keyphrase “Haut-Karabakh” but not at its start. Move it to the start of the title: readers read its start first, and Google cuts the end of a title too wide.');
    expect(finding?.data).toMatchObject({ position: 'elsewhere', keyphrase: 'Haut-Karabakh', source: 'front-matter' });
  });

  it('wants the keyphrase’s words first, in its order', () => {
    expect(position('Cerises et tomates : le duo du balcon', 'tomates cerises')).toBe('info:elsewhere');
    expect(position('Une nuit dans le train', 'train de nuit')).toBe('info:elsewhere');
    expect(position('Le train de nuit revient', 'train de nuit')).toBe('start');
    // A first content word that is not the keyphrase's: not at the start, however short.
    expect(position('Exode : le Haut-Karabakh vidé', 'Haut-Karabakh')).toBe('info:elsewhere');
  });

  it('holds a quoted keyphrase to its words in a row, leading function words aside', () => {
    expect(position('Les tomates cerises en pot', '\'"tomates cerises"\'')).toBe('start');
    expect(position('Cultiver des tomates cerises', '\'"tomates cerises"\'')).toBe('info:elsewhere');
    expect(position('Le train de nuit revient', '\'"le train de nuit"\'')).toBe('start');
    expect(position('Tomates et cerises en pot', '\'"tomates cerises"\'')).toBe('warning:absent');
  });

  it('accepts a synonym at the start, and names the synonym found elsewhere', () => {
    const synonyms = '\nkeyphrase_synonyms: [Artsakh, Nagorno-Karabakh]';
    expect(position('L’Artsakh vidé de ses habitants', 'Haut-Karabakh', synonyms)).toBe('start');
    expect(position('Nagorno-Karabakh : l’exode', 'Haut-Karabakh', synonyms)).toBe('start');
    const text = article(`title: Exode au Nagorno-Karabakh\nkeyphrase: Haut-Karabakh${synonyms}`);
    const [finding] = runCheck(ID, text);
    expect(finding?.severity).toBe('info');
    expect(finding?.message.fr).toContain('contient « Nagorno-Karabakh », synonyme de l’expression clé « Haut-Karabakh », mais pas au début. Placez l’expression clé ou ce synonyme en tête du titre');
    expect(finding?.message.en).toContain('contains “Nagorno-Karabakh”, a synonym of the keyphrase “Haut-Karabakh”, but not at its start. Move the keyphrase or this synonym to the start');
    expect(finding?.data).toMatchObject({ position: 'elsewhere', found: 'Nagorno-Karabakh' });
    // The keyphrase at the start wins over a synonym further on.
    expect(position('Haut-Karabakh ou Artsakh ?', 'Haut-Karabakh', synonyms)).toBe('start');
  });

  it('reads an H1 title the same way', () => {
    const text = '---\nkeyphrase: réussir son potager\n---\n\n# Nos astuces pour réussir son potager\n\nDu texte.\n';
    const [finding] = runCheck(ID, text);
    expect(finding?.severity).toBe('info');
    expect(covered(text, finding!)).toBe('# Nos astuces pour réussir son potager');
    // « Tout » and « pour » are function words: « Tout pour réussir son potager » opens with the keyphrase.
    expect(runCheck(ID, text.replace('Nos astuces pour réussir', 'Tout pour réussir'))).toEqual([]);
  });

  it('keeps the notice milder than the check: an error setting leaves it a notice, a hint setting makes it a hint', () => {
    const elsewhere = article('title: Exode au Haut-Karabakh\nkeyphrase: Haut-Karabakh');
    expect(runCheck(ID, elsewhere, {}, 'error')[0]?.severity).toBe('info');
    expect(runCheck(ID, elsewhere, {}, 'hint')[0]?.severity).toBe('hint');
    expect(runCheck(ID, article('title: Exode dans le Caucase\nkeyphrase: Haut-Karabakh'), {}, 'error')[0]?.severity).toBe('error');
  });

  it('on the example article, once a title is added: « Haut-Karabakh » first is good, last is a notice', () => {
    const body = `\n${fixture('example', 'article-blinken-azerbaidjan.txt')}`;
    expect(runCheck(ID, article('title: "Haut-Karabakh : Blinken sous pression face à Bakou"\nkeyphrase: Haut-Karabakh', body))).toEqual([]);
    const [finding] = runCheck(ID, article('title: "Blinken sous pression après l’offensive au Haut-Karabakh"\nkeyphrase: Haut-Karabakh', body));
    expect(finding?.severity).toBe('info');
    expect(finding?.data).toMatchObject({ position: 'elsewhere' });
  });
});

