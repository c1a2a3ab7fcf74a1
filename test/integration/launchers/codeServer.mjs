// Runs the extension-host suite in code-server (the real VS Code server + web workbench, from
// npm) opened in Debian's headless Chromium: the route for machines that cannot download the
// desktop VS Code. Also exports the pieces the e2e walk reuses. How code-server and Chromium are
// installed offline: scripts/install-test-deps.sh; the flags each one needs are explained below.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { makeTempDir, repositoryRoot, writeUserSettings } from './workspace.mjs';

const CODE_SERVER_VERSION = '4.100.3'; // must match scripts/install-test-deps.sh
const installDir = path.join(repositoryRoot, '.vscode-test/code-server');
export const codeServerBinary = path.join(installDir, 'node_modules/.bin/code-server');
export const chromiumPath = process.env.PLUME_CHROMIUM ?? '/usr/bin/chromium';

/** True once install-test-deps.sh finished (it writes the stamp only after checking the install). */
export function codeServerInstalled() {
  return fs.existsSync(path.join(installDir, `installed-${CODE_SERVER_VERSION}`)) && fs.existsSync(codeServerBinary);
}

// Without the background-networking flags Chromium keeps dialling Google's hosts, which this
// closed network refuses; root needs --no-sandbox.
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The environment for any code-server command (also --install-extension) with private XDG folders. */
export function codeServerEnv(scratch) {
  // code-server writes its config and state under XDG folders, ~ by default.
  const env = { ...process.env, XDG_DATA_HOME: path.join(scratch, 'xdg-data'), XDG_CONFIG_HOME: path.join(scratch, 'xdg-config') };
  fs.mkdirSync(env.XDG_DATA_HOME, { recursive: true });
  fs.mkdirSync(env.XDG_CONFIG_HOME, { recursive: true });
  return env;
}

/**
 * Starts code-server on a free loopback port with private user-data, extensions and XDG
 * folders under `scratch`; resolves once /healthz answers. `stop()` ends its whole process group.
 */
export async function startCodeServer({ scratch, extensionsDir, env = {}, trustWorkspaces = false, settings = {} }) {
  const port = await freePort();
  const userDataDir = path.join(scratch, 'user-data');
  writeUserSettings(userDataDir, settings);
  // An empty or missing config makes code-server exit or write one into ~/.config.
  const config = path.join(scratch, 'code-server.yaml');
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = ['--config', config, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override'];
  if (!trustWorkspaces) args.push('--disable-workspace-trust');

  // Own process group: code-server forks the extension host and file watchers, and a plain
  // kill of the parent would leave them running after the tests.
  const child = spawn(codeServerBinary, args, { env: { ...codeServerEnv(scratch), ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];
  const keep = (chunk) => output.push(...chunk.toString().split('\n').filter(Boolean));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  // Detached, it would outlive us if we exit early (watchdog, Ctrl+C): last-chance kill.
  const killGroup = () => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ } };
  process.once('exit', killGroup);

  const stop = async () => {
    process.off('exit', killGroup);
    if (child.exitCode !== null || child.signalCode !== null) return;
    try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
    const timer = setTimeout(killGroup, 5_000);
    await exited;
    clearTimeout(timer);
  };

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}) before listening:\n${output.join('\n')}`);
    try {
      if ((await fetch(`${origin}/healthz`)).ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer ${origin}/healthz within 30 s:\n${output.join('\n')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { port, origin, output, stop };
}

export function printServerLog(server) {
  console.error(`code-server log (last 40 lines):\n${server.output.slice(-40).join('\n')}`);
}

/** The workbench URL for `folder`; `payload` carries what desktop VS Code takes as CLI flags. */
export function workbenchUrl(server, folder, payload = []) {
  const url = new URL(server.origin);
  url.searchParams.set('folder', folder);
  const all = [...payload, ['skipWelcome', 'true'], ['skipReleaseNotes', 'true']];
  url.searchParams.set('payload', JSON.stringify(all));
  return url.toString();
}

/**
 * Runs the suite at `extensionTestsPath` (the compiled index, without `.js`) with the repository
 * loaded as the extension under development. Resolves to the exit code the workbench reports
 * (124 on timeout); never throws.
 */
export async function runTests({ workspace, extensionTestsPath, extraDevelopmentPaths = [], env = {}, timeoutSeconds = 180, restricted = false }) {
  const scratch = makeTempDir('plume-code-server-');
  const extensionsDir = path.join(scratch.dir, 'extensions');
  let server;
  let browser;
  let timer;
  try {
    // Test-only extensions beside Plume (the scripted language model) are copied in as installed
    // extensions: the web workbench reads its payload into a Map, so a second
    // extensionDevelopmentPath would replace Plume's. With no extensions.json yet, VS Code scans
    // the folder and lists them. code-server enables the proposed APIs they declare without a flag.
    for (const folder of extraDevelopmentPaths) {
      const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'));
      fs.cpSync(folder, path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`), { recursive: true });
    }
    // Restricted Mode: workspace trust on, and the test workspace never trusted.
    server = await startCodeServer({ scratch: scratch.dir, extensionsDir, env, trustWorkspaces: restricted, settings: restricted ? { 'security.workspace.trust.enabled': true } : {} });
    // The workbench resolves these against the server it was loaded from.
    const remote = (file) => `vscode-remote://127.0.0.1:${server.port}${file}`;
    const url = workbenchUrl(server, workspace, [
      ['extensionDevelopmentPath', remote(repositoryRoot)],
      ['extensionTestsPath', remote(extensionTestsPath)],
    ]);
    browser = await launchChromium();
    const page = await browser.newPage();
    let exit;
    const finished = new Promise((resolve) => { exit = resolve; });
    // The web workbench's automation hooks: what the desktop test runner gets from stdout and
    // the process exit code. Messages arrive as printf-style arguments. Exposed before goto,
    // or the workbench finds them missing and keeps its output to itself.
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      // The marketplace (open-vsx.org) is unreachable here, by design; its stack trace is noise.
      if (line.includes('ENOTFOUND open-vsx.org')) return;
      (type === 'error' ? console.error : console.log)(line);
    });
    await page.exposeFunction('codeAutomationExit', (code) => exit(Number(code)));
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(() => {
        console.error(`code-server launcher: no result after ${timeoutSeconds} s; giving up`);
        resolve(124);
      }, timeoutSeconds * 1000);
    });
    await page.goto(url);
    const code = await Promise.race([finished, timedOut]);
    // Failed tests explain themselves above; a hang needs the server's side of the story.
    if (code === 124) printServerLog(server);
    return code;
  } catch (error) {
    console.error(`code-server launcher: ${error instanceof Error ? error.message : error}`);
    if (server) printServerLog(server);
    return 1;
  } finally {
    clearTimeout(timer);
    await browser?.close().catch(() => {});
    await server?.stop();
    scratch.remove();
  }
}
