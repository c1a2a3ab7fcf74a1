import type { Localized } from '../checks/Check';

/** A replacement of `text` between two offsets of the analysed document. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A deterministic fix for one finding: the editor shows `title` and applies `edits` as one edit. */
export interface QuickFix {
  title: Localized;
  edits: TextEdit[];
  /** The fix VS Code applies with « Corriger automatiquement » (one per finding at most). */
  preferred?: boolean;
}
