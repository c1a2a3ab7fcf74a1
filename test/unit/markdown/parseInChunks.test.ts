import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdownInChunks } from '../../../src/core/markdown/parseInChunks';
import { parseMarkdown } from '../../../src/core/markdown/parseMarkdown';
import { planChunks } from '../../../src/core/markdown/planChunks';

// The contract: for every text and every chunk size, parsing in chunks gives exactly the tree of a
// whole parse (types, values, identifiers, spread flags, positions). Chunk size 1 cuts at every
// candidate boundary, 7 and 64 cut at some of them.
const CHUNK_SIZES = [1, 7, 64] as const;

/** JSON with sorted keys: deep equality whatever order the merge builds `position` objects in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** Where two trees first differ, as a path and both values, so a shrunk counterexample reads at once. */
function firstDifference(expected: unknown, actual: unknown, path = 'root'): string | undefined {
  if (canonical(expected) === canonical(actual)) return undefined;
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object') {
    if (Array.isArray(expected) && Array.isArray(actual) && expected.length !== actual.length) {
      return `${path}: ${expected.length} items expected, ${actual.length} found\n  expected ${short(expected)}\n  found    ${short(actual)}`;
    }
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
    for (const key of keys) {
      const inner = firstDifference(
        (expected as Record<string, unknown>)[key],
        (actual as Record<string, unknown>)[key],
        Array.isArray(expected) ? `${path}[${key}]` : `${path}.${key}`,
      );
      if (inner) return inner;
    }
  }
  return `${path}:\n  expected ${short(expected)}\n  found    ${short(actual)}`;
}

function short(value: unknown): string {
  const text = canonical(value) ?? String(value);
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}

/** Parses whole once, then in chunks at each size (`undefined`: the default size). */
function assertSameTree(text: string, chunkSizes: readonly (number | undefined)[]): void {
  let expected: ReturnType<typeof parseMarkdown>;
  try {
    expected = parseMarkdown(text);
  } catch {
    // Under vitest, remark's development builds run their assertions: `-\n[x] a` (a task marker
    // after an empty list item) fails one in mdast-util-gfm-task-list-item. Chunks must fail too.
    for (const chunkSize of chunkSizes) {
      expect(() => parseMarkdownInChunks(text, chunkSize === undefined ? undefined : { chunkSize }), JSON.stringify(text)).toThrow();
    }
    return;
  }
  const expectedJson = JSON.stringify(expected);
  for (const chunkSize of chunkSizes) {
    const actual = parseMarkdownInChunks(text, chunkSize === undefined ? undefined : { chunkSize });
    // Plain JSON first (fast); sorted keys only when it differs, so key order alone never fails.
    if (JSON.stringify(actual) === expectedJson || canonical(actual) === canonical(expected)) continue;
    throw new Error(
      `chunkSize ${chunkSize ?? 'default'} differs from parseMarkdown for ${JSON.stringify(text)}\n` +
        firstDifference(expected, actual),
    );
  }
}

function assertSameTreeForEverySize(text: string): void {
  assertSameTree(text, CHUNK_SIZES);
}

// ---------------------------------------------------------------------------------------------
// The adversarial documents: lines drawn from constructs that either look like a safe boundary
// (a blank line then a column-0 heading or letter) or run across one (fences, HTML blocks 1–5,
// lists, footnotes, definitions used elsewhere, front matter). A piece may hold several lines.

