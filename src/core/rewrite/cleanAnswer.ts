// What chat models wrap around the article they were asked for, and how to take it off.

// A first paragraph that introduces the answer: « Voici votre article optimisé : », "Here is…".
const PREAMBLE = /^(?:\*\*)?(?:voici|voilà|here is|here's|bien sûr|bien sur|certainement|d[’']accord|ci-dessous|je vous propose|sure|certainly|absolutely)\b[^\n]{0,200}$/i;
// A last paragraph that talks to the user instead of the reader.
const CLOSING = /^(?:\*\*)?(?:n[’']hésitez|n[’']hesitez|j[’']espère|j[’']espere|si vous (?:souhaitez|voulez|avez)|souhaitez-vous|voulez-vous|dites-moi|let me know|i hope|feel free|if you (?:want|would|need)|would you like|je reste à)\b/i;
// Labels some models put before the title or in headings: « Titre : », « Intertitre 2 : », "Title:".
const TITLE_LABEL = /^(#{1,6}[ \t]+)?(?:\*\*)?(?:titre(?: principal| h1| seo)?|title|h1)(?:\*\*)?[ \t]*:[ \t]*(?:\*\*)?[ \t]*/i;
const HEADING_LABEL = /^(#{2,6}[ \t]+)(?:intertitre|sous-titre|section|partie|subheading|h[2-6])(?:[ \t]*\d+)?[ \t]*:[ \t]*/i;
const META_LABEL = /^(?:\*\*)?(?:méta-description|meta description|méta description|description)(?:\*\*)?[ \t]*:[ \t]*(?:\*\*)?[ \t]*(.+?)(?:\*\*)?[ \t]*$/i;

export interface CleanedAnswer {
  text: string;
  /** A « Méta-description : … » line the model wrote in the body, moved out for the front matter. */
  description?: string;
  /** What was removed, for the log and the report. */
  removed: string[];
}

/**
 * Takes the article out of a model's answer: code fences around the whole answer, a preamble,
 * closing remarks, « Titre : » labels; then restores the source's line endings.
 */
export function cleanAnswer(answer: string, sourceLineEnding: '\n' | '\r\n' = '\n'): CleanedAnswer {
  const removed: string[] = [];
  let text = answer.replace(/\r\n?/g, '\n').trim();

  const fenced = /^(?:([\s\S]*?)\n)?[ \t]*(`{3,}|~{3,})[ \t]*(?:markdown|md|yaml)?[ \t]*\n([\s\S]*?)\n[ \t]*\2[ \t]*(?:\n([\s\S]*))?$/i.exec(text);
  // Unwrap only when the fence holds the article, not a code sample inside it.
  if (fenced && (fenced[3] ?? '').length > 0.6 * text.length) {
    if (fenced[1]?.trim()) removed.push(fenced[1].trim());
    if (fenced[4]?.trim()) removed.push(fenced[4].trim());
    text = (fenced[3] ?? '').trim();
  }

  const paragraphs = text.split(/\n{2,}/);
  if (paragraphs.length > 1 && PREAMBLE.test(paragraphs[0]?.trim() ?? '') && !/^(#|---)/.test(paragraphs[0] ?? '')) {
    removed.push(paragraphs.shift() ?? '');
  }
  while (paragraphs.length > 1 && CLOSING.test(paragraphs[paragraphs.length - 1]?.trim() ?? '')) removed.push(paragraphs.pop() ?? '');
  // A rule left dangling before the removed closing.
  while (paragraphs.length > 1 && /^(?:-{3,}|\*{3,}|_{3,})$/.test(paragraphs[paragraphs.length - 1]?.trim() ?? '')) paragraphs.pop();
  text = paragraphs.join('\n\n');

  // Labels are looked for in the body only: `title:` in a front matter is no label.
  const frontMatter = /^(?:---|\+\+\+)\n[\s\S]*?\n(?:---|\+\+\+)(?:\n|$)/.exec(text)?.[0] ?? '';
  const hasFrontMatter = frontMatter !== '';
  text = text.slice(frontMatter.length);
  let description: string | undefined;
  const lines = text.split('\n').filter((line, index) => {
    const meta = index < 40 ? META_LABEL.exec(line.trim()) : null;
    if (meta && !hasFrontMatter && description === undefined) {
      description = meta[1]?.replace(/^[«"“]\s*|\s*[»"”]$/g, '').trim();
      removed.push(line.trim());
      return false;
    }
    return true;
  });
  text = lines
    .map((line) => {
      const label = TITLE_LABEL.exec(line);
      if (label && line.slice(label[0].length).trim()) {
        removed.push(label[0].trim());
        return `${label[1] ?? '# '}${line.slice(label[0].length).replace(/\*\*$/, '').trim()}`;
      }
      return line.replace(HEADING_LABEL, '$1');
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

  text = `${frontMatter}${frontMatter && text ? '\n' : ''}${text}\n`;
  if (sourceLineEnding === '\r\n') text = text.replace(/\n/g, '\r\n');
  return { text, ...(description ? { description } : {}), removed };
}
