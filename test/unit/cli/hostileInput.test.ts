// `plume check` and `plume verify` (the built CLI, real processes) on hostile Markdown generated
// here — never committed blobs: thousands of nested quotes, lists and brackets, tens of thousands
// of link definitions, a paragraph of 16,000 lines, a file over the size limit, a path that is a
// pipe. Each must finish (a generous bound, not a speed target), with its documented exit code and
// a clear message, and write nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_CHARACTERS } from '../../../src/core/inputLimits';
import { fixture } from '../checks/runCheck';

const ROOT = join(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'bin', 'plume.js');
// Every case here took from many minutes to hours before the limits; each now ends in a few
// seconds (3–10 s here, more on a loaded machine: npm run bench has the figures). This only
// stops a run that hangs (spawnSync kills it and the exit code is then null); it times nothing.
const FINISHES_WITHIN_MS = 120_000;
// A hostile text may have thousands of findings (a 16,000-line paragraph, one number each): its JSON
// report runs to megabytes, past spawnSync's 1 MB default, which would kill the run.
const OUTPUT_LIMIT = 256 * 1024 * 1024;

let dir: string;
beforeAll(() => {
  expect(existsSync(join(ROOT, 'dist', 'cli.js')), 'dist/cli.js missing: run npm run build').toBe(true);
  dir = mkdtempSync(join(tmpdir(), 'plume-hostile-input-'));
});

function plume(args: string[], shell = false) {
  const result = shell
    ? spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" ${args.join(' ')}`], { encoding: 'utf8', timeout: FINISHES_WITHIN_MS, maxBuffer: OUTPUT_LIMIT, env: { ...process.env, LANG: 'fr_FR.UTF-8' } })
    : spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: FINISHES_WITHIN_MS, maxBuffer: OUTPUT_LIMIT, env: { ...process.env, LANG: 'fr_FR.UTF-8' } });
  const output = `${result.stdout}${result.stderr}`;
  expect(output, 'no stack trace').not.toMatch(/\n\s+at .+:\d+:\d+/);
  return { code: result.status, output };
}

const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const CASES: [string, () => string][] = [
  ['50,000 nested quotes', () => `# Fil\n\n${'>'.repeat(50_000)} fin du fil\n`],
  ['50,000 nested list levels', () => `# Liste\n\n${'- '.repeat(50_000)}fin\n`],
  ['a list indented a little more on each of 1,200 lines', () => `# Liste\n\n${Array.from({ length: 1200 }, (_, i) => `${' '.repeat(i * 2)}- point ${i}`).join('\n')}\n`],
  ['50,000 link brackets', () => `# Crochets\n\n${'['.repeat(50_000)}x${']'.repeat(50_000)}\n`],
  ['20,000 closing brackets on their own lines', () => `# Crochets\n\nx\n${']\n'.repeat(20_000)}`],
  ['50,000 link reference definitions', () => `# Liens\n\n${Array.from({ length: 50_000 }, (_, i) => `[l${i}]: https://exemple.fr/${i}`).join('\n')}\n\nVoir [l1].\n`],
  // Each chunk once compared its text with every label of every other chunk: 22 s at 20,000.
  ['10,000 references, each with its definition', () => `# Liens\n\n${Array.from({ length: 10_000 }, (_, i) => `Voir [texte][lien${i}].\n\n[lien${i}]: https://exemple.fr/${i}\n`).join('\n')}`],
  // One word of 200,000 characters with a dot every other one: no « @ », but every position began an e-mail address.
  ['a 200 KB run of « x.x.x… » in one word', () => `# Points\n\n${'x.'.repeat(100_000)}\n`],
  ['a paragraph of 16,000 lines with links', () => `# Collé\n\n${Array.from({ length: 16_000 }, (_, i) => `Ligne ${i} collée sans ligne vide, voir https://exemple.fr/${i}.`).join('\n')}\n`],
];

describe('hostile Markdown', () => {
  for (const [name, generate] of CASES) {
    it(`plume check and plume verify finish on ${name}`, () => {
      const text = generate();
      expect(text.length).toBeLessThanOrEqual(MAX_DOCUMENT_CHARACTERS);
      const file = write(`${name.replace(/\W+/g, '-')}.md`, text);
      const before = readdirSync(dir).length;
      const check = plume(['check', file, '--format', 'json']);
      expect([0, 1], check.output.slice(0, 300)).toContain(check.code);
      const verify = plume(['verify', file, file]);
      expect([0, 1], verify.output.slice(0, 300)).toContain(verify.code);
      expect(readdirSync(dir)).toHaveLength(before);
    }, 3 * FINISHES_WITHIN_MS);
  }

  it('names the structure it reads as text, once', () => {
    const file = write('fil.md', `# Fil\n\n${'> '.repeat(40)}fin du fil\n`);
    const { code, output } = plume(['check', file, '--fail-on', 'info']);
    expect(code).toBe(1);
    expect(output.match(/markdown-too-complex/g)).toHaveLength(1);
    expect(output).toContain('Plume lit la suite comme du texte');
  });

  it('refuses a file over the size limit with a clear message and exit 2, for check, verify and rewrite', () => {
    const file = write('enorme.md', `# Énorme\n\n${'Une phrase de plus pour grossir le fichier. '.repeat(Math.ceil((MAX_DOCUMENT_CHARACTERS + 10) / 44))}\n`);
    const small = write('petit.md', fixture('example', 'article-blinken-azerbaidjan.txt'));
    for (const args of [['check', file], ['verify', small, file], ['rewrite', file, '--out', join(dir, 'jamais.md')]]) {
      const { code, output } = plume(args);
      expect(code, args[0]).toBe(2);
      expect(output).toMatch(/caractères ; Plume analyse des documents de 2[\s\u202f\u00a0]000[\s\u202f\u00a0]000 caractères au plus/);
    }
    expect(existsSync(join(dir, 'jamais.md'))).toBe(false);
  }, 2 * FINISHES_WITHIN_MS);

  it('reads a path that is a pipe (« plume check <(cat article.md) »)', () => {
    const file = write('article.md', fixture('example', 'article-blinken-azerbaidjan.txt'));
    const { code, output } = plume(['check', `<(cat "${file}")`], true);
    expect(output).not.toContain('ne correspond à aucun fichier');
    expect(output).toMatch(/\/dev\/fd\/\d+:1:1 .*title-missing/);
    expect(code).toBe(1);
  });
});
