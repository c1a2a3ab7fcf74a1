// Bundles the extension and the CLI into dist/ (the only code the VSIX ships).
// unified/remark are ESM-only; esbuild turns them into one CommonJS file each,
// which is what VS Code's extension host and a plain `node` both load.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // Some ESM dependencies (fdir, via tinyglobby) call createRequire(import.meta.url); in a
  // CommonJS bundle import.meta is empty, so give it this file's URL.
  define: { 'import.meta.url': '__plumeImportMetaUrl' },
  banner: { js: "const __plumeImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

const shipped = [
  { ...common, entryPoints: { extension: 'src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...common, entryPoints: { cli: 'src/cli/main.ts' }, outdir: 'dist' },
  // The extension host posts texts to it, so a long analysis never blocks the editor.
  { ...common, entryPoints: { analysisWorker: 'src/worker/analysisWorker.ts' }, outdir: 'dist' },
  // The SEO report's webview script: it runs in the webview, which may load only from media/.
  { ...common, define: {}, banner: {}, platform: 'browser', target: 'es2022', format: 'iife', entryPoints: { report: 'src/webview/report.ts' }, outdir: 'media/dist' },
];

// The codicons font (CC-BY-4.0, credited in NOTICE.md) for the report's lights, beside its script.
function copyCodicons() {
  mkdirSync('media/dist', { recursive: true });
  for (const file of ['codicon.css', 'codicon.ttf']) copyFileSync(`node_modules/@vscode/codicons/dist/${file}`, `media/dist/${file}`);
}

const benchOnly = [
  // ESM so that markdownlint (an ESM-only package) can be bundled in; only for `npm run bench`
  // and `npm run bench:yoast` (yoastFigures: Yoast's own shares, a GPL-3.0 peer never shipped).
  { ...common, define: {}, entryPoints: { bench: 'bench/bench.ts', yoastFigures: 'bench/yoastFigures.ts' }, outdir: 'dist', format: 'esm', outExtension: { '.js': '.mjs' }, banner: { js: "import { createRequire as __plumeCreateRequire } from 'node:module'; import { fileURLToPath as __plumeFileURLToPath } from 'node:url'; import { dirname as __plumeDirname } from 'node:path'; const require = __plumeCreateRequire(import.meta.url); const __dirname = __plumeDirname(__plumeFileURLToPath(import.meta.url));" } },
];

const builds = process.argv.includes('--bench') ? benchOnly : shipped;

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
if (builds === shipped) copyCodicons();
