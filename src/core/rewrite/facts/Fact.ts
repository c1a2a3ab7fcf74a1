// A fact of an article that a rewrite must keep and must not invent: the fact guard of the
// rewrite pipeline (ARCHITECTURE.md, « validate ») compares them between source and proposal.

export type FactKind = 'number' | 'date' | 'quote' | 'name';

export interface Fact {
  kind: FactKind;
  /** As written in its text: « 100 000 », « 1er septembre », « Nancy Pelosi »; a quotation without its marks. */
  text: string;
  /** The normalised form compared between source and rewrite: `100000`, `1er septembre`, `nancy pelosi`. */
  key: string;
}
