import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyzeArticle';

// Pieces that stress the parser and the French rules together: front matter fences, code,
// quotes, abbreviations, numbers with spaces, HTML, tables, CRLF, unbalanced constructs.
const PIECES = [
  '# ', '## ', '### ', '#### ', '---\n', '+++\n', '```\n', '~~~\n', '    code\n', '`x`', '\n', '\n\n', '\r\n', '- ', '1. ', '> ',
  '« ', ' »', '“', '”', '"', '![', '](', ')', '[', ']', '<div>', '</div>', '<img src="a.png">', '<!-- c -->', '&amp;', '&nbsp;',
  '| a | b |\n|---|---|\n| c | d |\n', 'title: Un titre\n', 'description: ', 'keyphrase: orage\n', 'keywords: [a, b]\n', 'title = "x"\n', ': [', '"\n',
  'l’Arménie ', 'aujourd’hui ', 'peut-être ', 'M. ', 'p. ex. ', 'etc. ', 'av. J.-C. ', 'n° ', 'Ier ', '3,5 ', '3.5 ', '100\u00a0000 ', '1\u202f000 ',
  '… ', '. ', '? ', '! ', 'Bonjour ', 'orage ', 'L’orage ', 'the ', 'https://exemple.fr ', 'mail@exemple.fr ', '😀 ', '\u0000', '\t', '*', '_', '\\',
];

const fragment = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

function assertSane(text: string): void {
  const { findings, failures, doc } = analyzeArticle(text);
  expect(failures).toEqual([]);
  expect(doc.wordCount).toBeGreaterThanOrEqual(0);
  for (const finding of findings) {
    expect(finding.range.start).toBeGreaterThanOrEqual(0);
    expect(finding.range.end).toBeGreaterThanOrEqual(finding.range.start);
    expect(finding.range.end).toBeLessThanOrEqual(text.length);
    expect(finding.message.fr).toBeTruthy();
    expect(finding.message.en).toBeTruthy();
  }
}

describe('analyzeArticle never throws', () => {
  it('on random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => assertSane(text)), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => assertSane(text)), { numRuns: 200 });
  });

  it('on random Markdown fragments', () => {
    fc.assert(fc.property(fragment, (text) => assertSane(text)), { numRuns: 500 });
    fc.assert(fc.property(fragment, fragment, (head, body) => assertSane(`---\n${head}\n---\n${body}`)), { numRuns: 300 });
  });

  it('on an empty document and on front matter alone', () => {
    assertSane('');
    assertSane('---\ntitle: Seul\n---\n');
    assertSane('---\n: : :\n---\n');
  });

  it('on a 1 MB document (its speed is measured by `npm run bench`)', () => {
    const paragraph = 'Lors d’un appel téléphonique du 3 octobre, les législateurs ont fait pression sur M. Blinken. « Aliyev va de l’avant », a tweeté Pallone ; plus de 100\u00a0000 Arméniens ont fui.\n\n';
    let text = '# Un très long document\n\n';
    while (text.length < 1_000_000) text += `## Partie\n\n${paragraph.repeat(20)}`;
    const { doc, failures } = analyzeArticle(text);
    expect(failures).toEqual([]);
    expect(doc.wordCount).toBeGreaterThan(150_000);
    expect(doc.sentences.length).toBeGreaterThan(10_000);
  });
});
