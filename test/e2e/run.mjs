// End-to-end walk: a person's path through the real workbench. Packages the extension as the
// VSIX users get (so .vscodeignore is part of what is tested), installs it into a private
// code-server, opens the example article and drives the UI with Playwright in Debian's Chromium.
// Each step leaves a screenshot in test-output/e2e/ (the pictures a reviewer looks at);
// a failing step leaves <name>-failed.png. Ends with "e2e: N passed, N failed".
// The rewrite steps talk to test/fakes/serveFakeOpenAI.ts (bundled here, on a free loopback
// port, set as plume.openai.baseUrl in the user settings): no network, no real key.
// With PLUME_UPDATE_MEDIA=1 (`npm run media`), a passing walk also copies the Problems-panel
// and rewrite-diff screenshots to media/, the pictures the README shows.
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  chromiumPath, codeServerBinary, codeServerEnv, codeServerInstalled, launchChromium, printServerLog, startCodeServer,
  workbenchUrl,
} from '../integration/launchers/codeServer.mjs';
import { build } from 'esbuild';
import { makeTempDir, makeWorkspace, repositoryRoot } from '../integration/launchers/workspace.mjs';
import { steps } from './steps.mjs';

const outputDir = path.join(repositoryRoot, 'test-output/e2e');
// Screenshot of the walk -> picture in media/ (refreshed by `npm run media`).
const mediaPictures = { '02-problems': 'problems-panel.png', '07-rewrite': 'rewrite-diff.png', '09-report': 'seo-report.png' };
const timeoutSeconds = Number(process.env.PLUME_E2E_TIMEOUT_S ?? 420);
const LANGUAGES = ['fr', 'en'];

if (!codeServerInstalled() || !fs.existsSync(chromiumPath)) {
  console.error('e2e: code-server or Chromium is missing. Run `bash scripts/install-test-deps.sh` (from Debian’s packages and the npm registry; nothing from GitHub).');
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
let fake;
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

  fake = await startFakeOpenAI(scratch.dir);
  phase(`fake OpenAI server listening at ${fake.baseUrl}`);

  // The walk twice: Plume in French, then in English (plume.language), each in a fresh workbench
  // and workspace. The workbench itself stays in English: code-server's French language pack
  // cannot be downloaded here, which is exactly why plume.language must govern all of Plume.
  for (const language of LANGUAGES) {
    const languageDir = path.join(outputDir, language);
    fs.mkdirSync(languageDir, { recursive: true });
    fs.mkdirSync(path.join(scratch.dir, language), { recursive: true });
    server = await startCodeServer({
      scratch: path.join(scratch.dir, language), extensionsDir, settings: { 'plume.language': language, 'plume.openai.baseUrl': fake.baseUrl },
    });
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(30_000);
    // The SEO report's page must never break its Content-Security-Policy: Chromium reports every
    // violation on the console, webview frames included.
    const violations = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(`${message.location().url ?? '?'}: ${message.text()}`);
    });
    await page.goto(workbenchUrl(server, makeWorkspace(path.join(scratch.dir, language))));
    await page.locator('.monaco-workbench').waitFor();
    phase(`workbench loaded (Plume in ${language === 'fr' ? 'French' : 'English'})`);

    for (const step of steps) {
      const stepStarted = Date.now();
      try {
        // A step may take pictures along the way (`snap('typed')` -> <name>-typed.png).
        const snap = (label) => page.screenshot({ path: path.join(languageDir, `${step.name}-${label}.png`) });
        await step.run(page, { snap, language });
        await page.screenshot({ path: path.join(languageDir, `${step.name}.png`) });
        passed += 1;
        console.log(`e2e: ✔ ${language} ${step.name} (${Date.now() - stepStarted} ms)`);
      } catch (error) {
        failed += 1;
        await page.screenshot({ path: path.join(languageDir, `${step.name}-failed.png`) }).catch(() => {});
        console.error(`e2e: ✘ ${language} ${step.name}: ${error instanceof Error ? error.message : error}`);
        break; // later steps build on this one
      }
    }
    const ours = violations.filter((violation) => /webview|report\.js|report\.css|codicon/i.test(violation));
    console.log(`e2e: ${violations.length} Content-Security-Policy message(s) on the console, ${ours.length} from a webview`);
    for (const violation of violations) console.log(`e2e:   ${violation.slice(0, 300)}`);
    if (ours.length > 0) {
      failed += 1;
      console.error(`e2e: ✘ ${language} the report's webview broke its Content-Security-Policy`);
    }
    await browser.close().catch(() => {});
    browser = undefined;
    await server.stop();
    server = undefined;
    if (failed > 0) break;
  }
} catch (error) {
  failed += 1;
  console.error(`e2e: could not set up the walk: ${error instanceof Error ? error.message : error}`);
  if (server) printServerLog(server);
} finally {
  clearTimeout(watchdog);
  if (process.env.PLUME_UPDATE_MEDIA === '1') updateMedia(failed === 0 && passed === steps.length * LANGUAGES.length);
  await browser?.close().catch(() => {});
  await server?.stop();
  await fake?.stop();
  scratch.remove();
}

/**
 * Bundles test/fakes/serveFakeOpenAI.ts into `scratch` and starts it on a free loopback port
 * (PORT=0: the system picks it, no race); resolves to its base URL once it printed it.
 */
async function startFakeOpenAI(scratchDir) {
  const script = path.join(scratchDir, 'serveFakeOpenAI.mjs');
  await build({
    entryPoints: [path.join(repositoryRoot, 'test/fakes/serveFakeOpenAI.ts')], outfile: script,
    bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning',
  });
  // From the repository, where it finds test/fixtures/rewrite/faithful.md.
  const child = spawn(process.execPath, [script], { cwd: repositoryRoot, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  const kill = () => { try { child.kill('SIGKILL'); } catch { /* already gone */ } };
  process.once('exit', kill);
  const stop = async () => {
    process.off('exit', kill);
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(kill, 5_000);
    await exited;
    clearTimeout(timer);
  };
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  let stdout = '';
  const baseUrl = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the fake OpenAI server printed no base URL within 10 s:\n${stderr}`)), 10_000);
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const line = /^(http:\/\/\S+)\n/m.exec(stdout);
      if (line) { clearTimeout(timer); resolve(line[1]); }
    });
    exited.then((code) => { clearTimeout(timer); reject(new Error(`the fake OpenAI server exited (${code}):\n${stderr}`)); });
  }).catch(async (error) => { await stop(); throw error; });
  return { baseUrl, stop };
}

function updateMedia(walkPassed) {
  if (!walkPassed) {
    console.error('e2e: PLUME_UPDATE_MEDIA=1 but the walk did not pass: media/ left as it was');
    return;
  }
  fs.mkdirSync(path.join(repositoryRoot, 'media'), { recursive: true });
  for (const [step, picture] of Object.entries(mediaPictures)) {
    // The French walk's pictures: French is Plume's default experience.
    fs.copyFileSync(path.join(outputDir, 'fr', `${step}.png`), path.join(repositoryRoot, 'media', picture));
    console.log(`e2e: updated media/${picture} from ${step}.png`);
  }
}

console.log(`e2e: ${((Date.now() - started) / 1000).toFixed(1)} s, screenshots in ${path.relative(repositoryRoot, outputDir)}/`);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
