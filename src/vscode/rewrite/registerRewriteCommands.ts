import * as vscode from 'vscode';
import { say, sayNumber } from '../say';
import type { ExtraCodeActions } from '../codeActions/PlumeCodeActions';
import type { ApiKeyStore } from './ApiKeyStore';
import type { LanguageModelChoice } from './LanguageModelChoice';
import { loadRewriteEngine } from './loadRewriteEngine';
import type { PlumeLog } from './PlumeLog';
import { originOf, readRewriteSettings } from './readRewriteSettings';
import { PROPOSAL_SCHEME } from './ProposalFileSystem';
import type { RewriteController, RewriteOutcome } from './RewriteController';

export const REWRITE_COMMAND = 'plume.rewrite';
export const IGNORE_FACT_COMMAND = 'plume.ignoreFact';
export const USE_ENDPOINT_COMMAND = 'plume.useEndpoint';

/** The rewrite's commands; each returns what it did, for automation and tests. */
export function registerRewriteCommands(controller: RewriteController, keys: ApiKeyStore, languageModels: LanguageModelChoice, log: PlumeLog): vscode.Disposable[] {
  const run = async (uri: unknown, instructions: string | undefined): Promise<RewriteOutcome> => {
    const editor = await editorFor(uri instanceof vscode.Uri ? uri : undefined);
    if (!editor) {
      void vscode.window.showInformationMessage(say('Open a Markdown file to rewrite it with Plume.'));
      return { status: 'skipped' };
    }
    return controller.rewrite(controller.targetOf(editor, instructions));
  };
  const askInstructions = () =>
    vscode.window.showInputBox({
      title: say('Plume: instructions for this rewrite'),
      prompt: say('Tone, audience, what to stress… (passed on to the model with the article)'),
      ignoreFocusOut: true,
    });

  return [
    vscode.commands.registerCommand(REWRITE_COMMAND, (uri?: unknown) => run(uri, undefined)),
    vscode.commands.registerCommand('plume.rewriteWithInstructions', async (uri?: unknown, instructions?: string) => {
      const text = typeof instructions === 'string' ? instructions : await askInstructions();
      if (text === undefined) return { status: 'cancelled' } satisfies RewriteOutcome;
      return run(uri, text);
    }),
    // The editor-title button passes the resource and then an object of its own; the palette and
    // the keybinding pass nothing. Only the resource is read: all three behave alike.
    vscode.commands.registerCommand('plume.acceptProposal', (uri?: unknown) => controller.accept(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand(IGNORE_FACT_COMMAND, (uri?: unknown, fact?: unknown) => controller.ignoreFact(uri instanceof vscode.Uri ? uri : undefined, typeof fact === 'string' ? fact : '')),
    vscode.languages.registerCodeActionsProvider({ scheme: PROPOSAL_SCHEME }, factCodeActions(controller), { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    vscode.commands.registerCommand('plume.discardProposal', (uri?: unknown) => controller.discard(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('plume.regenerate', async (uri?: unknown, instruction?: string) => {
      const added = typeof instruction === 'string' ? instruction : await vscode.window.showInputBox({
        title: say('Plume: regenerate'),
        prompt: say('An instruction to add (optional; leave empty for the same request)'),
        ignoreFocusOut: true,
      });
      if (added === undefined) return { status: 'cancelled' } satisfies RewriteOutcome;
      return controller.regenerate(uri instanceof vscode.Uri ? uri : undefined, added);
    }),
    vscode.commands.registerCommand('plume.setApiKey', async (key?: unknown) => {
      const { baseUrl } = readRewriteSettings();
      if (typeof key === 'string' && key.trim()) await keys.store(baseUrl, key.trim());
      else if (!(await keys.ask(baseUrl))) return false;
      log.info(`API key stored for ${originOf(baseUrl)}`);
      return true;
    }),
    vscode.commands.registerCommand('plume.clearApiKey', async () => {
      const { baseUrl } = readRewriteSettings();
      await keys.clear(baseUrl);
      log.info(`API key removed for ${originOf(baseUrl)}`);
      void vscode.window.showInformationMessage(say('Plume: the API key for {0} was removed.', originOf(baseUrl)));
      return true;
    }),
    vscode.commands.registerCommand('plume.selectModel', async (model?: unknown) => selectModel(keys, languageModels, log, model)),
    // The button of the « no language model » message: back to an endpoint, in the settings.
    vscode.commands.registerCommand(USE_ENDPOINT_COMMAND, async () => {
      await vscode.workspace.getConfiguration('plume').update('provider', undefined, vscode.ConfigurationTarget.Global);
      log.info('provider set to openai');
      await vscode.commands.executeCommand('workbench.action.openSettings', 'plume.openai');
      return true;
    }),
  ];
}

/** « Ignorer ce fait pour cette proposition » on each fact warning of a proposal. */
function factCodeActions(controller: RewriteController): vscode.CodeActionProvider {
  return {
    provideCodeActions(document, _range, context) {
      const actions: vscode.CodeAction[] = [];
      for (const diagnostic of context.diagnostics) {
        if (diagnostic.source !== 'Plume' || typeof diagnostic.code !== 'string' || !diagnostic.code.startsWith('fact-')) continue;
        const fact = controller.factOfWarning(document.uri, diagnostic.message);
        if (!fact) continue;
        const action = new vscode.CodeAction(say('Ignore “{0}” for this proposal', fact), vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.command = { command: IGNORE_FACT_COMMAND, title: action.title, arguments: [document.uri, fact] };
        actions.push(action);
      }
      return actions;
    },
  };
}

/** « Rewrite with Plume » on every Plume diagnostic. */
export const rewriteCodeActions: ExtraCodeActions = (document, diagnostic) => {
  if (document.uri.scheme === 'plume') return [];
  const action = new vscode.CodeAction(say('Rewrite with Plume'), vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.command = { command: REWRITE_COMMAND, title: action.title, arguments: [document.uri] };
  return [action];
};

async function editorFor(uri: vscode.Uri | undefined): Promise<vscode.TextEditor | undefined> {
  const active = vscode.window.activeTextEditor;
  if (!uri) return active && active.document.uri.scheme !== 'plume' ? active : undefined;
  if (active?.document.uri.toString() === uri.toString()) return active;
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString());
  return visible ?? vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

/** What `plume.selectModel` may be given instead of asking: an endpoint's model id, or a VS Code model. */
type GivenModel = string | { vendor: string; id: string };

function givenModel(value: unknown): GivenModel | undefined {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'object' && value !== null && 'vendor' in value && 'id' in value && typeof value.vendor === 'string' && typeof value.id === 'string') return { vendor: value.vendor, id: value.id };
  return undefined;
}

type ModelItem = vscode.QuickPickItem & ({ endpointModel: string } | { chat: vscode.LanguageModelChat } | object);

/**
 * « Plume : Choisir le modèle »: the endpoint's models and VS Code's language models in one list;
 * the choice sets `plume.provider` with it. Returns the endpoint model id, or `vendor/id` for a
 * VS Code model (automation and tests).
 */
async function selectModel(keys: ApiKeyStore, languageModels: LanguageModelChoice, log: PlumeLog, given: unknown): Promise<string | undefined> {
  const settings = readRewriteSettings();
  const asked = givenModel(given);
  if (typeof asked === 'string') return useEndpointModel(asked, log);
  if (asked) {
    const [chat] = await vscode.lm.selectChatModels({ vendor: asked.vendor, id: asked.id });
    if (!chat) return undefined;
    return useLanguageModel(chat, languageModels, log);
  }

  const [endpointModels, chats] = await Promise.all([listEndpointModels(keys, log), vscode.lm.selectChatModels().then((found) => found, () => [] as vscode.LanguageModelChat[])]);
  if (!endpointModels && chats.length === 0) {
    void vscode.window.showErrorMessage(say('Plume could not list the models of {0}.', originOf(settings.baseUrl)));
    return undefined;
  }
  const chosen = languageModels.get();
  const current = (yes: boolean) => (yes ? `${say('current')} · ` : '');
  const endpointItems: ModelItem[] = (endpointModels ?? []).map((id) => ({
    label: id,
    description: settings.provider === 'openai' && id === settings.model ? say('current') : undefined,
    endpointModel: id,
  }));
  const lmItems: ModelItem[] = chats.map((chat) => ({
    label: chat.name || chat.id,
    description: `${current(settings.provider === 'vscode' && chosen?.vendor === chat.vendor && chosen.id === chat.id)}${chat.vendor} · ${chat.family} · ${say('{0} tokens', sayNumber(chat.maxInputTokens))}`,
    chat,
  }));
  const separator = (label: string): ModelItem => ({ label, kind: vscode.QuickPickItemKind.Separator });
  const endpointGroup = endpointItems.length ? [separator(say('OpenAI-compatible endpoint ({0})', originOf(settings.baseUrl))), ...endpointItems] : [];
  const lmGroup = lmItems.length ? [separator(say('VS Code language models')), ...lmItems] : [];
  // The route in use comes first, so that Enter keeps to it.
  const items = settings.provider === 'vscode' ? [...lmGroup, ...endpointGroup] : [...endpointGroup, ...lmGroup];
  const picked = await vscode.window.showQuickPick(items, {
    title: say('Plume: model for rewrites'),
    placeHolder: endpointModels ? undefined : say('The models of {0} could not be listed.', originOf(settings.baseUrl)),
    matchOnDescription: true,
  });
  if (!picked) return undefined;
  if ('endpointModel' in picked) return useEndpointModel(picked.endpointModel, log);
  if ('chat' in picked) return useLanguageModel(picked.chat, languageModels, log);
  return undefined;
}

/** The endpoint's model ids, or undefined if they cannot be listed (no key, unreachable…). */
async function listEndpointModels(keys: ApiKeyStore, log: PlumeLog): Promise<string[] | undefined> {
  const settings = readRewriteSettings();
  const { OpenAIChatModel } = await loadRewriteEngine();
  const client = new OpenAIChatModel({ baseURL: settings.baseUrl, apiKey: await keys.get(settings.baseUrl), model: settings.model, timeoutMs: settings.timeoutSeconds * 1000 });
  try {
    return await client.listModels();
  } catch (error) {
    // The kind only: a provider's error text may quote part of the key (« Incorrect API key provided: sk-…»).
    const kind = typeof error === 'object' && error !== null && 'kind' in error ? String(error.kind) : error instanceof Error ? error.name : 'error';
    log.warn(`listing the models of ${originOf(settings.baseUrl)} failed: ${kind}`);
    return undefined;
  }
}

async function useEndpointModel(model: string, log: PlumeLog): Promise<string> {
  const config = vscode.workspace.getConfiguration('plume');
  await config.update('openai.model', model, vscode.ConfigurationTarget.Global);
  // Back to the default rather than written out: settings.json keeps only what differs.
  await config.update('provider', undefined, vscode.ConfigurationTarget.Global);
  log.info(`model set to ${model} (OpenAI-compatible endpoint)`);
  return model;
}

async function useLanguageModel(chat: vscode.LanguageModelChat, languageModels: LanguageModelChoice, log: PlumeLog): Promise<string> {
  await languageModels.set(chat);
  await vscode.workspace.getConfiguration('plume').update('provider', 'vscode', vscode.ConfigurationTarget.Global);
  log.info(`model set to ${chat.vendor}/${chat.id} (VS Code language model, ${chat.maxInputTokens} input tokens)`);
  return `${chat.vendor}/${chat.id}`;
}
