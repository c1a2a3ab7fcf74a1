import { describe, expect, it } from 'vitest';
import type { CheckOptions, Finding } from '../../../src/core/checks/Check';
import { ArticleDocument } from '../../../src/core/markdown/ArticleDocument';
import { COMMON_MIN_ARTICLES, suggestLinks } from '../../../src/core/site/linkSuggestions';
import { SiteIndex, summarizeArticle } from '../../../src/core/site/SiteIndex';
import { siteSubjectOf } from '../../../src/core/site/SiteSubject';
import { applyEdits, covered, fixesOf, runCheck } from './runCheck';

const ID = 'link-suggestion';

/** An article whose prominent words are `words` (each said twice, in one paragraph), with a front matter and more prose. */
function article(words: readonly string[], { title, keyphrase, more = '' }: { title?: string; keyphrase?: string; more?: string } = {}): string {
  const front = title || keyphrase ? `---\n${title ? `title: "${title}"\n` : ''}${keyphrase ? `keyphrase: ${keyphrase}\n` : ''}---\n\n` : '';
  const prose = words.map((word) => `Le ${word} et encore le ${word}.`).join(' ');
  return `${front}# Article\n\n${prose}\n${more ? `\n${more}\n` : ''}`;
}

type Site = Record<string, string>;

function siteOf(files: Site): SiteIndex {
  return new SiteIndex(Object.entries(files).map(([path, text]) => summarizeArticle(new ArticleDocument(text), path)));
}

/** The findings on `path` of the site `files`. */
function check(files: Site, path: string, options: Partial<CheckOptions> = {}): Finding[] {
  return runCheck(ID, files[path] as string, options, undefined, { fileName: path, site: siteOf(files) });
}

const targets = (findings: readonly Finding[]) => findings.map((finding) => finding.data?.target);

/** The text of `path` with the first fix of its finding toward `target` applied. */
function fixed(files: Site, path: string, target: string): string {
  const text = files[path] as string;
  const finding = check(files, path).find((candidate) => candidate.data?.target === target);
  if (!finding) throw new Error(`no suggestion of ${target} on ${path}`);
  const [fix] = fixesOf(text, finding);
  return applyEdits(text, fix?.edits ?? []);
}

const MARKET = ['chalet', 'sapin', 'manège', 'bredele'];

