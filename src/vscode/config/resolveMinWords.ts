import type * as vscode from 'vscode';
import wordCountMin from '../../core/checks/word-count-min';
import { resolveSettings } from '../../core/config/resolveSettings';
import type { PlumercLoader } from './PlumercLoader';
import { readPlumeSettings } from './readPlumeSettings';

/**
 * The minimum word count for a document, resolved as the diagnostics resolve it (.plumerc.json,
 * then plume.minWords / plume.checks, then the default), so a rewrite aims at what the
 * word-count-min check will then demand.
 */
export async function resolveMinWords(loader: PlumercLoader, uri: vscode.Uri): Promise<number> {
  const repo = await loader.configFor(uri);
  const min = resolveSettings([wordCountMin], [readPlumeSettings(uri).layer, repo]).get(wordCountMin.id)?.options.min;
  return typeof min === 'number' ? min : wordCountMin.defaultOptions.min;
}
