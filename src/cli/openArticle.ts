import { readFileSync } from 'node:fs';
import type { Language } from '../core/checks/Check';
import type { PlumeConfig } from '../core/config/PlumeConfig';
import { MAX_DOCUMENT_CHARACTERS, isTooLarge } from '../core/inputLimits';
import type { CliIo } from './CliIo';
import { cliText } from './cliText';
import { ConfigError, configForArticle } from './loadConfig';

export interface OpenedArticle {
  /** The article's .plumerc.json, as `plume check` reads it. */
  config: PlumeConfig | undefined;
  /** --lang, else the .plumerc.json's language, else the system's. */
  language: Language;
  text: ReturnType<typeof cliText>;
  source: string;
}

/**
 * A file Plume analyses, read: its text, or undefined once the writer has been told why not
 * (unreadable, over the size limit); the caller then exits with 2.
 */
export function readAnalysedFile(file: string, text: ReturnType<typeof cliText>, io: CliIo): string | undefined {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    io.stderr(text.unreadable((error as NodeJS.ErrnoException).path ?? file, error));
    return undefined;
  }
  if (isTooLarge(source)) {
    io.stderr(text.tooLarge(file, source.length, MAX_DOCUMENT_CHARACTERS));
    return undefined;
  }
  return source;
}

/**
 * What `plume rewrite`, `plume verify` and `plume report` do first with the article they are
 * given: its .plumerc.json (its limits and language apply), then its text. Undefined once the
 * writer has been told what went wrong.
 */
export function openArticle(file: string, cliLanguage: Language | undefined, defaultLanguage: Language, io: CliIo): OpenedArticle | undefined {
  let config: PlumeConfig | undefined;
  let language = cliLanguage ?? defaultLanguage;
  try {
    ({ config, language } = configForArticle(file, cliLanguage, defaultLanguage));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(cliText(language).badConfig(error.file, error.problems));
    return undefined;
  }
  const text = cliText(language);
  const source = readAnalysedFile(file, text, io);
  return source === undefined ? undefined : { config, language, text, source };
}
