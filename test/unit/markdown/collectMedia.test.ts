import { describe, expect, it } from 'vitest';
import { linkKind, siteHostOf } from '../../../src/core/markdown/collectMedia';
import { ArticleDocument } from '../../../src/core/markdown/ArticleDocument';

const linksOf = (text: string, siteUrl?: string) => new ArticleDocument(text, undefined, { siteUrl }).bodyLinks;
const imagesOf = (text: string) => new ArticleDocument(text).bodyImages;
const source = (text: string, range: { start: number; end: number }): string => text.slice(range.start, range.end);

describe('linkKind', () => {
  const site = siteHostOf('https://www.exemple.fr/blog/');

  it('reads the site\'s host without www., case or path', () => {
    expect(site).toBe('exemple.fr');
    expect(siteHostOf('HTTP://Exemple.FR:8080')).toBe('exemple.fr');
    expect(siteHostOf('exemple.fr')).toBeUndefined();
    expect(siteHostOf(undefined)).toBeUndefined();
  });

  it.each([
    ['suite.md', 'internal'],
    ['../guides/alsace', 'internal'],
    ['/guides/alsace', 'internal'],
    ['#acces', 'internal'],
    ['?page=2', 'internal'],
    ['https://exemple.fr/guides', 'internal'],
    ['https://www.exemple.fr', 'internal'],
    ['http://WWW.EXEMPLE.FR/a', 'internal'],
    ['//exemple.fr/a', 'internal'],
    ['https://exemple.fr./a', 'internal'],
    ['https://blog.exemple.fr/a', 'outbound'],
    ['https://exemple.fr.evil.com/a', 'outbound'],
    ['https://www.insee.fr/', 'outbound'],
    ['//www.insee.fr/', 'outbound'],
    ['mailto:redaction@exemple.fr', 'other'],
    ['tel:+33388000000', 'other'],
    ['ftp://exemple.fr/fichier', 'other'],
    ['javascript:void(0)', 'other'],
    ['', 'other'],
    ['#', 'other'],
  ])('%s is %s', (url, kind) => {
    expect(linkKind(url, site)).toBe(kind);
  });

  it('without a site, every http(s) URL is outbound', () => {
    expect(linkKind('https://www.exemple.fr/guides', undefined)).toBe('outbound');
    expect(linkKind('/guides', undefined)).toBe('internal');
  });
});

describe('ArticleDocument.bodyLinks', () => {
  it('collects Markdown, reference, autolink and HTML links in document order, with their text', () => {
    const text = [
      'Voir [le *guide*](/guide), <https://a.fr>, www.b.fr et [la source][src].',
      '',
      'Un <a href="https://c.fr" title="C">lien <strong>HTML</strong></a> en ligne.',
      '',
      '<p>Un bloc avec <a href=\'/d\'>un lien</a> et <a href=https://e.fr/?a=1&amp;b=2 rel="nofollow">un autre</a>.</p>',
      '',
      '[src]: https://source.org/doc',
    ].join('\n');
    const links = linksOf(text);
    expect(links.map((link) => [link.url, link.text, link.kind, link.html, link.nofollow])).toEqual([
      ['/guide', 'le guide', 'internal', false, false],
      ['https://a.fr', 'https://a.fr', 'outbound', false, false],
      ['http://www.b.fr', 'www.b.fr', 'outbound', false, false],
      ['https://source.org/doc', 'la source', 'outbound', false, false],
      ['https://c.fr', 'lien HTML', 'outbound', true, false],
      ['/d', 'un lien', 'internal', true, false],
      ['https://e.fr/?a=1&b=2', 'un autre', 'outbound', true, true],
    ]);
    expect(source(text, links[3]!.range)).toBe('[la source][src]');
    expect(source(text, links[4]!.range)).toBe('<a href="https://c.fr" title="C">lien <strong>HTML</strong></a>');
  });

  it('reads links in quotes, lists and tables, with exact ranges', () => {
    const text = '> Cité : <a href="https://f.fr">F</a>.\n\n- [G](https://g.fr)\n\n| a |\n|---|\n| [H](/h) |\n';
    const links = linksOf(text);
    expect(links.map((link) => source(text, link.range))).toEqual(['<a href="https://f.fr">F</a>', '[G](https://g.fr)', '[H](/h)']);
  });

  it('ends an unclosed HTML anchor with its paragraph, and skips anchors without href', () => {
    const text = 'Un <a href="https://i.fr">lien jamais fermé.\n\nUn <a name="ancre">point</a> de repère.\n';
    const links = linksOf(text);
    expect(links.map((link) => [link.url, link.text])).toEqual([['https://i.fr', '']]);
    expect(source(text, links[0]!.range)).toBe('<a href="https://i.fr">');
  });

  it('reads nothing in code, HTML comments or the front matter', () => {
    const text = '---\nurl: https://front.fr\n---\n\n`[a](https://a.fr)`\n\n```html\n<a href="https://b.fr">b</a>\n```\n\n<!-- <a href="https://c.fr">c</a> [d](https://d.fr) -->\n';
    expect(linksOf(text)).toEqual([]);
  });

  it('reads rel whatever its case and its other values', () => {
    expect(linksOf('<a rel="External NOFOLLOW" href="https://a.fr">a</a>\n')[0]?.nofollow).toBe(true);
    expect(linksOf('<a rel="noopener" href="https://a.fr">a</a>\n')[0]?.nofollow).toBe(false);
    expect(linksOf('<a rel="nofollowing" href="https://a.fr">a</a>\n')[0]?.nofollow).toBe(false);
  });

  it('classifies against the siteUrl it was given', () => {
    expect(linksOf('[a](https://www.exemple.fr/a)\n', 'https://exemple.fr').map((link) => link.kind)).toEqual(['internal']);
    expect(linksOf('[a](https://www.exemple.fr/a)\n').map((link) => link.kind)).toEqual(['outbound']);
  });
});

