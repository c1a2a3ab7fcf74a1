import { describe, expect, it } from 'vitest';
import type { CheckFamily } from '../../../src/core/checks/Check';
import { allChecks } from '../../../src/core/checks/registry';

/**
 * The SEO report's sections: Yoast SEO's split of its analysis (SEO, readability), and French
 * typography. Written out here, not read from the checks, so that a new check must be classified
 * on purpose.
 */
const FAMILIES: Record<string, CheckFamily> = {
  'front-matter-invalid': 'seo',
  'title-missing': 'seo',
  'h1-multiple': 'seo',
  'word-count-min': 'seo',
  'meta-description-missing': 'seo',
  'meta-description-length': 'seo',
  'title-width': 'seo',
  'title-length': 'seo',
  'slug-length': 'seo',
  'keyphrase-length': 'seo',
  'keyphrase-in-title': 'seo',
  'keyphrase-in-slug': 'seo',
  'keyphrase-in-introduction': 'seo',
  'keyphrase-in-subheadings': 'seo',
  'keyphrase-density': 'seo',
  'keyphrase-distribution': 'seo',
  'keyphrase-in-meta-description': 'seo',
  'keyphrase-used-elsewhere': 'seo',
  'title-duplicate': 'seo',
  'description-duplicate': 'seo',
  'keyphrase-in-image-alt': 'seo',
  'links-internal-missing': 'seo',
  'links-outbound-missing': 'seo',
  'competing-links': 'seo',
  'link-broken': 'seo',
  'article-orphan': 'seo',
  'link-suggestion': 'seo',
  'images-missing': 'seo',
  'image-alt-missing': 'seo',
  'image-alt-length': 'seo',
  'image-alt-duplicate': 'seo',
  'heading-increment': 'readability',
  'subheadings-missing': 'readability',
  'section-too-long': 'readability',
  'paragraph-too-long': 'readability',
  'sentences-too-long': 'readability',
  'readability-fr': 'readability',
  'transition-words': 'readability',
  'passive-voice': 'readability',
  'sentence-beginnings': 'readability',
  'word-complexity': 'readability',
  'not-french': 'readability',
  'markdown-too-complex': 'readability',
  'typography-spaces': 'typography',
  'typography-apostrophe': 'typography',
  'typography-ellipsis': 'typography',
  'typography-numbers': 'typography',
  'typography-quotes': 'typography',
  'typography-accents': 'typography',
  'typography-ordinals': 'typography',
  'typography-punctuation-spacing': 'typography',
};

describe('check metadata', () => {
  it('classifies every check, and only the registered ones', () => {
    expect(Object.keys(FAMILIES).sort()).toEqual(allChecks.map((check) => check.id).sort());
  });

  describe.each(allChecks.map((check) => [check.id, check] as const))('%s', (id, check) => {
    it('has a short title in French and English, without a final period', () => {
      for (const title of [check.title.fr, check.title.en]) {
        expect(title.trim(), id).not.toBe('');
        expect(title.length, title).toBeLessThanOrEqual(40);
        expect(title, title).not.toMatch(/[.。]\s*$/);
        expect(title, title).toBe(title.trim());
      }
    });

    it('says what is good when it finds nothing, in one sentence per language', () => {
      for (const passed of [check.passed.fr, check.passed.en]) {
        expect(passed.trim(), id).not.toBe('');
        expect(passed, passed).toMatch(/[^.]\.$/);
      }
    });

    it('belongs to a report section: the Yoast SEO split, or typography', () => {
      expect(['seo', 'readability', 'typography']).toContain(check.family);
      expect(check.family).toBe(FAMILIES[id]);
    });

    it('writes its French with typographic apostrophes', () => {
      for (const text of [check.title.fr, check.passed.fr]) expect(text, text).not.toContain("'");
    });
  });
});
