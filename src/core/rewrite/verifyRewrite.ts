import { ArticleDocument } from '../markdown/ArticleDocument';
import { buildRewriteReport } from './buildRewriteReport';
import { readAnswer } from './readAnswer';
import type { RewriteReport, RewriteRequest } from './RewriteRequest';
import { validationInputFor } from './rewriteArticle';
import { validateProposal } from './validateProposal';
import { fixTypography } from '../typography/fixTypography';

/** What `plume rewrite` would have been asked: the same defaults, the same configuration layers. */
export type VerifyOptions = Partial<Pick<RewriteRequest, 'mode' | 'minWords' | 'keyphrase' | 'headingLevel' | 'ignoreFacts' | 'layers'>>;

export interface Verification {
  report: RewriteReport;
  /** What was judged: the proposal `plume rewrite` would have made from the same answer. */
  proposal: string;
}

/**
 * The rewrite's own validation, for a rewrite made anywhere (pasted from ChatGPT): the answer
 * is read as `plume rewrite` reads a model's answer (readAnswer), then the same constraints,
 * facts and Markdown checks give the same report.
 */
export function verifyRewrite(sourceText: string, rewriteText: string, options: VerifyOptions = {}): Verification {
  const started = Date.now();
  const source = new ArticleDocument(sourceText);
  const mode = options.mode ?? 'document';
  const input = validationInputFor({ ...options, mode, source: sourceText }, source);
  const eol = sourceText.includes('\r\n') ? '\r\n' : '\n';
  const reading = readAnswer(rewriteText, { source, mode, eol, keyphrase: input.keyphrase });
  const { removed } = reading;
  // As rewriteArticle does: the proposal typographically clean, with the writer's settings.
  const proposal = fixTypography(reading.proposal, input.layers);
  const validation = validateProposal(source, proposal, input);
  const checkMs = Date.now() - started;
  const report = buildRewriteReport(mode, validation, { attempts: 0, model: '', promptTokens: 0, completionTokens: 0, startedAt: started, modelMs: 0, checkMs, now: Date.now(), removed });
  return { report, proposal };
}
