import { analyzeArticle } from '../analyzeArticle';
import type { ArticleAnalysis } from '../analyzeArticle';
import type { PlumeConfig } from '../config/PlumeConfig';
import type { ArticleDocument } from '../markdown/ArticleDocument';
import { checkMarkdownConstructs } from './checkMarkdownConstructs';
import type { ConstructLoss } from './checkMarkdownConstructs';
import { compareFacts } from './facts/compareFacts';
import type { FactComparison } from './facts/compareFacts';
import type { Constraint } from './RewriteRequest';
import { LIMITS } from './rewriteLimits';

export interface ValidationInput {
  mode: 'document' | 'selection';
  minWords: number;
  headingLevel: number;
  keyphrase?: string;
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
export function validateProposal(source: ArticleDocument, proposal: string, input: ValidationInput): Validation {
  const layer: PlumeConfig = {
    minWords: input.minWords,
    // A fragment has no title or meta description of its own.
    checks: input.mode === 'selection' ? { 'title-missing': 'off', 'meta-description-missing': 'off', 'h1-multiple': 'off', 'heading-increment': 'off' } : {},
  };
  const analysis = analyzeArticle(proposal, [layer]);
  const doc = analysis.doc;
  const has = (id: string) => analysis.findings.some((finding) => finding.checkId === id && finding.severity !== 'hint');
  const facts = compareFacts(source, doc);
  const constructs = checkMarkdownConstructs(source, doc);
  const words = doc.wordCount;
  const subheadings = doc.headings.filter((heading) => heading.level >= Math.max(2, input.headingLevel)).length;
  const c = (id: string, met: boolean, fr: string, en: string): Constraint => ({ id, met, message: { fr, en } });
  const constraints: Constraint[] = [
    c('french', doc.language.language === 'fr' || (doc.language.language === 'unknown' && words < 50), 'Texte en français', 'Text in French'),
    c('min-words', words >= input.minWords, `${words} mots ; ${input.minWords} au minimum`, `${words} words; at least ${input.minWords}`),
    c('subheadings', !has('subheadings-missing') && (words < 300 || subheadings > 0), `${subheadings} intertitre(s)`, `${subheadings} subheading(s)`),
    c('section-length', !has('section-too-long'), `Sections de ${LIMITS.sectionMax} mots au plus`, `Sections of at most ${LIMITS.sectionMax} words`),
  ];
  if (input.mode === 'document') {
    const title = doc.title?.source === 'front-matter' ? doc.title.text : undefined;
    const description = doc.description?.text;
    const titleChars = title ? [...title].length : 0;
    const descriptionChars = description ? [...description].length : 0;
    constraints.push(
      c('title', title !== undefined && titleChars <= LIMITS.titleMax, title ? `Titre SEO de ${titleChars} caractères (${LIMITS.titleMax} au plus)` : 'Titre SEO absent du front matter', title ? `SEO title of ${titleChars} characters (at most ${LIMITS.titleMax})` : 'No SEO title in the front matter'),
      c('description', descriptionChars >= LIMITS.descriptionMin && descriptionChars <= LIMITS.descriptionMax,
        description ? `Méta-description de ${descriptionChars} caractères (${LIMITS.descriptionMin} à ${LIMITS.descriptionMax})` : 'Méta-description absente',
        description ? `Meta description of ${descriptionChars} characters (${LIMITS.descriptionMin} to ${LIMITS.descriptionMax})` : 'No meta description'),
    );
  } else {
    const tooHigh = doc.headings.filter((heading) => heading.level < input.headingLevel).length;
    constraints.push(c('fragment', !doc.frontMatter && tooHigh === 0, 'Fragment sans front matter ni titre trop haut', 'Fragment with no front matter and no heading above its level'));
  }
  const missing = facts.missing.map((fact) => fact.text);
  const introduced = facts.introduced.map((fact) => fact.text);
  constraints.push(
    c('facts-kept', missing.length === 0, missing.length ? `Faits manquants : ${missing.join(' ; ')}` : 'Tous les faits de la source sont présents', missing.length ? `Missing facts: ${missing.join('; ')}` : 'Every fact of the source is present'),
    c('nothing-invented', introduced.length === 0, introduced.length ? `Faits ajoutés : ${introduced.join(' ; ')}` : 'Aucun chiffre, date ou citation ajouté', introduced.length ? `Introduced facts: ${introduced.join('; ')}` : 'No number, date or quotation added'),
  );
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
      longest: longest && longest.words > LIMITS.sectionMax ? { heading: longest.heading?.text ?? '', words: longest.words } : undefined,
      shortest: [...titled].sort((a, b) => a.words - b.words).slice(0, 2).map((section) => ({ heading: section.heading?.text ?? '', introduction: section.heading?.level === 1 })),
    },
  };
}
