// A fact of an article that a rewrite must keep and must not invent: the fact guard of the
// rewrite pipeline (docs/ARCHITECTURE.md, « validate ») compares them between source and proposal.

export type FactKind = 'number' | 'date' | 'quote' | 'name';

export interface Fact {
  kind: FactKind;
  /** As written in its text: « 100 000 », « 1er septembre », « Nancy Pelosi »; a quotation without its marks. */
  text: string;
  /** The normalised form compared between source and rewrite: `100000`, `1er septembre`, `nancy pelosi`. */
  key: string;
  /** Names: whether the text presents it as a person (a role, a speech verb, a given name). */
  person?: boolean;
  /** Numbers: written in words (« trois ») rather than digits. */
  inWords?: boolean;
}

/** A fact of the source stated with another value in its place: one change, both versions. */
export interface AlteredFact {
  kind: FactKind;
  from: Fact;
  to: Fact;
}

/**
 * What the writer should look at without it failing the rewrite (« à vérifier »):
 * - `name-added`: a name of the rewrite that is not a person and is not in the source;
 * - `name-missing`: a name of the source that is not a person and is not in the rewrite;
 * - `name-completed`: a source name with a given name added (Blinken → Antony Blinken);
 * - `name-spelling`: another established spelling of a source name (Pashinyan → Pachinian);
 * - `name-altered`: a place or institution spelled differently (not a person);
 * - `number-added`: « deux » / « les deux » added in words (French uses it for « both »).
 */
export interface FactNote {
  reason: 'name-added' | 'name-missing' | 'name-completed' | 'name-spelling' | 'name-altered' | 'number-added';
  fact: Fact;
  /** The source's version, when the note compares two spellings. */
  source?: Fact;
}
