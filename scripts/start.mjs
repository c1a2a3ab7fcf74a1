// `npm start`: try Plume in a real VS Code with nothing else installed. Builds the extension,
// packages it as the VSIX users get, installs it into a private code-server (the real VS Code
// server + web workbench, from npm), opens a workspace holding the example article and prints
// the address to open in a browser. Stays in the foreground; Ctrl+C stops code-server.
//
// Everything lives under .vscode-test/ (git-ignored): start-workspace/ is the writer's folder
// (exemple.md is copied there once, never overwritten), start-state/ keeps code-server's
// settings, extensions and UI state between runs, start.log its output.
// PORT=9000 npm start picks another port (default 8080).
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CODE_SERVER_VERSION = '4.100.3'; // the one scripts/install-test-deps.sh installs
const codeServerDir = path.join(root, '.vscode-test/code-server');
const codeServer = path.join(codeServerDir, 'node_modules/.bin/code-server');
const workspace = path.join(root, '.vscode-test/start-workspace');
const state = path.join(root, '.vscode-test/start-state');
const logFile = path.join(root, '.vscode-test/start.log');
const exampleArticle = path.join(root, 'test/fixtures/example/article-blinken-azerbaidjan.txt');
const port = Number(process.env.PORT ?? 8080);
const host = '127.0.0.1';

const say = (message) => console.log(`plume start: ${message}`);
function fail(french, english, detail) {
  console.error(`\nplume start: ${french}\n             ${english}${detail ? `\n${detail}` : ''}`);
  process.exit(1);
}
if (!Number.isInteger(port) || port <= 0 || port > 65535) fail(`PORT invalide : « ${process.env.PORT} ».`, `Invalid PORT: "${process.env.PORT}".`);

// First, before touching anything: a port already taken (often a previous `npm start`) would
// otherwise answer our health check in code-server's place.
const portFree = await new Promise((resolve) => {
  const probe = net.createServer().once('error', () => resolve(false));
  probe.listen(port, host, () => probe.close(() => resolve(true)));
});
if (!portFree) {
  fail(`le port ${port} est déjà pris (un autre npm start ?). Essayez : PORT=${port + 1} npm start`,
    `port ${port} is already in use (another npm start?). Try: PORT=${port + 1} npm start`);
}

// 1. Build: dist/extension.js, the only code the VSIX ships.
say('build (node esbuild.mjs)…');
execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });

// 2. code-server: installed once by the same script the tests use (Debian's packages and the npm registry; nothing from GitHub).
const codeServerReady = () => fs.existsSync(path.join(codeServerDir, `installed-${CODE_SERVER_VERSION}`)) && fs.existsSync(codeServer);
if (!codeServerReady()) {
  say(`installation de code-server ${CODE_SERVER_VERSION} dans .vscode-test/ (une seule fois, ~1 min)…`);
  say(`installing code-server ${CODE_SERVER_VERSION} into .vscode-test/ (once, ~1 min)…`);
  try {
    execFileSync('bash', ['scripts/install-test-deps.sh'], { cwd: root, stdio: 'inherit' });
  } catch {
    fail('l’installation de code-server a échoué. Relancez : bash scripts/install-test-deps.sh',
      'installing code-server failed. Run it again: bash scripts/install-test-deps.sh');
  }
}

// code-server writes its config and state under the XDG folders (~ by default): keep them here.
const env = { ...process.env, XDG_DATA_HOME: path.join(state, 'xdg-data'), XDG_CONFIG_HOME: path.join(state, 'xdg-config') };
const userDataDir = path.join(state, 'user-data');
const extensionsDir = path.join(state, 'extensions');
for (const dir of [workspace, env.XDG_DATA_HOME, env.XDG_CONFIG_HOME, path.join(userDataDir, 'User'), extensionsDir]) {
  fs.mkdirSync(dir, { recursive: true });
}

// 3. Plume from a fresh VSIX: loads on every page of this code-server, whatever the URL.
say('VSIX (vsce package) + installation dans code-server…');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'plume-start-'));
try {
  const vsix = path.join(scratch, 'plume.vsix');
  execFileSync(path.join(root, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--out', vsix], {
    cwd: root, stdio: ['ignore', 'ignore', 'inherit'],
  });
  execFileSync(codeServer, ['--install-extension', vsix, '--force', '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir], {
    env, stdio: ['ignore', 'ignore', 'inherit'],
  });
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}

