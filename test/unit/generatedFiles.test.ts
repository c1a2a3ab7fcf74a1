// Files derived from the check registry: the .plumerc.json schema and the README's table of
// checks; and media/report.css, derived from the report's stylesheet module. They are committed (a
// reader sees them on GitHub, the VSIX ships the stylesheet) and must never drift:
// `npm run generate` rewrites them; this test fails when someone forgot to.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckDefinition, CheckOptions } from '../../src/core/checks/Check';
import { allChecks } from '../../src/core/checks/registry';
import { buildConfigSchema } from '../../src/core/config/buildConfigSchema';
import { REPORT_CSS } from '../../src/core/report/reportCss';

const ROOT = join(__dirname, '..', '..');
const UPDATE = process.env.PLUME_UPDATE === '1';

function checkRow(check: CheckDefinition<CheckOptions>): string {
  const options = Object.entries(check.defaultOptions).map(([key, value]) => `\`${key}: ${value}\``).join(', ') || '—';
  return `| [\`${check.id}\`](docs/checks/${check.id}.md) | \`${check.defaultSeverity}\` | ${options} | ${check.description.fr} | ${check.description.en} |`;
}

function checksTable(): string {
  return ['| id | sévérité / severity | options | ce qui est signalé | what it flags |', '|---|---|---|---|---|', ...allChecks.map(checkRow)].join('\n');
}

function expectFile(path: string, expected: string): void {
  if (UPDATE) writeFileSync(path, expected);
  expect(readFileSync(path, 'utf8'), `${path} is stale: run npm run generate`).toBe(expected);
}

describe('generated files', () => {
  it('schemas/plumerc.schema.json matches the registry', () => {
    expectFile(join(ROOT, 'schemas', 'plumerc.schema.json'), `${JSON.stringify(buildConfigSchema(allChecks), null, 2)}\n`);
  });

  it('package.json declares every check under the plume.checks setting', () => {
    const path = join(ROOT, 'package.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8'));
    const schema = buildConfigSchema(allChecks) as { properties: { checks: { properties: unknown } } };
    manifest.contributes.configuration.properties['plume.checks'].properties = schema.properties.checks.properties;
    expectFile(path, `${JSON.stringify(manifest, null, 2)}\n`);
  });

  it('the README lists every check with its defaults', () => {
    const path = join(ROOT, 'README.md');
    const readme = readFileSync(path, 'utf8');
    const expected = readme.replace(/(<!-- checks-table:start -->\n)[\s\S]*?(<!-- checks-table:end -->)/, `$1${checksTable()}\n$2`);
    expect(readme).toContain('<!-- checks-table:start -->');
    expectFile(path, expected);
  });

  it('media/report.css is what scripts/make-report-css.mjs writes from src/core/report/reportCss.ts', () => {
    const path = join(ROOT, 'media', 'report.css');
    const dir = mkdtempSync(join(tmpdir(), 'plume-css-'));
    try {
      const out = join(dir, 'report.css');
      execFileSync(process.execPath, [join(ROOT, 'scripts', 'make-report-css.mjs'), out], { cwd: ROOT, stdio: 'pipe' });
      const written = readFileSync(out, 'utf8');
      // The script writes a header, then the module's stylesheet as it is.
      expect(written.endsWith(REPORT_CSS)).toBe(true);
      expect(written.startsWith('/* GENERATED')).toBe(true);
      expectFile(path, written);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
