const WHITESPACE = /\s/u;

/**
 * `\s` at `index` of `text` (false past the end). ASCII, most of any text, is answered without
 * the regex: the sentence splitter asks this for nearly every character it looks around.
 */
export function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return index < text.length && WHITESPACE.test(text.charAt(index));
}
