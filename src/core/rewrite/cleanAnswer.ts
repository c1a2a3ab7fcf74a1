// What chat models wrap around the article they were asked for, and how to take it off: a code
// fence around the whole answer, a preamble (« Voici votre article… : », "Here is…"), closing
// remarks (« N’hésitez pas… », « *(Environ 820 mots)* »), and label lines that carry the SEO
// fields (« **Titre SEO :** … », « Méta-description : … », « Mot-clé principal : … ») at the top
// or the end. The labels' values are kept as fields; nothing else of the framing reaches the
// article, so nothing in it is ever judged as a fact.
import { findLabel, isLabelHeading, cleanLabelValue } from './answerLabels';
import type { LabelKind } from './answerLabels';

export interface AnswerFields {
  /** « Titre SEO : », « Meta title: »: the front matter title. */
  seoTitle?: string;
  /** « Titre : », « H1 : »: the article's H1 (and its title when nothing else gives one). */
  h1?: string;
  description?: string;
  keyphrase?: string;
}

export interface CleanedAnswer {
  /** The article: the answer's front matter if it wrote one, then the body. */
  text: string;
  fields: AnswerFields;
  /** What was taken off (preamble, closing, label lines), for the log and the report. */
  removed: string[];
}

// A first paragraph that introduces the answer: « Voici votre article optimisé : », "Here is…".
const PREAMBLE = /^(?:\*\*|_)?(?:voici|voilà|voila|here is|here's|here are|bien sûr|bien sur|certainement|absolument|avec plaisir|d[’']accord|parfait|très bien|ci-dessous|je vous propose|j[’']ai (?:réécrit|optimisé|rédigé|retravaillé)|sure|certainly|absolutely|of course|below is|i(?:'ve| have) (?:rewritten|optimized|optimised))\b/i;
// A last paragraph that talks to the user instead of the reader.
const CLOSING = /^(?:\*\*|_|\*)?(?:n[’']h[ée]sitez|j[’']esp[èe]re|si vous (?:souhaitez|voulez|avez|le souhaitez)|souhaitez-vous|voulez-vous|dites-moi|je peux (?:aussi|également|vous)|je reste à|besoin d[’']autre chose|let me know|i hope|feel free|if you(?:'d| would)? (?:like|want|need)|would you like|do you want|i can also|happy to)\b/i;
// « *(Environ 820 mots)* », « Nombre de mots : 812 », "Word count: 812", « (≈ 850 mots) ».
const WORD_COUNT = /^[*_(\s]*(?:(?:nombre de mots|longueur|word count)\s*:?\s*[~≈]?\s*(?:environ\s*)?\d[\d\s.,]*(?:mots|words)?|(?:environ|≈|~|about|approx\.?|approximately)?\s*\d[\d\s.,]*\s*(?:mots|words))[)*_\s.]*$/i;
// « *Note : j’ai conservé toutes les citations…* »: a remark on the rewrite, not article text.
const NOTE = /^[*_]*(?:note|remarque|nb|n\.b\.)\s*:.*\b(?:j[’']ai|i(?:'ve| have)|cette version|cet article|ce texte|la réécriture|the article|this version)\b/i;
const RULE = /^(?:-{3,}|\*{3,}|_{3,})$/;
const FENCE_OPEN = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*(?:markdown|md|mdx|yaml|text|plaintext)?[ \t]*$/i;
const FENCE_CLOSE = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*$/;
const FRONT_MATTER = /^(?:---|\+\+\+)\n[\s\S]*?\n(?:---|\+\+\+)(?:\n|$)/;
const HEADING = /^#{1,6}[ \t]/;
// Labels a model puts in headings: « ## Intertitre 1 : … », « ## H2 : … ».
const HEADING_LABEL = /^(#{2,6}[ \t]+)(?:\*\*)?(?:intertitre|sous-titre|section|partie|subheading|h[2-6])(?:[ \t]*\d+)?[ \t]*(?:\*\*)?[ \t]*:[ \t]*/i;
// How many lines at the top may hold labels and a preamble before the article starts.
const LEADING_LINES = 15;

const letters = (text: string): number => text.match(/\p{L}/gu)?.length ?? 0;

/** The article inside a fence that holds most of the answer: [before, inside, after] lines, or undefined. */
function unwrapFence(lines: string[]): [string[], string[], string[]] | undefined {
  const open = lines.findIndex((line, index) => index < LEADING_LINES && FENCE_OPEN.test(line));
  if (open < 0 || lines.slice(0, open).some((line) => HEADING.test(line) || line.trim() === '---')) return undefined;
  const marker = FENCE_OPEN.exec(lines[open] ?? '')?.[1] ?? '```';
  let close = -1;
  for (let i = lines.length - 1; i > open; i--) {
    const fence = FENCE_CLOSE.exec(lines[i] ?? '')?.[1];
    if (fence && fence[0] === marker[0] && fence.length >= marker.length) {
      close = i;
      break;
    }
  }
  // An unclosed fence (a cut stream, a careless paste) holds the rest of the answer.
  const inside = lines.slice(open + 1, close < 0 ? lines.length : close);
  // Unwrap only when the fence holds the article, not a code sample inside it.
  if (letters(inside.join('\n')) < 0.5 * letters(lines.join('\n'))) return undefined;
  return [lines.slice(0, open), inside, close < 0 ? [] : lines.slice(close + 1)];
}

interface LabelSink {
  fields: AnswerFields;
  removed: string[];
}

function record(sink: LabelSink, kind: LabelKind, value: string, line: string): void {
  sink.removed.push(line.trim());
  const text = cleanLabelValue(value);
  if (!text) return;
  const key = ({ 'seo-title': 'seoTitle', title: 'h1', description: 'description', keyphrase: 'keyphrase' } as const)[kind as 'seo-title'];
  if (key && sink.fields[key] === undefined) sink.fields[key] = text;
}

/**
 * Takes the label lines out of `lines` (a label and its value on one line, or a label alone —
 * a line or a heading — with its value in the next paragraph), when they sit where models put
 * them: before the article starts, or after it ends. `zone` says which lines may hold labels.
 */
function takeLabels(lines: string[], zone: (index: number) => boolean, sink: LabelSink): string[] {
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const label = zone(i) ? findLabel(line) : undefined;
    if (!label) {
      kept.push(line);
      continue;
    }
    if (label.value !== '') {
      record(sink, label.kind, label.value, line);
      continue;
    }
    // The value is the next paragraph (« ### Méta-description » then the text, « > » quotes too).
    let j = i + 1;
    while (j < lines.length && (lines[j] ?? '').trim() === '') j++;
    const value: string[] = [];
    while (j < lines.length && (lines[j] ?? '').trim() !== '' && !HEADING.test(lines[j] ?? '') && !findLabel(lines[j] ?? '')) value.push((lines[j++] ?? '').replace(/^\s*>\s?/, ''));
    record(sink, label.kind, value.join(' '), [line, ...value].join(' '));
    i = j - 1;
  }
  return kept;
}

