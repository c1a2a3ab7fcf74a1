import type { Language } from './Check';

// French groups thousands with a narrow no-break space and uses a decimal comma (Intl's fr-FR).
const formats = {
  fr: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }),
};

// Messages mostly show small whole numbers (word counts, limits, ranks), often the same ones
// (every long sentence's hint says « 20 »), and an Intl format call costs about a microsecond:
// the strings of 0…CACHED_BELOW - 1 are made once. -0 is left out on purpose: it formats as « -0 ».
const CACHED_BELOW = 4096;
const cache: Record<Language, (string | undefined)[]> = { fr: [], en: [] };

export function formatNumber(value: number, language: Language): string {
  if (!(Number.isInteger(value) && value >= 0 && value < CACHED_BELOW) || Object.is(value, -0)) return formats[language].format(value);
  const known = cache[language];
  return (known[value] ??= formats[language].format(value));
}

/** Number as a French message shows it: `1 234,5`. */
export const nfr = (value: number): string => formatNumber(value, 'fr');
/** Number as an English message shows it: `1,234.5`. */
export const nen = (value: number): string => formatNumber(value, 'en');
