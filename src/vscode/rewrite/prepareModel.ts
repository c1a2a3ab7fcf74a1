import type * as vscode from 'vscode';
import { say } from '../say';
import { readPlumeSettings } from '../config/readPlumeSettings';
import type { ChatModel } from '../../core/rewrite/ChatModel';
import { contextBudget } from '../../core/rewrite/contextBudget';
import { describeFailure } from '../../core/rewrite/describeFailure';
import type { RewriteRequest } from '../../core/rewrite/RewriteRequest';
import type { ApiKeyStore } from './ApiKeyStore';
import type { LanguageModelChoice } from './LanguageModelChoice';
import type { RewriteEngine } from './loadRewriteEngine';
import type { PlumeLog } from './PlumeLog';
import { prepareEndpoint } from './prepareEndpoint';
import { originOf, readRewriteSettings } from './readRewriteSettings';
import type { RewriteSettings } from './readRewriteSettings';
import type { RewriteOutcome } from './RewriteSessions';
import { showRewriteFailure } from './showRewriteFailure';
import { VscodeLmChatModel } from './VscodeLmChatModel';

export type PreparedModel =
  | {
    ok: true;
    settings: RewriteSettings;
    /** The model to rewrite with, once the engine is loaded (the openai SDK only then). */
    connect: (engine: RewriteEngine) => ChatModel;
    /** How big a source the model takes (VS Code's models say it); empty: the pipeline's defaults. */
    budget: Pick<RewriteRequest, 'sectionThresholdTokens' | 'contextLimitTokens'>;
    /** For the log: where the article goes (never the key). */
    route: string;
  }
  | { ok: false; outcome: RewriteOutcome };

/**
 * The model a rewrite of `document` will use, by `plume.provider`: an OpenAI-compatible endpoint
 * (base URL guard, API key), or one of VS Code's language models (no key: VS Code asks the
 * writer's consent on the first request, which comes from this very command).
 */
export async function prepareModel(document: vscode.TextDocument, keys: ApiKeyStore, choice: LanguageModelChoice, log: PlumeLog): Promise<PreparedModel> {
  const settings = readRewriteSettings(document);
  if (settings.provider === 'openai') {
    const endpoint = await prepareEndpoint(document, keys, log);
    if (!endpoint.ok) return endpoint;
    const { apiKey } = endpoint;
    return {
      ok: true,
      settings: endpoint.settings,
      connect: (engine) => new engine.OpenAIChatModel({ baseURL: endpoint.settings.baseUrl, apiKey, model: endpoint.settings.model, timeoutMs: endpoint.settings.timeoutSeconds * 1000 }),
      budget: {},
      route: `${originOf(endpoint.settings.baseUrl)}, model ${endpoint.settings.model}`,
    };
  }
  const found = await choice.find();
  if (!found.ok) {
    log.warn(found.kind === 'no-models' ? 'rewrite refused: VS Code offers no language model (plume.provider is vscode)' : `rewrite refused: the VS Code model ${found.model ?? ''} is gone`);
    const { message, action } = describeFailure(found.kind, { provider: 'vscode', model: found.model, endpoint: 'VS Code' });
    // The log keeps what the writer was told (it holds no document text).
    log.info(`told the writer: ${message.en}`);
    void showRewriteFailure(message[readPlumeSettings().messageLanguage], action);
    return { ok: false, outcome: { status: 'failed', failureKind: found.kind } };
  }
  const { chat } = found;
  return {
    ok: true,
    settings,
    connect: () => new VscodeLmChatModel(chat, {
      justification: say('Plume sends the article (or the selection) you asked to rewrite, with its instructions, to rewrite it as French SEO copy. Nothing changes in your file until you accept the proposal.'),
      timeoutMs: settings.timeoutSeconds * 1000,
    }),
    budget: contextBudget(chat.maxInputTokens),
    route: `VS Code model ${chat.vendor}/${chat.family} (${chat.id}, ${chat.maxInputTokens} input tokens)`,
  };
}
