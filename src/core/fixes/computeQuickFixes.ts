import type { Finding } from '../checks/Check';
import type { ArticleDocument } from '../markdown/ArticleDocument';
import metaDescriptionLength from '../checks/meta-description-length';
import metaDescriptionMissing, { suggestDescription } from '../checks/meta-description-missing';
import titleLength from '../checks/title-length';
import type { ResolvedSettings } from '../config/PlumeConfig';
import { optionsOf } from '../config/resolveSettings';
import { changeHeadingLevel } from './changeHeadingLevel';
import type { QuickFix, TextEdit } from './QuickFix';
import { cutAtWord, writeFrontMatterFields } from './writeFrontMatterFields';

/**
 * The deterministic fixes for one finding, computed from the document the finding came from.
 * Fixes that need judgement (a better title, more words) are the rewrite's job, not these.
 */
export function computeQuickFixes(doc: ArticleDocument, finding: Finding, settings?: ResolvedSettings): QuickFix[] {
  const data = finding.data ?? {};
  switch (finding.checkId) {
    case 'title-missing':
    case 'meta-description-missing':
      return frontMatterSkeleton(doc, settings);
    case 'h1-multiple':
    case 'heading-increment': {
      const heading = doc.headings.find((candidate) => candidate.range.start === finding.range.start);
      const level = Number(data.suggestedLevel ?? data.expectedLevel);
      if (!heading || !(level >= 1 && level <= 6)) return [];
      return [fix(`Passer ce titre au niveau ${level} (H${level})`, `Make this heading level ${level} (H${level})`, [changeHeadingLevel(doc.text, heading, level)])];
    }
    case 'image-alt-missing': {
      const edit = data.edit as { range?: { start: number; end: number }; text?: string } | undefined;
      if (!edit?.range || typeof edit.text !== 'string') return [];
      return [fix(`Ajouter le texte alternatif « ${String(data.suggestedAlt)} »`, `Add the alt text “${String(data.suggestedAlt)}”`, [{ ...edit.range, text: edit.text }])];
    }
    case 'paragraph-too-long':
      return data.joinedLines ? separateJoinedLines(doc, finding) : [];
    default:
      return [];
  }
}

function fix(fr: string, en: string, edits: TextEdit[]): QuickFix {
  return { title: { fr, en }, edits, preferred: true };
}

/**
 * title (from the H1, else the first sentence) and description (from the opening paragraph), in
 * front matter, drafted to the lengths the team's title-length and meta-description-length ask.
 */
function frontMatterSkeleton(doc: ArticleDocument, settings?: ResolvedSettings): QuickFix[] {
  const fields: Record<string, string> = {};
  // An empty `title:` is as good as none (writeFrontMatterFields fills it in place).
  if (!doc.frontMatter?.data.title) {
    const firstSentence = doc.sentences.find((sentence) => sentence.words > 0);
    const h1 = doc.headings.find((heading) => heading.level === 1);
    const draft = h1?.text || (firstSentence ? doc.text.slice(firstSentence.range.start, firstSentence.range.end).replace(/[.!?…]+$/, '') : '');
    if (draft) fields.title = cutAtWord(draft, optionsOf(settings, titleLength).max);
  }
  if (!doc.description) {
    const { min, max } = optionsOf(settings, metaDescriptionLength);
    const description = suggestDescription(doc, min, Math.min(max, optionsOf(settings, metaDescriptionMissing).suggestionMax));
    if (description) fields.description = description;
  }
  const edits = writeFrontMatterFields(doc, fields);
  if (edits.length === 0) return [];
  const keys = Object.keys(fields).join(', ');
  return [doc.frontMatter
    ? fix(`Compléter le front matter (${keys}) à partir du texte`, `Complete the front matter (${keys}) from the text`, edits)
    : fix(`Ajouter un front matter (${keys}) tiré du texte`, `Add front matter (${keys}) drafted from the text`, edits)];
}

/** One paragraph per line, as the writer typed it: a blank line after every line break inside it. */
function separateJoinedLines(doc: ArticleDocument, finding: Finding): QuickFix[] {
  const paragraph = doc.paragraphs.find((candidate) => candidate.range.start === finding.range.start);
  const source = paragraph ? doc.text.slice(paragraph.range.start, paragraph.range.end) : '';
  // Inside a list or a quote, a blank line would end the item or the quote: leave those alone.
  if (!paragraph || paragraph.block.inList || /\n[ \t]*>/.test(source)) return [];
  const edits: TextEdit[] = [];
  for (const match of source.matchAll(/[ \t]*(\r?\n)[ \t]*/g)) {
    const start = paragraph.range.start + (match.index ?? 0);
    edits.push({ start, end: start + match[0].length, text: `${match[1]}${match[1]}` });
  }
  if (edits.length === 0) return [];
  return [fix('Séparer les lignes en paragraphes (ligne vide entre chaque)', 'Split the lines into paragraphs (blank line between each)', edits)];
}
