import type { RewriteRequest } from './RewriteRequest';

// The defaults of rewriteArticle (sized for today's OpenAI models, 128k tokens of context): a
// model that takes more is not given bigger parts, so both routes split an article alike.
const SECTION_THRESHOLD_TOKENS = 8_000;
const CONTEXT_LIMIT_TOKENS = 24_000;
// Measured with buildPrompt (2026-12, estimateTokens on the example article and a fact-dense
// chronology): the prompt is ≈ 500 tokens of rules plus ≈ 1.5× the source (the facts to keep are
// listed again); 1,000 leaves room for the writer's instructions.
const FIXED_PROMPT_TOKENS = 1_000;
// A repair sends the prompt, the previous answer (about the source's size or more) and the ask:
// ≈ 3× the source. A part of a split article is never repaired: ≈ 1.6× its size.
const REPAIR_FACTOR = 3;
const PART_FACTOR = 1.6;

/**
 * How big a source (in estimated tokens) may go to a model that accepts `maxInputTokens`: past
 * `sectionThresholdTokens` it is rewritten section by section, and a part past
 * `contextLimitTokens` cannot be sent (`context-too-long`). VS Code's models say their size
 * (`maxInputTokens`, often 64k or 128k, sometimes much less), so a small one gets smaller parts.
 */
export function contextBudget(maxInputTokens: number): Pick<RewriteRequest, 'sectionThresholdTokens' | 'contextLimitTokens'> {
  if (!Number.isFinite(maxInputTokens) || maxInputTokens <= 0) return {};
  const room = Math.max(0, maxInputTokens - FIXED_PROMPT_TOKENS);
  const contextLimitTokens = Math.max(1, Math.min(CONTEXT_LIMIT_TOKENS, Math.floor(room / PART_FACTOR)));
  const sectionThresholdTokens = Math.max(1, Math.min(SECTION_THRESHOLD_TOKENS, contextLimitTokens, Math.floor(room / REPAIR_FACTOR)));
  return { sectionThresholdTokens, contextLimitTokens };
}
