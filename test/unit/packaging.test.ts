// The VSIX ships what users need and nothing else: the bundled extension (and the worker it
// starts), media, translations, the manifest files, the .plumerc.json schema, README, CHANGELOG
// and LICENSE. No sources, tests, node_modules, CLI bundle or source maps. Asked of vsce itself,
// offline, from the built dist/ that `npm ci` (prepare) or `npm run build` leaves.
//
// Speed: vsce's API is the code behind `vsce ls --no-dependencies` and `vsce package
// --no-dependencies`, called in-process (no start-up of vsce). And it runs on a copy of the
// repository without node_modules/, .git/ and .vscode-test/: vsce walks every file under its
// folder before applying .vscodeignore (matching each against every pattern), and the ~9,000
// files of the code-server in .vscode-test/ cost 2.5–4 s a call here, against 1.7 s for the
// whole test on the copy. Those three folders never ship (vsce's own defaults leave them out),
// so the copy packages exactly what the repository does.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const ROOT = join(__dirname, '..', '..');
// @vscode/vsce ships no type declarations: the two calls used here, typed by hand.
const vsce = createRequire(__filename)('@vscode/vsce') as {
  PackageManager: { None: number };
  listFiles(options: { cwd: string; packageManager: number }): Promise<string[]>;
  createVSIX(options: { cwd: string; packagePath: string; dependencies: false }): Promise<void>;
};

const ALLOWED = [
  /^dist\/extension\.js$/,
  /^dist\/analysisWorker\.js$/,
  /^media\/.+/,
  /^l10n\/.+/,
  /^package\.json$/,
  /^package\.nls(\.[a-z-]+)?\.json$/,
  /^schemas\/plumerc\.schema\.json$/,
  /^README\.md$/,
  /^CHANGELOG\.md$/,
  /^LICENSE$/,
  // Attributions of the data Plume ships (the French word frequencies, the Arial width table).
  /^NOTICE\.md$/,
];
const REQUIRED = [
  'dist/extension.js', 'media/icon.png', 'media/activity.svg', 'media/report.css', 'media/dist/report.js', 'media/dist/codicon.css', 'media/dist/codicon.ttf', 'l10n/bundle.l10n.fr.json', 'package.json', 'package.nls.json',
  'package.nls.fr.json', 'schemas/plumerc.schema.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'NOTICE.md',
];

/** The names stored in a zip's central directory (a VSIX is a zip). */
function zipEntries(zip: Buffer): string[] {
  // End of central directory record: signature, then the entry count at +10 and the offset at +16.
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let index = 0; index < count; index += 1) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error('bad central directory entry');
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    names.push(zip.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

describe('packaging (vsce, offline)', () => {
  let scratch: string;
  let listed: string[];
  let vsix: string;

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist', 'extension.js'))) {
      throw new Error('dist/extension.js is missing: run `npm run build` (or `npm run package`) first');
    }
    scratch = mkdtempSync(join(tmpdir(), 'plume-packaging-'));
    vsix = join(scratch, 'plume.vsix');
    const copy = join(scratch, 'repository');
    const skipped = new Set(['node_modules', '.git', '.vscode-test']);
    cpSync(ROOT, copy, { recursive: true, filter: (source) => !skipped.has(relative(ROOT, source)) && !source.endsWith('.vsix') });
    // createVSIX prints the file tree and its size warnings: not this test's output.
    const quiet = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      listed = (await vsce.listFiles({ cwd: copy, packageManager: vsce.PackageManager.None })).map((file) => file.replace(/\\/g, '/')).sort();
      await vsce.createVSIX({ cwd: copy, packagePath: vsix, dependencies: false });
    } finally {
      quiet.mockRestore();
    }
  }, 30_000);

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('lists only the shipped files, and all of them', () => {
    const stray = listed.filter((file) => !ALLOWED.some((pattern) => pattern.test(file)));
    expect(stray, 'files that must stay out of the VSIX (.vscodeignore)').toEqual([]);
    expect(listed).toEqual(expect.arrayContaining(REQUIRED));
    expect(listed.filter((file) => file.endsWith('.map'))).toEqual([]);
  });

  it('ships every dist/ script the extension loads at run time', () => {
    // new Worker(…/dist/analysisWorker.js) and the like: the bundle names them as string literals.
    const bundle = readFileSync(join(ROOT, 'dist', 'extension.js'), 'utf8');
    const named = [...bundle.matchAll(/["'`]([\w.-]+\.js)["'`]/g)].map((match) => match[1] as string)
      .filter((file) => file !== 'extension.js' && existsSync(join(ROOT, 'dist', file)));
    for (const file of new Set(named)) expect(listed, `dist/${file}`).toContain(`dist/${file}`);
  });

  it('builds a VSIX under 1 MB holding exactly those files', () => {
    const size = statSync(vsix).size;
    expect(size).toBeLessThan(1024 * 1024);
    // vsce stores the files under extension/ and renames README, CHANGELOG and LICENSE.
    const renamed: Record<string, string> = { 'README.md': 'readme.md', 'CHANGELOG.md': 'changelog.md', LICENSE: 'LICENSE.txt' };
    const expected = listed.map((file) => `extension/${renamed[file] ?? file}`);
    expect(zipEntries(readFileSync(vsix)).sort()).toEqual(['[Content_Types].xml', 'extension.vsixmanifest', ...expected].sort());
  });

  it('has the 128×128 PNG icon the manifest names', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { icon?: string };
    expect(manifest.icon).toBe('media/icon.png');
    const png = readFileSync(join(ROOT, 'media', 'icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    // IHDR comes first: width and height at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([128, 128]);
  });
});
