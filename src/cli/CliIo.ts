/** Where the CLI writes; tests pass collectors, main.ts passes the process streams. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal (progress is shown only there). */
  isTTY?: boolean;
  /** Overwrites the current progress line on a terminal ('' clears it). */
  progress?(text: string): void;
}
