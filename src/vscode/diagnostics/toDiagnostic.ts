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
  return diagnosticAt(new vscode.Range(document.positionAt(finding.range.start), document.positionAt(finding.range.end)), finding, language);
}

/** The same, placed at `range`: a closed article's finding, placed without its document. */
export function diagnosticAt(range: vscode.Range, finding: Pick<Finding, 'checkId' | 'severity' | 'message'>, language: Language): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(range, finding.message[language], SEVERITY[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.checkId, target: docsUri(finding.checkId) };
  return diagnostic;
}

// One docs address per check, parsed once: thousands of closed articles' findings are published at a time.
const DOCS_URIS = new Map<string, vscode.Uri>();

function docsUri(checkId: string): vscode.Uri {
  let uri = DOCS_URIS.get(checkId);
  if (!uri) {
    uri = vscode.Uri.parse(docsUrl(checkId));
    DOCS_URIS.set(checkId, uri);
  }
  return uri;
}

/** The check id of a Plume diagnostic, or undefined for anyone else's. */
export function checkIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = diagnostic.code;
  // Findings carry their check id with a link to its docs page; the rewrite's fact warnings carry
  // a plain code (`fact-missing`…) and are no check a writer could turn off.
  return typeof code === 'object' && code !== null ? String(code.value) : undefined;
}
