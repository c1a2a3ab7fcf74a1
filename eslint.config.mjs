// The dependency rule of docs/ARCHITECTURE.md, enforced: core ← openai ← cli, vscode ← extension.ts.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeIo = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'http', 'https', 'net', 'worker_threads', 'process']
  .flatMap((name) => [name, `node:${name}`]);

const restricted = (names, message) => names.map((name) => ({ name, message }));

export default tseslint.config(
  { ignores: ['dist/', 'media/dist/', 'out/', 'node_modules/', 'test-output/', 'bin/', '.vscode-test/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Build scripts, launchers and the bin are plain Node.
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          ...restricted(['vscode'], 'src/core is pure: only src/vscode may import vscode.'),
          ...restricted(['openai'], 'src/core is pure: the model is reached through the ChatModel port; openai lives in src/openai.'),
          ...restricted(nodeIo, 'src/core does no I/O: read files in src/cli or src/vscode and pass text in.'),
        ],
        patterns: [{ group: ['**/vscode/**', '**/openai/**', '**/cli/**'], message: 'src/core never depends on the layers above it.' }],
      }],
    },
  },
  {
    // The report's webview runs in a browser frame: no Node, no vscode module, only core's pure code.
    files: ['src/webview/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [...restricted(['vscode'], 'The webview talks to the extension by messages only.'), ...restricted(nodeIo, 'The webview runs in a browser frame.')],
        patterns: [{ group: ['**/vscode/**', '**/openai/**', '**/cli/**', '**/worker/**'], message: 'The webview renders core\'s report model and nothing else.' }],
      }],
    },
  },
  {
    files: ['src/openai/**/*.ts', 'src/cli/**/*.ts', 'src/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: restricted(['vscode'], 'Only src/vscode and src/extension.ts may import vscode.'),
        patterns: [{ group: ['**/vscode/**'], message: 'Only extension.ts wires src/vscode.' }],
      }],
    },
  },
);
