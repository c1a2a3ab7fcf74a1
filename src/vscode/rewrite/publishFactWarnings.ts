import * as vscode from 'vscode';
import type { Language } from '../../core/checks/Check';
import type { FactWarning } from '../../core/rewrite/describeFactWarnings';

/** A published warning and the fact it is about, so that its quick fix can dismiss that fact. */
export interface PublishedFactWarning {
  message: string;
  fact?: string;
}

/**
 * The facts to check before accepting, as diagnostics on the proposal: where they appear in it,
 * or on the first line when they have no place in it (a missing fact, an incomplete answer).
 */
export function publishFactWarnings(collection: vscode.DiagnosticCollection, uri: vscode.Uri, text: string, warnings: FactWarning[] | undefined, language: Language): PublishedFactWarning[] {
  if (!warnings) {
    collection.delete(uri);
    return [];
  }
  const lines = text.split('\n');
  const firstLine = new vscode.Range(0, 0, 0, lines[0]?.length ?? 0);
  const locate = (needle: string | undefined): vscode.Range => {
    const offset = needle ? text.indexOf(needle) : -1;
    if (!needle || offset < 0) return firstLine;
    const before = text.slice(0, offset).split('\n');
    const line = before.length - 1;
    const character = before[line]?.length ?? 0;
    const after = text.slice(0, offset + needle.length).split('\n');
    return new vscode.Range(line, character, after.length - 1, after[after.length - 1]?.length ?? 0);
  };
  const diagnostics = warnings.map((warning) => {
    const diagnostic = new vscode.Diagnostic(locate(warning.at), warning.message[language], warning.severity === 'info' ? vscode.DiagnosticSeverity.Information : vscode.DiagnosticSeverity.Warning);
    diagnostic.source = 'Plume';
    diagnostic.code = warning.code;
    return diagnostic;
  });
  collection.set(uri, diagnostics);
  return warnings.map((warning, index) => ({ message: diagnostics[index]?.message ?? '', ...(warning.fact ? { fact: warning.fact } : {}) }));
}