describe('link-suggestion: when', () => {
  it(`suggests an article that shares minShared (3) prominent words, and not one that shares 2`, () => {
    const files = {
      'colmar.md': article(['chalet', 'sapin', 'manège', 'cigogne']),
      'trois.md': article(['chalet', 'sapin', 'manège', 'patinoire'], { title: 'Trois en commun' }),
      'deux.md': article(['chalet', 'sapin', 'vitrail', 'orgue']),
    };
    expect(targets(check(files, 'colmar.md'))).toEqual(['trois.md']);
    expect(targets(check(files, 'colmar.md', { minShared: 2 })).sort()).toEqual(['deux.md', 'trois.md']);
    expect(targets(check(files, 'colmar.md', { minShared: 4 }))).toEqual([]);
  });

  it('says what is shared and what to do, in French and English, on the word a link could go around', () => {
    const files = {
      'colmar.md': article(['chalet', 'sapin', 'manège', 'cigogne']),
      'guides/strasbourg.md': article(['chalet', 'sapin', 'manège'], { title: 'Le marché de Strasbourg' }),
    };
    const [finding, ...rest] = check(files, 'colmar.md');
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('info');
    expect(covered(files['colmar.md'], finding!)).toBe('chalet');
    expect(finding?.data).toEqual({ target: 'guides/strasbourg.md', reason: 'words', shared: ['chalet', 'manège', 'sapin'], anchor: 'chalet' });
    expect(finding?.message.fr).toBe('Lien interne suggéré vers « Le marché de Strasbourg » (guides/strasbourg.md) : il partage 3 des 4 mots les plus fréquents du texte (chalet, manège, sapin). Aucun lien de cet article n’y mène encore : ajoutez-en un, par exemple sur « chalet » ; il conduit le lecteur vers la suite du sujet et montre aux moteurs de recherche que les deux pages vont ensemble.');
    expect(finding?.message.en).toBe('Suggested internal link to “Le marché de Strasbourg” (guides/strasbourg.md): it shares 3 of the text’s 4 most frequent words (chalet, manège, sapin). No link of this article leads there yet: add one, for example on “chalet”; it takes readers on through the topic and shows search engines that the two pages belong together.');
  });

  it('is silent when the article already links to the other one (anchor or not), not when only the other links to it', () => {
    const other = article(MARKET, { more: 'Voir [Colmar](colmar.md).' });
    expect(check({ 'colmar.md': article(MARKET, { more: 'Voir [Strasbourg](strasbourg.md#horaires).' }), 'strasbourg.md': other }, 'colmar.md')).toEqual([]);
    expect(targets(check({ 'colmar.md': article(MARKET), 'strasbourg.md': other }, 'colmar.md'))).toEqual(['strasbourg.md']);
  });

  it('counts a site-absolute link to the other article’s page as a link (any of the files the address may be)', () => {
    const files = { '/s/colmar.md': article(MARKET, { more: 'Voir [Strasbourg](/strasbourg/).' }), '/s/strasbourg/index.md': article(MARKET) };
    const site = siteOf(files);
    const run = (contentRoot?: string) => runCheck(ID, files['/s/colmar.md'], {}, undefined, { fileName: '/s/colmar.md', site, ...(contentRoot ? { contentRoot } : {}) });
    expect(run('/s')).toEqual([]);
    expect(targets(run())).toEqual(['strasbourg/index.md']);
  });

  it('suggests the article with the same keyphrase, or whose keyphrase the text talks about, whatever the words shared', () => {
    const files = {
      'colmar.md': article(['vin', 'chaud', 'cigogne'], { keyphrase: 'marché de Noël' }),
      'meme.md': article(['orgue'], { keyphrase: 'marchés de noël' }),
      'vin.md': article(['orgue'], { keyphrase: 'vin chaud' }),
      'vin-blanc.md': article(['orgue'], { keyphrase: 'vin blanc' }),
    };
    const findings = check(files, 'colmar.md');
    expect(targets(findings).sort()).toEqual(['meme.md', 'vin.md']);
    expect(findings.find((finding) => finding.data?.target === 'meme.md')?.message.fr).toContain(': il vise la même expression clé, « marchés de noël ».');
    expect(findings.find((finding) => finding.data?.target === 'vin.md')?.message.en).toContain(': its keyphrase, “vin chaud”, comes up often in the text.');
  });

  it('keeps the strongest `max` (3): same keyphrase, then the other’s keyphrase, then the most words shared, ties by path', () => {
    const files = {
      'a.md': article(['chalet', 'sapin', 'manège', 'bredele', 'cigogne'], { keyphrase: 'marché de Noël' }),
      'b-trois.md': article(['chalet', 'sapin', 'manège']),
      'c-cinq.md': article(['chalet', 'sapin', 'manège', 'bredele', 'cigogne']),
      'a-trois.md': article(['chalet', 'sapin', 'bredele']),
      'z-cle.md': article(['orgue'], { keyphrase: 'cigogne' }),
      'y-meme.md': article(['orgue'], { keyphrase: 'Marché de Noël' }),
    };
    const subject = siteSubjectOf(new ArticleDocument(files['a.md'], undefined, { fileName: 'a.md' }));
    const order = suggestLinks(subject, siteOf(files), { minShared: 3, max: 10 }).map((suggestion) => [suggestion.article.path, suggestion.reason]);
    expect(order).toEqual([['y-meme.md', 'same-keyphrase'], ['z-cle.md', 'keyphrase'], ['c-cinq.md', 'words'], ['a-trois.md', 'words'], ['b-trois.md', 'words']]);
    expect(targets(check(files, 'a.md')).sort()).toEqual(['c-cinq.md', 'y-meme.md', 'z-cle.md']);
    expect(targets(check(files, 'a.md', { max: 1 }))).toEqual(['y-meme.md']);
    expect(check(files, 'a.md', { max: 0 })).toEqual([]);
  });

  it(`does not count a word among the prominent words of over a quarter of the site’s articles and of ${COMMON_MIN_ARTICLES} at least`, () => {
    // « chalet » in 9 articles of 12; « sapin », « manège » and « bredele » in two, « cigogne » in 7 (under 8).
    const files: Site = { 'a.md': article(MARKET), 'b.md': article(MARKET) };
    for (let i = 0; i < 7; i++) files[`chalet-${i}.md`] = article(['chalet', 'cigogne', ['orgue', 'vitrail', 'clocher', 'rempart', 'fontaine', 'moulin', 'canal'][i] as string]);
    for (let i = 0; i < 3; i++) files[`autre-${i}.md`] = article([['gare', 'quai', 'train'][i] as string]);
    const [finding] = check(files, 'a.md');
    expect(finding?.data?.shared).toEqual(['bredele', 'manège', 'sapin']);
    // With one word fewer in common, « chalet » does not make up the third.
    const fewer = { ...files, 'b.md': article(['chalet', 'sapin', 'manège']) };
    expect(check(fewer, 'a.md')).toEqual([]);
    // « cigogne », in 7 articles of 12, still counts: fewer than 8 have it.
    expect(targets(check(files, 'chalet-0.md', { minShared: 1, max: 10 })).sort()).toEqual(['chalet-1.md', 'chalet-2.md', 'chalet-3.md', 'chalet-4.md', 'chalet-5.md', 'chalet-6.md']);
  });

  it('does not run without the site, on an untitled document, or when the site has no other article', () => {
    const text = article(MARKET);
    expect(runCheck(ID, text)).toEqual([]);
    expect(runCheck(ID, text, {}, undefined, { site: siteOf({ 'a.md': text, 'b.md': text }) })).toEqual([]);
    expect(check({ 'a.md': text }, 'a.md')).toEqual([]);
  });
});

