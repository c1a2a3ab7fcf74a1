import { detectCliLanguage } from './detectCliLanguage';
import { runCli } from './runCli';

const code = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  isTTY: process.stderr.isTTY,
}, detectCliLanguage(process.env));
process.exitCode = code;
