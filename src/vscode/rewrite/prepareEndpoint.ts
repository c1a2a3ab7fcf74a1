import type * as vscode from 'vscode';
import { say } from '../say';
import { checkBaseUrl } from '../../openai/checkBaseUrl';
import type { ApiKeyStore } from './ApiKeyStore';
import { findWorkspaceBaseUrl } from './findWorkspaceBaseUrl';
import type { PlumeLog } from './PlumeLog';
import { isLocalEndpoint, originOf, readRewriteSettings } from './readRewriteSettings';
import type { RewriteSettings } from './readRewriteSettings';
import type { RewriteOutcome } from './RewriteSessions';
import { showRewriteFailure } from './showRewriteFailure';

export type PreparedEndpoint = { ok: true; settings: RewriteSettings; apiKey: string | undefined } | { ok: false; outcome: RewriteOutcome };

/**
 * Where a rewrite of `document` may go, and with which key, before anything is sent: a base URL
 * set by the workspace is ignored (and logged), an invalid or plain-http remote URL is refused
 * with a message, and the key is asked for unless the endpoint is local.
 */
export async function prepareEndpoint(document: vscode.TextDocument, keys: ApiKeyStore, log: PlumeLog): Promise<PreparedEndpoint> {
  const settings = readRewriteSettings(document);
  if (settings.ignoredBaseUrl !== undefined) {
    log.warn(`plume.openai.baseUrl set by the workspace (${originOf(settings.ignoredBaseUrl)}) is ignored: only the user settings choose where the API key goes`);
  }
  for (const file of await findWorkspaceBaseUrl()) {
    log.warn(`plume.openai.baseUrl in ${file.toString(true)} is ignored: only the user settings choose where the API key goes (${originOf(settings.baseUrl)})`);
  }
  const problem = checkBaseUrl(settings.baseUrl);
  if (problem) {
    log.error(`rewrite refused: base URL ${originOf(settings.baseUrl)} is ${problem}`);
    const message = problem === 'insecure'
      ? say('Plume sends your text and key only over https (plain http only to localhost): {0} is refused. Change plume.openai.baseUrl.', settings.baseUrl)
      : say('The base URL {0} is not valid. Change plume.openai.baseUrl.', settings.baseUrl);
    void showRewriteFailure(message, 'open-settings');
    return { ok: false, outcome: { status: 'failed', failureKind: 'invalid-base-url' } };
  }
  let apiKey = await keys.get(settings.baseUrl);
  if (!apiKey && !isLocalEndpoint(settings.baseUrl)) {
    apiKey = await keys.ask(settings.baseUrl);
    if (!apiKey) return { ok: false, outcome: { status: 'cancelled' } };
  }
  return { ok: true, settings, apiKey };
}
