import { ArticleDocument } from '../markdown/ArticleDocument';
import { cleanAnswer } from './cleanAnswer';
import { mergeFrontMatter } from './mergeFrontMatter';

export interface AnswerContext {
  /** The text that was rewritten: its front matter is the proposal's (document mode). */
  source: ArticleDocument;
  mode: 'document' | 'selection';
  eol: '\n' | '\r\n';
  /** The keyphrase the writer asked for, which wins over the model's. */
  keyphrase?: string;
}

export interface AnswerReading {
  /** What Plume proposes from this answer: the source's front matter with the SEO fields, then the article. */
  proposal: string;
  /** What was taken off the answer (preamble, closing, label lines): never judged, listed in the report. */
  removed: string[];
}

// The SEO fields are in the front matter and the H1, at the top: parsing only the head of the
// answer (its front matter, then up to the first subheading) spares a parse of the whole article,
// which validation parses anyway.
const FRONT_MATTER = /^(?:---|\+\+\+)\r?\n[\s\S]*?\r?\n(?:---|\+\+\+)(?:\r?\n|$)/;
const SUBHEADING = /\r?\n#{2,6}[ \t]/;

// An H1 sits at the top: past this much text with no subheading, the rest is not read for it
// (an answer of one huge section would otherwise be parsed a third time).
const HEAD_MAX = 64 * 1024;

function head(text: string): string {
  const frontMatter = FRONT_MATTER.exec(text)?.[0] ?? '';
  const rest = text.slice(frontMatter.length);
  const cut = SUBHEADING.exec(rest);
  const top = cut ? rest.slice(0, cut.index) : rest;
  if (top.length <= HEAD_MAX) return frontMatter + top;
  // Cut at a blank line, where a block ends, so the H1's block is read whole.
  const blank = top.lastIndexOf('\n\n', HEAD_MAX);
  return frontMatter + top.slice(0, blank > 0 ? blank : HEAD_MAX);
}

/**
 * The one reading of a model's answer, shared by `plume rewrite`, `plume verify` and VS Code:
 * the article is taken out of its framing (cleanAnswer), and in document mode its SEO fields —
 * from the answer's front matter, else its label lines, else its H1 — are written into the
 * source's front matter (mergeFrontMatter), every other key of the source kept verbatim.
 */
export function readAnswer(answer: string, context: AnswerContext): AnswerReading {
  const cleaned = cleanAnswer(answer, context.eol);
  if (context.mode === 'selection') return { proposal: cleaned.text, removed: cleaned.removed };
  const draft = new ArticleDocument(head(cleaned.text));
  const body = draft.frontMatter ? cleaned.text.slice(draft.frontMatter.range.end).replace(/^(\r?\n)+/, '') : cleaned.text;
  const h1 = draft.headings.find((heading) => heading.level === 1)?.text;
  const own = (field: typeof draft.title) => (field?.source === 'front-matter' ? field.text : undefined);
  const fields = {
    title: own(draft.title) ?? cleaned.fields.seoTitle ?? cleaned.fields.h1 ?? h1,
    description: own(draft.description) ?? cleaned.fields.description,
    keyphrase: context.keyphrase ?? own(draft.keyphrase) ?? cleaned.fields.keyphrase,
  };
  const frontMatter = mergeFrontMatter(context.source, fields, context.eol);
  return { proposal: frontMatter ? `${frontMatter}${context.eol}${body}` : body, removed: cleaned.removed };
}
