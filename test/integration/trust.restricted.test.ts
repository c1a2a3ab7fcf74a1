// Restricted Mode: an untrusted workspace. Diagnostics keep working (Plume only reads the
// text); the rewrite-shaping settings are restricted by the manifest.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { openNewArticle, plume, waitForIds } from './helpers';

const repositoryRoot = path.resolve(__dirname, '../../..');
const EXAMPLE = fs.readFileSync(path.join(repositoryRoot, 'test/fixtures/example/article-blinken-azerbaidjan.txt'), 'utf8');

suite('Restricted Mode', () => {
  test('the workspace is untrusted, and Plume’s diagnostics still appear', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'this suite must run in an untrusted workspace');
    await plume();
    const document = await openNewArticle(EXAMPLE);
    const found = await waitForIds(document.uri, 'findings in Restricted Mode', (list) => list.includes('title-missing'));
    assert.ok(found.includes('subheadings-missing') && found.includes('meta-description-missing'), found.join(', '));
  });

  test('the manifest declares limited support and restricts the rewrite-shaping settings', () => {
    const manifest = vscode.extensions.getExtension('plume.plume-seo')?.packageJSON as { capabilities?: { untrustedWorkspaces?: { supported?: unknown; restrictedConfigurations?: string[] } } };
    assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, 'limited');
    assert.ok(manifest.capabilities?.untrustedWorkspaces?.restrictedConfigurations?.includes('plume.rewrite.instructions'));
  });
});
