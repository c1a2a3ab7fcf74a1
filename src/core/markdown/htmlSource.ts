// Reading the source of HTML nodes without the regexes that rescan to the end of the text from
// every « <!-- », « <script » or « < » that never closes: a pasted block of 100,000 broken tags
// took tens of seconds with them. Every function here is linear and keeps offsets (what it
// removes becomes spaces of the same length).

/** `source` with each HTML comment blanked, same length (an unclosed one runs to the end, as in HTML). */
export function blankComments(source: string): string {
  let at = source.indexOf('<!--');
  if (at < 0) return source;
  let result = '';
  let from = 0;
  while (at >= 0) {
    const close = source.indexOf('-->', at + 4);
    const end = close < 0 ? source.length : close + 3;
    result += source.slice(from, at) + ' '.repeat(end - at);
    from = end;
    at = source.indexOf('<!--', end);
  }
  return result + source.slice(from);
}

/**
 * `source` up to its last « > », where any tag must end. Every tag opened before it has a « > »
 * after it: a tag regex matches up to there or fails at once, and stays linear.
 */
export function tagScope(source: string): string {
  return source.slice(0, source.lastIndexOf('>') + 1);
}

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isHtmlSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
const ENTITY = /&(?:[a-zA-Z]+|#\d+|#x[\da-fA-F]+);/g;

/** Where the `</name\s*>` that closes a `<script>` or `<style>` opened at `from` ends, or -1. */
function closingTagEnd(source: string, name: string, from: number): number {
  for (let at = source.indexOf(`</${name}`, from); at >= 0; at = source.indexOf(`</${name}`, at + 2)) {
    let end = at + 2 + name.length;
    while (end < source.length && isHtmlSpace(source.charCodeAt(end))) end++;
    if (source.charCodeAt(end) === 62) return end + 1;
  }
  return -1;
}

/**
 * The text of an HTML block as a reader reads it: comments, `<script>`/`<style>` bodies, tags and
 * entities blanked with spaces of the same length, so the rest keeps its offsets.
 */
export function blankHtml(source: string): string {
  const text = blankComments(source);
  const lastClose = text.lastIndexOf('>');
  let result = '';
  let from = 0;
  // Once a script or style is found unclosed, none after it closes either.
  const unclosed = new Set<string>();
  for (let at = text.indexOf('<'); at >= 0 && at < lastClose; at = text.indexOf('<', at + 1)) {
    let end = -1;
    const name = text.startsWith('<script', at) ? 'script' : text.startsWith('<style', at) ? 'style' : undefined;
    if (name && !unclosed.has(name) && !isAsciiLetter(text.charCodeAt(at + 1 + name.length)) && !/[\d_]/.test(text.charAt(at + 1 + name.length))) {
      end = closingTagEnd(text, name, at + 1 + name.length);
      if (end < 0) unclosed.add(name);
    }
    if (end < 0) {
      const first = text.charCodeAt(at + 1) === 47 ? at + 2 : at + 1;
      // A tag ends at the next « > », which exists: `at` is before the last one.
      if (isAsciiLetter(text.charCodeAt(first))) end = text.indexOf('>', at) + 1;
    }
    if (end <= 0) continue;
    result += text.slice(from, at) + ' '.repeat(end - at);
    from = end;
    at = end - 1;
  }
  result += text.slice(from);
  return result.replace(ENTITY, (entity) => ' '.repeat(entity.length));
}
