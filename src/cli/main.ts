import { detectCliLanguage } from './detectCliLanguage';
import { runCli } from './runCli';

const tty = process.stderr.isTTY;
runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  isTTY: tty,
  progress: (text) => {
    if (tty) process.stderr.write(`\r\x1b[2K${text}`);
  },
}, detectCliLanguage(process.env), process.env).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`plume: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
