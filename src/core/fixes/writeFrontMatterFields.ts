import YAML from 'yaml';
import type { ArticleDocument } from '../markdown/ArticleDocument';
import type { TextEdit } from './QuickFix';

/**
 * Adds fields to the front matter, creating a YAML block at the top when there is none. Values
 * are always double-quoted: a French « : » (with its space) in a plain YAML value breaks it.
 */
export function writeFrontMatterFields(doc: ArticleDocument, fields: Record<string, string>): TextEdit | undefined {
  const frontMatter = doc.frontMatter;
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  const missing = Object.entries(fields).filter(([key]) => !(frontMatter && key in frontMatter.data));
  if (missing.length === 0 || frontMatter?.error) return undefined;
  const lines = missing.map(([key, value]) =>
    frontMatter?.kind === 'toml' ? `${key} = ${JSON.stringify(value)}` : `${key}: ${YAML.stringify(value, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 }).trimEnd()}`);
  if (!frontMatter) {
    return { start: 0, end: 0, text: `---${eol}${lines.join(eol)}${eol}---${eol}${eol}` };
  }
  // Just before the closing fence, so existing keys keep their order.
  const closing = doc.text.lastIndexOf(frontMatter.kind === 'toml' ? '+++' : '---', frontMatter.range.end);
  const at = closing > frontMatter.range.start ? closing : frontMatter.range.end;
  return { start: at, end: at, text: `${lines.join(eol)}${eol}` };
}

/** Cuts text to at most `max` characters at a word boundary, adding « … » when it was cut. */
export function cutAtWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  if (chars.length <= max) return clean;
  const head = chars.slice(0, max - 1).join('');
  const boundary = head.search(/\s\S*$/);
  return `${(boundary > 0 ? head.slice(0, boundary) : head).replace(/[\s,;:–—«“(-]+$/u, '')}…`;
}
