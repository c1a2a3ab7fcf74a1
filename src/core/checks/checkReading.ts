import type { ResolvedSettings } from '../config/PlumeConfig';
import { optionsOf } from '../config/resolveSettings';
import type { ArticleDocument } from '../markdown/ArticleDocument';
import type { CheckOptions, CheckReading } from './Check';

/** What a check (and later its fixes) reads of `doc` under `settings`: the same numbers both times. */
export function checkReading<O extends CheckOptions>(doc: ArticleDocument, settings: ResolvedSettings | undefined, check: { id: string; defaultOptions: O }): CheckReading<O> {
  return { doc, options: optionsOf(settings, check), optionsOf: (other) => optionsOf(settings, other) };
}
