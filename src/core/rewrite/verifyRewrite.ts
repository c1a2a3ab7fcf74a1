import { ArticleDocument } from '../markdown/ArticleDocument';
import { buildRewriteReport } from './buildRewriteReport';
import type { RewriteReport } from './RewriteRequest';
import { validateProposal } from './validateProposal';

export interface VerifyOptions {
  mode?: 'document' | 'selection';
  minWords?: number;
  keyphrase?: string;
  headingLevel?: number;
}

/**
 * The rewrite's own validation, for a rewrite made anywhere (pasted from ChatGPT): the same
 * constraints, facts and Markdown checks, the same report.
 */
export function verifyRewrite(sourceText: string, rewriteText: string, options: VerifyOptions = {}): RewriteReport {
  const started = Date.now();
  const source = new ArticleDocument(sourceText);
  const mode = options.mode ?? 'document';
  const validation = validateProposal(source, rewriteText, {
    mode,
    minWords: options.minWords ?? (mode === 'document' ? 700 : source.wordCount),
    headingLevel: mode === 'document' ? 2 : (options.headingLevel ?? 2),
    keyphrase: options.keyphrase ?? source.keyphrase?.text,
  });
  const checkMs = Date.now() - started;
  return buildRewriteReport(mode, validation, { attempts: 0, model: '', promptTokens: 0, completionTokens: 0, startedAt: started, modelMs: 0, checkMs, now: Date.now() });
}
