// Compiles the integration suite to CommonJS in out/test/integration/, the form the extension
// host's `extensionTestsPath` loader requires. index.js and every *.test.js are separate bundles
// so that Mocha can add the test files one by one; `vscode` (given by the host) and `mocha`
// (one shared instance, whose suite()/test() follow the run in progress) stay external.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const outdir = path.join(root, 'out/test/integration');

const tests = fs
  .readdirSync(here, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => path.join(here, name));

// Stale bundles of deleted tests would otherwise still run.
fs.rmSync(outdir, { recursive: true, force: true });

await esbuild.build({
  entryPoints: [path.join(here, 'index.ts'), ...tests],
  outbase: here,
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
console.log(`integration: built index + ${tests.length} test file(s) into ${path.relative(root, outdir)}/`);
