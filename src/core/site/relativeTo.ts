/** `to` as a link from the article at `from` would write it (« ../guides/autre.md »), for messages. */
export function relativeTo(from: string, to: string): string {
  const fromParts = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common]) common++;
  return [...fromParts.slice(common).map(() => '..'), ...toParts.slice(common)].join('/') || to;
}

/** At most `max` paths named in a message, then « et N autres » / "and N more". */
export function listPaths(paths: readonly string[], max = 3): { fr: string; en: string } {
  const shown = paths.slice(0, max).map((path) => `« ${path} »`);
  const shownEn = paths.slice(0, max).map((path) => `“${path}”`);
  const more = paths.length - max;
  return {
    fr: more > 0 ? `${shown.join(', ')} et ${more} autre${more > 1 ? 's' : ''}` : shown.join(', ').replace(/, ([^,]*)$/, ' et $1'),
    en: more > 0 ? `${shownEn.join(', ')} and ${more} more` : shownEn.join(', ').replace(/, ([^,]*)$/, ' and $1'),
  };
}
