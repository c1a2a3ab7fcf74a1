import { describe, expect, it } from 'vitest';
import { CheckOutput } from '../../../src/cli/CheckOutput';
import type { FileReport } from '../../../src/cli/formatCheckReport';
import { formatSarif } from '../../../src/cli/formatSarif';

const figures = { words: 120, sentences: 8, readingEase: 61.5, transitionShare: 25, passiveShare: 0, maxSameBeginnings: 1, titleWidthPx: 410, readingMinutes: 0.6 };
const report = (file: string, count: number): FileReport => ({
  file,
  figures,
  findings: Array.from({ length: count }, (_, index) => ({ id: index % 2 ? 'title-missing' : 'typography-spaces', severity: index % 2 ? 'warning' : 'info', line: index + 1, column: 1, endLine: index + 1, endColumn: 4, message: `Constat n° ${index} « ; »` })),
});

/** Everything one run prints, as the process streams would carry it (a line break after each write). */
function printed(format: 'text' | 'json' | 'sarif', reports: FileReport[]): string {
  let out = '';
  const output = new CheckOutput(format, { stdout: (text) => { out += `${text}\n`; }, stderr: () => {} }, 'fr', '0.1.0', { hints: false, quiet: false });
  for (const each of reports) output.add(each, 'fr');
  output.finish();
  return out;
}

describe('CheckOutput', () => {
  const cases: [string, FileReport[]][] = [
    ['no file', []],
    ['one file without findings', [report('a.md', 0)]],
    ['one file', [report('a.md', 3)]],
    ['several files, some without findings', [report('a.md', 2), report('dossier/b.md', 0), report('c d.md', 5)]],
  ];

  it.each(cases)('streams the JSON that JSON.stringify gives for all reports at once (%s)', (_, reports) => {
    expect(printed('json', reports)).toBe(`${JSON.stringify(reports, null, 2)}\n`);
  });

  it.each(cases)('streams the SARIF that formatSarif gives for all reports at once (%s)', (_, reports) => {
    expect(printed('sarif', reports)).toBe(`${formatSarif(reports, 'fr', '0.1.0')}\n`);
  });

  it('prints each file as it comes, then the total of them all', () => {
    const out = printed('text', [report('a.md', 2), report('b.md', 3)]);
    expect(out.indexOf('a.md')).toBeLessThan(out.indexOf('b.md'));
    expect(out.trim().split('\n').pop()).toBe('Total : 2 fichiers, 240 mots — 5 constats (2 avertissements, 3 infos)');
  });
});
