// Kandel & Moles (1958), « Application de l’indice de Flesch à la langue française », Cahiers
// d’études de radio-télévision 19: Flesch’s reading ease refitted for French. Yoast SEO uses the
// same formula for French texts. Higher is easier: about 0–100 for real prose.
const BASE = 207;
const WORDS_PER_SENTENCE_WEIGHT = 1.015;
const SYLLABLES_PER_WORD_WEIGHT = 73.6;

/**
 * Kandel–Moles reading ease: 207 − 1.015 × words/sentences − 73.6 × syllables/words.
 *
 * NaN when `words` or `sentences` is 0 (the score is undefined, not zero). The result is NOT
 * clamped: very short, monosyllabic sentences score above 100 and legal prose can score below 0.
 * Callers clamp to 0–100 for display and keep the raw value for comparisons.
 */
export function computeReadingEase(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return Number.NaN;
  return BASE - WORDS_PER_SENTENCE_WEIGHT * (words / sentences) - SYLLABLES_PER_WORD_WEIGHT * (syllables / words);
}
