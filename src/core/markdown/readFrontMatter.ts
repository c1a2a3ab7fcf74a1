import type { Root } from 'mdast';
import { parse as parseToml } from 'smol-toml';
import YAML, { isMap, isScalar } from 'yaml';

export interface SourceRange {
  start: number;
  end: number;
}

export interface FrontMatter {
  kind: 'yaml' | 'toml';
  /** The whole block, fences included. */
  range: SourceRange;
  /** Offset where the block's content (after the opening fence) starts. */
  contentStart: number;
  data: Record<string, unknown>;
  /** Range of each top-level value in the source, where it could be located. */
  valueRanges: Record<string, SourceRange>;
  /** Set when the block could not be read: the finding `front-matter-invalid` reports it. */
  error?: { message: string; range: SourceRange };
}

/** Reads the YAML (`---`) or TOML (`+++`) front matter that remark-frontmatter found, if any. */
export function readFrontMatter(root: Root, text: string): FrontMatter | undefined {
  const node = root.children[0];
  if (!node || (node.type !== 'yaml' && node.type !== ('toml' as string))) return undefined;
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? 0;
  const value = (node as { value: string }).value;
  const firstBreak = text.indexOf('\n', start);
  const contentStart = value === '' || firstBreak < 0 ? firstBreak + 1 : text.indexOf(value, start);
  const base = { range: { start, end }, contentStart: Math.max(contentStart, start) };
  return node.type === 'yaml' ? readYaml(value, base) : readToml(value, base);
}

type Base = Pick<FrontMatter, 'range' | 'contentStart'>;

function readYaml(value: string, base: Base): FrontMatter {
  const document = YAML.parseDocument(value, { prettyErrors: false, uniqueKeys: false });
  const firstError = document.errors[0];
  if (firstError) {
    const at = base.contentStart + (firstError.pos[0] ?? 0);
    const message = firstError.message.split('\n')[0] ?? firstError.message;
    return { ...base, kind: 'yaml', data: {}, valueRanges: {}, error: { message, range: { start: at, end: Math.max(at + 1, base.contentStart + (firstError.pos[1] ?? 0)) } } };
  }
  const contents = document.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
    return { ...base, kind: 'yaml', data: {}, valueRanges: {} };
  }
  if (!isMap(contents)) {
    return { ...base, kind: 'yaml', data: {}, valueRanges: {}, error: { message: 'front matter is not a key: value mapping', range: base.range } };
  }
  const valueRanges: Record<string, SourceRange> = {};
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const range = (pair.value as { range?: [number, number, number] } | null)?.range;
    if (key !== undefined && range) valueRanges[key] = { start: base.contentStart + range[0], end: base.contentStart + range[1] };
    // One level down too: Nuxt Content and SEO plugins nest their fields (`seo: { title: … }`).
    if (key !== undefined && isMap(pair.value)) {
      for (const inner of pair.value.items) {
        const innerKey = isScalar(inner.key) ? String(inner.key.value) : undefined;
        const innerRange = (inner.value as { range?: [number, number, number] } | null)?.range;
        if (innerKey !== undefined && innerRange) valueRanges[`${key}.${innerKey}`] = { start: base.contentStart + innerRange[0], end: base.contentStart + innerRange[1] };
      }
    }
  }
  try {
    // Aliases are resolved here: an unknown anchor or an alias bomb throws (yaml caps aliases at 100).
    return { ...base, kind: 'yaml', data: toRecord(document.toJS()), valueRanges };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ...base, kind: 'yaml', data: {}, valueRanges: {}, error: { message, range: base.range } };
  }
}

function readToml(value: string, base: Base): FrontMatter {
  try {
    const data = toRecord(parseToml(value));
    const valueRanges: Record<string, SourceRange> = {};
    // TOML has no position API in smol-toml: locate top-level `key = value` lines, enough for ranges.
    const linePattern = /^[ \t]*("?)([\w-]+)\1[ \t]*=[ \t]*(.*?)[ \t]*$/gm;
    for (const match of value.matchAll(linePattern)) {
      const key = match[2] ?? '';
      const raw = match[3] ?? '';
      if (key in data && !(key in valueRanges)) {
        const start = base.contentStart + (match.index ?? 0) + match[0].indexOf(raw, match[0].indexOf('=') + 1);
        valueRanges[key] = { start, end: start + raw.length };
      }
    }
    return { ...base, kind: 'toml', data, valueRanges };
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    return { ...base, kind: 'toml', data: {}, valueRanges: {}, error: { message, range: base.range } };
  }
}

function toRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
