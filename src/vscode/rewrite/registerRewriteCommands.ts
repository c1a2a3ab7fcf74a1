import * as vscode from 'vscode';
import { say } from '../say';
import type { ExtraCodeActions } from '../codeActions/PlumeCodeActions';
import type { ApiKeyStore } from './ApiKeyStore';
import { loadRewriteEngine } from './loadRewriteEngine';
import type { PlumeLog } from './PlumeLog';
import { originOf, readRewriteSettings } from './readRewriteSettings';
import { PROPOSAL_SCHEME } from './ProposalFileSystem';
import type { RewriteController, RewriteOutcome } from './RewriteController';

export const REWRITE_COMMAND = 'plume.rewrite';
export const IGNORE_FACT_COMMAND = 'plume.ignoreFact';

/** The rewrite's commands; each returns what it did, for automation and tests. */
export function registerRewriteCommands(controller: RewriteController, keys: ApiKeyStore, log: PlumeLog): vscode.Disposable[] {
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
    vscode.commands.registerCommand('plume.selectModel', async (model?: unknown) => selectModel(keys, log, typeof model === 'string' ? model : undefined)),
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

async function selectModel(keys: ApiKeyStore, log: PlumeLog, given: string | undefined): Promise<string | undefined> {
  const settings = readRewriteSettings();
  let model = given;
  if (!model) {
    const { OpenAIChatModel } = await loadRewriteEngine();
    const client = new OpenAIChatModel({ baseURL: settings.baseUrl, apiKey: await keys.get(settings.baseUrl), model: settings.model, timeoutMs: settings.timeoutSeconds * 1000 });
    let ids: string[];
    try {
      ids = await client.listModels();
    } catch (error) {
      // The kind only: a provider's error text may quote part of the key (« Incorrect API key provided: sk-…»).
      const kind = typeof error === 'object' && error !== null && 'kind' in error ? String(error.kind) : error instanceof Error ? error.name : 'error';
      log.warn(`listing the models of ${originOf(settings.baseUrl)} failed: ${kind}`);
      void vscode.window.showErrorMessage(say('Plume could not list the models of {0}.', originOf(settings.baseUrl)));
      return undefined;
    }
    model = await vscode.window.showQuickPick(
      ids.map((id) => ({ label: id, description: id === settings.model ? say('current') : undefined })),
      { title: say('Plume: model for rewrites ({0})', originOf(settings.baseUrl)) },
    ).then((item) => item?.label);
  }
  if (!model) return undefined;
  await vscode.workspace.getConfiguration('plume').update('openai.model', model, vscode.ConfigurationTarget.Global);
  log.info(`model set to ${model}`);
  return model;
}
