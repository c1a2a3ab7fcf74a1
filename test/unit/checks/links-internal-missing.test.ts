import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import type { PlumeConfig } from '../../../src/core/config/PlumeConfig';
import { covered, fixture, runCheck, words } from './runCheck';

const ID = 'links-internal-missing';

/** The findings of this check through the whole analysis, with a team's configuration (siteUrl). */
function withConfig(text: string, config: PlumeConfig = {}) {
  return analyzeArticle(text, [config]).findings.filter((finding) => finding.checkId === ID);
}

/** 400 words, then one more paragraph: far from the threshold, whatever the link adds. */
const long = (paragraph: string): string => `${words(400)}\n\n${paragraph}\n`;

describe('links-internal-missing', () => {
  it('reports a text of 300 words without any link, on its first line, in French and English', () => {
    const text = `# Titre\n\n${words(299)}\n`;
    const [finding, ...rest] = runCheck(ID, text);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('warning');
    expect(covered(text, finding!)).toBe('# Titre');
    expect(finding?.data).toMatchObject({ words: 300, minWords: 300, outboundLinks: 0, siteUrl: null });
    expect(finding?.message.fr).toBe('Aucun lien interne dans ce texte de 300 mots. Ajoutez au moins un lien vers une autre page de votre site (un article lié, une page de fond) : il guide le lecteur et aide les moteurs de recherche à explorer le site.');
    expect(finding?.message.en).toBe('No internal link in this 300-word text. Add at least one link to another page of your site (a related article, a background page): it guides readers and helps search engines crawl the site.');
  });

  it('checks texts of 300 words exactly, not of 299', () => {
    expect(runCheck(ID, words(300))).toHaveLength(1);
    expect(runCheck(ID, words(299))).toEqual([]);
  });

  it('takes the minimum from a team configuration', () => {
    expect(runCheck(ID, words(499), { minWords: 500 })).toEqual([]);
    expect(runCheck(ID, words(500), { minWords: 500 })).toHaveLength(1);
    expect(runCheck(ID, words(500), {}, 'error')[0]?.severity).toBe('error');
  });

  it.each([
    ['a relative link', 'Voir [la suite](suite.md).'],
    ['a parent-relative link', 'Voir [le guide](../guides/alsace).'],
    ['a root-relative link', 'Voir [le guide](/guides/alsace).'],
    ['a fragment', 'Voir [plus bas](#acces).'],
    ['a reference link', 'Voir [le guide][g].\n\n[g]: /guides/alsace'],
    ['an HTML link', 'Voir <a href="/guides/alsace">le guide</a>.'],
    ['an HTML block', '<p>Voir <a href=\'/guides\'>le guide</a>.</p>'],
    ['a linked image', '[![Carte](carte.png)](/carte)'],
  ])('is satisfied by %s', (_, paragraph) => {
    expect(runCheck(ID, long(paragraph))).toEqual([]);
  });

  it.each([
    ['an absolute link', 'Voir [la source](https://www.insee.fr/).'],
    ['a protocol-relative link', 'Voir [la source](//www.insee.fr/).'],
    ['a bare URL', 'Source : https://www.insee.fr/fr/statistiques.'],
    ['a mail address', 'Écrivez à [la rédaction](mailto:redaction@exemple.fr) ou à contact@exemple.fr.'],
    ['a phone number', 'Appelez le [03 88 00 00 00](tel:+33388000000).'],
    ['a link in code', 'Le lien `[suite](suite.md)` est du code.\n\n```\n[suite](suite.md)\n```'],
    ['a commented-out link', '<!-- <a href="/guides">le guide</a> -->'],
    ['an empty target', 'Voir [la suite]().'],
    ['an anchor without href', 'Voir <a name="suite">la suite</a>.'],
  ])('is not satisfied by %s', (_, paragraph) => {
    expect(runCheck(ID, long(paragraph))).toHaveLength(1);
  });

  describe('with the site\'s address (siteUrl)', () => {
    const linking = (url: string): string => long(`Voir [la page](${url}).`);

    it('counts absolute links to the site\'s host as internal, with or without www.', () => {
      expect(withConfig(linking('https://exemple.fr/guides'), { siteUrl: 'https://exemple.fr' })).toEqual([]);
      expect(withConfig(linking('https://www.exemple.fr/guides'), { siteUrl: 'https://exemple.fr' })).toEqual([]);
      expect(withConfig(linking('http://exemple.fr/guides'), { siteUrl: 'https://www.exemple.fr/blog/' })).toEqual([]);
      expect(withConfig(linking('https://WWW.Exemple.FR'), { siteUrl: 'https://www.exemple.fr' })).toEqual([]);
    });

    it('does not count another host, a subdomain or a look-alike', () => {
      for (const url of ['https://autre.fr/guides', 'https://blog.exemple.fr/guides', 'https://exemple.fr.evil.com/', 'https://monexemple.fr/']) {
        expect(withConfig(linking(url), { siteUrl: 'https://exemple.fr' }), url).toHaveLength(1);
      }
    });

    it('still counts relative links', () => {
      expect(withConfig(linking('/guides'), { siteUrl: 'https://exemple.fr' })).toEqual([]);
    });

    it('without it, every absolute link is outbound, and the message says how to change that', () => {
      const [one] = withConfig(linking('https://exemple.fr/guides'));
      expect(one?.message.fr).toContain(' Si le lien absolu du texte mène à votre site, donnez son adresse dans « siteUrl » (.plumerc.json) ou « plume.siteUrl » (VS Code).');
      expect(one?.message.en).toContain(' If the text\'s absolute link leads to your site, give its address as “siteUrl” (.plumerc.json) or “plume.siteUrl” (VS Code).');
      const [two] = withConfig(long('Voir [a](https://a.fr) et [b](https://b.fr).'));
      expect(two?.message.fr).toContain('Si certains des 2 liens absolus du texte mènent à votre site');
      expect(two?.message.en).toContain('If some of the text\'s 2 absolute links lead to your site');
      // With a siteUrl, or with no absolute link at all, there is nothing to suggest.
      expect(withConfig(linking('https://autre.fr/'), { siteUrl: 'https://exemple.fr' })[0]?.message.fr).not.toContain('siteUrl');
      expect(withConfig(long('Sans lien.'))[0]?.message.fr).not.toContain('siteUrl');
      expect(withConfig(linking('https://autre.fr/'), { siteUrl: 'https://exemple.fr' })[0]?.data).toMatchObject({ siteUrl: 'https://exemple.fr', outboundLinks: 1 });
    });
  });

  it('reports the example article: 706 words and not a single link', () => {
    // A pasted news article: no Markdown at all, hence no link, internal or not.
    const text = fixture('example', 'article-blinken-azerbaidjan.txt');
    const [finding, ...rest] = runCheck(ID, text);
    expect(rest).toEqual([]);
    expect(finding?.data).toMatchObject({ words: 706, outboundLinks: 0 });
    expect(covered(text, finding!)).toBe(text.split('\n')[0]);
    // A siteUrl changes nothing for a text without links.
    expect(withConfig(text, { siteUrl: 'https://www.politico.eu' })).toHaveLength(1);
  });
});
