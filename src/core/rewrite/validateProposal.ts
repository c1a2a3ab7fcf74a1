import { analyzeArticle } from '../analyzeArticle';
import { isSubheading, readerLength } from '../language/fr/readerText';
import { titleFits, titleWidthPx } from '../checks/title-width';
import type { ArticleAnalysis } from '../analyzeArticle';
import type { PlumeConfig } from '../config/PlumeConfig';
import type { ArticleDocument } from '../markdown/ArticleDocument';
import { fragmentLayer } from './fragmentChecks';
import { checkMarkdownConstructs } from './checkMarkdownConstructs';
import type { ConstructLoss } from './checkMarkdownConstructs';
import { compareFacts } from './facts/compareFacts';
import type { FactComparison } from './facts/compareFacts';
import type { Fact } from './facts/Fact';
import type { Constraint } from './RewriteRequest';
import type { RewriteLimits } from './rewriteLimits';

export interface ValidationInput {
  mode: 'document' | 'selection';
  minWords: number;
  headingLevel: number;
  keyphrase?: string;
  /** Facts the writer dismissed for this rewrite (`--ignore-fact`, the quick fix in the diff). */
  ignoreFacts?: readonly string[];
  /** The writer's configuration layers: the proposal is analysed as the diagnostics will analyse it. */
  layers: readonly (PlumeConfig | undefined)[];
  /** The limits the prompt stated, resolved from the same layers. */
  limits: RewriteLimits;
}

export interface ValidationState {
  /** The answer stopped before its end (a cut stream): what depends on the whole text is not judged. */
  incomplete?: boolean;
}

export interface Validation {
  analysis: ArticleAnalysis;
  constraints: Constraint[];
  unmet: Constraint[];
  facts: FactComparison;
  constructs: ConstructLoss;
  /** The longest section over the limit and the shortest sections, for a precise repair. */
  sections: { longest?: { heading: string; words: number }; shortest: { heading: string; introduction: boolean }[] };
}


/**
 * Checks a proposal the way the diagnostics would, plus what only a rewrite can break: the
 * source's facts and its links, images and code. Every constraint is listed, met or not.
 */
