import YAML from 'yaml';
import { readerCharacters } from '../language/fr/readerText';
import type { ArticleDocument } from '../markdown/ArticleDocument';
import type { TextEdit } from './QuickFix';

/** A value a writer left empty (`title:`, `title: ""`, `title: ~`): as good as missing. */
function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * Adds fields to the front matter, creating a YAML block at the top when there is none, and fills
 * the ones left empty in place. Values are always double-quoted: a French « : » (with its space)
 * in a plain YAML value breaks it.
 */
export function writeFrontMatterFields(doc: ArticleDocument, fields: Record<string, string>): TextEdit[] {
  const frontMatter = doc.frontMatter;
  if (frontMatter?.error) return [];
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  const line = (key: string, value: string) =>
    frontMatter?.kind === 'toml' ? `${key} = ${JSON.stringify(value)}` : `${key}: ${YAML.stringify(value, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 }).trimEnd()}`;
  const wanted = Object.entries(fields).filter(([key]) => !frontMatter || !(key in frontMatter.data) || isBlank(frontMatter.data[key]));
  if (wanted.length === 0) return [];
  if (!frontMatter) return [{ start: 0, end: 0, text: `---${eol}${wanted.map(([key, value]) => line(key, value)).join(eol)}${eol}---${eol}${eol}` }];
  const edits: TextEdit[] = [];
  const added: string[] = [];
  const block = doc.text.slice(frontMatter.range.start, frontMatter.range.end);
  for (const [key, value] of wanted) {
    // An empty key keeps its place: its line is replaced.
    const empty = key in frontMatter.data ? new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \t]*[:=][^\r\n]*$`, 'm').exec(block) : null;
    if (empty) {
      const start = frontMatter.range.start + empty.index;
      edits.push({ start, end: start + empty[0].length, text: line(key, value) });
    } else {
      added.push(line(key, value));
    }
  }
  if (added.length > 0) {
    // Just before the closing fence, so existing keys keep their order.
    const closing = doc.text.lastIndexOf(frontMatter.kind === 'toml' ? '+++' : '---', frontMatter.range.end);
    const at = closing > frontMatter.range.start ? closing : frontMatter.range.end;
    edits.push({ start: at, end: at, text: `${added.join(eol)}${eol}` });
  }
  return edits;
}

/** Cuts text to at most `max` characters at a word boundary, adding « … » when it was cut. */
export function cutAtWord(text: string, max: number): string {
  const chars = readerCharacters(text, max + 1);
  if (chars.length <= max) return chars.join('');
  const head = chars.slice(0, max - 1).join('');
  const boundary = head.search(/\s\S*$/);
  return `${(boundary > 0 ? head.slice(0, boundary) : head).replace(/[\s,;:–—«“(-]+$/u, '')}…`;
}
