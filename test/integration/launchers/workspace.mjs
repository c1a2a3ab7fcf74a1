// What every route needs before VS Code starts: a throwaway workspace holding the example
// article as exemple.md, and user settings that keep start-up pages out of the way.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const exampleArticle = path.join(repositoryRoot, 'test/fixtures/example/article-blinken-azerbaidjan.txt');

/** A new folder under the OS temp dir; removed by `remove()`, or at exit (watchdog, Ctrl+C). */
export function makeTempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const remove = () => {
    process.off('exit', remove);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', remove);
  return { dir, remove };
}

/** The workspace the tests and the e2e walk open: the real article, as a user would have it. */
export function makeWorkspace(parent) {
  const dir = path.join(parent, 'workspace');
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(exampleArticle, path.join(dir, 'exemple.md'));
  return dir;
}

// A welcome page or a release-notes tab would take the editor's place in screenshots and
// steal focus from the document the tests open.
const quietSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
};

/** Writes User/settings.json where both desktop VS Code and code-server read it. */
export function writeUserSettings(userDataDir, extra = {}) {
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ ...quietSettings, ...extra }, null, 2));
}
