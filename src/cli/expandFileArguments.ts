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
    if (existsSync(arg) && statSync(arg).isFile()) {
      files.push(arg);
      continue;
    }
    const isFolder = existsSync(arg) && statSync(arg).isDirectory();
    const matches = globSync(isFolder ? MARKDOWN : arg, { cwd: isFolder ? arg : undefined, ignore: ['**/node_modules/**'], expandDirectories: false })
      .map((match) => (isFolder ? `${arg.replace(/\/$/, '')}/${match}` : match))
      .sort();
    if (matches.length === 0) unmatched.push(arg);
    files.push(...matches);
  }
  return { files: [...new Set(files)], unmatched };
}
