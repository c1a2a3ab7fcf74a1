import { existsSync, statSync } from 'node:fs';
import { globSync } from 'tinyglobby';

export interface ExpandedFiles {
  files: string[];
  /** Arguments that named no file and matched nothing. */
  unmatched: string[];
}

const MARKDOWN = '**/*.{md,markdown,mdx}';

/** Files named as is, folders searched for Markdown, anything else treated as a glob. */
export function expandFileArguments(args: readonly string[]): ExpandedFiles {
  const files: string[] = [];
  const unmatched: string[] = [];
  for (const arg of args) {
    // A path that exists and is no folder is read as it is: a file, but also `<(cat a.md)` (a
    // pipe under /dev/fd) or a FIFO — never taken for a glob pattern.
    const stats = existsSync(arg) ? statSync(arg) : undefined;
    if (stats && !stats.isDirectory()) {
      files.push(arg);
      continue;
    }
    const isFolder = stats?.isDirectory() === true;
    const matches = globSync(isFolder ? MARKDOWN : arg, { cwd: isFolder ? arg : undefined, ignore: ['**/node_modules/**'], expandDirectories: false })
      .map((match) => (isFolder ? `${arg.replace(/\/$/, '')}/${match}` : match))
      .sort();
    if (matches.length === 0) unmatched.push(arg);
    files.push(...matches);
  }
  return { files: [...new Set(files)], unmatched };
}
