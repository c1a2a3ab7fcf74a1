// `plume fix`: the typography fix-all on files — a diff without --write, the files written with it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';

async function run(argv: string[], language: 'fr' | 'en' = 'fr') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) }, language);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('plume fix', () => {
  it('prints a unified diff and exits 1 without --write, writes the files with it, then finds nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plume-fix-'));
    const file = join(dir, 'article.md');
    const text = "---\ntitle: L'État?\n---\n\n# L'État\n\nPourquoi? Voir `l'objet`.\n";
    writeFileSync(file, text);
    const dry = await run(['fix', file]);
    expect(dry.code).toBe(1);
    expect(dry.stdout).toContain("-# L'État");
    expect(dry.stdout).toContain('+# L’État');
    expect(dry.stdout).toContain('+Pourquoi\u202f? Voir `l\'objet`.');
    expect(dry.stderr).toContain('2 corrections typographiques dans 1 fichier.');
    expect(readFileSync(file, 'utf8')).toBe(text);
    const written = await run(['fix', '--write', file]);
    expect(written.code).toBe(0);
    // The front matter and the code stay as they were.
    expect(readFileSync(file, 'utf8')).toBe("---\ntitle: L'État?\n---\n\n# L’État\n\nPourquoi\u202f? Voir `l'objet`.\n");
    const again = await run(['fix', file], 'en');
    expect(again).toMatchObject({ code: 0, stdout: '' });
    expect(again.stderr).toContain('Nothing to fix.');
  });

  it('says what it needs, in the writer’s language', async () => {
    expect((await run(['fix'])).code).toBe(2);
    expect((await run(['fix', '--help'], 'en')).stdout).toContain('plume fix <files, folders or globs>');
    expect((await run(['fix', join(tmpdir(), 'absent-plume-fix.md')])).code).toBe(2);
  });
});
