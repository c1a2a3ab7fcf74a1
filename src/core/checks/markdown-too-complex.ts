import { MAX_DEFINITIONS_IN_A_BLOCK, MAX_NESTING_DEPTH, isTooComplex } from '../markdown/limitComplexity';
import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

/**
 * Structure beyond what Plume reads as such — quotes or lists nested past MAX_NESTING_DEPTH, as
 * many link brackets, or more than MAX_DEFINITIONS_IN_A_BLOCK link definitions in a block: the
 * parser would take minutes, so that part is read as text (limitComplexity). The writer is told once.
 */
export default defineCheck({
  id: 'markdown-too-complex',
  title: { fr: 'Complexité du Markdown', en: 'Markdown complexity' },
  family: 'readability',
  description: {
    fr: 'Imbrication ou définitions de liens hors de toute mesure ; au-delà des limites, Plume lit la suite comme du texte.',
    en: 'Nesting or link definitions beyond any measure; past the limits, Plume reads the rest as text.',
  },
  passed: {
    fr: 'Plume lit toute la structure Markdown du texte.',
    en: 'Plume reads the whole Markdown structure of the text.',
  },
  // Information: nothing is wrong with the article as a reader sees it, but the analysis of that
  // part is plain text. One finding per document, on the first line concerned.
  defaultSeverity: 'info',
  defaultOptions: {},
  run({ doc, report }) {
    if (!isTooComplex(doc.text)) return;
    // The first block the limits change: where to point.
    const blocks = doc.text.split(/(\n[ \t]*\n)/);
    let offset = 0;
    for (const block of blocks) {
      if (isTooComplex(`${block}\n`)) {
        const firstLine = block.replace(/^\n+/, '');
        const start = offset + (block.length - firstLine.length);
        report({
          range: { start, end: start + (firstLine.indexOf('\n') < 0 ? firstLine.length : firstLine.indexOf('\n')) },
          message: {
            fr: `Structure hors de toute mesure (plus de ${nfr(MAX_NESTING_DEPTH)} niveaux de citations, de listes ou de crochets, ou plus de ${nfr(MAX_DEFINITIONS_IN_A_BLOCK)} définitions de liens d’affilée) : au-delà, Plume lit la suite comme du texte, car l’analyse prendrait des minutes. Simplifiez ce passage.`,
            en: `Structure beyond any measure (more than ${nen(MAX_NESTING_DEPTH)} levels of quotes, lists or brackets, or more than ${nen(MAX_DEFINITIONS_IN_A_BLOCK)} link definitions in a row): past that, Plume reads the rest as text, as parsing it would take minutes. Simplify this passage.`,
          },
        });
        return;
      }
      offset += block.length;
    }
  },
});