// 4. The writer's workspace: the example article once; later runs keep their edits.
const article = path.join(workspace, 'exemple.md');
if (!fs.existsSync(article)) fs.copyFileSync(exampleArticle, article);
// Settings only on the first run: afterwards they are the writer's (File > Preferences).
const settings = path.join(userDataDir, 'User/settings.json');
if (!fs.existsSync(settings)) {
  fs.writeFileSync(settings, `${JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    // The workspace sits inside this repository: no offer to open the repository's Git.
    'git.openRepositoryInParentFolders': 'never',
    // Plume in French, the writer's language: code-server cannot install a French language pack
    // offline, so `auto` would follow its English display language.
    'plume.language': 'fr',
  }, null, 2)}\n`);
}

// 5. code-server on the loopback interface only (reachable from this machine alone), no password.
const config = path.join(state, 'code-server.yaml');
fs.writeFileSync(config, `bind-addr: ${host}:${port}\nauth: none\ncert: false\n`);
const log = fs.openSync(logFile, 'w');
// Own process group, so that stopping it also stops its extension host and file watchers.
const child = spawn(codeServer, [
  '--config', config, '--bind-addr', `${host}:${port}`, '--auth', 'none',
  '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
  '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
  workspace,
], { env, detached: true, stdio: ['ignore', log, log] });

let stopping = false;
const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
function killGroup(signal) {
  try { process.kill(-child.pid, signal); } catch { /* already gone */ }
}
process.on('exit', () => killGroup('SIGKILL'));
async function stop() {
  if (stopping) return;
  stopping = true;
  console.log('\nplume start: arrêt de code-server… / stopping code-server…');
  killGroup('SIGTERM');
  const timer = setTimeout(() => killGroup('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

function logTail() {
  return fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-15).join('\n');
}

const origin = `http://${host}:${port}`;
const deadline = Date.now() + 30_000;
for (;;) {
  if (child.exitCode !== null || child.signalCode !== null) {
    const how = child.exitCode ?? child.signalCode;
    fail(`code-server s’est arrêté (${how}) ; fin du journal ${path.relative(root, logFile)} :`, `code-server stopped (${how}); end of its log:`, logTail());
  }
  try {
    if ((await fetch(`${origin}/healthz`)).ok) break;
  } catch { /* not listening yet */ }
  if (Date.now() > deadline) {
    killGroup('SIGKILL');
    fail(`code-server ne répond pas après 30 s ; fin du journal ${path.relative(root, logFile)} :`, 'code-server did not answer within 30 s; end of its log:', logTail());
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
}

// The workbench reads `payload` as desktop VS Code reads its command line: openFile opens the
// article in the editor (a URI on this server, hence vscode-remote://).
// Encoded by hand to stay readable: / : , need no escaping in a query string.
const query = (value) => encodeURIComponent(value).replace(/%2F/g, '/').replace(/%3A/g, ':').replace(/%2C/g, ',');
const url = `${origin}/?folder=${query(workspace)}&payload=${query(JSON.stringify([['openFile', `vscode-remote://${host}:${port}${article}`]]))}`;

console.log(`
  Plume est prêt dans VS Code (code-server), avec l’article d’exemple ouvert :
  Plume is ready in VS Code (code-server), with the example article open:

      ${url}

  Ouvrez cette adresse dans votre navigateur. / Open this address in your browser.
  Sans l’article / without the article: ${origin}/

  Dossier de travail / workspace: ${path.relative(root, workspace)}/ (exemple.md: vos modifications sont gardées / your edits are kept)
  Journal / log: ${path.relative(root, logFile)}
  Ctrl+C pour arrêter. / Ctrl+C to stop.
`);

const code = await exited;
if (!stopping) {
  fail(`code-server s’est arrêté (${code}) ; fin du journal ${path.relative(root, logFile)} :`, `code-server stopped (${code}); end of its log:`, logTail());
}
