import type * as vscode from 'vscode';

/** The lines last written to the Plume log, kept for the tests that read what was logged. */
const KEPT_LINES = 2_000;

export type PlumeLog = Pick<vscode.LogOutputChannel, 'trace' | 'debug' | 'info' | 'warn' | 'error'> & { readonly lines: readonly string[] };

/** The "Plume" LogOutputChannel, with a memory of its last lines. */
export function recordLog(channel: vscode.LogOutputChannel): PlumeLog {
  const lines: string[] = [];
  const keep = (level: string, message: string) => {
    lines.push(`[${level}] ${message}`);
    if (lines.length > KEPT_LINES) lines.splice(0, lines.length - KEPT_LINES);
  };
  const text = (value: string | Error) => (value instanceof Error ? value.message : value);
  return {
    lines,
    trace: (message, ...args) => {
      keep('trace', message);
      channel.trace(message, ...args);
    },
    debug: (message, ...args) => {
      keep('debug', message);
      channel.debug(message, ...args);
    },
    info: (message, ...args) => {
      keep('info', message);
      channel.info(message, ...args);
    },
    warn: (message, ...args) => {
      keep('warn', message);
      channel.warn(message, ...args);
    },
    error: (error, ...args) => {
      keep('error', text(error));
      channel.error(error, ...args);
    },
  };
}
