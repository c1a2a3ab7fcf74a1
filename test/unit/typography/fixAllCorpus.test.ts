// The fix-all on the real French articles of bench/corpus-fr (64 articles, their sources and
// licences in that folder's README): it must leave the Markdown structure as it was — the same
// mdast tree once text values and positions are set aside — so that no fix ever opens or closes
// emphasis, a link, a list or a code span. It must also find nothing on a second pass.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/core/markdown/parseMarkdown';
import { fixTypography, typographyEdits } from '../../../src/core/typography/fixTypography';

const folder = new URL('../../../bench/corpus-fr/', import.meta.url);
const articles = readdirSync(folder).filter((name) => name.endsWith('.md') && name !== 'README.md').sort();

/** The tree without what a typography fix may change: text values and offsets. */
function structure(text: string): unknown {
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (node === null || typeof node !== 'object') return node;
    const entries = Object.entries(node as Record<string, unknown>)
      .filter(([key]) => key !== 'position' && key !== 'value')
      .map(([key, value]) => [key, strip(value)]);
    return Object.fromEntries(entries);
  };
  return strip(parseMarkdown(text));
}

describe('the fix-all on the 64 articles of bench/corpus-fr', () => {
  it('reads all of them', () => expect(articles.length).toBe(64));

  it.each(articles)('%s: same structure, and nothing left on a second pass', (name) => {
    const text = readFileSync(new URL(name, folder), 'utf8');
    const fixed = fixTypography(text);
    expect(structure(fixed)).toEqual(structure(text));
    expect(typographyEdits(fixed)).toEqual([]);
  });
});
