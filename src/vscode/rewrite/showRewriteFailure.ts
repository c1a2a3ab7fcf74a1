import * as vscode from 'vscode';
import { say } from '../say';
import type { FailureAction } from '../../core/rewrite/describeFailure';

/** A failure's one clear message with the button that helps (set the key, open settings, retry…). */
export async function showRewriteFailure(message: string, action: FailureAction | string, retry?: () => unknown): Promise<void> {
  const buttons: { title: string; run: () => unknown }[] = [];
  if (action === 'set-api-key') buttons.push({ title: say('Set API Key'), run: () => vscode.commands.executeCommand('plume.setApiKey') });
  if (action === 'open-settings') buttons.push({ title: say('Open Settings'), run: () => vscode.commands.executeCommand('workbench.action.openSettings', 'plume.openai') });
  if (action === 'select-model') buttons.push({ title: say('Select Model'), run: () => vscode.commands.executeCommand('plume.selectModel') });
  if (action === 'use-endpoint') buttons.push({ title: say('Use an OpenAI Endpoint'), run: () => vscode.commands.executeCommand('plume.useEndpoint') });
  if (action === 'retry' && retry) buttons.push({ title: say('Retry'), run: retry });
  const picked = await vscode.window.showErrorMessage(message, ...buttons.map((button) => button.title));
  await buttons.find((button) => button.title === picked)?.run();
}
