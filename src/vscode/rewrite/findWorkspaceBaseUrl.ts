import * as vscode from 'vscode';

const KEY = /"plume\.openai\.baseUrl"\s*:/;

/**
 * The workspace files that try to set plume.openai.baseUrl. VS Code already drops such values
 * (the setting is application-scoped) and `inspect()` does not even show them, so Plume reads
 * the files to tell the writer, in the log, that they are ignored.
 */
export async function findWorkspaceBaseUrl(): Promise<vscode.Uri[]> {
  const candidates = (vscode.workspace.workspaceFolders ?? []).map((folder) => vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json'));
  const workspaceFile = vscode.workspace.workspaceFile;
  if (workspaceFile && workspaceFile.scheme !== 'untitled') candidates.push(workspaceFile);
  const found: vscode.Uri[] = [];
  for (const uri of candidates) {
    try {
      if (KEY.test(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)))) found.push(uri);
    } catch {
      // No settings file: nothing to ignore.
    }
  }
  return found;
}
