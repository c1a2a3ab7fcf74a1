import { describe, expect, it } from 'vitest';
import { ArticleDocument } from '../../../src/core/markdown/ArticleDocument';
import { SiteIndex, headingAnchors, readRelativeLink, resolveLinkPath, sameTextKey, summarizeArticle } from '../../../src/core/site/SiteIndex';
import { listPaths, relativeTo } from '../../../src/core/site/relativeTo';

describe('site paths', () => {
  it('resolves relative links from the article’s folder', () => {
    expect(resolveLinkPath('/site/blog/a.md', 'b.md')).toBe('/site/blog/b.md');
    expect(resolveLinkPath('/site/blog/a.md', './guides/../b.md')).toBe('/site/blog/b.md');
    expect(resolveLinkPath('/site/blog/a.md', '../../x/c.md')).toBe('/x/c.md');
    expect(resolveLinkPath('blog/a.md', '../../c.md')).toBe('../c.md');
  });

  it('reads only relative links to Markdown files or to a heading of the article', () => {
    expect(readRelativeLink('/s/a.md', 'b.md#plan')).toEqual({ path: '/s/b.md', anchor: 'plan' });
    expect(readRelativeLink('/s/a.md', '#o%C3%B9-partir')).toEqual({ path: '/s/a.md', anchor: 'où-partir' });
    expect(readRelativeLink('/s/a.md', 'guides/%C3%A9t%C3%A9.md?x=1')).toEqual({ path: '/s/guides/été.md' });
    for (const url of ['https://exemple.fr/b.md', '//cdn/b.md', '/blog/b.md', 'mailto:a@b.fr', 'photo.png', 'doc.pdf', '']) expect(readRelativeLink('/s/a.md', url), url).toBeUndefined();
  });

  it('reads a site-absolute link as the files its page may be made from, under the content root', () => {
    const root = { contentRoot: '/repo/content' };
    const page = (base: string) => [`${base}.md`, `${base}/index.md`, `${base}/_index.md`, `${base}.mdx`, `${base}/index.mdx`, `${base}.markdown`];
    const [first, ...rest] = page('/repo/content/guides/famille');
    expect(readRelativeLink('/repo/content/a.md', '/guides/famille/#r%C3%A9server', root)).toEqual({ path: first, alternatives: rest, anchor: 'réserver', page: '/guides/famille/' });
    expect(readRelativeLink('/repo/content/a.md', '/guides/famille.html?x=1', root)?.path).toBe('/repo/content/guides/famille.md');
    expect(readRelativeLink('/repo/content/a.md', '/guides/famille', root)?.alternatives).toEqual(rest);
    expect(readRelativeLink('/repo/content/a.md', '/guides/b.md', root)).toEqual({ path: '/repo/content/guides/b.md', page: '/guides/b.md' });
    expect(readRelativeLink('/repo/content/a.md', '/', root)).toEqual({ path: '/repo/content/index.md', alternatives: ['/repo/content/_index.md', '/repo/content/index.mdx'], page: '/' });
    // A link to the site's own address, written in full, is site-absolute too (www. or not).
    expect(readRelativeLink('/repo/content/a.md', 'https://www.exemple.fr/guides/famille/', { ...root, siteUrl: 'https://exemple.fr' })?.path).toBe(first);
    expect(readRelativeLink('/repo/content/a.md', 'https://ailleurs.fr/guides/famille/', { ...root, siteUrl: 'https://exemple.fr' })).toBeUndefined();
    // Never above the content root; images and files are no articles; without a root, nothing.
    expect(readRelativeLink('/repo/content/a.md', '/../../etc/passwd', root)?.path).toBe('/repo/content/etc/passwd.md');
    for (const url of ['/images/photo.png', '/doc.pdf', '//cdn/x/']) expect(readRelativeLink('/repo/content/a.md', url, root), url).toBeUndefined();
    expect(readRelativeLink('/repo/content/a.md', '/guides/famille/')).toBeUndefined();
  });

  it('names another article as a link from this one would, and lists a few', () => {
    expect(relativeTo('/s/blog/a.md', '/s/blog/guides/b.md')).toBe('guides/b.md');
    expect(relativeTo('/s/blog/guides/b.md', '/s/blog/a.md')).toBe('../a.md');
    expect(listPaths(['a.md', 'b.md']).fr).toBe('« a.md » et « b.md »');
    expect(listPaths(['a', 'b', 'c', 'd', 'e']).en).toBe('“a”, “b”, “c” and 2 more');
  });
});

describe('headingAnchors', () => {
  it('makes GitHub’s slugs, numbers repeats, and accepts VS Code’s trimmed form too', () => {
    expect(headingAnchors([{ text: 'Le plan' }, { text: 'Le plan' }, { text: 'Où partir ?' }, { text: 'L’État : les faits' }])).toEqual(['le-plan', 'le-plan-1', 'où-partir-', 'où-partir', 'létat--les-faits']);
  });
});

describe('SiteIndex', () => {
  const article = (path: string, text: string) => summarizeArticle(new ArticleDocument(text), path);
  const site = new SiteIndex([
    article('/s/a.md', '---\ntitle: Les Trains de nuit\nkeyphrase: train de nuit\n---\n# A\n\n[b](b.md) [moi](#a) [b encore](./b.md#x)\n'),
    article('/s/b.md', '---\ntitle: "les trains  de nuit"\nkeyphrase: Trains-de-nuit\n---\n# B\n'),
    article('/s/c.md', '# C\n\nSans front matter.\n'),
  ], (path) => path === '/s/disque.md');

  it('finds the other articles with the same keyphrase (forms aside) or title (case and spaces aside)', () => {
    expect(site.sameKeyphrase('/s/a.md', 'train de nuit').map((other) => other.path)).toEqual(['/s/b.md']);
    expect(site.sameTitle('/s/b.md', 'Les trains de nuit').map((other) => other.path)).toEqual(['/s/a.md']);
    expect(sameTextKey('  LES  Trains ')).toBe('les trains');
  });

  it('knows who links where, each article once, never itself', () => {
    expect(site.linkingTo('/s/b.md')).toEqual(['/s/a.md']);
    expect(site.linkingTo('/s/a.md')).toEqual([]);
    expect(site.article('/s/a.md')?.linksTo).toEqual(['/s/b.md']);
  });

  it('asks the disk for files that are no article of the site', () => {
    expect(site.fileExists('/s/c.md')).toBe(true);
    expect(site.fileExists('/s/disque.md')).toBe(true);
    expect(site.fileExists('/s/absent.md')).toBe(false);
  });
});
