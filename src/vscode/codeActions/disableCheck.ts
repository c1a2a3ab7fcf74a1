import * as vscode from 'vscode';
import { checkName } from '../../core/checks/checkNames';
import { say, uiLanguage } from '../say';
import type { PlumercLoader } from '../config/PlumercLoader';

/**
 * Turns a check off where the writer's team would look for it: in the `.plumerc.json` that
 * governs the file when there is one (shared with the CLI and the team), else in the
 * workspace's `plume.checks` setting (nothing new in the repository).
 */
export async function disableCheck(loader: PlumercLoader, checkId: string, uri: vscode.Uri): Promise<void> {
  const file = await loader.findFile(uri);
  if (file) {
    const raw = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as { checks?: Record<string, unknown> };
    raw.checks = { ...raw.checks, [checkId]: 'off' };
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(`${JSON.stringify(raw, null, 2)}\n`));
    void vscode.window.showInformationMessage(say('“{0}” ({1}) is now off in {2}.', checkName(checkId, uiLanguage()), checkId, vscode.workspace.asRelativePath(file)));
    return;
  }
  const config = vscode.workspace.getConfiguration('plume', uri);
  const checks = { ...config.get<Record<string, unknown>>('checks', {}), [checkId]: 'off' };
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('checks', checks, target);
  void vscode.window.showInformationMessage(say('“{0}” ({1}) is now off in the workspace settings.', checkName(checkId, uiLanguage()), checkId));
}
