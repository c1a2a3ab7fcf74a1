// Runs the extension-host suite in desktop VS Code through @vscode/test-electron, the usual
// route wherever the internet is reachable (a laptop, GitHub Actions): it downloads VS Code
// into .vscode-test/ on first use. Same extensionTestsPath as the code-server route.
import * as path from 'node:path';
import { runTests as runElectronTests, TestRunFailedError } from '@vscode/test-electron';
import { makeTempDir, repositoryRoot, writeUserSettings } from './workspace.mjs';

/** Resolves to the suite's exit code; 1 with a reason when VS Code could not even start. */
export async function runTests({ workspace, extensionTestsPath, extraDevelopmentPaths = [], enableProposedApi = [], env = {} }) {
  const scratch = makeTempDir('plume-electron-');
  const userDataDir = path.join(scratch.dir, 'user-data');
  writeUserSettings(userDataDir);
  try {
    return await runElectronTests({
      // The engines.vscode floor by default, so the tests see the oldest API we claim to support.
      version: process.env.PLUME_VSCODE_VERSION ?? '1.100.3',
      extensionDevelopmentPath: [repositoryRoot, ...extraDevelopmentPaths],
      extensionTestsPath,
      extensionTestsEnv: env,
      launchArgs: [
        workspace,
        // Other installed extensions would make results depend on the machine.
        '--disable-extensions',
        '--disable-workspace-trust',
        '--user-data-dir', userDataDir,
        '--extensions-dir', path.join(scratch.dir, 'extensions'),
        '--skip-welcome',
        '--skip-release-notes',
        // Stable VS Code allows a proposed API only to the extensions named here.
        ...enableProposedApi.flatMap((id) => ['--enable-proposed-api', id]),
      ],
    });
  } catch (error) {
    // A failed suite is a TestRunFailedError carrying VS Code's exit code; anything else means
    // VS Code could not be downloaded or started (no internet, no display: use xvfb-run).
    if (error instanceof TestRunFailedError) return error.code || 1;
    console.error(`electron launcher: ${error instanceof Error ? error.message : error}`);
    return 1;
  } finally {
    scratch.remove();
  }
}
