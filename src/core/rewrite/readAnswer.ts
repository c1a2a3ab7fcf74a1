import { ArticleDocument } from '../markdown/ArticleDocument';
import { articleHead } from '../markdown/articleHead';
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

/**
 * The one reading of a model's answer, shared by `plume rewrite`, `plume verify` and VS Code:
 * the article is taken out of its framing (cleanAnswer), and in document mode its SEO fields —
 * from the answer's front matter, else its label lines, else its H1 — are written into the
 * source's front matter (mergeFrontMatter), every other key of the source kept verbatim.
 */
export function readAnswer(answer: string, context: AnswerContext): AnswerReading {
  const cleaned = cleanAnswer(answer, context.eol);
  if (context.mode === 'selection') return { proposal: cleaned.text, removed: cleaned.removed };
  const draft = new ArticleDocument(articleHead(cleaned.text));
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
