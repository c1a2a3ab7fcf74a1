import type { Language } from './Check';

// French groups thousands with a narrow no-break space and uses a decimal comma (Intl's fr-FR).
const formats = {
  fr: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }),
};

export function formatNumber(value: number, language: Language): string {
  return formats[language].format(value);
}

/** Number as a French message shows it: `1 234,5`. */
export const nfr = (value: number): string => formats.fr.format(value);
/** Number as an English message shows it: `1,234.5`. */
export const nen = (value: number): string => formats.en.format(value);
