import * as vscode from 'vscode';

// Kept here rather than imported from src/openai, so that the openai module loads only on the first rewrite.
const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
const DEFAULT_MODEL = 'gpt-4o-mini';

/** Where a rewrite goes: an OpenAI-compatible endpoint, or one of VS Code's language models. */
export type RewriteProvider = 'openai' | 'vscode';

export interface RewriteSettings {
  provider: RewriteProvider;
  baseUrl: string;
  model: string;
  timeoutSeconds: number;
  maxRepairs: number;
  instructions: string;
  /** A base URL set by the workspace or a folder, ignored: only the user may choose where the key goes. */
  ignoredBaseUrl?: string;
}

/** The `plume.*` settings a rewrite uses; the base URL from the user settings only. */
export function readRewriteSettings(scope?: vscode.ConfigurationScope): RewriteSettings {
  const config = vscode.workspace.getConfiguration('plume', scope);
  const base = config.inspect<string>('openai.baseUrl');
  const ignored = base?.workspaceFolderValue ?? base?.workspaceValue;
  // From the user settings only, like the base URL: a workspace must not send the article to
  // another service than the one the writer chose.
  const provider = config.inspect<string>('provider');
  return {
    provider: (provider?.globalValue ?? provider?.defaultValue) === 'vscode' ? 'vscode' : 'openai',
    baseUrl: (base?.globalValue ?? base?.defaultValue ?? DEFAULT_BASE_URL).trim(),
    model: config.get<string>('openai.model', DEFAULT_MODEL).trim() || DEFAULT_MODEL,
    // 5–3600 s: the manifest's bounds, which settings.json does not enforce on its own.
    timeoutSeconds: Math.min(3600, Math.max(5, config.get<number>('openai.timeoutSeconds', 300))),
    maxRepairs: Math.max(0, config.get<number>('maxRepairs', 2)),
    instructions: config.get<string>('rewrite.instructions', '').trim(),
    ...(ignored !== undefined && ignored !== base?.globalValue ? { ignoredBaseUrl: ignored } : {}),
  };
}

/** What logs and the secret's name may show of an endpoint: its origin (no path, no credentials). */
export function originOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).origin;
  } catch {
    return baseUrl;
  }
}

export function isLocalEndpoint(baseUrl: string): boolean {
  try {
    const host = new URL(baseUrl).hostname;
    return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host === '::1' || host.endsWith('.localhost');
  } catch {
    return false;
  }
}
