// Site-absolute links (« /guides/famille/ ») checked through the content root that `.plumerc.json`
// names: `plume check` finds the page's file, its anchors, and says when there is none.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import type { FileReport } from '../../../src/cli/formatCheckReport';
import { parseConfigText } from '../../../src/core/config/configFile';

async function check(...argv: string[]): Promise<FileReport[]> {
  const out: string[] = [];
  await runCli(['check', '--format', 'json', ...argv], { stdout: (t) => out.push(t), stderr: () => undefined }, 'fr');
  return JSON.parse(out.join('\n')) as FileReport[];
}

describe('contentRoot', () => {
  it('is resolved from the folder of the .plumerc.json that names it, and must be a folder name', () => {
    const read = parseConfigText(JSON.stringify({ contentRoot: './content/' }), '/repo/site');
    expect(read.ok && read.config.contentRoot).toBe('/repo/site/content');
    const bad = parseConfigText(JSON.stringify({ contentRoot: 42 }), '/repo');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors[0]?.fr).toContain('« contentRoot »');
  });

  it('checks site-absolute links against the pages under it: file, index.md, anchors, missing pages', async () => {
    const site = mkdtempSync(join(tmpdir(), 'plume-content-root-'));
    mkdirSync(join(site, 'content', 'guides', 'famille'), { recursive: true });
    writeFileSync(join(site, '.plumerc.json'), JSON.stringify({ contentRoot: 'content', siteUrl: 'https://exemple.fr' }));
    writeFileSync(join(site, 'content', 'guides', 'famille', 'index.md'), '# En famille\n\n## Réserver\n\nRetour [au départ](/depart/).\n');
    writeFileSync(join(site, 'content', 'depart.md'), [
      '# Le départ', '',
      'Voir [la réservation](/guides/famille/#réserver), [une partie absente](/guides/famille/#absente),',
      '[une page absente](/guides/absente/), [la même, en entier](https://www.exemple.fr/guides/famille/)',
      'et [une image](/images/carte.png).', '',
    ].join('\n'));
    const reports = await check(join(site, 'content'));
    const depart = reports.find((report) => report.file.endsWith('depart.md'));
    const broken = (depart?.findings ?? []).filter((finding) => finding.id === 'link-broken').map((finding) => finding.message);
    expect(broken).toEqual([
      expect.stringContaining('« #absente »'),
      expect.stringContaining('la page « /guides/absente/ » ne correspond à aucun article'),
    ]);
    // Linked to by its page's address only, famille/index.md is no orphan; nor is depart.md.
    expect(reports.flatMap((report) => report.findings.filter((finding) => finding.id === 'article-orphan'))).toEqual([]);
  });
});