const headings = [
  '# a', '## b ##', '   ### c', '#', '#5 not heading', '#\tx', '###### six', '####### sept', ' # un',
  '    # code', '# [ref]', '## Titre *emph*', '# titre[^1]',
];
const letters = [
  '[x] tâche', '[ ] à faire', 'Élan', 'à la ligne', 'texte', 'b', 'Zut alors', 'fin de ligne  ', 'barre\\', 'a | b', 'ÉTÉ', 'x',
];
const blanks = ['', '', '', ' ', '\t', '   '];
const lists = [
  '- a', '* b', '+ c', '1. c', '2) d', '10. e', '-', '- [ ] tâche', '- [x] fait', '- # titre', '- ```',
];
const continuations = ['  suite', '    suite', '\tsuite', '  - imbriqué', '   - x', '      profond', '  # h'];
const quotes = ['> x', '>', '> # h', '> [ref]: /q', '> ```', '>> y', '> - item', '> <!--', '> [^1]: n'];
const fences = [
  '```', '````', '~~~', '~~~~', '```js', '~~~ py', ' ```', '  ~~~', '   ```', '    ```', '``` `x`', '`x`',
];
const html = [
  '<pre>', '</pre>', '<script>', '</script>', '<style>', '</style>', '<textarea>', '</textarea>',
  '<pre>x</pre>', '<!--', '-->', '<!-- c -->', '<?php', '?>', '<!DOCTYPE html>', '<!X', '>',
  '<![CDATA[', ']]>', '<div>', '</div>', ' <div>', '<span>', '</span>', '<a href="x">', 'texte <!-- c',
];
const definitions = [
  '[ref]: /url "t"', '[Ref Two]:\n/url', '[Ref Two]:', '/url', '[ref]:', '"titre"', '[REF]: /autre',
  '[été]: /e', '[x]: /x (t)', '[ref]: <>', '   [ref]: /trois', '[^1]: note', '[^n]: autre', '[^2]:',
  // Labels compare as written: escapes and character references are not decoded.
  '[a\\*b]: /u', '[&amp;]: /e', '[^&amp;]: n', '[a\\]b]: /u',
];
const references = [
  'voir [ref]', '[texte][ref]', '[texte][]', '![alt][ref]', '[Ref two]', '[ref][]', '[ÉTÉ]', 'note [x] fin',
  '[ref]', '![ref]', 'texte[^1]', 'appel[^n] et [^2]', '[^1]', '| [ref] | b |',
  'voir [a\\*b]', '[a*b]', '[&amp;]', '[&]', 'x[^&amp;]', 'x[^&]', '[a\\]b]',
];
// Definitions and references built from one small pool of labels, so that a reference and a
// definition of the same label often land in different chunks. Labels compare as written (case
// folded, whitespace collapsed): escapes and character references are not decoded, so `[a*b]`
// and `[&]` must not match `[a\*b]:` and `[&amp;]:`.
const labels = ['ref', 'REF', 'Ref Two', 'ref\ntwo', 'été', 'ÉTÉ', 'a\\*b', 'a*b', '&amp;', '&', 'a\\]b', '1'];
const definitionForms: ((label: string) => string)[] = [
  (l) => `[${l}]: /u "t"`, (l) => `[${l}]:\n/url`, (l) => `   [${l}]: /u`, (l) => `> [${l}]: /q`, (l) => `- [${l}]: /l`,
  (l) => `[^${l}]: note`, (l) => `[^${l}]: note\n    suite`,
];
const referenceForms: ((label: string) => string)[] = [
  (l) => `voir [${l}]`, (l) => `[texte][${l}]`, (l) => `![alt][${l}]`, (l) => `[${l}][]`, (l) => `texte[^${l}]`,
  (l) => `# [${l}]`, (l) => `| [${l}] | b |`, (l) => `[${l}]`,
];
const labelled = (forms: ((label: string) => string)[]) =>
  fc.tuple(fc.constantFrom(...forms), fc.constantFrom(...labels)).map(([form, label]) => form(label));

