// The rewrite's proposals are typographically clean (issue 15): the fix-all runs on the cleaned
// answer before validation, so an accepted rewrite raises no typography finding — and the fact
// guard does not take the characters it changed (« 100000 » → « 100 000 ») for changed facts.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import type { ChatModel } from '../../../src/core/rewrite/ChatModel';
import { compareFacts } from '../../../src/core/rewrite/facts/compareFacts';
import { rewriteArticle } from '../../../src/core/rewrite/rewriteArticle';
import { verifyRewrite } from '../../../src/core/rewrite/verifyRewrite';
import { ArticleDocument } from '../../../src/core/markdown/ArticleDocument';

/** A model that answers `answer` in one chunk, whatever it is asked. */
const answering = (answer: string): ChatModel => ({
  model: 'script',
  stream: async function* () {
    yield answer;
  },
});

const SOURCE = [
  '# Le budget de l’État',
  '',
  'Le ministère a versé 100000 euros aux communes en 2023. Pourquoi ? Le préfet l’explique : « la dépense était prévue ».',
  '',
].join('\n');

const ANSWER = [
  '# Le budget de l\'Etat',
  '',
  'Le ministère a versé 100000 euros aux communes en 2023. Pourquoi? Le préfet l\'explique : "la dépense était prévue".',
  '',
].join('\n');

const typographyFindings = (text: string) => analyzeArticle(text).findings.filter((finding) => finding.checkId.startsWith('typography-'));

describe('rewrite proposals are typographically clean', () => {
  it('fixes « Pourquoi? », « l\'Etat », « 100000 euros » and "…" in the answer before validation', async () => {
    expect(typographyFindings(ANSWER).map((finding) => finding.checkId)).toEqual(expect.arrayContaining(['typography-spaces', 'typography-apostrophe', 'typography-accents', 'typography-numbers', 'typography-quotes']));
    const result = await rewriteArticle({ mode: 'selection', source: SOURCE, minWords: 5 }, answering(ANSWER), { now: () => 0 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.proposal).toContain('Le budget de l’État');
    expect(result.proposal).toContain('100\u202f000 euros');
    expect(result.proposal).toContain('Pourquoi\u202f?');
    expect(result.proposal).toContain('«\u00a0la dépense était prévue\u00a0»');
    expect(typographyFindings(result.proposal)).toEqual([]);
    // The number is the source's, grouped: no fact missing, added or altered.
    expect(result.report.missingFacts).toEqual([]);
    expect(result.report.introducedFacts).toEqual([]);
  });

  it('plume verify judges the same clean proposal', () => {
    const { proposal } = verifyRewrite(SOURCE, ANSWER, { mode: 'selection', minWords: 5 });
    expect(typographyFindings(proposal)).toEqual([]);
  });

  it('keeps the writer\'s settings: a typography check turned off is not applied', async () => {
    const result = await rewriteArticle({ mode: 'selection', source: SOURCE, minWords: 5, layers: [{ checks: { 'typography-accents': 'off' } }] }, answering(ANSWER), { now: () => 0 });
    expect(result.ok && result.proposal).toContain('l’Etat');
  });
});

describe('the fact guard reads grouped numbers as the same numbers', () => {
  it.each([
    ['100000', '100\u202f000'],
    ['100000', '100\u00a0000'],
    ['1234567', '1\u202f234\u202f567'],
  ])('%s in the source, %j in the proposal: nothing missing, added or altered', (before, after) => {
    const source = new ArticleDocument(`# Titre\n\nLa commune a reçu ${before} euros en 2023.\n`);
    const proposal = new ArticleDocument(`# Titre\n\nLa commune a reçu ${after} euros en 2023.\n`);
    const compared = compareFacts(source, proposal);
    expect(compared.missing).toEqual([]);
    expect(compared.introduced).toEqual([]);
    expect(compared.altered).toEqual([]);
  });
});
