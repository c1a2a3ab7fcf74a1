// Every check's fixtures, with their markers: `test/fixtures/checks/<id>/*.md` run that check
// alone (fail.md must mark every finding, pass.md has none); `test/fixtures/scenarios/*.md` run
// every check with its defaults, so a marker-free line there asserts that no check fires on it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/checks/Check';
import { allChecks } from '../../../src/core/checks/registry';
import { ArticleDocument } from '../../../src/core/markdown/ArticleDocument';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { byLine, readMarkers } from './fixtureMarkers';
import { FIXTURES, fixtureOptions, runCheck } from './runCheck';

function landed(text: string, findings: readonly Finding[]): string[] {
  const doc = new ArticleDocument(text);
  return findings.map((finding) => `${doc.lines.positionAt(finding.range.start).line + 1}:${finding.checkId}`).sort(byLine);
}

describe('check fixtures: each finding on its marked line, and nowhere else', () => {
  for (const check of allChecks) {
    const folder = join(FIXTURES, 'checks', check.id);
    const files = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.md')).sort() : [];
    it(`${check.id} has a fail.md with markers and a pass.md`, () => {
      expect(files).toContain('fail.md');
      expect(files).toContain('pass.md');
      expect(readMarkers(readFileSync(join(folder, 'fail.md'), 'utf8')).expected.length, `${check.id}/fail.md marks no finding`).toBeGreaterThan(0);
      expect(readMarkers(readFileSync(join(folder, 'pass.md'), 'utf8')).expected).toEqual([]);
    });
    const options = fixtureOptions(check.id, files);
    for (const file of files) {
      it(`${check.id}/${file}`, () => {
        const { text, expected } = readMarkers(readFileSync(join(folder, file), 'utf8'));
        expect(expected.every((entry) => entry.endsWith(`:${check.id}`)), 'markers of another check in a check\'s own fixture').toBe(true);
        expect(landed(text, runCheck(check.id, text, {}, undefined, options(file)))).toEqual(expected);
      });
    }
  }
});

describe('scenarios: every check at its defaults', () => {
  const folder = join(FIXTURES, 'scenarios');
  const files = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.md')).sort() : [];
  it('there are scenarios', () => expect(files.length).toBeGreaterThan(0));
  for (const file of files) {
    it(file, () => {
      const { text, expected } = readMarkers(readFileSync(join(folder, file), 'utf8'));
      expect(landed(text, analyzeArticle(text).findings)).toEqual(expected);
    });
  }
});

describe('the markers themselves', () => {
  it('are cut off without moving any other text, and only when they name checks', () => {
    const { text, expected } = readMarkers('# Titre\n\n### Bas {heading-increment}\r\nUn {{< figure >}}\nTexte {#ancre}\n');
    expect(text).toBe('# Titre\n\n### Bas\r\nUn {{< figure >}}\nTexte {#ancre}\n');
    expect(expected).toEqual(['3:heading-increment']);
    expect(readMarkers('Deux {h1-multiple} {title-length}\n').expected).toEqual(['1:h1-multiple', '1:title-length']);
  });
});