/** Lines → paragraphs separated by blank lines, and back. */
const paragraphsOf = (text: string): string[] => text.split(/\n{2,}/).filter((paragraph) => paragraph.trim() !== '');

/**
 * Takes the article out of a model's answer: code fences around the whole answer, a preamble,
 * closing remarks, label lines (kept as fields); then restores the source's line endings.
 */
export function cleanAnswer(answer: string, sourceLineEnding: '\n' | '\r\n' = '\n'): CleanedAnswer {
  const sink: LabelSink = { fields: {}, removed: [] };
  let lines = answer.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trim().split('\n');

  const fenced = unwrapFence(lines);
  if (fenced) {
    const [before, inside, after] = fenced;
    // Labels may sit outside the fence (« **Méta-description :** … » after it): kept as fields.
    const outside = [...takeLabels(before, () => true, sink), '\n', ...takeLabels(after, () => true, sink)].join('\n').trim();
    if (outside) sink.removed.push(...paragraphsOf(outside).map((paragraph) => paragraph.trim()));
    lines = inside;
  }
  // Before the article: paragraphs that talk to the user, and a rule left after them.
  const leading = paragraphsOf(lines.join('\n').trim());
  while (leading.length > 1) {
    const first = (leading[0] ?? '').trim();
    if (HEADING.test(first) || /^(?:---|\+\+\+)\n/.test(first) || findLabel(first.split('\n')[0] ?? '')) break;
    // « Voici… », or one line ending with « : » right before the article's heading or front matter.
    const next = (leading[1] ?? '').trim();
    const announces = first.length < 400 && !first.includes('\n') && /:\s*[*_]*$/.test(first) && (HEADING.test(next) || next.startsWith('---') || findLabel(next.split('\n')[0] ?? '') !== undefined);
    if (!(PREAMBLE.test(first) || announces || RULE.test(first))) break;
    if (!RULE.test(first)) sink.removed.push(first);
    leading.shift();
  }
  let text = leading.join('\n\n');

  // Labels are looked for in the body only: `title:` in a front matter is no label.
  const frontMatter = FRONT_MATTER.exec(text)?.[0] ?? '';
  let body = text.slice(frontMatter.length).replace(/^\n+/, '');

  // Before the article: up to the first heading of level 2 or more, within the first lines.
  let bodyLines = body.split('\n');
  const firstSection = bodyLines.findIndex((line) => /^#{2,6}[ \t]/.test(line) && !isLabelHeading(line));
  const leadingEnd = Math.min(LEADING_LINES, firstSection < 0 ? bodyLines.length : firstSection);
  bodyLines = takeLabels(bodyLines, (index) => index < leadingEnd, sink);

  // After the article: the trailing paragraphs that are labels, closings, notes or rules.
  const paragraphs = paragraphsOf(bodyLines.join('\n'));
  const trailing: string[] = [];
  while (paragraphs.length > 1) {
    const last = (paragraphs[paragraphs.length - 1] ?? '').trim();
    const lastLines = last.split('\n');
    const isLabels = lastLines.every((line) => findLabel(line) !== undefined || line.trim() === '') || (isLabelHeading(lastLines[0] ?? '') && lastLines.length === 1);
    if (!(isLabels || RULE.test(last) || CLOSING.test(last) || WORD_COUNT.test(last) || NOTE.test(last))) {
      // « ### Méta-description » then its text: the heading's paragraph comes first.
      const before = (paragraphs[paragraphs.length - 2] ?? '').trim();
      if (!(isLabelHeading(before) && findLabel(before)?.value === '')) break;
      trailing.unshift(paragraphs.pop() ?? '', '');
      trailing.unshift(paragraphs.pop() ?? '');
      continue;
    }
    trailing.unshift(paragraphs.pop() ?? '');
  }
  const tail = takeLabels(trailing.join('\n\n').split('\n'), () => true, sink).join('\n');
  for (const paragraph of paragraphsOf(tail)) if (!RULE.test(paragraph.trim())) sink.removed.push(paragraph.trim());
  // A rule left at the top of the body once labels and a preamble are gone.
  while (paragraphs.length > 1 && RULE.test((paragraphs[0] ?? '').trim())) paragraphs.shift();

  body = paragraphs.join('\n\n')
    .split('\n')
    .map((line) => line.replace(HEADING_LABEL, '$1'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  // A « Titre : » label with no H1 in the article is its H1.
  if (sink.fields.h1 && !/^#[ \t]/m.test(body)) body = `# ${sink.fields.h1}\n\n${body}`;

  text = `${frontMatter}${frontMatter && body ? '\n' : ''}${body}\n`;
  if (sourceLineEnding === '\r\n') text = text.replace(/\n/g, '\r\n');
  return { text, fields: sink.fields, removed: sink.removed };
}
