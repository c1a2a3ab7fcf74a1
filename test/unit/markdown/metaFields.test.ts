import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleDocument } from '../../../src/core/markdown/ArticleDocument';
import { DESCRIPTION_KEYS, IMAGE_KEYS, KEYPHRASE_KEYS, SLUG_KEYS, TITLE_KEYS } from '../../../src/core/markdown/readMetaFields';

const doc = (frontMatter: string, body = '# Le titre du corps\n\nUn paragraphe.\n') => new ArticleDocument(`---\n${frontMatter}\n---\n\n${body}`);

describe('front matter conventions of the site generators', () => {
  it('reads Hugo: description over summary, slug, url, the first of images', () => {
    const hugo = doc('title: "Trains de nuit"\nsummary: "Résumé de liste."\ndescription: "La description."\nurl: /voyages/trains-de-nuit/\nimages: [/img/couchette.jpg, /img/autre.jpg]');
    expect(hugo.title?.text).toBe('Trains de nuit');
    expect(hugo.description?.text).toBe('La description.');
    expect(hugo.slug?.text).toBe('trains-de-nuit');
    expect(hugo.image?.text).toBe('/img/couchette.jpg');
  });

  it('reads Jekyll: excerpt as the description, a permalink file, and ignores a permalink pattern', () => {
    expect(doc('title: T\nexcerpt: "Un extrait."\npermalink: /blog/trains-de-nuit.html').slug?.text).toBe('trains-de-nuit');
    expect(doc('title: T\nexcerpt: "Un extrait."').description?.text).toBe('Un extrait.');
    expect(doc('permalink: /:categories/:title/').slug).toBeUndefined();
  });

  it('reads Nuxt Content and SEO modules: seo.title and seo.description, with their ranges', () => {
    const text = '---\ntitle: "Titre de la page"\nseo:\n  title: "Titre pour Google"\n  description: "Description pour Google."\n---\n\nTexte.\n';
    const nuxt = new ArticleDocument(text);
    expect(nuxt.title?.text).toBe('Titre pour Google');
    expect(nuxt.title?.key).toBe('seo.title');
    expect(text.slice(nuxt.title?.range.start, nuxt.title?.range.end)).toBe('"Titre pour Google"');
    expect(nuxt.description?.text).toBe('Description pour Google.');
  });

  it('prefers an SEO field to the page\'s own, and an image object\'s src', () => {
    expect(doc('title: Long\nseo_title: Court').title?.text).toBe('Court');
    expect(doc('description: "Page."\nmeta_description: "SEO."').description?.text).toBe('SEO.');
    expect(doc('cover:\n  image: /img/a.png\n  alt: Une image').image?.text).toBe('/img/a.png');
  });

  it('is what the README\'s table says, key for key and in order', () => {
    const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('<!-- front-matter-fields:start'), readme.indexOf('<!-- front-matter-fields:end'));
    const row = (label: string) => {
      const line = table.split('\n').find((candidate) => candidate.startsWith(`| ${label}`)) ?? '';
      return [...(line.split('|')[2] ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1]);
    };
    expect(row('Titre SEO')).toEqual(TITLE_KEYS);
    expect(row('Méta-description')).toEqual(DESCRIPTION_KEYS);
    expect(row('Expression clé')).toEqual(KEYPHRASE_KEYS);
    expect(row('Slug')).toEqual(SLUG_KEYS);
    expect(row('Image')).toEqual(IMAGE_KEYS);
  });
});
