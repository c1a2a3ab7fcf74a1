// End-to-end walk: a person's path through the real workbench. Packages the extension as the
// VSIX users get (so .vscodeignore is part of what is tested), installs it into a private
// code-server, opens the example article and drives the UI with Playwright in Debian's Chromium.
// Each step leaves a screenshot in test-output/e2e/ (the pictures a reviewer looks at);
// a failing step leaves <name>-failed.png. Ends with "e2e: N passed, N failed".
// With PLUME_UPDATE_MEDIA=1 (`npm run media`), a passing walk also copies the Problems-panel
// screenshot to media/problems-panel.png, the picture the README shows.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  chromiumPath, codeServerBinary, codeServerEnv, codeServerInstalled, launchChromium, printServerLog, startCodeServer,
  workbenchUrl,
} from '../integration/launchers/codeServer.mjs';
import { makeTempDir, makeWorkspace, repositoryRoot } from '../integration/launchers/workspace.mjs';
import { steps } from './steps.mjs';

const outputDir = path.join(repositoryRoot, 'test-output/e2e');
// Screenshot of the walk -> picture in media/ (refreshed by `npm run media`).
const mediaPictures = { '02-problems': 'problems-panel.png' };
const timeoutSeconds = Number(process.env.PLUME_E2E_TIMEOUT_S ?? 240);

if (!codeServerInstalled() || !fs.existsSync(chromiumPath)) {
  console.error('e2e: code-server or Chromium is missing. Run `bash scripts/install-test-deps.sh` (no internet needed).');
  process.exit(1);
}

const started = Date.now();
const scratch = makeTempDir('plume-e2e-');
// A hung workbench must fail the run, not stall CI until its own limit. Leaving through
// process.exit lets the exit hooks stop code-server and remove the scratch folder.
const watchdog = setTimeout(() => {
  console.error(`e2e: still running after ${timeoutSeconds} s; giving up`);
  process.exit(124);
}, timeoutSeconds * 1000);
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));
fs.rmSync(outputDir, { recursive: true, force: true });
fs.mkdirSync(outputDir, { recursive: true });
let passed = 0;
let failed = 0;
let server;
let browser;
try {
  const vsix = path.join(scratch.dir, 'plume.vsix');
  const phase = (label) => console.log(`e2e: ${label} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  execFileSync(path.join(repositoryRoot, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--out', vsix], {
    cwd: repositoryRoot, stdio: ['ignore', 'ignore', 'inherit'],
  });
  const extensionsDir = path.join(scratch.dir, 'extensions');
  execFileSync(codeServerBinary, ['--install-extension', vsix, '--extensions-dir', extensionsDir,
    '--user-data-dir', path.join(scratch.dir, 'user-data')], { env: codeServerEnv(scratch.dir), stdio: ['ignore', 'ignore', 'inherit'] });
  phase('VSIX packaged and installed');

  // Plume's messages in French, as a French writer sees them (the workbench itself stays in
  // English: code-server's French language pack cannot be downloaded here).
  server = await startCodeServer({ scratch: scratch.dir, extensionsDir, settings: { 'plume.language': 'fr' } });
  browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(30_000);
  await page.goto(workbenchUrl(server, makeWorkspace(scratch.dir)));
  await page.locator('.monaco-workbench').waitFor();
  phase('workbench loaded');

  for (const step of steps) {
    const stepStarted = Date.now();
    try {
      await step.run(page);
      await page.screenshot({ path: path.join(outputDir, `${step.name}.png`) });
      passed += 1;
      console.log(`e2e: ✔ ${step.name} (${Date.now() - stepStarted} ms)`);
    } catch (error) {
      failed += 1;
      await page.screenshot({ path: path.join(outputDir, `${step.name}-failed.png`) }).catch(() => {});
      console.error(`e2e: ✘ ${step.name}: ${error instanceof Error ? error.message : error}`);
      break; // later steps build on this one
    }
  }
} catch (error) {
  failed += 1;
  console.error(`e2e: could not set up the walk: ${error instanceof Error ? error.message : error}`);
  if (server) printServerLog(server);
} finally {
  clearTimeout(watchdog);
  if (process.env.PLUME_UPDATE_MEDIA === '1') updateMedia(failed === 0 && passed === steps.length);
  await browser?.close().catch(() => {});
  await server?.stop();
  scratch.remove();
}

function updateMedia(walkPassed) {
  if (!walkPassed) {
    console.error('e2e: PLUME_UPDATE_MEDIA=1 but the walk did not pass: media/ left as it was');
    return;
  }
  fs.mkdirSync(path.join(repositoryRoot, 'media'), { recursive: true });
  for (const [step, picture] of Object.entries(mediaPictures)) {
    fs.copyFileSync(path.join(outputDir, `${step}.png`), path.join(repositoryRoot, 'media', picture));
    console.log(`e2e: updated media/${picture} from ${step}.png`);
  }
}

console.log(`e2e: ${((Date.now() - started) / 1000).toFixed(1)} s, screenshots in ${path.relative(repositoryRoot, outputDir)}/`);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
