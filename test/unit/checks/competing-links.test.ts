import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { anchorForm } from '../../../src/core/checks/competing-links';
import type { PlumeConfig } from '../../../src/core/config/PlumeConfig';
import { keyphraseForms } from '../../../src/core/language/fr/matchKeyphrase';
import { covered, fixture, runCheck } from './runCheck';

const ID = 'competing-links';

const article = (keyphrase: string, body: string, extra = ''): string => `---\nkeyphrase: ${keyphrase}\n${extra}---\n\n# Titre\n\n${body}\n`;

function withConfig(text: string, config: PlumeConfig = {}) {
  return analyzeArticle(text, [config]).findings.filter((finding) => finding.checkId === ID);
}

describe('competing-links', () => {
  it('reports a link whose anchor text is the keyphrase, on the link, in French and English', () => {
    const text = article('marché de Noël', 'Le programme du [marché de Noël](https://noel.strasbourg.eu/) est en ligne.');
    const [finding, ...rest] = runCheck(ID, text);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('warning');
    expect(covered(text, finding!)).toBe('[marché de Noël](https://noel.strasbourg.eu/)');
    expect(finding?.data).toMatchObject({ url: 'https://noel.strasbourg.eu/', anchor: 'marché de Noël', keyphrase: 'marché de Noël', matched: 'marché de Noël', kind: 'outbound' });
    expect(finding?.message.fr).toBe('Ce lien a pour texte l’expression clé « marché de Noël » : il signale aux moteurs de recherche qu’une autre page (https://noel.strasbourg.eu/) traite ce sujet, et la met en concurrence avec celle-ci. Donnez au lien un texte qui décrit la page liée, ou retirez-le.');
    expect(finding?.message.en).toBe('This link\'s anchor text is the keyphrase “marché de Noël”: it tells search engines that another page (https://noel.strasbourg.eu/) covers this topic, and makes it compete with this one. Give the link a text that describes the linked page, or remove it.');
  });

  it.each([
    'marché de Noël',
    'le marché de Noël',
    'Marchés de Noël',
    'MARCHE DE NOEL',
    'Noël : le marché',
    'marché de **Noël**',
  ])('matches the anchor « %s » as the keyphrase matches elsewhere', (anchor) => {
    expect(runCheck(ID, article('marché de Noël', `Voir [${anchor}](/noel).`))).toHaveLength(1);
  });

  it.each([
    'le marché de Noël de Colmar',
    'marché',
    'Noël',
    'le programme du marché de Noël',
    'marché couvert',
  ])('does not take the anchor « %s » for the keyphrase: it says something else too, or less', (anchor) => {
    expect(runCheck(ID, article('marché de Noël', `Voir [${anchor}](/noel).`))).toEqual([]);
  });

  it('reads hyphens as spaces and elisions as their word, as the other keyphrase checks', () => {
    expect(runCheck(ID, article('Haut-Karabakh', 'Voir [le haut Karabakh](https://fr.wikipedia.org/wiki/Haut-Karabakh).'))).toHaveLength(1);
    expect(runCheck(ID, article('Arménie', 'Voir [l’Arménie](/armenie).'))).toHaveLength(1);
  });

  it('wants a quoted keyphrase word for word', () => {
    expect(runCheck(ID, article('\'"train de nuit"\'', 'Voir [le train de nuit](/train).'))).toHaveLength(1);
    expect(runCheck(ID, article('\'"train de nuit"\'', 'Voir [le train du nuit](/train).'))).toEqual([]);
    expect(runCheck(ID, article('\'"train de nuit"\'', 'Voir [nuit de train](/train).'))).toEqual([]);
    // Unquoted, the same words in another order are the same keyphrase.
    expect(runCheck(ID, article('train de nuit', 'Voir [nuit de train](/train).'))).toHaveLength(1);
  });

  it('reports synonyms from the front matter and from the team\'s configuration, naming them', () => {
    const own = article('Haut-Karabakh', 'Voir [Artsakh](/artsakh).', 'keyphrase_synonyms: [Artsakh]\n');
    const [finding] = runCheck(ID, own);
    expect(finding?.data).toMatchObject({ matched: 'Artsakh' });
    expect(finding?.message.fr).toContain('le synonyme « Artsakh » de l’expression clé « Haut-Karabakh »');
    expect(finding?.message.en).toContain('the synonym “Artsakh” of the keyphrase “Haut-Karabakh”');
    const team = article('Haut-Karabakh', 'Voir [le Nagorno-Karabakh](/nk).');
    expect(runCheck(ID, team)).toEqual([]);
    expect(withConfig(team, { synonyms: { 'haut karabakh': ['Nagorno-Karabakh'] } })).toHaveLength(1);
  });

  it('reads HTML links, reference links and bare anchors of all kinds, one finding per link', () => {
    const text = article('marché de Noël', [
      'Voir <a href="https://noel.strasbourg.eu/">le <em>marché</em> de Noël</a>,',
      '[marché de Noël][ref] et <a href=/noel>marchés de Noël</a>.',
      '',
      '[ref]: /noel',
    ].join('\n'));
    expect(runCheck(ID, text).map((finding) => covered(text, finding))).toEqual([
      '<a href="https://noel.strasbourg.eu/">le <em>marché</em> de Noël</a>',
      '[marché de Noël][ref]',
      '<a href=/noel>marchés de Noël</a>',
    ]);
  });

  it('leaves out links to the page itself, mail and phone links, and links in code', () => {
    const text = article('marché de Noël', 'Voir [marché de Noël](#programme), [marché de Noël](mailto:noel@exemple.fr), `[marché de Noël](/noel)`.');
    expect(runCheck(ID, text)).toEqual([]);
  });

  it('reports internal and outbound links alike, whatever the siteUrl', () => {
    const text = article('marché de Noël', 'Voir [marché de Noël](https://www.exemple.fr/noel) et [marché de Noël](https://autre.fr/noel).');
    expect(withConfig(text, { siteUrl: 'https://exemple.fr' }).map((finding) => finding.data?.kind)).toEqual(['internal', 'outbound']);
    expect(withConfig(text).map((finding) => finding.data?.kind)).toEqual(['outbound', 'outbound']);
    expect(withConfig(article('marché de Noël', 'Voir [marché de Noël](/noel).'), { siteUrl: 'https://exemple.fr' })).toHaveLength(1);
  });

  it('does not run without a keyphrase', () => {
    expect(runCheck(ID, '# Titre\n\nVoir [marché de Noël](/noel).\n')).toEqual([]);
  });

  it('anchorForm: the form an anchor is, if any', () => {
    const forms = keyphraseForms('élection présidentielle', ['scrutin présidentiel']);
    expect(anchorForm('les élections présidentielles', forms)?.text).toBe('élection présidentielle');
    expect(anchorForm('Scrutin présidentiel', forms)?.text).toBe('scrutin présidentiel');
    expect(anchorForm('élection', forms)).toBeUndefined();
    expect(anchorForm('', forms)).toBeUndefined();
    expect(anchorForm('la', keyphraseForms('la'))?.text).toBe('la');
  });

  it('finds nothing in the example article, which has no link; a link named after its keyphrase is reported', () => {
    const body = fixture('example', 'article-blinken-azerbaidjan.txt');
    const text = `---\nkeyphrase: Haut-Karabakh\n---\n${body}`;
    expect(runCheck(ID, text)).toEqual([]);
    const linked = text.replace('l’invasion de la région du Haut-Karabakh', 'l’invasion de la région du [Haut-Karabakh](https://fr.wikipedia.org/wiki/Haut-Karabakh)');
    expect(linked).not.toBe(text);
    const [finding, ...rest] = runCheck(ID, linked);
    expect(rest).toEqual([]);
    expect(covered(linked, finding!)).toBe('[Haut-Karabakh](https://fr.wikipedia.org/wiki/Haut-Karabakh)');
  });
});
