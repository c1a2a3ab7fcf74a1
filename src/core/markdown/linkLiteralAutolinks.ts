// GFM literal autolinks (« https://exemple.fr/page », « www.exemple.fr », « contact@exemple.fr »)
// as link nodes, found in text nodes after the parse — with exact positions, so that a URL is
// never read as prose (its numbers are no facts, its letters no words). The rules follow the GFM
// spec's « Autolinks (extension) »: a scheme or `www.`, a domain with a dot, then anything up to a
// space, less trailing punctuation and an unbalanced closing parenthesis.
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';

// An e-mail address's local part has at most 64 characters (RFC 5321): bounded, so that a long
// run of « x.x.x.… » with no « @ » costs 64 steps from each position, not the rest of the run
// (a 200 KB run took 30 s).
const LITERAL = /(?<![\p{L}\p{N}])(?:(?:https?:\/\/|www\.)[\w-]+(?:\.[\w-]+)*[^\s<]*|[\w+.-]{1,64}@[\w-]+(?:\.[\w-]+)+)/giu;
const TRAILING = /[?!.,:*_~'"»”’;]+$/u;
// Links and code already say what they are; HTML is not prose.
const SKIP = new Set(['link', 'linkReference', 'inlineCode', 'code', 'html', 'definition', 'yaml', 'toml']);

/** Where a literal really ends: trailing punctuation and unbalanced « ) » are the sentence's. */
function trim(candidate: string): string {
  let text = candidate.replace(TRAILING, '');
  while (text.endsWith(')') && (text.match(/\(/g)?.length ?? 0) < (text.match(/\)/g)?.length ?? 0)) text = text.slice(0, -1).replace(TRAILING, '');
  return text;
}

function urlOf(literal: string): string | undefined {
  if (/^https?:\/\//i.test(literal)) return literal;
  if (/^www\./i.test(literal)) return `http://${literal}`;
  // An e-mail address must end with a letter or digit (« a@b.fr. » ends at « fr »).
  return /[\p{L}\p{N}]$/u.test(literal) && literal.includes('@') ? `mailto:${literal}` : undefined;
}

function split(node: Text): PhrasingContent[] | undefined {
  const position = node.position;
  // Offsets map one to one only when the value is the source (no entity or escape inside).
  if (!position || position.end.offset === undefined || position.start.offset === undefined || position.end.offset - position.start.offset !== node.value.length) return undefined;
  // Every literal holds one of these (LITERAL's alternatives); most prose has none of them.
  if (!/@|https?:\/\/|www\./i.test(node.value)) return undefined;
  const base = position.start;
  // Points are asked for in increasing order: walk the lines once (a paragraph of thousands of
  // lines and links stays linear).
  let line = 0;
  let lineStart = 0;
  const at = (index: number) => {
    for (let newline = node.value.indexOf('\n', lineStart); newline >= 0 && newline < index; newline = node.value.indexOf('\n', lineStart)) {
      line++;
      lineStart = newline + 1;
    }
    const column = line === 0 ? base.column + index : index - lineStart + 1;
    return { line: base.line + line, column, offset: (base.offset ?? 0) + index };
  };
  const parts: PhrasingContent[] = [];
  let last = 0;
  LITERAL.lastIndex = 0;
  for (let match = LITERAL.exec(node.value); match !== null; match = LITERAL.exec(node.value)) {
    const literal = trim(match[0]);
    const url = literal ? urlOf(literal) : undefined;
    if (!url) continue;
    const start = match.index;
    const end = start + literal.length;
    if (start > last) parts.push({ type: 'text', value: node.value.slice(last, start), position: { start: at(last), end: at(start) } });
    const link: Link = { type: 'link', title: null, url, children: [{ type: 'text', value: literal, position: { start: at(start), end: at(end) } }], position: { start: at(start), end: at(end) } };
    parts.push(link);
    last = end;
    LITERAL.lastIndex = end;
  }
  if (parts.length === 0) return undefined;
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last), position: { start: at(last), end: position.end } });
  return parts;
}

/** Turns the literal autolinks of `tree`'s text into link nodes, in place. */
export function linkLiteralAutolinks(tree: Root): void {
  const visit = (parent: Parent): void => {
    for (let i = 0; i < parent.children.length; i++) {
      const child = parent.children[i] as Parent['children'][number];
      if (SKIP.has(child.type)) continue;
      if (child.type === 'text') {
        const parts = split(child);
        if (parts) {
          parent.children.splice(i, 1, ...(parts as Parent['children']));
          i += parts.length - 1;
        }
      } else if ('children' in child) visit(child as Parent);
    }
  };
  visit(tree);
}
