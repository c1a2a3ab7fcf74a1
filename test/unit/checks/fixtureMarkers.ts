// Fixtures with inline markers, as markdownlint's scenario tests: a line that must carry a finding
// ends with the finding's check id in braces (« ### Trop bas {heading-increment} »). The markers
// are cut off before the analysis (only at line ends, so no other text moves), and the test
// asserts that the findings land on exactly those lines: no fewer, no more, no others.
import { allChecks } from '../../../src/core/checks/registry';

const IDS = new Set(allChecks.map((check) => check.id));
// One or more `{id}` at the end of a line, each preceded by a space; ids must be Plume's, so
// that a shortcode such as `{{< figure >}}` or a `{#anchor}` is never taken for a marker.
const MARKERS = / (?:\{[a-z0-9-]+\} ?)+$/;

export interface MarkedFixture {
  /** The fixture without its markers: what is analysed. */
  text: string;
  /** « line:id », 1-based lines, sorted; one entry per expected finding. */
  expected: string[];
}

export function readMarkers(source: string): MarkedFixture {
  const expected: string[] = [];
  const lines = source.split('\n').map((line, index) => {
    const cr = line.endsWith('\r') ? '\r' : '';
    const body = cr ? line.slice(0, -1) : line;
    const markers = MARKERS.exec(body);
    if (!markers) return line;
    const ids = [...markers[0].matchAll(/\{([a-z0-9-]+)\}/g)].map((match) => match[1] ?? '');
    if (!ids.every((id) => IDS.has(id))) return line;
    for (const id of ids) expected.push(`${index + 1}:${id}`);
    return body.slice(0, markers.index) + cr;
  });
  return { text: lines.join('\n'), expected: expected.sort(byLine) };
}

/** « line:id » sorted by line, then id. */
export function byLine(a: string, b: string): number {
  const [lineA = 0, idA = ''] = a.split(':').map((part, i) => (i === 0 ? Number(part) : part)) as [number, string];
  const [lineB = 0, idB = ''] = b.split(':').map((part, i) => (i === 0 ? Number(part) : part)) as [number, string];
  return lineA - lineB || idA.localeCompare(idB);
}