describe('hostile HTML', () => {
  it('stays linear on thousands of tags or comments that never close', () => {
    // Each of these took tens of seconds with regexes that rescan to the end from every « <a ».
    for (const text of ['<div>\n' + '<a '.repeat(100_000), '<div>\n' + '<img '.repeat(100_000), '<div>\n' + '<!-- '.repeat(100_000), `Un <a href="x">${'< '.repeat(100_000)}</a>`]) {
      const started = performance.now();
      const doc = new ArticleDocument(text);
      expect(doc.bodyImages.length + doc.bodyLinks.length).toBeLessThanOrEqual(1);
      expect(performance.now() - started).toBeLessThan(3_000);
    }
  });
});

describe('ArticleDocument.bodyImages', () => {
  it('collects Markdown, reference and HTML images with their alt, entities decoded', () => {
    const text = [
      '![Carte](carte.png) et ![Plan][plan] et [![Logo](logo.svg)](/).',
      '',
      '<figure><img src="a.jpg" alt="Caf&eacute; &amp; th&#233;"><img src=\'b.jpg\' alt=\'Route\'><img src=c.jpg alt=Col><img src="d.jpg"></figure>',
      '',
      '[plan]: plan.png',
    ].join('\n');
    expect(imagesOf(text).map((image) => [image.url, image.alt, image.html])).toEqual([
      ['carte.png', 'Carte', false],
      ['plan', 'Plan', false],
      ['logo.svg', 'Logo', false],
      ['a.jpg', 'Café & thé', true],
      ['b.jpg', 'Route', true],
      ['c.jpg', 'Col', true],
      ['d.jpg', '', true],
    ]);
  });

  it('reads no image in code or HTML comments, and not a data-alt attribute', () => {
    expect(imagesOf('`![a](a.png)`\n\n    ![b](b.png)\n\n<!-- <img src="c.png" alt="c"> -->\n')).toEqual([]);
    expect(imagesOf('<img src="a.png" data-alt="Faux">\n')[0]?.alt).toBe('');
  });
});

describe('literal e-mail addresses', () => {
  it('are links up to the 64 characters a local part may have, and nothing past', () => {
    const local = 'a'.repeat(64);
    expect(linksOf(`Écrire à ${local}@exemple.fr pour en savoir plus.\n`).map((link) => link.url)).toEqual([`mailto:${local}@exemple.fr`]);
    expect(linksOf(`Écrire à ${local}b@exemple.fr pour en savoir plus.\n`)).toEqual([]);
    expect(linksOf('Écrire à redaction@exemple.fr.\n').map((link) => link.url)).toEqual(['mailto:redaction@exemple.fr']);
  });
});
