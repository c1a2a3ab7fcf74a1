import { describe, expect, it } from 'vitest';
import { EditorAnalyses, filePathOfUri } from '../../../src/core/analyzeForEditor';
import { ArticleDocument } from '../../../src/core/markdown/ArticleDocument';
import { readSlug, slugOfFileName } from '../../../src/core/markdown/readSlug';
import { covered, fixture, runCheck } from './runCheck';

const ID = 'keyphrase-in-slug';
const BODY = '\nLe train de nuit entre Paris et Vienne roule de nouveau.\n';
const article = (frontMatter: string, body = BODY): string => `---\n${frontMatter}\n---\n${body}`;
const inSlug = (slug: string, keyphrase: string, more = ''): boolean => runCheck(ID, article(`slug: ${slug}\nkeyphrase: ${keyphrase}${more}`)).length === 0;
const EXAMPLE = fixture('example', 'article-blinken-azerbaidjan.txt');
const FIRST_LINE = EXAMPLE.split('\n')[0] ?? '';

describe(ID, () => {
  it('needs every content word of a keyphrase of 1 or 2, more than half of a longer one', () => {
    expect(inSlug('karabakh-exode', 'Karabakh')).toBe(true);
    expect(inSlug('exode-caucase', 'Karabakh')).toBe(false);
    // 2 content words (« Haut-Karabakh » is « haut » and « karabakh »): both.
    expect(inSlug('haut-karabakh-exode', 'Haut-Karabakh')).toBe(true);
    expect(inSlug('karabakh-exode', 'Haut-Karabakh')).toBe(false);
    // 3 content words: 2 are more than half, 1 is not.
    expect(inSlug('train-nuit', 'train de nuit pour Vienne')).toBe(true);
    expect(inSlug('train-paris', 'train de nuit pour Vienne')).toBe(false);
    // 4 content words: 3 are more than half, 2 are only half.
    expect(inSlug('tente-randonnee-montagne', 'tente de randonnée légère montagne')).toBe(true);
    expect(inSlug('tente-randonnee', 'tente de randonnée légère montagne')).toBe(false);
  });

  it('folds accents, splits on hyphens and underscores, and sets function words and order aside', () => {
    expect(inSlug('etats-unis-azerbaidjan', 'États-Unis')).toBe(true);
    expect(inSlug('haut_karabakh', 'Haut-Karabakh')).toBe(true);
    expect(inSlug('nuit-train', 'train de nuit')).toBe(true);
    expect(inSlug('trains-de-nuit', 'train de nuit')).toBe(true);
    // A quoted keyphrase too: a slug drops function words as a rule.
    expect(inSlug('train-nuit-paris-vienne', '\'"train de nuit"\'')).toBe(true);
  });

  it('accepts the word forms of the keyphrase: « élection présidentielle »', () => {
    expect(inSlug('elections-presidentielles-2027', 'élection présidentielle')).toBe(true);
    expect(inSlug('election-presidentielle', 'élections présidentielles')).toBe(true);
    expect(inSlug('calendrier-electoral', 'élection présidentielle')).toBe(false);
  });

  it('accepts a synonym in the slug, from the front matter or the team', () => {
    const synonyms = '\nkeyphrase_synonyms: [Artsakh, Nagorno-Karabakh]';
    expect(inSlug('exode-artsakh', 'Haut-Karabakh', synonyms)).toBe(true);
    expect(inSlug('nagorno-karabakh-exode', 'Haut-Karabakh', synonyms)).toBe(true);
    const text = article(`slug: exode-caucase\nkeyphrase: Haut-Karabakh${synonyms}`);
    const [finding] = runCheck(ID, text);
    expect(finding?.message.fr).toContain('ne contient pas l’expression clé « Haut-Karabakh » ni aucun de ses synonymes (« Artsakh », « Nagorno-Karabakh »)');
    expect(finding?.message.en).toContain('does not contain the keyphrase “Haut-Karabakh” nor any of its synonyms (“Artsakh”, “Nagorno-Karabakh”)');
    const team = { synonyms: { 'haut karabakh': ['Artsakh'] } };
    expect(runCheck(ID, article('slug: exode-artsakh\nkeyphrase: Haut-Karabakh'), {}, undefined, team)).toEqual([]);
    expect(runCheck(ID, article('slug: exode-artsakh\nkeyphrase: Haut-Karabakh'))).toHaveLength(1);
  });

  it('reports a front matter slug on its value, as a notice, in French and English', () => {
    const text = article('title: "Train de nuit : le retour"\nslug: paris-vienne-retour-ligne-mythique\nkeyphrase: train de nuit');
    const [finding, ...rest] = runCheck(ID, text);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('info');
    expect(finding && covered(text, finding)).toBe('paris-vienne-retour-ligne-mythique');
    expect(finding?.message.fr).toBe('Le slug « paris-vienne-retour-ligne-mythique » (champ `slug`) ne contient pas l’expression clé « train de nuit » (0 mot plein sur 2 ; il les faut tous). Reprenez-la dans le slug (par exemple « train-nuit ») ; une adresse déjà publiée demande une redirection.');
    expect(finding?.message.en).toBe('The slug “paris-vienne-retour-ligne-mythique” (`slug` field) does not contain the keyphrase “train de nuit” (0 of its 2 content words; all are needed). Use it in the slug (for example “train-nuit”); an address already published needs a redirect.');
    expect(finding?.data).toMatchObject({ slug: 'paris-vienne-retour-ligne-mythique', source: 'front-matter', found: 0, total: 2 });
    expect(runCheck(ID, article('slug: train-paris\nkeyphrase: train de nuit pour Vienne'))[0]?.message.fr).toContain('(1 mot plein sur 3 ; plus de la moitié attendus)');
    expect(runCheck(ID, article('slug: tente-randonnee\nkeyphrase: tente de randonnée légère montagne'))[0]?.message.fr).toContain('(2 mots pleins sur 4 ; plus de la moitié attendus)');
    expect(runCheck(ID, text, {}, 'warning')[0]?.severity).toBe('warning');
    expect(runCheck(ID, text, {}, 'off')).toEqual([]);
  });

  it('reads the last segment of a permalink or url, decoded', () => {
    expect(runCheck(ID, article('permalink: /voyages/trains-de-nuit/\nkeyphrase: train de nuit'))).toEqual([]);
    expect(runCheck(ID, article('url: https://exemple.fr/voyages/paris-vienne/index.html\nkeyphrase: train de nuit'))[0]?.data).toMatchObject({ slug: 'paris-vienne' });
    expect(runCheck(ID, article('slug: "%C3%A9t%C3%A9-indien"\nkeyphrase: été indien'))).toEqual([]);
  });

  describe('the file name, when the front matter has no slug', () => {
    const withFile = (fileName: string, text = article('keyphrase: train de nuit')) => runCheck(ID, text, {}, undefined, { fileName });

    it('takes the base name without extension, and reports on the first line of the body', () => {
      expect(withFile('articles/trains-de-nuit.md')).toEqual([]);
      const text = article('keyphrase: train de nuit');
      const [finding] = withFile('articles/paris-vienne.md', text);
      expect(finding && covered(text, finding)).toBe(BODY.trim());
      expect(finding?.message.fr).toBe('Le slug « paris-vienne », tiré du nom du fichier paris-vienne.md, ne contient pas l’expression clé « train de nuit » (0 mot plein sur 2 ; il les faut tous). Renommez le fichier ou ajoutez un champ `slug` au front matter (par exemple « train-nuit ») ; une adresse déjà publiée demande une redirection.');
      expect(finding?.message.en).toBe('The slug “paris-vienne”, taken from the file name paris-vienne.md, does not contain the keyphrase “train de nuit” (0 of its 2 content words; all are needed). Rename the file or add a `slug` field to the front matter (for example “train-nuit”); an address already published needs a redirect.');
      expect(finding?.data).toMatchObject({ source: 'file-name', slug: 'paris-vienne' });
    });

    it('prefers the front matter slug to the file name', () => {
      expect(withFile('paris-vienne.md', article('slug: train-de-nuit\nkeyphrase: train de nuit'))).toEqual([]);
      expect(withFile('trains-de-nuit.md', article('slug: paris-vienne\nkeyphrase: train de nuit'))).toHaveLength(1);
    });

    it('names the page as generators do: Jekyll dates, Hugo language suffixes and index pages aside', () => {
      expect(slugOfFileName('_posts/2024-03-01-trains-de-nuit.md')).toBe('trains-de-nuit');
      expect(slugOfFileName('content/trains-de-nuit.fr.md')).toBe('trains-de-nuit');
      expect(slugOfFileName('content/voyages/trains-de-nuit/index.md')).toBe('trains-de-nuit');
      expect(slugOfFileName('content/voyages/_index.fr.md')).toBe('voyages');
      expect(slugOfFileName('C:\\blog\\trains-de-nuit\\README.md')).toBe('trains-de-nuit');
      expect(slugOfFileName('index.md')).toBe('');
      expect(slugOfFileName('/%C3%A9t%C3%A9-indien.md')).toBe('été-indien');
      expect(withFile('content/voyages/trains-de-nuit/index.md')).toEqual([]);
      expect(withFile('index.md')).toEqual([]); // no page name: nothing to judge
    });

    it('stays silent for an unnamed document without a front matter slug', () => {
      expect(runCheck(ID, article('keyphrase: train de nuit'))).toEqual([]);
      expect(readSlug(new ArticleDocument(article('keyphrase: train de nuit')))).toBeUndefined();
    });
  });

  describe('the example article, keyphrase « Haut-Karabakh »', () => {
    it('has no slug of its own: silent unnamed, judged by its file name', () => {
      const options = { keyphrase: 'Haut-Karabakh' };
      expect(runCheck(ID, EXAMPLE, {}, undefined, options)).toEqual([]);
      const [finding] = runCheck(ID, EXAMPLE, {}, undefined, { ...options, fileName: 'test/fixtures/example/article-blinken-azerbaidjan.txt' });
      expect(finding?.severity).toBe('info');
      expect(finding && covered(EXAMPLE, finding)).toBe(FIRST_LINE);
      expect(finding?.data).toMatchObject({ slug: 'article-blinken-azerbaidjan', found: 0, total: 2 });
      expect(finding?.message.fr).toContain('(par exemple « haut-karabakh »)');
      expect(runCheck(ID, EXAMPLE, {}, undefined, { ...options, fileName: 'haut-karabakh-blinken-sous-pression.md' })).toEqual([]);
    });
  });

  describe('in VS Code: the file name from the document URI', () => {
    it('decodes the path of a URI, and gives none for an untitled document', () => {
      expect(filePathOfUri('file:///home/lea/blog/trains-de-nuit.md')).toBe('/home/lea/blog/trains-de-nuit.md');
      expect(filePathOfUri('file:///c%3A/blog/%C3%A9t%C3%A9-indien.md')).toBe('/c:/blog/été-indien.md');
      expect(filePathOfUri('vscode-remote://ssh-remote%2Bserveur/srv/blog/paris.md?x=1#L3')).toBe('/srv/blog/paris.md');
      expect(filePathOfUri('untitled:Untitled-1')).toBeUndefined();
      expect(filePathOfUri('exemple')).toBeUndefined();
    });

    it('judges the slug of a saved document by its name, not an untitled one', () => {
      const analyses = new EditorAnalyses();
      const text = article('keyphrase: train de nuit');
      const ids = (key: string) => analyses.analyze(key, 1, text, []).findings.map((finding) => finding.checkId);
      expect(ids('file:///home/lea/blog/paris-vienne.md')).toContain(ID);
      expect(ids('file:///home/lea/blog/trains-de-nuit.md')).not.toContain(ID);
      expect(ids('untitled:Untitled-1')).not.toContain(ID);
    });
  });
});
