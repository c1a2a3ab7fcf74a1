// Entry point loaded by VS Code's test runner inside the extension host: `extensionTestsPath`
// names this file (compiled to out/test/integration/index.js) for both launchers, code-server
// and @vscode/test-electron, so one suite serves both routes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** Where run.mjs expects the counts; the launchers pass it down through the environment. */
const RESULT_FILE_VARIABLE = 'PLUME_TEST_RESULT_FILE';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    // Activation and the first open of a document in a cold workbench can take seconds.
    // Above the 45 s failure bound of waitFor, so that a wait that fails says what it waited for.
    timeout: 60_000,
    // The host's console is not a terminal; run.mjs says whether the one showing its output is.
    color: process.env.PLUME_TEST_COLOR === '1',
    // PLUME_TEST_GREP=<text> runs only the tests whose suite and title hold it (while iterating on one suite).
    ...(process.env.PLUME_TEST_GREP ? { grep: process.env.PLUME_TEST_GREP } : {}),
  });
  // Each *.test.ts is bundled on its own next to this file (see build.mjs).
  // Restricted Mode needs its own VS Code start (workspace trust on, workspace untrusted):
  // run.mjs starts it with PLUME_TEST_SUITE=restricted, which runs only *.restricted.test.js.
  const restricted = process.env.PLUME_TEST_SUITE === 'restricted';
  for (const file of findTestFiles(__dirname)) {
    if (file.endsWith('.restricted.test.js') === restricted) mocha.addFile(file);
  }
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const stats = runner.stats ?? { passes: 0, failures, pending: 0 };
        writeResult({ passed: stats.passes, failed: stats.failures, skipped: stats.pending });
        // The host turns a rejection into a non-zero exit code: that is what fails the run.
        if (failures > 0) {
          reject(new Error(`${failures} integration test(s) failed`));
        } else {
          resolve();
        }
      });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

function findTestFiles(directory: string): string[] {
  return fs
    .readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.js'))
    .sort()
    .map((name) => path.join(directory, name));
}

function writeResult(result: { passed: number; failed: number; skipped: number }): void {
  const file = process.env[RESULT_FILE_VARIABLE];
  if (file) {
    fs.writeFileSync(file, JSON.stringify(result));
  }
}
