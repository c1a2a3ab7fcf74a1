import type { Language } from '../core/checks/Check';
import type { CliIo } from './CliIo';
import { cliText } from './cliText';
import { UsageError } from './parseOptions';
import { runCheckCommand } from './runCheckCommand';
import { runRewriteCommand } from './runRewriteCommand';
import { runVerifyCommand } from './runVerifyCommand';

/** Runs one `plume` invocation and returns its exit code (0, 1, or 2 for usage/I-O errors). */
export async function runCli(argv: string[], io: CliIo, language: Language, env: NodeJS.ProcessEnv = {}): Promise<number> {
  const [command, ...rest] = argv;
  // --lang before the command also sets the language of the usage text.
  const langIndex = argv.indexOf('--lang');
  const usageLanguage = argv[langIndex + 1] === 'en' || argv[langIndex + 1] === 'fr' ? (argv[langIndex + 1] as Language) : language;
  const text = cliText(usageLanguage);
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(text.usage);
    return command === undefined ? 2 : 0;
  }
  try {
    switch (command) {
      case 'check':
        return await runCheckCommand(rest, io, language);
      case 'rewrite':
        return await runRewriteCommand(rest, io, language, env);
      case 'verify':
        return runVerifyCommand(rest, io, language);
      default:
        throw new UsageError(text.unknownCommand(command));
    }
  } catch (error) {
    // parseArgs reports unknown options with its own TypeError code.
    if (error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`plume: ${(error as Error).message}\n\n${text.usage}`);
      return 2;
    }
    throw error;
  }
}
