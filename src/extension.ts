import type * as vscode from 'vscode';

/**
 * Wires Plume's pieces into VS Code; holds no logic of its own. The diagnostics provider
 * and the rewrite commands are registered here as they land (see CHANGELOG.md).
 */
export function activate(_context: vscode.ExtensionContext): void {
  // Nothing to wire yet: the analysis engine is used by the CLI (`plume check`).
}

export function deactivate(): void {
  // Disposables registered on the context are released by VS Code.
}
