import * as vscode from 'vscode';
import type { Language } from '../../core/checks/Check';
import type { PlumeConfig } from '../../core/config/PlumeConfig';

export interface PlumeSettings {
  enabled: boolean;
  languages: string[];
  debounceMs: number;
  /** The user/workspace layer, in `.plumerc.json`'s shape. */
  layer: PlumeConfig;
  /** Language of check messages: `plume.language`, else VS Code's display language. */
  messageLanguage: Language;
}

/** Reads the `plume.*` settings that apply to a document (folder settings included). */
export function readPlumeSettings(scope?: vscode.ConfigurationScope): PlumeSettings {
  const config = vscode.workspace.getConfiguration('plume', scope);
  const language = config.get<string>('language', 'auto');
  // VS Code hands out settings as read-only proxies, which cannot cross to the analysis
  // worker (structured clone): a plain copy can.
  const checks = JSON.parse(JSON.stringify(config.get<PlumeConfig['checks']>('checks', {}) ?? {})) as PlumeConfig['checks'];
  return {
    enabled: config.get<boolean>('diagnostics.enable', true),
    languages: config.get<string[]>('diagnostics.languages', ['markdown']),
    debounceMs: Math.max(0, config.get<number>('diagnostics.debounceMs', 300)),
    layer: { minWords: config.get<number>('minWords', 700), ...(checks && Object.keys(checks).length ? { checks } : {}) },
    messageLanguage: language === 'fr' || language === 'en' ? language : vscode.env.language.toLowerCase().startsWith('fr') ? 'fr' : 'en',
  };
}
