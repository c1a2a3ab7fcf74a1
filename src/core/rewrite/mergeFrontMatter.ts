import YAML from 'yaml';
import type { ArticleDocument } from '../markdown/ArticleDocument';

export interface SeoFields {
  title?: string;
  description?: string;
  keyphrase?: string;
  /** Comma-separated (Yoast's own form of the field), written where the article keeps its synonyms. */
  synonyms?: string;
}

const quoteYaml = (value: string) => YAML.stringify(value, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 }).trimEnd();

/**
 * The front matter of a rewritten document: the source's own block with only Plume's fields
 * (title, description, keyphrase) written — every other key kept verbatim, in order — or a new
 * YAML block when the source had none. Values are double-quoted (a French « : » breaks plain YAML).
 */
export function mergeFrontMatter(source: ArticleDocument, fields: SeoFields, eol: string): string {
  const entries = Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
  const frontMatter = source.frontMatter;
  if (!frontMatter || frontMatter.error) {
    // Nothing to write (an incomplete answer, a fragment): no empty `---`/`---` block.
    if (entries.length === 0) return '';
    return `---${eol}${entries.map(([field, value]) => `${field === 'synonyms' ? 'keyphrase_synonyms' : field}: ${quoteYaml(value)}`).join(eol)}${eol}---${eol}`;
  }
  const toml = frontMatter.kind === 'toml';
  const format = (value: string) => (toml ? JSON.stringify(value) : quoteYaml(value));
  // The source names its keyphrase its own way (focus_keyphrase, keywords…): write that key.
  const keyphraseKey = source.keyphrase?.key && source.keyphrase.key !== 'keywords' ? source.keyphrase.key : 'keyphrase';
  const keys: Record<string, string> = { title: source.title?.source === 'front-matter' && source.title.key ? source.title.key : 'title', description: source.description?.key ?? 'description', keyphrase: keyphraseKey, synonyms: source.frontMatterSynonyms.key ?? 'keyphrase_synonyms' };
  const block = source.text.slice(frontMatter.range.start, frontMatter.range.end);
  const replacements: { start: number; end: number; text: string }[] = [];
  const additions: string[] = [];
  for (const [field, value] of entries) {
    const key = keys[field] ?? field;
    const range = frontMatter.valueRanges[key];
    // A keyphrase already in `keywords` is kept as the writer listed it.
    if (field === 'keyphrase' && source.keyphrase?.key === 'keywords') continue;
    if (range) {
      // A block scalar (`description: >-` and its indented lines) ends with its line break: keep it.
      const trailing = /\s*$/.exec(source.text.slice(range.start, range.end))?.[0] ?? '';
      replacements.push({ start: range.start - frontMatter.range.start, end: range.end - frontMatter.range.start, text: format(value) + trailing });
    }
    else additions.push(toml ? `${key} = ${format(value)}` : `${key}: ${format(value)}`);
  }
  let merged = replacements.sort((a, b) => b.start - a.start).reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), block);
  if (additions.length) {
    const fence = merged.lastIndexOf(toml ? '+++' : '---');
    merged = `${merged.slice(0, fence)}${additions.join(eol)}${eol}${merged.slice(fence)}`;
  }
  return `${merged}${eol}`;
}
