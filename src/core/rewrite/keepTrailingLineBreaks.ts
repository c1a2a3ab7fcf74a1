/** A rewritten selection ends as the selection did (models add or drop the final line breaks). */
export function keepTrailingLineBreaks(source: string, proposal: string): string {
  const trailing = /\s*$/.exec(source)?.[0] ?? '';
  return proposal.replace(/\s+$/, '') + trailing;
}
