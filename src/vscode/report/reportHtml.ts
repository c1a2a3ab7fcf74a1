import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';
import type { Language } from '../../core/checks/Check';

/**
 * The report's page: a strict Content-Security-Policy (no inline script or style; the script by
 * its nonce, styles and the codicons font from the extension's media/ only), and an empty main
 * the script fills with the model the extension posts.
 */
export function reportHtml(webview: vscode.Webview, media: vscode.Uri, language: Language, waiting: string): string {
  const nonce = randomBytes(16).toString('base64');
  const uri = (...path: string[]) => webview.asWebviewUri(joinPath(media, ...path)).toString();
  const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `font-src ${webview.cspSource}`, `img-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${uri('dist', 'codicon.css')}">
<link rel="stylesheet" href="${uri('report.css')}">
</head>
<body>
<main id="report" class="plume-report"><p class="note empty">${escape(waiting)}</p></main>
<script nonce="${nonce}" src="${uri('dist', 'report.js')}"></script>
</body>
</html>`;
}

// vscode.Uri.joinPath without importing the module's value here (tests render this with a fake webview).
function joinPath(base: vscode.Uri, ...segments: string[]): vscode.Uri {
  return base.with({ path: [base.path.replace(/\/$/, ''), ...segments].join('/') });
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
