import { version } from '../../package.json';
import type { Language } from '../core/checks/Check';
import { nearest } from '../core/config/nearest';
import type { CliIo } from './CliIo';
import { cliText } from './cliText';
import { UsageError } from './parseOptions';
import { runCheckCommand } from './runCheckCommand';
import { runReportCommand } from './runReportCommand';
import { runFixCommand } from './runFixCommand';
import { runRewriteCommand } from './runRewriteCommand';
import { runVerifyCommand } from './runVerifyCommand';

const COMMANDS = ['check', 'rewrite', 'verify', 'report', 'fix'];

/** Runs one `plume` invocation and returns its exit code (0, 1, 2 for usage/I-O errors, 130 interrupted). */
export async function runCli(argv: string[], io: CliIo, language: Language, env: NodeJS.ProcessEnv = {}): Promise<number> {
  const [command, ...rest] = argv;
  // --lang anywhere also sets the language of the usage text and of the mistakes.
  const langIndex = argv.indexOf('--lang');
  const usageLanguage = argv[langIndex + 1] === 'en' || argv[langIndex + 1] === 'fr' ? (argv[langIndex + 1] as Language) : language;
  const text = cliText(usageLanguage);
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    // « plume help check » is « plume check --help ».
    const topic = command === 'help' ? rest[0] : undefined;
    io.stdout(topic && text.commandUsage[topic] ? text.commandUsage[topic] : text.usage);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-V' || command === '-v' || command === 'version') {
    io.stdout(text.version(version));
    return 0;
  }
  try {
    switch (command) {
      case 'check':
        return await runCheckCommand(rest, io, usageLanguage);
      case 'rewrite':
        return await runRewriteCommand(rest, io, usageLanguage, env);
      case 'verify':
        return runVerifyCommand(rest, io, usageLanguage);
      case 'report':
        return runReportCommand(rest, io, usageLanguage);
      case 'fix':
        return runFixCommand(rest, io, usageLanguage);
      default:
        throw new UsageError(text.unknownCommandSuggestion(command, nearest(command, COMMANDS)));
    }
  } catch (error) {
    if (error instanceof UsageError) {
      // The usage of the command at fault, not of every command.
      io.stderr(`plume: ${error.message}\n\n${COMMANDS.includes(command) ? text.commandUsage[command] : text.usage}`);
      return 2;
    }
    throw error;
  }
}
