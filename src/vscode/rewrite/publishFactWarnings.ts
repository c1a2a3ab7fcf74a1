import * as vscode from 'vscode';
import type { RewriteReport } from '../../core/rewrite/RewriteRequest';

/**
 * The facts to check before accepting, as warnings on the proposal: introduced ones where they
 * appear in it, missing ones on the first line (they have no place in the proposal).
 */
export function publishFactWarnings(collection: vscode.DiagnosticCollection, uri: vscode.Uri, text: string, report: RewriteReport | undefined): void {
  if (!report) {
    collection.delete(uri);
    return;
  }
  const lines = text.split('\n');
  const firstLine = new vscode.Range(0, 0, 0, lines[0]?.length ?? 0);
  const locate = (needle: string): vscode.Range => {
    const offset = text.indexOf(needle);
    if (offset < 0) return firstLine;
    const before = text.slice(0, offset).split('\n');
    const line = before.length - 1;
    const character = before[line]?.length ?? 0;
    const after = text.slice(0, offset + needle.length).split('\n');
    return new vscode.Range(line, character, after.length - 1, after[after.length - 1]?.length ?? 0);
  };
  const warning = (range: vscode.Range, message: string, code: string) => {
    const diagnostic = new vscode.Diagnostic(range, message, vscode.DiagnosticSeverity.Warning);
    diagnostic.source = 'Plume';
    diagnostic.code = code;
    return diagnostic;
  };
  collection.set(uri, [
    ...report.missingFacts.map((fact) => warning(firstLine, vscode.l10n.t('Missing from the proposal: {0} ({1}) — it is in the original.', fact.text, fact.kind), 'fact-missing')),
    ...[...report.introducedFacts, ...report.introducedNames].map((fact) =>
      warning(locate(fact.text), vscode.l10n.t('Not in the original: {0} ({1}) — check it before accepting.', fact.text, fact.kind), 'fact-introduced'),
    ),
  ]);
}
