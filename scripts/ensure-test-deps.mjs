// Run by `npm test` before the in-editor tests, so that the README's one test command works
// on a fresh Debian machine too: installs code-server and Chromium when they are missing
// (scripts/install-test-deps.sh is idempotent: well under a second once installed).
// Elsewhere (macOS, Windows, a forced electron route) it does nothing and says so.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const hasApt = process.platform === 'linux' && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

if (process.env.PLUME_VSCODE_LAUNCHER === 'electron') {
  console.log('test deps: PLUME_VSCODE_LAUNCHER=electron, nothing to install (test-electron downloads VS Code)');
} else if (!hasApt) {
  console.log('test deps: not a Debian-like Linux; the in-editor tests will use @vscode/test-electron');
} else if (!existsSync(path.join(root, 'scripts', 'install-test-deps.sh'))) {
  throw new Error('scripts/install-test-deps.sh is missing');
} else {
  execFileSync('bash', [path.join(root, 'scripts', 'install-test-deps.sh')], { stdio: 'inherit', cwd: root });
}
