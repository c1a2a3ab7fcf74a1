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
    // A bug, never a user's doing: one line, and the stack only when asked (PLUME_DEBUG=1).
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`plume: erreur interne / internal error: ${message}${process.env.PLUME_DEBUG ? `\n${error instanceof Error ? error.stack : ''}` : ' (PLUME_DEBUG=1 pour le détail / for details)'}\n`);
    process.exitCode = 2;
  },
);