const tables = ['| a | b |', '| - | - |', 'a | b', '--- | ---', '|:-|-:|', '| c |', 'c | d'];
const breaks = ['---', '***', '===', '___', '- - -', '  ---', '=', '-', '+++', 'title: x', 'title = "x"'];
const inline = [
  '*emph* et **fort**', '_a_', '[lien](/u)', '<http://x.fr>', 'www.example.com', 'http://x.fr', 'a@b.fr',
  '`code`', '~~barré~~', 'texte &amp; &copy;', '\\# pas titre', '<span>x</span>',
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...blanks) },
  { weight: 4, arbitrary: fc.constantFrom(...headings) },
  { weight: 4, arbitrary: fc.constantFrom(...letters) },
  { weight: 2, arbitrary: fc.constantFrom(...lists) },
  { weight: 2, arbitrary: fc.constantFrom(...continuations) },
  { weight: 1, arbitrary: fc.constantFrom(...quotes) },
  { weight: 2, arbitrary: fc.constantFrom(...fences) },
  { weight: 2, arbitrary: fc.constantFrom(...html) },
  { weight: 2, arbitrary: fc.constantFrom(...definitions) },
  { weight: 2, arbitrary: fc.constantFrom(...references) },
  { weight: 3, arbitrary: labelled(definitionForms) },
  { weight: 3, arbitrary: labelled(referenceForms) },
  { weight: 1, arbitrary: fc.constantFrom(...tables) },
  { weight: 1, arbitrary: fc.constantFrom(...breaks) },
  { weight: 1, arbitrary: fc.constantFrom(...inline) },
);

const frontMatters = {
  none: [],
  yaml: ['---', 'title: Élan', '---'],
  toml: ['+++', 'title = "Élan"', '+++'],
  yamlUnclosed: ['---', 'title: x'],
  yamlThenBlank: ['---', 'a: 1', '---', ''],
} as const;

const document = fc
  .record({
    frontMatter: fc.constantFrom(...(Object.keys(frontMatters) as (keyof typeof frontMatters)[])),
    pieces: fc.array(piece, { maxLength: 24, size: 'max' }),
    eol: fc.constantFrom('\n', '\n', '\n', '\n', '\r\n', '\r', 'mixed'),
    // A BOM one run in four, so the plain case still dominates.
    bom: fc.nat(3).map((n) => n === 0),
    finalEol: fc.boolean(),
  })
  .map(({ frontMatter, pieces, eol, bom, finalEol }) => {
    const lines = [...frontMatters[frontMatter], ...pieces.flatMap((p) => p.split('\n'))];
    const eolAt = (index: number): string => (eol === 'mixed' ? ['\n', '\r\n', '\r'][index % 3]! : eol);
    const body = lines.map((line, index) => (index === lines.length - 1 && !finalEol ? line : line + eolAt(index))).join('');
    return (bom ? '\uFEFF' : '') + body;
  });

// Many boundaries per document: blocks of a few lines, each block preceded by a blank line and
// usually opened by a heading or a letter, with the constructs that must not be cut in between.
const block = fc
  .tuple(fc.constantFrom(...headings, ...letters, ...fences, ...html, ...lists), fc.array(piece, { maxLength: 4 }))
  .map(([first, rest]) => [first, ...rest].join('\n'));
