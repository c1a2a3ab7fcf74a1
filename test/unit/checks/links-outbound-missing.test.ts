import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import type { PlumeConfig } from '../../../src/core/config/PlumeConfig';
import { covered, fixture, runCheck, words } from './runCheck';

const ID = 'links-outbound-missing';

function withConfig(text: string, config: PlumeConfig = {}) {
  return analyzeArticle(text, [config]).findings.filter((finding) => finding.checkId === ID);
}

const long = (paragraph: string): string => `${words(400)}\n\n${paragraph}\n`;

describe('links-outbound-missing', () => {
  it('reports a text of 300 words without any outbound link, on its first line, in French and English', () => {
    const text = `# Titre\n\n${words(299)}\n`;
    const [finding, ...rest] = runCheck(ID, text);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('warning');
    expect(covered(text, finding!)).toBe('# Titre');
    expect(finding?.data).toMatchObject({ words: 300, minWords: 300, outbound: 0 });
    expect(finding?.message.fr).toBe('Aucun lien sortant dans ce texte de 300 mots. Citez vos sources avec un lien vers une page d’un autre site (étude, document officiel, article de référence) : il appuie ce que vous avancez et aide les moteurs de recherche à situer le sujet.');
    expect(finding?.message.en).toBe('No outbound link in this 300-word text. Cite your sources with a link to a page on another site (a study, an official document, a reference article): it backs up what you say and helps search engines place the topic.');
  });

  it('checks texts of 300 words exactly, not of 299, or the team\'s minimum', () => {
    expect(runCheck(ID, words(300))).toHaveLength(1);
    expect(runCheck(ID, words(299))).toEqual([]);
    expect(runCheck(ID, words(499), { minWords: 500 })).toEqual([]);
    expect(runCheck(ID, words(500), { minWords: 500 })).toHaveLength(1);
  });

  it.each([
    ['a Markdown link', 'Selon [l’Insee](https://www.insee.fr/).'],
    ['a reference link', 'Selon [l’Insee][insee].\n\n[insee]: https://www.insee.fr/'],
    ['a bare URL', 'Source : https://www.insee.fr/fr/statistiques.'],
    ['an autolink', 'Source : <https://www.insee.fr/>.'],
    ['a www. literal', 'Source : www.insee.fr.'],
    ['a protocol-relative link', 'Selon [l’Insee](//www.insee.fr/).'],
    ['an HTML link', 'Selon <a href="https://www.insee.fr/">l’Insee</a>.'],
    ['an HTML link with another rel', 'Selon <a href="https://www.insee.fr/" rel="noopener noreferrer">l’Insee</a>.'],
  ])('is satisfied by %s', (_, paragraph) => {
    expect(runCheck(ID, long(paragraph))).toEqual([]);
  });

  it.each([
    ['internal links', 'Voir [le guide](/guides), [la suite](suite.md) et [plus bas](#bas).'],
    ['mail and phone links', 'Écrivez à [la rédaction](mailto:redaction@exemple.fr), appelez le [03 88 00 00 00](tel:+33388000000).'],
    ['a link in code', 'Le lien `[Insee](https://www.insee.fr/)` est du code.'],
    ['a commented-out link', '<!-- <a href="https://www.insee.fr/">Insee</a> -->'],
    ['an FTP link', 'Les données sont sur [le serveur](ftp://ftp.exemple.fr/).'],
  ])('is not satisfied by %s', (_, paragraph) => {
    expect(runCheck(ID, long(paragraph))).toHaveLength(1);
  });

  describe('nofollow', () => {
    it('reports, as info on the first, outbound links that are all nofollow', () => {
      const text = long('Selon <a href="https://www.insee.fr/" rel="nofollow">l’Insee</a> et <a rel="NoFollow noopener" href=\'https://www.ined.fr/\'>l’Ined</a>.');
      const [finding, ...rest] = runCheck(ID, text);
      expect(rest).toEqual([]);
      expect(finding?.severity).toBe('info');
      expect(covered(text, finding!)).toBe('<a href="https://www.insee.fr/" rel="nofollow">l’Insee</a>');
      expect(finding?.data).toMatchObject({ outbound: 2, nofollow: 2 });
      expect(finding?.message.fr).toBe('Les 2 liens sortants du texte portent tous rel="nofollow" : un lien nofollow ne transmet aucune autorité à la page citée. Retirez nofollow des liens vers les sources auxquelles vous vous fiez ; gardez-le pour les liens publicitaires ou non vérifiés.');
      expect(finding?.message.en).toBe('All 2 outbound links of the text are rel="nofollow": a nofollow link passes no authority to the page it cites. Remove nofollow from links to sources you trust; keep it for paid or unvetted links.');
    });

    it('says it of a single link too', () => {
      const [finding] = runCheck(ID, long('Selon <a href="https://www.insee.fr/" rel="nofollow">l’Insee</a>.'));
      expect(finding?.message.fr).toMatch(/^Le seul lien sortant du texte porte rel="nofollow" : /);
      expect(finding?.message.en).toMatch(/^The only outbound link of the text is rel="nofollow": /);
    });

    it('is satisfied by one followed outbound link among nofollow ones: a Markdown link is always followed', () => {
      expect(runCheck(ID, long('Selon <a href="https://www.insee.fr/" rel="nofollow">l’Insee</a> et [l’Ined](https://www.ined.fr/).'))).toEqual([]);
    });

    it('ignores nofollow on internal links', () => {
      expect(runCheck(ID, long('Voir <a href="/guides" rel="nofollow">le guide</a> et [l’Insee](https://www.insee.fr/).'))).toEqual([]);
    });

    it('stays milder than the team\'s severity, never louder', () => {
      const text = long('Selon <a href="https://www.insee.fr/" rel="nofollow">l’Insee</a>.');
      expect(runCheck(ID, text, {}, 'error')[0]?.severity).toBe('info');
      expect(runCheck(ID, text, {}, 'hint')[0]?.severity).toBe('hint');
    });
  });

  describe('with the site\'s address (siteUrl)', () => {
    const linking = (url: string): string => long(`Voir [la page](${url}).`);

    it('does not count links to the site\'s own host, with or without www.', () => {
      expect(withConfig(linking('https://www.exemple.fr/guides'), { siteUrl: 'https://exemple.fr' })).toHaveLength(1);
      expect(withConfig(linking('https://exemple.fr/guides'), { siteUrl: 'https://www.exemple.fr' })).toHaveLength(1);
      expect(withConfig(linking('https://exemple.fr/guides'))).toEqual([]);
    });

    it('counts another host, a subdomain included', () => {
      expect(withConfig(linking('https://www.insee.fr/'), { siteUrl: 'https://exemple.fr' })).toEqual([]);
      expect(withConfig(linking('https://blog.exemple.fr/'), { siteUrl: 'https://exemple.fr' })).toEqual([]);
    });

    it('never counts relative links', () => {
      expect(withConfig(linking('/guides'), { siteUrl: 'https://exemple.fr' })).toHaveLength(1);
    });
  });

  it('reports the example article: 706 words and not a single source linked', () => {
    const text = fixture('example', 'article-blinken-azerbaidjan.txt');
    const [finding, ...rest] = runCheck(ID, text);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('warning');
    expect(finding?.data).toMatchObject({ words: 706, outbound: 0 });
    expect(covered(text, finding!)).toBe(text.split('\n')[0]);
  });
});
