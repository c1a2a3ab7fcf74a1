// Writes media/report.css, the stylesheet VS Code's report webview loads, from REPORT_CSS in
// src/core/report/reportCss.ts: the one stylesheet, which the CLI bundles as a string for the page
// `plume report` writes. Edit the TypeScript module, never the CSS file.
//
// Run by `npm run generate` (test/unit/generatedFiles.test.ts, which also fails when the committed
// file differs from what this script writes), or by hand:
//   node scripts/make-report-css.mjs [out.css]
// The output depends on the module alone, so two runs write the same bytes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'src/core/report/reportCss.ts');
const out = process.argv[2] ?? path.join(root, 'media/report.css');

// The module is TypeScript: esbuild (already the project's bundler) strips its types, and the
// result is imported from memory.
const { code } = await esbuild.transform(fs.readFileSync(source, 'utf8'), { loader: 'ts', format: 'esm', sourcefile: pathToFileURL(source).href });
const { REPORT_CSS } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
if (typeof REPORT_CSS !== 'string' || REPORT_CSS === '') throw new Error(`${source} exports no REPORT_CSS string`);

const header = '/* GENERATED from src/core/report/reportCss.ts by scripts/make-report-css.mjs: do not edit; edit the module and run npm run generate. */\n';
fs.writeFileSync(out, header + REPORT_CSS);
