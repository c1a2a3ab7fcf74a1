import metaDescriptionLength from '../checks/meta-description-length';
import { suggestDescription } from '../checks/meta-description-missing';
import type { CheckReading, CheckOptions } from '../checks/Check';
import titleLength from '../checks/title-length';
import titleWidth from '../checks/title-width';
import { cutAtWidth, GOOGLE_TITLE_FONT_PX } from '../language/titleWidth';
import type { QuickFix } from './QuickFix';
import { cutAtWord, writeFrontMatterFields } from './writeFrontMatterFields';

/**
 * A title drafted from the text, within both limits: `maxChars` characters (title-length's `max`,
 * cut at a word, as cutAtWord does) and `maxPx` pixels at Google's 20 px Arial (title-width's
 * `maxPx`, cut at a space by cutAtWidth). Each cut ends with « … », which both measure, so the
 * shorter of the two fits both; the same text cut twice never grows.
 */
export function draftTitle(text: string, maxChars: number, maxPx: number): string {
  const byChars = cutAtWord(text.replace(/[ \t\n\f\r]+/g, ' ').trim(), maxChars);
  const byWidth = cutAtWidth(byChars, maxPx, GOOGLE_TITLE_FONT_PX);
  // cutAtWidth keeps what fits before its ellipsis: a draft already cut by characters may end
  // with two of them (« … … »); one is enough, and it is no wider than the two.
  return byWidth === byChars ? byChars : byWidth.replace(/[\s,;:–—«“(-]*…\s*…$/u, '…').replace(/[\s,;:–—«“(-]+…$/u, '…');
}

/**
 * The fix of title-missing and meta-description-missing: title (from the H1, else the first
 * sentence) and description (from the opening paragraphs) in the front matter, drafted to the
 * lengths the team's title-length, title-width and meta-description-length ask, the description no longer
 * than meta-description-missing's `suggestionMax`. One fix for both findings: VS Code offers it once.
 */
export function frontMatterDraft({ doc, optionsOf }: CheckReading<CheckOptions>, suggestionMax: number): QuickFix[] {
  const fields: Record<string, string> = {};
  // An empty `title:` is as good as none (writeFrontMatterFields fills it in place).
  if (!doc.frontMatter?.data.title) {
    const firstSentence = doc.sentences.find((sentence) => sentence.words > 0);
    const h1 = doc.headings.find((heading) => heading.level === 1);
    const draft = h1?.text || (firstSentence ? doc.text.slice(firstSentence.range.start, firstSentence.range.end).replace(/[.!?…]+$/, '') : '');
    if (draft) fields.title = draftTitle(draft, optionsOf(titleLength).max, optionsOf(titleWidth).maxPx);
  }
  if (!doc.description) {
    const { min, max } = optionsOf(metaDescriptionLength);
    const description = suggestDescription(doc, min, Math.min(max, suggestionMax));
    if (description) fields.description = description;
  }
  const edits = writeFrontMatterFields(doc, fields);
  if (edits.length === 0) return [];
  const keys = Object.keys(fields).join(', ');
  const title = doc.frontMatter
    ? { fr: `Compléter le front matter (${keys}) à partir du texte`, en: `Complete the front matter (${keys}) from the text` }
    : { fr: `Ajouter un front matter (${keys}) tiré du texte`, en: `Add front matter (${keys}) drafted from the text` };
  return [{ title, edits, preferred: true }];
}
