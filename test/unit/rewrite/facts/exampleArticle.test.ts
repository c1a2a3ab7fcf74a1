// The fact guard on the user's own example: the article against itself, against a copy with
// one change of each kind, against a faithful paraphrase written for this test, and against the
// scripted model answers of test/fixtures/rewrite.
import { describe, expect, it } from 'vitest';
import { ArticleDocument } from '../../../../src/core/markdown/ArticleDocument';
import { compareFacts } from '../../../../src/core/rewrite/facts/compareFacts';
import { CLEAN, compare, fixture, show } from './helpers';

const ARTICLE = fixture('example', 'article-blinken-azerbaidjan.txt');

/** `text` with `from` replaced by `to`, failing loudly if the fixture ever changes under the test. */
function change(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

// A rewrite of the first three paragraphs as Plume asks for one: front matter, H1, H2s, every
// fact kept, nothing added — the title and description hold only facts of the source.
const PARAPHRASE = `---
title: "Haut-Karabakh : Blinken pressé d’agir contre Aliyev"
description: "Le 3 octobre, des législateurs démocrates ont pressé Blinken d’agir contre l’Azerbaïdjan après l’invasion du Haut-Karabakh en septembre."
---

# Haut-Karabakh : des démocrates pressent Blinken

## Un appel sensible le 3 octobre

Lors d’un appel téléphonique du 3 octobre, des législateurs ont pressé Blinken d’envisager des mesures contre Aliyev. En cause : l’invasion de la région du Haut-Karabakh par l’Azerbaïdjan en septembre. Les sources ont obtenu l’anonymat pour évoquer cet appel sensible.

## La réponse du Département d’État

Blinken a répondu que le Département d’État étudiait des moyens de demander des comptes à l’Azerbaïdjan. Il n’envisageait pas de renouveler la dérogation qui autorise depuis longtemps les États-Unis à fournir une assistance militaire à Bakou. Selon lui, l’État voyait la possibilité que l’Azerbaïdjan envahisse le sud de l’Arménie dans les semaines à venir.

## Confiance dans les pourparlers

Blinken restait toutefois confiant dans les pourparlers diplomatiques entre l’Arménie et l’Azerbaïdjan. Il l’a dit aux représentants démocrates Nancy Pelosi et Anna Eshoo, de Californie, et Frank Pallone, du New Jersey.
`;

describe('the fact guard on the example article', () => {
  it('finds nothing missing or added when the article is compared with itself', () => {
    const doc = new ArticleDocument(ARTICLE);
    expect(compareFacts(doc, doc)).toEqual({ ...CLEAN, ignored: [] });
    expect(compare(ARTICLE, ARTICLE)).toEqual(CLEAN);
  });

  it('reports exactly a changed figure, a changed date, a changed quote word (each once, as altered) and a dropped person', () => {
    let altered = change(ARTICLE, 'Chaque année depuis 2002', 'Chaque année depuis 2003');
    altered = change(altered, 'Dans une déclaration du 20 septembre', 'Dans une déclaration du 22 septembre');
    altered = change(altered, '« pourparlers directs »', '« pourparlers bilatéraux »');
    altered = change(altered, 'Gabriel Gavin a rapporté de Bakou', 'Notre correspondant a rapporté de Bakou');
    expect(compare(ARTICLE, altered)).toEqual({
      missing: ['name:Gabriel Gavin'],
      introduced: [],
      altered: ['number:2002 → 2003', 'date:20 septembre → 22 septembre', 'quote:pourparlers directs → pourparlers bilatéraux'],
      toCheck: [],
    });
  });

  it('passes a faithful paraphrase with subheadings and front matter clean', () => {
    const firstParagraphs = ARTICLE.split('\n').slice(0, 3).join('\n');
    expect(compare(firstParagraphs, PARAPHRASE)).toEqual(CLEAN);
  });
});

describe('the fact guard on the scripted model answers', () => {
  const faithful = fixture('rewrite', 'faithful.md');
  const altered = fixture('rewrite', 'altered-facts.md');
  const changes = JSON.parse(fixture('rewrite', 'altered-facts.changes.json')) as { kind: string; change: string; source?: string; output?: string }[];
  const sorted = (items: string[]): string[] => [...items].sort();

  it('passes faithful.md: its hard facts all kept, the source’s garbled name only to check', () => {
    // The source's garbled « au Nagorno-Azerbaïdjan. Karabakh. » is written « au Haut-Karabakh »
    // there, as any good rewrite writes it: a place, so « à vérifier », never a failure.
    expect(compare(ARTICLE, faithful)).toEqual({ ...CLEAN, toCheck: ['name-missing:Nagorno-Azerbaïdjan'] });
  });

  it('reports in altered-facts.md exactly the changes listed beside it', () => {
    const missing = changes.filter((item) => item.output === undefined).map((item) => `${item.kind}:${item.source}`);
    const introduced = changes.filter((item) => item.source === undefined).map((item) => `${item.kind}:${item.output}`);
    const altered2 = changes.filter((item) => item.source !== undefined && item.output !== undefined).map((item) => `${item.kind}:${item.source} → ${item.output}`);
    // Against faithful.md, of which it is an edit: the changes and nothing else.
    const fromFaithful = compareFacts(new ArticleDocument(faithful), new ArticleDocument(altered));
    expect(sorted(show(fromFaithful.missing))).toEqual(sorted(missing));
    expect(sorted(show(fromFaithful.introduced))).toEqual(sorted(introduced));
    expect(sorted(fromFaithful.altered.map((change) => `${change.kind}:${change.from.text} → ${change.to.text}`))).toEqual(sorted(altered2));
    expect(fromFaithful.toCheck).toEqual([]);
    // Against the source article: the same changes.
    const fromSource = compare(ARTICLE, altered);
    expect(sorted(fromSource.missing)).toEqual(sorted(missing));
    expect(sorted(fromSource.introduced)).toEqual(sorted(introduced));
    expect(sorted(fromSource.altered)).toEqual(sorted(altered2));
  });
});
