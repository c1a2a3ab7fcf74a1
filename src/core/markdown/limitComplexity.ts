// Markdown a person would never write but a paste, a generator or an attacker can produce makes
// the parser (micromark) superlinear, measured here:
// - quotes and lists nested thousands of levels (« >>>>… », « - - - - … », or each line indented a
//   little more): 5,000 list levels took 22 s and 2 GB;
// - link brackets by the thousand (« [[[[… », or « ] » closing nothing): each « ] » looks back over
//   the block for a label to close — 50,000 ran for minutes;
// - link reference definitions by the ten thousand in one block: 50,000 took 9 s.
// No article needs any of that. Beyond a limit, the markers are read as text: they are swapped for
// look-alike characters of the same length, so every offset — every range a finding reports —
// stays exact. The check `markdown-too-complex` tells the writer once.

// markdown-it, for the same reason, stops nesting at 20 levels in its CommonMark preset and at 100
// by default; 32 is far beyond any article and far below what costs anything.
export const MAX_NESTING_DEPTH = 32;
// A bibliography or a link-heavy page has tens of definitions; a thousand in one block is a generator's.
export const MAX_DEFINITIONS_IN_A_BLOCK = 1000;

const LOOK_ALIKE: Record<string, string> = { '>': '\uff1e', '-': '\u2010', '*': '\u2217', '+': '\uff0b', '.': '\uff0e', ')': '\uff09', '[': '\uff3b', ']': '\uff3d' };

// Cheap first looks; most texts stop at them. No bracket inside a step of the bracket patterns,
// so they cannot backtrack; a step may cross a line break but not a blank line (a new block).
const DEEP_LINE = new RegExp(`^(?:[ \\t]*(?:>|[-*+](?=[ \\t])|\\d{1,9}[.)](?=[ \\t]))){${MAX_NESTING_DEPTH + 1}}|^[ \\t]{${2 * MAX_NESTING_DEPTH},}\\S`, 'm');
const IN_BLOCK = '(?:[^\\[\\]\\n]|\\n(?![ \\t]*(?:\\n|$)))*';
const MANY_OPEN = new RegExp(`(?:\\[${IN_BLOCK}){${MAX_NESTING_DEPTH + 1}}`);
const MANY_CLOSE = new RegExp(`(?:\\]${IN_BLOCK}){${MAX_NESTING_DEPTH + 1}}`);
const DEFINITION_LINE = /^ {0,3}\[[^\]\n]{1,999}\]:/;
const MANY_DEFINITIONS = new RegExp(`(?:^ {0,3}\\[[^\\]\\n]{1,999}\\]:.*\\n){${MAX_DEFINITIONS_IN_A_BLOCK + 1}}`, 'm');

// The last answer: the parse asks about a text, then the check markdown-too-complex asks about
// the same one (the same string, so the comparison is a pointer's); the scan is ≈ 2 % of a parse.
let last: { text: string; complex: boolean } | undefined;

/** Whether `text` goes beyond what Plume reads as structure (then `limitComplexity` changes it). */
export function isTooComplex(text: string): boolean {
  if (last?.text === text) return last.complex;
  const complex = DEEP_LINE.test(text) || MANY_OPEN.test(text) || MANY_CLOSE.test(text) || MANY_DEFINITIONS.test(text);
  last = { text, complex };
  return complex;
}

/** `text` with the structure beyond the limits made plain text — same length, same offsets. */
export function limitComplexity(text: string): string {
  if (!isTooComplex(text)) return text;
  const lines = text.split('\n');
  let definitions = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line.trim() === '') definitions = 0;
    else if (DEFINITION_LINE.test(line) && ++definitions > MAX_DEFINITIONS_IN_A_BLOCK) lines[index] = neutraliseDefinition(line);
    lines[index] = limitContainers(lines[index] ?? '');
  }
  return limitBrackets(lines.join('\n'));
}

/** « [label]: url » read as text: both brackets of its label swapped. */
function neutraliseDefinition(line: string): string {
  const open = line.indexOf('[');
  const close = line.indexOf(']', open);
  return `${line.slice(0, open)}${LOOK_ALIKE['[']}${line.slice(open + 1, close)}${LOOK_ALIKE[']']}${line.slice(close + 1)}`;
}

/** Container markers (quotes, list items) of a line beyond MAX_NESTING_DEPTH, indentation counted. */
function limitContainers(line: string): string {
  let depth = 0;
  let columns = 0;
  let i = 0;
  let changed: string[] | undefined;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') {
      columns += line[i] === '\t' ? 4 : 1;
      i++;
    }
    const char = line[i] ?? '';
    let marker = -1;
    if (char === '>') marker = i;
    else if ((char === '-' || char === '*' || char === '+') && (line[i + 1] === ' ' || line[i + 1] === '\t')) marker = i;
    else {
      let j = i;
      while (j < line.length && j - i < 9 && (line[j] ?? '') >= '0' && (line[j] ?? '') <= '9') j++;
      if (j > i && (line[j] === '.' || line[j] === ')') && (line[j + 1] === ' ' || line[j + 1] === '\t')) marker = j;
    }
    if (marker < 0) break;
    depth++;
    // Indentation nests lists too: two columns a level at least.
    if (depth + Math.floor(columns / 2) > MAX_NESTING_DEPTH) {
      changed ??= line.split('');
      changed[marker] = LOOK_ALIKE[changed[marker] ?? ''] ?? changed[marker] ?? '';
    }
    columns += marker + 1 - i;
    i = marker + 1;
  }
  return changed ? changed.join('') : line;
}

/** Brackets of a block beyond MAX_NESTING_DEPTH open, or closing nothing beyond it, as text. */
function limitBrackets(text: string): string {
  if (!MANY_OPEN.test(text) && !MANY_CLOSE.test(text)) return text;
  const chars = text.split('');
  let depth = 0;
  let unmatched = 0;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    if (char === '\\') i++;
    else if (char === '[') {
      // A bracket read as text opens nothing: the depth stays at the limit.
      if (depth < MAX_NESTING_DEPTH) depth++;
      else chars[i] = LOOK_ALIKE['['] ?? '[';
    } else if (char === ']') {
      if (depth > 0) depth--;
      else if (++unmatched > MAX_NESTING_DEPTH) chars[i] = LOOK_ALIKE[']'] ?? ']';
    } else if (char === '\n' && /^[ \t]*(?:\n|$)/.test(text.slice(i + 1, i + 40))) {
      // A blank line ends the block, and every label in it.
      depth = 0;
      unmatched = 0;
    }
  }
  return chars.join('');
}
