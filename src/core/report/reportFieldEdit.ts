import type { TextEdit } from '../fixes/QuickFix';
import { writeFrontMatterFields } from '../fixes/writeFrontMatterFields';
import { ArticleDocument } from '../markdown/ArticleDocument';
import { articleHead } from '../markdown/articleHead';
import { mergeFrontMatter } from '../rewrite/mergeFrontMatter';

export type ReportFieldName = 'title' | 'description' | 'keyphrase' | 'synonyms';

/**
 * The one edit that writes a value typed in the SEO report into the article's front matter: in
 * the key the article already uses for it (`seo_title`, `summary`, `focus_keyphrase`…), else in
 * `title`, `description` or `keyphrase`, every other key kept verbatim (the rewrite's
 * mergeFrontMatter); a YAML block is created at the top when there is none. An emptied field is
 * written as `""` (the writer sees the key they cleared). Undefined when there is nothing to change;
 * 'invalid-front-matter' when the front matter does not parse (it would be rewritten blind).
 */
export function reportFieldEdit(text: string, field: ReportFieldName, value: string): TextEdit | 'invalid-front-matter' | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const doc = new ArticleDocument(articleHead(text.slice(bom)));
  const frontMatter = doc.frontMatter;
  if (frontMatter?.error) return 'invalid-front-matter';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const clean = value.replace(/\s+/g, ' ').trim();
  if (clean === '') {
    // Only a value the front matter holds can be emptied.
    const current = field === 'title' ? doc.title : field === 'description' ? doc.description : field === 'keyphrase' ? doc.keyphrase : undefined;
    const key = field === 'synonyms' ? doc.frontMatterSynonyms.key : current?.source === 'front-matter' ? current.key : undefined;
    if (!key) return undefined;
    const range = frontMatter?.valueRanges[key];
    if (!range || text.slice(bom + range.start, bom + range.end).trim() === '""') return undefined;
    const trailing = /\s*$/.exec(text.slice(bom + range.start, bom + range.end))?.[0] ?? '';
    return { start: bom + range.start, end: bom + range.end, text: `""${trailing}` };
  }
  if (field === 'keyphrase' && doc.keyphrase?.source === 'front-matter' && doc.keyphrase.key === 'keywords') {
    // A keyphrase read from `keywords` stays in the writer's list; the typed one gets its own key, which wins.
    const [edit] = writeFrontMatterFields(doc, { keyphrase: clean });
    return edit && { start: bom + edit.start, end: bom + edit.end, text: edit.text };
  }
  const merged = mergeFrontMatter(doc, { [field]: clean }, eol);
  if (merged === '') return undefined;
  if (!frontMatter) return { start: bom, end: bom, text: `${merged}${eol}` };
  const block = merged.slice(0, merged.length - eol.length);
  if (block === doc.text.slice(frontMatter.range.start, frontMatter.range.end)) return undefined;
  return { start: bom + frontMatter.range.start, end: bom + frontMatter.range.end, text: block };
}