describe('link-suggestion: where the link goes', () => {
  it('never on this article’s one-word keyphrase (a competing link), and never twice on one word', () => {
    const files = {
      'a.md': article(['chalet', 'sapin', 'manège', 'bredele'], { keyphrase: 'chalet' }),
      'b.md': article(['chalet', 'sapin', 'manège']),
      'c.md': article(['chalet', 'sapin', 'manège']),
    };
    const anchors = Object.fromEntries(check(files, 'a.md').map((finding) => [finding.data?.target, finding.data?.anchor]));
    expect(anchors).toEqual({ 'b.md': 'manège', 'c.md': 'sapin' });
  });

  it('on the rarest word of the site among those shared', () => {
    const files = {
      'a.md': article(['chalet', 'sapin', 'manège', 'bredele']),
      'b.md': article(['chalet', 'sapin', 'bredele']),
      'c.md': article(['chalet', 'sapin', 'orgue']),
    };
    expect(check(files, 'a.md').map((finding) => finding.data?.anchor)).toEqual(['bredele']);
  });

  it('on the first line of the body when no shared word is in a paragraph out of a link', () => {
    const text = '---\ntitle: Colmar\n---\n\n# Chalet, sapin et manège\n\n## Chalet, sapin et manège\n\nVoir [chalet, sapin et manège](https://exemple.fr).\n';
    const files = { 'a.md': text, 'b.md': article(['chalet', 'sapin', 'manège']) };
    const [finding] = check(files, 'a.md');
    expect(covered(text, finding!)).toBe('# Chalet, sapin et manège');
    expect(finding?.data?.anchor).toBeNull();
    expect(finding?.message.fr).toContain('ajoutez-en un (une ligne « À lire aussi » en fin d’article, par exemple) ;');
  });
});

