// French prose averages about 3.5–4 characters per token with OpenAI's tokenizers (accents and
// elisions split words more than in English); 3.5 errs on the side of "too long".
const CHARS_PER_TOKEN = 3.5;

/** A cheap, conservative token estimate, good enough to decide when to split a source. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}
