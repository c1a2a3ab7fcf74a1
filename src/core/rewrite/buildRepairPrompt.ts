import { showFact } from './validateProposal';
import type { Validation, ValidationInput } from './validateProposal';
import { readerLength } from '../language/fr/readerText';
import { GOOGLE_TITLE_FONT_PX, textWidthPx } from '../language/titleWidth';

const list = (items: string[], quote = false) => items.map((item) => (quote ? `« ${item} »` : item)).join(' ; ');

/**
 * One precise follow-up for what is still unmet (« Il manque 160 mots : développez les sections
 * X et Y sans inventer de faits »), or undefined when nothing can be repaired by asking.
 */
export function buildRepairPrompt(validation: Validation, input: ValidationInput): string | undefined {
  const doc = validation.analysis.doc;
  const { limits } = input;
  const asks: string[] = [];
  for (const constraint of validation.unmet) {
    switch (constraint.id) {
      case 'french':
        asks.push('Rédige tout l’article en français (titres et front matter compris).');
        break;
      case 'min-words': {
        const missing = input.minWords - doc.wordCount;
        // The text under the H1 is the introduction: naming it by the title would confuse.
        const parts = validation.sections.shortest.map((section) => (section.introduction ? 'l’introduction' : `la section « ${section.heading} »`));
        asks.push(`Il manque ${missing} mots : développe ${parts.length ? parts.join(' et ') : 'le texte'} sans inventer de faits (contexte, explications, enchaînements tirés de la source).`);
        break;
      }
      case 'subheadings':
        asks.push(`Ajoute des intertitres « ${'#'.repeat(Math.max(2, input.headingLevel))} » : au moins ${Math.max(2, Math.ceil(doc.wordCount / 250))}, un toutes les 250 mots environ.`);
        break;
      case 'section-length': {
        const longest = validation.sections.longest;
        asks.push(longest
          ? `La section « ${longest.heading} » compte ${longest.words} mots : coupe-la avec un intertitre (${limits.sectionMax} mots au plus par section).`
          : `Coupe les sections de plus de ${limits.sectionMax} mots avec des intertitres.`);
        break;
      }
      case 'title':
        // Google cuts a title by its width: a title within the characters may still be too wide.
        asks.push(`Donne dans le front matter un « title » de ${limits.titleMax} caractères au plus et plus court que ${limits.titleMaxPx} px en Arial 20 px${doc.title?.text ? ` (l’actuel compte ${readerLength(doc.title.text)} caractères et ${Math.ceil(textWidthPx(doc.title.text, GOOGLE_TITLE_FONT_PX))} px : raccourcis-le)` : ''}.`);
        break;
      case 'description': {
        const current = doc.description?.text;
        asks.push(`Donne dans le front matter une « description » de ${limits.descriptionMin} à ${limits.descriptionMax} caractères${current ? ` (l’actuelle en compte ${readerLength(current)})` : ''}.`);
        break;
      }
      // Only hard facts reach here (numbers, dates, quotations, persons): « à vérifier » items
      // are the writer's to judge, never asked of the model.
      case 'facts-kept': {
        const quotes = validation.facts.missing.filter((fact) => fact.kind === 'quote').map((fact) => fact.text);
        const others = validation.facts.missing.filter((fact) => fact.kind !== 'quote').map((fact) => fact.text);
        if (quotes.length) asks.push(`Réintègre ces citations mot pour mot : ${list(quotes, true)}.`);
        if (others.length) asks.push(`Réintègre ces faits de la source : ${list(others)}.`);
        break;
      }
      case 'facts-unchanged':
        asks.push(`Rétablis ces faits tels que la source les donne : ${list(validation.facts.altered.map((change) => `${showFact(change.to)} doit redevenir ${showFact(change.from)}`))}.`);
        break;
      case 'nothing-invented':
        asks.push(`Retire ce qui n’est pas dans la source (n’invente rien) : ${list(validation.facts.introduced.map(showFact))}.`);
        break;
      case 'markdown-kept':
        asks.push(`Garde ces éléments de la source : ${list([...validation.constructs.links, ...validation.constructs.images])}${validation.constructs.code.length ? ' et les blocs de code à l’identique' : ''}.`);
        break;
      case 'fragment':
        asks.push(`Réponds par un fragment : sans front matter, intertitres à partir de « ${'#'.repeat(input.headingLevel)} ».`);
        break;
    }
  }
  if (asks.length === 0) return undefined;
  return ['Ta réponse ne respecte pas encore toutes les consignes. Corrige-la :', ...asks.map((ask) => `- ${ask}`), 'Renvoie le texte complet corrigé, avec toutes les consignes précédentes, sans aucun commentaire.'].join('\n');
}
