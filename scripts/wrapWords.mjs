// Shared by the scripts that generate word lists (make-fr-frequent-words, make-fr-accented-capitals).

/** Words separated by spaces in lines of at most `width` characters (a word is never cut). */
export function wrapWords(words, width = 100) {
  const lines = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