export function validateProposal(source: ArticleDocument, proposal: string, input: ValidationInput, state: ValidationState = {}): Validation {
  const layer: PlumeConfig = { minWords: input.minWords };
  // A fragment has no title, meta description or length of its own: the article has them.
  const analysis = analyzeArticle(proposal, input.mode === 'selection' ? [...input.layers, layer, fragmentLayer()] : [...input.layers, layer]);
  const { limits } = input;
  const doc = analysis.doc;
  const has = (id: string) => analysis.findings.some((finding) => finding.checkId === id && finding.severity !== 'hint');
  const compared = compareFacts(source, doc, { ignore: input.ignoreFacts });
  // A cut answer lacks most of the source by construction: listing it would drown the one thing
  // to say (« réponse incomplète »). What it changed or invented is still worth seeing.
  const facts = state.incomplete ? { ...compared, missing: [], toCheck: compared.toCheck.filter((note) => note.reason !== 'name-missing') } : compared;
  const constructs = checkMarkdownConstructs(source, doc);
  const words = doc.wordCount;
  const subheadings = doc.headings.filter((heading) => isSubheading(heading.level, Math.max(2, input.headingLevel))).length;
  const c = (id: string, met: boolean, fr: string, en: string): Constraint => ({ id, met, message: { fr, en } });
  const french = c('french', doc.language.language === 'fr' || (doc.language.language === 'unknown' && words < 50), 'Texte en français', 'Text in French');
  const factConstraints = describeFactConstraints(facts, c);
  if (state.incomplete) {
    const constraints = [
      c('complete', false, `Réponse incomplète : le modèle s’est arrêté après ${words} mots ; longueur, structure et faits manquants non vérifiés`, `Incomplete answer: the model stopped after ${words} words; length, structure and missing facts not checked`),
      french,
      ...factConstraints.filter((constraint) => constraint.id !== 'facts-kept'),
    ];
    return { analysis, constraints, unmet: constraints.filter((constraint) => !constraint.met), facts, constructs, sections: { shortest: [] } };
  }
  const constraints: Constraint[] = [
    french,
    c('min-words', words >= input.minWords, `${words} mots ; ${input.minWords} au minimum`, `${words} words; at least ${input.minWords}`),
    c('subheadings', !has('subheadings-missing') && (words < 300 || subheadings > 0), `${subheadings} ${subheadings < 2 ? 'intertitre' : 'intertitres'}`, `${subheadings} ${subheadings === 1 ? 'subheading' : 'subheadings'}`),
    c('section-length', !has('section-too-long'), `Sections de ${limits.sectionMax} mots au plus`, `Sections of at most ${limits.sectionMax} words`),
  ];
  if (input.mode === 'document') {
    const title = doc.title?.source === 'front-matter' ? doc.title.text : undefined;
    const description = doc.description?.text;
    const titleChars = title ? readerLength(title) : 0;
    // The prompt asks for characters, which a model can count; Google cuts by width, which
    // title-width measures: the proposal must satisfy both. Pixels rounded up, as title-width shows them.
    const titlePx = title ? Math.ceil(titleWidthPx(title)) : 0;
    const titleMet = title !== undefined && titleChars <= limits.titleMax && titleFits(title, limits.titleMaxPx);
    const descriptionChars = description ? readerLength(description) : 0;
    constraints.push(
      c('title', titleMet,
        title ? `Titre SEO de ${titleChars} caractères et ${titlePx} px de large (${limits.titleMax} caractères et ${limits.titleMaxPx} px au plus)` : 'Titre SEO absent du front matter',
        title ? `SEO title of ${titleChars} characters, ${titlePx} px wide (at most ${limits.titleMax} characters and ${limits.titleMaxPx} px)` : 'No SEO title in the front matter'),
      c('description', descriptionChars >= limits.descriptionMin && descriptionChars <= limits.descriptionMax,
        description ? `Méta-description de ${descriptionChars} caractères (${limits.descriptionMin} à ${limits.descriptionMax})` : 'Méta-description absente',
        description ? `Meta description of ${descriptionChars} characters (${limits.descriptionMin} to ${limits.descriptionMax})` : 'No meta description'),
    );
  } else {
    const tooHigh = doc.headings.filter((heading) => heading.level < input.headingLevel).length;
    constraints.push(c('fragment', !doc.frontMatter && tooHigh === 0, 'Fragment sans front matter ni titre trop haut', 'Fragment with no front matter and no heading above its level'));
  }
  constraints.push(...factConstraints);
  const lost = [...constructs.links, ...constructs.images, ...constructs.code.map((code) => `${code.split('\n')[0]}…`)];
  if (source.links.length || source.images.length || source.code.some((block) => block.kind !== 'inline')) {
    constraints.push(c('markdown-kept', lost.length === 0, lost.length ? `Éléments Markdown perdus : ${lost.join(' ; ')}` : 'Liens, images et code conservés', lost.length ? `Markdown lost: ${lost.join('; ')}` : 'Links, images and code kept'));
  }
  const titled = doc.sections.filter((section) => section.heading);
  const longest = [...titled].sort((a, b) => b.words - a.words)[0];
  return {
    analysis,
    constraints,
    unmet: constraints.filter((constraint) => !constraint.met),
    facts,
    constructs,
    sections: {
      longest: longest && longest.words > limits.sectionMax ? { heading: longest.heading?.text ?? '', words: longest.words } : undefined,
      shortest: [...titled].sort((a, b) => a.words - b.words).slice(0, 2).map((section) => ({ heading: section.heading?.text ?? '', introduction: section.heading?.level === 1 })),
    },
  };
}

/** The three hard-fact constraints; each lists what fails it, as a writer reads it. */
function describeFactConstraints(facts: FactComparison, c: (id: string, met: boolean, fr: string, en: string) => Constraint): Constraint[] {
  const missing = facts.missing.map(showFact);
  const altered = facts.altered.map((change) => `${showFact(change.from)} → ${showFact(change.to)}`);
  const introduced = facts.introduced.map(showFact);
  return [
    c('facts-kept', missing.length === 0, missing.length ? `Faits manquants : ${missing.join(' ; ')}` : 'Tous les faits de la source sont présents', missing.length ? `Missing facts: ${missing.join('; ')}` : 'Every fact of the source is present'),
    c('facts-unchanged', altered.length === 0, altered.length ? `Faits modifiés : ${altered.join(' ; ')}` : 'Aucun fait modifié', altered.length ? `Altered facts: ${altered.join('; ')}` : 'No fact altered'),
    c('nothing-invented', introduced.length === 0, introduced.length ? `Faits ajoutés : ${introduced.join(' ; ')}` : 'Aucun chiffre, date, citation ou personne ajouté', introduced.length ? `Introduced facts: ${introduced.join('; ')}` : 'No number, date, quotation or person added'),
  ];
}

/** A fact as the writer reads it: quotations between « ». */
export function showFact(fact: Fact): string {
  return fact.kind === 'quote' ? `« ${fact.text} »` : fact.text;
}
