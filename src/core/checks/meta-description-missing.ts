import type { ArticleDocument } from '../markdown/ArticleDocument';
import { frontMatterDraft } from '../fixes/frontMatterDraft';
import { readerCharacters, readerLength } from '../language/fr/readerText';
import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';
import metaDescriptionLength from './meta-description-length';
import type { FrontMatterDraftFix } from './title-missing';

/** A meta description drafted from the opening paragraphs: whole sentences if they fill `min`, else cut at a word. */
export function suggestDescription(doc: ArticleDocument, min: number, max: number): string | undefined {
  // Paragraphs in order until there is enough text: a one-line intro alone would be too short.
  let text = '';
  for (const paragraph of doc.paragraphs) {
    if (paragraph.words === 0) continue;
    // Skipped inline code and images leave a space behind: none before a period or comma.
    text = `${text} ${paragraph.block.text}`.replace(/\s+/g, ' ').replace(/ ([.,…)])/g, '$1').trim();
    if (readerLength(text) > max) break;
  }
  if (text === '') return undefined;
  const chars = readerCharacters(text, max + 1);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max).join('');
  // Whole sentences: up to the last end mark (and its closing quote) followed by a space.
  const sentences = /^.*[.!?…]\s?»?(?=\s)/u.exec(cut)?.[0];
  if (sentences && readerLength(sentences) >= min) return sentences;
  // Room for the ellipsis: cut before the last partial word, and drop dangling punctuation.
  const boundary = cut.search(/\s\S*$/);
  const head = (boundary > 0 ? cut.slice(0, boundary) : chars.slice(0, max - 1).join('')).replace(/[\s,;:–—«“(-]+$/u, '');
  return `${head}…`;
}

/** Every article needs a meta description: the snippet under the title in search results. */
export default defineCheck<{ suggestionMax: number }, FrontMatterDraftFix>({
  id: 'meta-description-missing',
  title: { fr: 'Présence de la méta-description', en: 'Meta description presence' },
  family: 'seo',
  description: {
    fr: 'L’article n’a pas de méta-description (`description` dans le front matter).',
    en: 'The article has no meta description (`description` in the front matter).',
  },
  passed: {
    fr: 'L’article a une méta-description.',
    en: 'The article has a meta description.',
  },
  // Without one, Google picks a snippet itself, often a sentence out of context.
  defaultSeverity: 'warning',
  defaultOptions: {
    // Length of the drafted suggestion: just under Yoast SEO's 156-character maximum, about what
    // Google shows on desktop before it truncates.
    suggestionMax: 155,
  },
  run({ doc, optionsOf, report, skip }) {
    // An unreadable front matter may well hold a description: `front-matter-invalid` says so.
    if (doc.frontMatter?.error) return skip();
    if (doc.description) return;
    const frontMatter = doc.frontMatter;
    const range = frontMatter ? { start: frontMatter.range.start, end: doc.lines.lineEndAt(frontMatter.range.start) } : doc.bodyStartRange;
    // The length the sibling check enforces, as configured, so both give the same numbers.
    const { min, max } = optionsOf(metaDescriptionLength);
    report({
      range,
      message: {
        fr: `Aucune méta-description : ni \`description\`, ni \`meta_description\` dans le front matter. Ajoutez un résumé de ${nfr(min)} à ${nfr(max)} caractères qui contient l’expression clé.`,
        en: `No meta description: no \`description\` or \`meta_description\` in the front matter. Add a ${nen(min)}–${nen(max)} character summary that contains the keyphrase.`,
      },
      // The draft description is the fix's to write, computed only when the editor asks for it.
      fix: {},
    });
  },
  fixes: (_fix, _finding, reading) => frontMatterDraft(reading, reading.options.suggestionMax),
});
