// What the SEO report's webview and the extension say to each other (postMessage), both ways.
import type { Language } from '../core/checks/Check';
import type { ReportModel } from '../core/report/ReportModel';
import type { ReportFieldName } from '../core/report/reportFieldEdit';

/** Extension → webview: the report of one document's latest analysis. */
export interface ReportUpdate {
  type: 'update';
  uri: string;
  analysisId: number;
  language: Language;
  model: ReportModel;
}

/** Extension → webview: no Markdown article to report on. */
export interface ReportEmpty {
  type: 'empty';
  language: Language;
  text: string;
}

/** Webview → extension. */
export type ReportMessage =
  | { type: 'ready' }
  | { type: 'reveal'; uri: string; start: number; end: number }
  | { type: 'fix'; uri: string; analysisId: number; finding: number }
  | { type: 'fixWithAi'; uri: string; checkId: string; start: number; end: number }
  | { type: 'docs'; checkId: string }
  | { type: 'setField'; uri: string; field: ReportFieldName; value: string }
  | { type: 'rewrite'; uri: string };
