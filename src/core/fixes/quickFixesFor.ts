import type { Finding } from '../checks/Check';
import { checkReading } from '../checks/checkReading';
import { findCheck } from '../checks/registry';
import type { ResolvedSettings } from '../config/PlumeConfig';
import type { ArticleDocument } from '../markdown/ArticleDocument';
import type { QuickFix } from './QuickFix';

/**
 * The deterministic fixes of one finding, asked of its check with the document and settings it
 * was found with. Called when the editor asks for code actions, never for every finding.
 */
export function quickFixesFor(doc: ArticleDocument, finding: Finding, settings?: ResolvedSettings): QuickFix[] {
  const check = findCheck(finding.checkId);
  // A hint is a pointer, not a problem to fix (the long sentences listed one by one).
  if (!check?.fixes || finding.fix === undefined || finding.severity === 'hint') return [];
  return check.fixes(finding.fix as never, finding as Finding<never>, checkReading(doc, settings, check));
}