describe('link-suggestion: the quick fix', () => {
  it('makes the word a relative link to the other article', () => {
    const files = { 'blog/a.md': article(MARKET), 'guides/mon marché.md': article(MARKET, { title: 'Mon marché' }) };
    const text = fixed(files, 'blog/a.md', '../guides/mon marché.md');
    expect(text).toContain('Le [bredele](../guides/mon%20marché.md) et encore le bredele.');
    const finding = check(files, 'blog/a.md')[0] as Finding;
    expect(fixesOf(files['blog/a.md'], finding)[0]?.title).toEqual({ fr: 'Ajouter un lien vers « Mon marché »', en: 'Add a link to “Mon marché”' });
    // Once linked, the suggestion is gone.
    expect(check({ ...files, 'blog/a.md': text }, 'blog/a.md')).toEqual([]);
  });

  it('takes the words around when they are the other article’s keyphrase', () => {
    const more = 'Le vin chaud de Colmar, le vin chaud de Riquewihr.';
    const files = { 'a.md': article(['cigogne'], { more }), 'vin.md': article(['orgue'], { title: 'Le vin chaud', keyphrase: 'vin chaud' }) };
    expect(fixed(files, 'a.md', 'vin.md')).toContain('Le [vin chaud](vin.md) de Colmar, le vin chaud de Riquewihr.');
  });

  it('keeps to the word when the phrase around holds markup or another link', () => {
    const more = 'Le vin *chaud* de Colmar, le vin chaud de Riquewihr.';
    const files = { 'a.md': article(['cigogne'], { more }), 'vin.md': article(['orgue'], { keyphrase: 'vin chaud' }) };
    expect(fixed(files, 'a.md', 'vin.md')).toContain('Le vin *[chaud](vin.md)* de Colmar');
  });

  it('never makes a link whose text is this article’s keyphrase or one of its synonyms (competing-links)', () => {
    const text = '---\nkeyphrase: boisson\nkeyphrase_synonyms: [vin chaud]\n---\n\n# Boissons\n\nLe vin chaud de Colmar, le vin chaud de Riquewihr.\n';
    const files = { 'a.md': text, 'vin.md': article(['orgue'], { keyphrase: 'vin chaud' }) };
    expect(fixed(files, 'a.md', 'vin.md')).toContain('Le vin [chaud](vin.md) de Colmar');
  });

  it('adds a « À lire aussi » line at the end when the prose has no place, or extends the one there', () => {
    const base = '---\ntitle: Colmar\n---\n\n# Chalet, sapin et manège\n\n## Chalet, sapin et manège\n';
    const files = { 'a.md': `${base}\n\n`, 'b.md': article(['chalet', 'sapin', 'manège'], { title: 'Le [grand] marché' }) };
    expect(fixed(files, 'a.md', 'b.md')).toBe(`${base}\nÀ lire aussi : [Le \\[grand\\] marché](b.md)\n`);
    const withLine = { ...files, 'a.md': `${base}\nÀ lire aussi : [Riquewihr](riquewihr.md)\n` };
    expect(fixed(withLine, 'a.md', 'b.md')).toBe(`${base}\nÀ lire aussi : [Riquewihr](riquewihr.md), [Le \\[grand\\] marché](b.md)\n`);
    const crlf = { ...files, 'a.md': base.replace(/\n/g, '\r\n') };
    expect(fixed(crlf, 'a.md', 'b.md')).toBe(`${base.replace(/\n/g, '\r\n')}\r\nÀ lire aussi : [Le \\[grand\\] marché](b.md)\r\n`);
  });

  it('names the other article by its file when it has no title', () => {
    // No front matter title and no H1: the file's name, without its folder and extension.
    const files = { 'a.md': article(MARKET), 'guides/marche-de-noel.md': MARKET.map((word) => `Le ${word}, le ${word}.`).join(' ') };
    const finding = check(files, 'a.md')[0] as Finding;
    expect(fixesOf(files['a.md'], finding)[0]?.title.fr).toBe('Ajouter un lien vers « marche-de-noel »');
  });
});
