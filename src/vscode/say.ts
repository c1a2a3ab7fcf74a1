// One language for everything Plume says in VS Code: `plume.language` (`auto` follows VS Code's
// display language), the same choice as the diagnostics' messages. VS Code's own l10n would follow
// only the display language — in code-server, where no language pack can be installed offline,
// always English — and Plume would speak two languages on one screen. The French texts live in
// l10n/bundle.l10n.fr.json (a unit test checks every English text has its translation).
import type { Language } from '../core/checks/Check';
import { formatNumber } from '../core/checks/formatNumber';
import french from '../../l10n/bundle.l10n.fr.json';
import { readPlumeSettings } from './config/readPlumeSettings';

const FRENCH: Record<string, string> = french;

// The language the `.plumerc.json` of the active document names, if any: with `plume.language`
// on `auto`, a team's choice applies to everything Plume says about that document, as in the CLI.
let teamLanguage: Language | undefined;

/** Follows the `.plumerc.json` language of the document the writer is looking at. */
export function followTeamLanguage(language: Language | undefined): void {
  teamLanguage = language;
}

/** The language Plume speaks in VS Code right now: plume.language, else the team's, else VS Code's. */
export function uiLanguage(): Language {
  const settings = readPlumeSettings();
  return settings.languageChosen ? settings.messageLanguage : teamLanguage ?? settings.messageLanguage;
}

const fill = (template: string, args: readonly (string | number)[]): string =>
  template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });

/** `message` (English, with {0}, {1}… placeholders) in the writer's language. */
export function say(message: string, ...args: (string | number)[]): string {
  return fill(uiLanguage() === 'fr' ? FRENCH[message] ?? message : message, args);
}

/**
 * A count with its noun right: French says « 0 mot », « 1 mot », « 2 mots »; English « 0 words »,
 * « 1 word ». `one` and `many` are English templates whose {0} is the count (formatted).
 */
export function sayCount(count: number, one: string, many: string, ...more: (string | number)[]): string {
  const language = uiLanguage();
  const singular = language === 'fr' ? count < 2 : count === 1;
  return say(singular ? one : many, formatNumber(count, language), ...more);
}

/** A number as the writer's language writes it (« 1 234,5 » / « 1,234.5 »). */
export function sayNumber(value: number): string {
  return formatNumber(value, uiLanguage());
}
