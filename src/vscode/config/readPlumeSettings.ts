import * as vscode from 'vscode';
import type { Language, Localized } from '../../core/checks/Check';
import { allChecks } from '../../core/checks/registry';
import type { PlumeConfig } from '../../core/config/PlumeConfig';
import { validateConfig } from '../../core/config/validateConfig';
import { resolveLanguage } from '../../core/config/resolveSettings';

export interface PlumeSettings {
  enabled: boolean;
  languages: string[];
  debounceMs: number;
  /** The user/workspace layer, in `.plumerc.json`'s shape; `plume.checks` and `plume.siteUrl` only when valid. */
  layer: PlumeConfig;
  /** Language of everything Plume says: `plume.language`, else VS Code's display language. */
  messageLanguage: Language;
  /** Whether `plume.language` names a language (else `auto`: a `.plumerc.json` may choose). */
  languageChosen: boolean;
  /** What is wrong with `plume.checks` (then ignored, as an invalid `.plumerc.json` is). */
  problems: Localized[];
  /**
   * What is wrong with `plume.siteUrl` (then ignored). The Settings editor already underlines it
   * (package.json's `pattern`); kept apart from `problems`, which are told as plume.checks's.
   */
  siteUrlProblems: Localized[];
}

/** Reads the `plume.*` settings that apply to a document (folder settings included). */
export function readPlumeSettings(scope?: vscode.ConfigurationScope): PlumeSettings {
  const config = vscode.workspace.getConfiguration('plume', scope);
  const language = config.get<string>('language', 'auto');
  // VS Code hands out settings as read-only proxies, which cannot cross to the analysis
  // worker (structured clone): a plain copy can.
  const checks = JSON.parse(JSON.stringify(config.get<PlumeConfig['checks']>('checks', {}) ?? {})) as PlumeConfig['checks'];
  // The same validation as `.plumerc.json`: « "warn" » must not pass through as a severity.
  const validation = checks && Object.keys(checks).length ? validateConfig({ checks }, allChecks) : { ok: true as const };
  // plume.siteUrl: empty means unset; anything else must be an http(s) address, checked apart so
  // that a wrong address does not also drop valid plume.checks.
  const siteUrl = (config.get<string>('siteUrl', '') ?? '').trim();
  const siteValidation = siteUrl ? validateConfig({ siteUrl }, allChecks) : { ok: true as const };
  const chosen = language === 'fr' || language === 'en';
  return {
    enabled: config.get<boolean>('diagnostics.enable', true),
    languages: config.get<string[]>('diagnostics.languages', ['markdown']),
    debounceMs: Math.max(0, config.get<number>('diagnostics.debounceMs', 300)),
    layer: {
      minWords: config.get<number>('minWords', 700),
      ...(validation.ok && checks && Object.keys(checks).length ? { checks } : {}),
      ...(siteUrl && siteValidation.ok ? { siteUrl } : {}),
    },
    messageLanguage: chosen ? language : vscode.env.language.toLowerCase().startsWith('fr') ? 'fr' : 'en',
    languageChosen: chosen,
    problems: validation.ok ? [] : validation.errors,
    siteUrlProblems: siteValidation.ok ? [] : siteValidation.errors,
  };
}

/** The language of a document's findings: `plume.language`, else (on `auto`) its `.plumerc.json`'s, else VS Code's. */
export function messageLanguageOf(settings: PlumeSettings, repoConfig: PlumeConfig | undefined): Language {
  return settings.languageChosen ? settings.messageLanguage : resolveLanguage([repoConfig], settings.messageLanguage);
}