const blockDocument = fc
  .record({ blocks: fc.array(block, { maxLength: 12, size: 'max' }), crlf: fc.boolean() })
  .map(({ blocks, crlf }) => {
    const text = blocks.join('\n\n') + '\n';
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

// 150 documents a property in `npm test`: a few seconds each, wide of the timeout on a loaded CI
// machine (400 took ~18 s of a 20 s budget there). Longer searches, as run when the chunked parse
// was written (20,000 a property): PLUME_FC_RUNS=20000 npx vitest run test/unit/markdown.
const RUNS = Number(process.env.PLUME_FC_RUNS ?? 150);

describe('parseMarkdownInChunks: the same tree as parseMarkdown', () => {
  it('for adversarial line soups (LF, CRLF, CR, mixed, BOM, front matter), chunk sizes 1, 7, 64', () => {
    fc.assert(fc.property(document, assertSameTreeForEverySize), { numRuns: RUNS });
  });

  it('for documents made of many blank-line-separated blocks, chunk sizes 1, 7, 64', () => {
    fc.assert(fc.property(blockDocument, assertSameTreeForEverySize), { numRuns: RUNS });
  });
});

// ---------------------------------------------------------------------------------------------
// Examples: each guards one way a chunk boundary can change the tree. Each is checked bare and
// after or before many sections (so it sits deep in a list of chunks, with shifted positions and
// far-away chunks), and `parseMarkdown`'s own reading is asserted so the example keeps guarding
// what its name says.

/** Ordinary sections: many candidate boundaries, nothing that reaches outside them. */
function sections(count: number, name = 'Section'): string {
  return Array.from({ length: count }, (_, i) => `## ${name} ${i + 1}\n\nLe texte de la section ${i + 1}.\n`).join('\n');
}

const padding = sections(40, 'Remplissage');

function assertSameTreeEverywhere(text: string): void {
  assertSameTree(text, [...CHUNK_SIZES, undefined]);
  assertSameTree(`${padding}\n${text}`, [1, 64]);
  assertSameTree(`${text}\n\n${padding}`, [1, 64]);
}

const types = (text: string): string[] => parseMarkdown(text).children.map((node) => node.type);

describe('parseMarkdownInChunks: boundaries that must not change the tree', () => {
  it('a reference used in the first chunk and defined in a later one', () => {
    const text = `Voir [ref], [le texte][ref], [ref][] et ![une image][ref].\n\n${sections(3)}\n[ref]: /url "Titre"\n`;
    const inline = (parseMarkdown(text).children[0] as { children: { type: string }[] }).children.map((node) => node.type);
    expect(inline.filter((type) => type !== 'text')).toEqual(['linkReference', 'linkReference', 'linkReference', 'imageReference']);
    assertSameTreeEverywhere(text);
  });

  it('a definition in the first chunk and its references in a later one', () => {
    const text = `[Ref Two]:\n/url\n\n${sections(3)}\nVoir [ref two] et [texte][REF TWO].\n`;
    expect(types(text)[0]).toBe('definition');
    assertSameTreeEverywhere(text);
  });

  it('a definition whose label differs only by Unicode case folding', () => {
    assertSameTreeEverywhere(`Voir [ÉTÉ].\n\n${sections(2)}\n[été]: /e\n`);
  });

  it('labels with escapes or character references match as written, not decoded', () => {
    // `[a\*b]:` defines `a\*b`, not `a*b`; `[&eacute;t&eacute;]:` defines `&eacute;t&eacute;`, not `été`.
    const cases: [reference: string, definition: string, resolves: boolean][] = [
      ['Voir [a\\*b].', '[a\\*b]: /u', true],
      ['Voir [a\\]b].', '[a\\]b]: /u', true],
      ['Voir [&amp;].', '[&amp;]: /u', true],
      ['Voir [&#233;t&#233;].', '[&#233;t&#233;]: /u', true],
      ['Voir [a*b].', '[a\\*b]: /u', false],
      ['Voir [été].', '[&eacute;t&eacute;]: /u', false],
      ['Une note[^a\\*b].', '[^a\\*b]: La source.', true],
      ['Une note[^&amp;].', '[^&amp;]: La source.', true],
      ['Une note[^a*b].', '[^a\\*b]: La source.', false],
    ];
    for (const [reference, definition, resolves] of cases) {
      const text = `${reference}\n\n${sections(2)}\n${definition}\n`;
      const resolved = (parseMarkdown(text).children[0] as { children: { type: string }[] }).children.some((node) => node.type !== 'text');
      expect(resolved, text).toBe(resolves);
      assertSameTreeEverywhere(text);
      assertSameTreeEverywhere(`${definition}\n\n${sections(2)}\n${reference}\n`);
    }
  });

  it('a footnote call before its definition in another chunk', () => {
    const text = `Une affirmation[^1].\n\n${sections(3)}\n[^1]: La source.\n    Suite de la note.\n\nFin.\n`;
    expect(types(text)).toContain('footnoteDefinition');
    assertSameTreeEverywhere(text);
  });

  it('a label mentioned over two lines, inside a quote, with spaces, or as a footnote-looking link', () => {
    // Mentions are looked up by their whole label when it closes on its line, else by its first word.
    for (const [reference, definition] of [
      ['Voir [deux\nmots].', '[Deux Mots]: /u'],
      ['> Voir [deux\n> mots] dans la citation.', '[deux mots]: /u'],
      ['Voir [  deux   mots  ].', '[deux mots]: /u'],
      ['Voir [^lien].', '[^lien]: /u'],
      ['Voir [lien-long] et [lien].', '[lien]: /u\n[lien-long]: /v'],
    ]) {
      assertSameTreeEverywhere(`${reference}\n\n${sections(2)}\n${definition}\n`);
      assertSameTreeEverywhere(`${definition}\n\n${sections(2)}\n${reference}\n`);
    }
  });

  it('pages of definitions and references are cut before their brackets, and stay the same tree', () => {
    const text = Array.from({ length: 300 }, (_, i) => `Voir [texte][lien${i}] et [lien${(i * 7) % 300}].\n\n[lien${i}]: https://exemple.fr/${i}\n`).join('\n');
    expect(planChunks(text, 1024).length).toBeGreaterThan(10);
    assertSameTreeEverywhere(text);
  });

  it('a definition inside a blockquote in another chunk', () => {
    const text = `Voir [ref].\n\n${sections(2)}\n> Citation\n>\n> [ref]: /dans-la-citation\n\nFin.\n`;
    assertSameTreeEverywhere(text);
  });

  it('an unclosed fence before a heading: the heading stays code', () => {
    const text = 'Avant.\n\n```js\nconst a = 1;\n\n# pas un titre\n\nEt pas un paragraphe.\n';
    expect(types(text)).toEqual(['paragraph', 'code']);
    assertSameTreeEverywhere(text);
  });

  it('a closed fence with blank lines, headings and letters inside', () => {
    const text = '~~~~\nligne\n\n# dedans\n\nÉlan\n~~~\n\n## encore dedans\n~~~~\n\n# Dehors\n';
    expect(types(text)).toEqual(['code', 'heading']);
    assertSameTreeEverywhere(text);
  });

  it('<!-- … blank line … # titre … -->: all one HTML block', () => {
    const text = 'Avant.\n\n<!--\ncommentaire\n\n# titre\n\nÉlan\n-->\n\nAprès.\n';
    expect(types(text)).toEqual(['paragraph', 'html', 'paragraph']);
    assertSameTreeEverywhere(text);
  });

  it('<pre> with blank lines and a # heading inside', () => {
    const text = '<pre>\nligne\n\n# heading\n\nÉlan\n</pre>\n\n# Après\n';
    expect(types(text)).toEqual(['html', 'heading']);
    assertSameTreeEverywhere(text);
  });

  it('the other HTML blocks that span blank lines: <?…?>, <!X…>, <![CDATA[…]]>, <script>, <style>, <textarea>', () => {
    for (const [open, close] of [['<?php', '?>'], ['<!DOCTYPE', '>'], ['<![CDATA[', ']]>'], ['<script>', '</script>'], ['<style>', '</style>'], ['<textarea>', '</textarea>']]) {
      const text = `Avant.\n\n${open}\nx\n\n# titre\n\nÉlan\n${close}\n\n# Après\n`;
      expect(types(text)).toEqual(['paragraph', 'html', 'heading']);
      assertSameTreeEverywhere(text);
    }
  });

  it('an unclosed HTML block runs to the end of the document', () => {
    const text = '<!--\n\n# titre\n\nÉlan\n';
    expect(types(text)).toEqual(['html']);
    assertSameTreeEverywhere(text);
  });

  it('a loose list right before a heading', () => {
    const text = '- un\n\n- deux\n\n  suite de deux\n\n# Titre\n\nÉlan\n';
    expect(parseMarkdown(text).children[0]).toMatchObject({ type: 'list', spread: true });
    assertSameTreeEverywhere(text);
  });

  it('a tight list followed by a blank line, then a letter', () => {
    assertSameTreeEverywhere('- un\n- deux\n\nÉlan\n\n1. trois\n2. quatre\n\n\nfin\n');
  });

  it('a table right before a heading', () => {
    const text = '| a | b |\n| - | - |\n| 1 | [ref] |\n\n# Titre\n\n[ref]: /url\n';
    expect(types(text)).toEqual(['table', 'heading', 'definition']);
    assertSameTreeEverywhere(text);
  });

  it('YAML front matter then headings', () => {
    const text = `---\ntitle: Élan\n\ndescription: x\n---\n\n# Titre\n\n${sections(3)}`;
    expect(types(text)[0]).toBe('yaml');
    assertSameTreeEverywhere(text);
  });

  it('TOML front matter then headings', () => {
    const text = `+++\ntitle = "Élan"\n+++\n\n# Titre\n\n${sections(3)}`;
    expect(types(text)[0]).toBe('toml');
    assertSameTreeEverywhere(text);
  });

  it('a front matter fence that is not at the start is a thematic break or a paragraph', () => {
    assertSameTreeEverywhere('Élan\n\n---\ntitle: x\n---\n\n# Titre\n\n+++\na = 1\n+++\n');
  });

  it('a CRLF document', () => {
    const text = `---\r\ntitle: x\r\n---\r\n\r\n${sections(4).replace(/\n/g, '\r\n')}\r\nVoir [ref].\r\n\r\n[ref]: /url\r\n`;
    assertSameTreeEverywhere(text);
  });

  it('a CR-only document', () => {
    assertSameTreeEverywhere(`${sections(4)}\n\`\`\`\n\n# code\n`.replace(/\n/g, '\r'));
  });

  it('a document starting with a BOM', () => {
    assertSameTreeEverywhere(`\uFEFF# Titre\n\n${sections(3)}`);
    assertSameTreeEverywhere(`\uFEFF---\ntitle: x\n---\n\n${sections(3)}`);
  });

  it('a document with no candidate boundary at all', () => {
    assertSameTree(Array.from({ length: 300 }, (_, i) => `- élément ${i}`).join('\n'), [1, 64]);
    assertSameTree(Array.from({ length: 300 }, (_, i) => `ligne ${i} d’un seul paragraphe`).join('\n'), [1, 64]);
    assertSameTree(`\`\`\`\n${sections(100)}`, [1, 64]);
  });

  it('an empty document and whitespace-only documents', () => {
    for (const text of ['', '\n', '\r\n', '\r', '   ', '\n\n\n', '\uFEFF', '\uFEFF\n', ' \t\n\t \n']) {
      assertSameTree(text, [...CHUNK_SIZES, undefined]);
    }
  });

  it('200 headings cut at every boundary', () => {
    assertSameTreeForEverySize(Array.from({ length: 200 }, (_, i) => `# Titre ${i}`).join('\n\n'));
  });
});

// ---------------------------------------------------------------------------------------------
// Real articles, all in the repository (a fresh clone has them).

function markdownFiles(folder: URL): { name: string; text: string }[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(new URL(name, folder), 'utf8') }));
}

// Real articles kept in the repository (with their sources and licences).
const corpus = [...markdownFiles(new URL('../../../bench/corpus/', import.meta.url)), ...markdownFiles(new URL('../../fixtures/fidelity/sources/', import.meta.url))];
const corpusLabel = 'bench/corpus and test/fixtures/fidelity/sources';

describe(`parseMarkdownInChunks: real articles (${corpusLabel})`, () => {
  it('has the articles to compare (a missing folder must not pass as « nothing to check »)', () => {
    // 8 articles and a README in bench/corpus, 5 sources of the fidelity set.
    expect(corpus.length).toBeGreaterThanOrEqual(13);
  });

  it.each(corpus.map(({ name, text }) => [name, text]))('%s, chunk sizes 1 and 4096', (_name, text) => {
    assertSameTree(text, [1, 4096]);
  });

  it('all the articles concatenated, chunk sizes 1 and 4096', () => {
    const text = corpus.map(({ text }) => (text.endsWith('\n') ? text : `${text}\n`)).join('\n');
    assertSameTree(text, [1, 4096]);
  });
});
