import type * as vscode from 'vscode';
import type { PlumeConfig } from '../../core/config/PlumeConfig';
import type { PlumercLoader } from './PlumercLoader';
import { readPlumeSettings } from './readPlumeSettings';

/**
 * The configuration layers of a document, lowest precedence first, as the diagnostics read them:
 * the user and workspace settings (plume.minWords, plume.checks, plume.siteUrl), then the team's
 * `.plumerc.json`. A rewrite gets the same layers, so its prompt, its validation and the
 * diagnostics that follow hold the article to the same numbers.
 */
export async function configLayersFor(loader: PlumercLoader, uri: vscode.Uri): Promise<(PlumeConfig | undefined)[]> {
  return [readPlumeSettings(uri).layer, await loader.configFor(uri)];
}
