// Properties of the fact guard on random Markdown-ish text. Its cost is measured by `npm run
// bench` (two 2,000-word articles), never asserted here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleDocument } from '../../../../src/core/markdown/ArticleDocument';
import { compareFacts } from '../../../../src/core/rewrite/facts/compareFacts';
import { extractFacts } from '../../../../src/core/rewrite/facts/extractFacts';
import { CLEAN } from './helpers';

// Pieces that stress every rule at once: thousands spaces, ordinals, dates, every quote mark,
// elisions, hyphens, connectors, sentence starts, Markdown structure, code and links.
const PIECES = [
  '# ', '## 1. ', '- ', '1. ', '> ', '\n', '\n\n', '| a | b |\n|---|---|\n| 3 | Bakou |\n', '---\ntitle: "Blinken en 2023"\n---\n', '`42`', '```\n7\n```\n',
  '[lien](https://exemple.fr/2019)', '![Carte](c-2020.png)', '<p>Le 3 juin</p>', '« ', ' »', '\u00a0»', '«\u00a0', '“', '”', '"', '’', "'", '-', '–',
  '100', ' ', '\u00a0', '\u202f', '\u2009', '000', '3,5', '12 %', '1er', '1re', '2e', 'XXIe', 'Ier', 'Le ', 'Ce ', 'septembre', 'Août', '2022', 'mercredi',
  'Nancy ', 'Pelosi', 'l’', "d'", 'État', ' de ', ' du ', 'Haut-Karabakh', 'COVID-19', 'mi-', 'trois ', 'quatre-vingt', 'douzaine', '2 millions',
  '. ', ', ', ': ', '? ', '… ', '...', 'Plus ', 'Blinken ', 'a dit ', 'Σ', 'ΣΑ', 'İ', '😀', '\\', '*', '_',
];
const fragment = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

function assertSelfClean(text: string): void {
  const doc = new ArticleDocument(text);
  for (const fact of extractFacts(doc)) {
    expect(fact.text.trim()).not.toBe('');
    expect(fact.key).not.toBe('');
  }
  // Two documents of the same text: nothing is shared but the text.
  expect(compareFacts(doc, new ArticleDocument(text))).toEqual({ ...CLEAN, ignored: [] });
}

describe('fact guard properties', () => {
  it('holds on the counterexamples fast-check found', () => {
    // A capital and a backtick fold to an elided « c' », then to nothing (CI, seed -34730831).
    for (const text of ['0 C`', 'Le D` et L\' puis Qu`']) assertSelfClean(text);
  });

  it('never throws, and finds any text clean against itself', () => {
    fc.assert(fc.property(fragment, assertSelfClean), { numRuns: 400 });
    fc.assert(fc.property(fc.string({ maxLength: 300 }), assertSelfClean), { numRuns: 200 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), assertSelfClean), { numRuns: 150 });
  });
});
