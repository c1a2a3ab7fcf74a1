import * as vscode from 'vscode';
import { say } from '../say';
import { originOf } from './readRewriteSettings';

// Where a writer gets an OpenAI key; other providers show theirs on their own dashboards.
export const API_KEYS_URL = 'https://platform.openai.com/api-keys';

/**
 * API keys in SecretStorage, one per endpoint origin, so a key given for one provider is never
 * sent to another. Fallback: OPENAI_API_KEY. Never in settings, never logged.
 */
export class ApiKeyStore {
  constructor(private readonly secrets: vscode.SecretStorage, private readonly env: NodeJS.ProcessEnv = process.env) {}

  private keyName(baseUrl: string): string {
    return `plume.apiKey:${originOf(baseUrl)}`;
  }

  async get(baseUrl: string): Promise<string | undefined> {
    return (await this.secrets.get(this.keyName(baseUrl))) || this.env.OPENAI_API_KEY || undefined;
  }

  async store(baseUrl: string, key: string): Promise<void> {
    await this.secrets.store(this.keyName(baseUrl), key);
  }

  async clear(baseUrl: string): Promise<void> {
    await this.secrets.delete(this.keyName(baseUrl));
  }

  /** Asks for the key with a password box; stores it; undefined when the writer cancels. */
  async ask(baseUrl: string): Promise<string | undefined> {
    const key = await vscode.window.showInputBox({
      title: say('Plume: API key for {0}', originOf(baseUrl)),
      prompt: say('Paste your API key (get one at {0}). It is kept in VS Code’s secret storage.', API_KEYS_URL),
      password: true,
      ignoreFocusOut: true,
      placeHolder: 'sk-…',
      validateInput: (value) => (value.trim() ? undefined : say('The key cannot be empty.')),
    });
    if (!key?.trim()) return undefined;
    await this.store(baseUrl, key.trim());
    return key.trim();
  }
}
