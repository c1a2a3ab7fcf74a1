import * as vscode from 'vscode';
import type { Finding, Language, Severity } from '../../core/checks/Check';
import { docsUrl } from '../../core/checks/docsUrl';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'Plume';

/** One finding as VS Code shows it: source Plume, the check id linking to its docs page. */
export function toDiagnostic(document: vscode.TextDocument, finding: Finding, language: Language): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(finding.range.start), document.positionAt(finding.range.end));
  const diagnostic = new vscode.Diagnostic(range, finding.message[language], SEVERITY[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.checkId, target: vscode.Uri.parse(docsUrl(finding.checkId)) };
  return diagnostic;
}

/** The check id of a Plume diagnostic, or undefined for anyone else's. */
export function checkIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = diagnostic.code;
  // Findings carry their check id with a link to its docs page; the rewrite's fact warnings carry
  // a plain code (`fact-missing`…) and are no check a writer could turn off.
  return typeof code === 'object' && code !== null ? String(code.value) : undefined;
}
