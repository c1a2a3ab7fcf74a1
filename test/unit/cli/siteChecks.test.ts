// `plume check` on several files: the checks between articles (a keyphrase used twice, the same
// title or description, a broken link or anchor, an orphan) run over the files it was given.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import type { FileReport } from '../../../src/cli/formatCheckReport';

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) }, 'fr');
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const ids = (report: FileReport | undefined) => (report?.findings ?? []).map((finding) => finding.id);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plume-site-'));
  mkdirSync(join(dir, 'blog', 'guides'), { recursive: true });
  writeFileSync(join(dir, 'blog', 'trains.md'), '---\ntitle: Les trains de nuit\ndescription: Les lignes de nuit en France.\nkeyphrase: train de nuit\n---\n\n# Les trains de nuit\n\n## Le plan du réseau\n\nVoir [le guide](guides/famille.md#réserver) et [la carte](guides/carte.md).\n');
  writeFileSync(join(dir, 'blog', 'guides', 'famille.md'), '---\ntitle: "Les  trains de NUIT"\ndescription: Voyager de nuit en famille.\nkeyphrase: Trains de nuit\n---\n\n# En famille\n\n## Réserver\n\nRetour [au réseau](../trains.md#le-plan-du-réseau), [à l’ancien plan](../trains.md#le-plan).\n');
  writeFileSync(join(dir, 'blog', 'guides', 'seul.md'), '---\ntitle: Voyager seul\ndescription: Les lignes de nuit en France.\n---\n\n# Voyager seul\n\nUn texte sans lien.\n');
});

describe('plume check on a folder: the checks between articles', () => {
  it('finds the shared keyphrase, title and description, the broken link and anchor, and the orphans', async () => {
    const { stdout } = await run(['check', '--format', 'json', join(dir, 'blog')]);
    const reports = JSON.parse(stdout) as FileReport[];
    const report = (name: string) => reports.find((candidate) => candidate.file.endsWith(name));
    expect(ids(report('trains.md'))).toEqual(expect.arrayContaining(['keyphrase-used-elsewhere', 'title-duplicate', 'description-duplicate', 'link-broken']));
    const trains = report('trains.md')?.findings ?? [];
    // The missing guide, not the anchor of the guide that is there.
    expect(trains.filter((finding) => finding.id === 'link-broken').map((finding) => finding.message)).toEqual([expect.stringContaining('« guides/carte.md » n’existe pas')]);
    expect(trains.find((finding) => finding.id === 'keyphrase-used-elsewhere')?.message).toContain('« guides/famille.md »');
    const famille = report('famille.md')?.findings ?? [];
    expect(famille.filter((finding) => finding.id === 'link-broken').map((finding) => finding.message)).toEqual([expect.stringContaining('« #le-plan »')]);
    expect(famille.find((finding) => finding.id === 'title-duplicate')?.message).toContain('« ../trains.md »');
    // Nobody links to seul.md; famille.md and trains.md link to each other.
    expect(ids(report('seul.md'))).toContain('article-orphan');
    expect(ids(report('famille.md'))).not.toContain('article-orphan');
    expect(ids(report('trains.md'))).not.toContain('article-orphan');
  });

  it('checks one file alone against the disk: a missing file is broken, the others’ anchors unknown, no duplicates', async () => {
    const { stdout } = await run(['check', '--format', 'json', join(dir, 'blog', 'trains.md')]);
    const [report] = JSON.parse(stdout) as FileReport[];
    expect(ids(report).filter((id) => ['keyphrase-used-elsewhere', 'title-duplicate', 'description-duplicate', 'article-orphan'].includes(id))).toEqual([]);
    expect((report?.findings ?? []).filter((finding) => finding.id === 'link-broken').map((finding) => finding.message)).toEqual([expect.stringContaining('guides/carte.md')]);
  });
});

describe('plume check on a folder: link suggestions', () => {
  it('suggests the related article that is not linked yet, on the word the link could go around, with the path from this article', async () => {
    const site = mkdtempSync(join(tmpdir(), 'plume-suggest-'));
    mkdirSync(join(site, 'alsace'));
    writeFileSync(join(site, 'colmar.md'), '---\ntitle: Le marché de Noël de Colmar\n---\n\n# Le marché de Noël de Colmar\n\nSix marchés de Noël dans la vieille ville.\nLes chalets vendent du vin chaud ; le vin chaud des chalets est épicé.\n');
    writeFileSync(join(site, 'alsace', 'strasbourg.md'), '---\ntitle: Le marché de Noël de Strasbourg\n---\n\n# Le marché de Noël de Strasbourg\n\nTrois cents chalets autour de la cathédrale, du vin chaud et des bredele.\nLe vin chaud des chalets du [marché de Colmar](../colmar.md) est plus doux.\n');
    const { stdout } = await run(['check', '--format', 'json', site]);
    const reports = JSON.parse(stdout) as FileReport[];
    const suggestions = (name: string) => (reports.find((report) => report.file.endsWith(name))?.findings ?? []).filter((finding) => finding.id === 'link-suggestion');
    // strasbourg.md links to colmar.md already; colmar.md does not link back.
    expect(suggestions('strasbourg.md')).toEqual([]);
    const [suggestion, ...rest] = suggestions('colmar.md');
    expect(rest).toEqual([]);
    expect(suggestion).toMatchObject({ severity: 'info', line: 8, column: 5, endLine: 8, endColumn: 12 });
    expect(suggestion?.message).toContain('Lien interne suggéré vers « Le marché de Noël de Strasbourg » (alsace/strasbourg.md) : il partage 4 des 5 mots les plus fréquents du texte (chalets, chaud, marchés, vin)');
    expect(suggestion?.message).toContain('par exemple sur « chalets »');
  });
});

describe('plume check --format sarif', () => {
  interface Sarif {
    version: string;
    runs: {
      tool: { driver: { name: string; rules: { id: string; helpUri: string; defaultConfiguration: { level: string } }[] } };
      columnKind: string;
      results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[] }[];
    }[];
  }

  it('gives SARIF 2.1.0: every check a rule with its docs, every finding a result on its lines, the same findings as JSON', async () => {
    const json = JSON.parse((await run(['check', '--format', 'json', join(dir, 'blog')])).stdout) as FileReport[];
    const { code, stdout } = await run(['check', '--format', 'sarif', join(dir, 'blog')]);
    const sarif = JSON.parse(stdout) as Sarif;
    expect(sarif.version).toBe('2.1.0');
    const [runResult] = sarif.runs;
    expect(runResult?.tool.driver.name).toBe('Plume');
    expect(runResult?.columnKind).toBe('utf16CodeUnits');
    const rules = runResult?.tool.driver.rules ?? [];
    expect(rules.find((rule) => rule.id === 'link-broken')?.helpUri).toMatch(/docs\/checks\/link-broken\.md$/);
    expect(rules.find((rule) => rule.id === 'title-length')?.defaultConfiguration.level).toBe('none');
    const results = runResult?.results ?? [];
    expect(results).toHaveLength(json.reduce((sum, report) => sum + report.findings.length, 0));
    for (const result of results) expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
    // The missing guide in trains.md: level, message and place as the JSON gives them.
    const broken = json.find((report) => report.file.endsWith('trains.md'))?.findings.find((finding) => finding.id === 'link-broken');
    const result = results.find((candidate) => candidate.ruleId === 'link-broken' && candidate.locations[0]?.physicalLocation.artifactLocation.uri.endsWith('trains.md'));
    expect(result?.level).toBe('warning');
    expect(result?.message.text).toBe(broken?.message);
    expect(result?.locations[0]?.physicalLocation.region).toEqual({ startLine: broken?.line, startColumn: broken?.column, endLine: broken?.endLine, endColumn: broken?.endColumn });
    // Information is a SARIF note; an absolute path is a file: URI.
    expect(results.find((candidate) => candidate.ruleId === 'article-orphan')?.level).toBe('note');
    expect(result?.locations[0]?.physicalLocation.artifactLocation.uri).toMatch(/^file:\/\/\//);
    expect(code).toBe(json.some((report) => report.findings.some((finding) => finding.severity === 'error')) ? 1 : 0);
  });
});

describe('formatSarif', () => {
  it('names a relative file against %SRCROOT%, its segments percent-encoded', async () => {
    const { formatSarif } = await import('../../../src/cli/formatSarif');
    const report: FileReport = { file: 'blog/été 2024.md', figures: {} as FileReport['figures'], findings: [{ id: 'title-missing', severity: 'error', line: 1, column: 1, endLine: 1, endColumn: 5, message: 'Aucun titre' }] };
    const sarif = JSON.parse(formatSarif([report], 'fr', '0.1.0')) as { runs: { results: { level: string; locations: { physicalLocation: { artifactLocation: unknown } }[] }[] }[] };
    const [result] = sarif.runs[0]?.results ?? [];
    expect(result?.level).toBe('error');
    expect(result?.locations[0]?.physicalLocation.artifactLocation).toEqual({ uri: 'blog/%C3%A9t%C3%A9%202024.md', uriBaseId: '%SRCROOT%' });
  });
});

describe('plume check --cache', () => {
  it('reuses an unchanged file’s analysis, and runs the checks between articles on every run', async () => {
    const { readFileSync, writeFileSync: write, existsSync } = await import('node:fs');
    const site = mkdtempSync(join(tmpdir(), 'plume-cache-'));
    const cacheFile = join(site, 'cache.json');
    write(join(site, 'a.md'), '---\ntitle: Les trains de nuit\n---\n\nVoir [b](b.md) et [c](c.md).\n');
    write(join(site, 'b.md'), '---\ntitle: Voyager de nuit\n---\n\nVoir [a](a.md).\n');
    const check = async (...files: string[]) => JSON.parse((await run(['check', '--format', 'json', '--cache-location', cacheFile, ...files.map((file) => join(site, file))])).stdout) as FileReport[];
    const first = await check('a.md', 'b.md');
    expect(existsSync(cacheFile)).toBe(true);
    expect(ids(first[0])).toContain('link-broken'); // c.md is missing
    // The cache is what the next run reads: mark a kept message, and the unchanged file shows it.
    const cache = readFileSync(cacheFile, 'utf8');
    expect(cache).not.toContain('n’existe pas'); // the checks between articles are not cached
    write(cacheFile, cache.replace(/Aucune méta-description/g, 'MARQUÉ'));
    const again = await check('a.md', 'b.md');
    expect(again[0]?.findings.map((finding) => finding.message).join(' ')).toContain('MARQUÉ');
    expect(ids(again[0])).toContain('link-broken');
    // The linked file appears: the finding goes, though a.md did not change (its analysis is still the cached one).
    write(join(site, 'c.md'), '# C\n');
    const appeared = await check('a.md', 'b.md');
    expect(ids(appeared[0])).not.toContain('link-broken');
    expect(appeared[0]?.findings.map((finding) => finding.message).join(' ')).toContain('MARQUÉ');
    // b.md takes a.md's title: both have the duplicate, a.md from its cached analysis.
    write(join(site, 'b.md'), '---\ntitle: "Les trains de NUIT"\n---\n\nVoir [a](a.md).\n');
    const after = await check('a.md', 'b.md');
    expect(ids(after[0])).toContain('title-duplicate');
    expect(ids(after[1])).toContain('title-duplicate');
    expect(after[0]?.findings.map((finding) => finding.message).join(' ')).toContain('MARQUÉ');
    expect(after[1]?.findings.map((finding) => finding.message).join(' ')).not.toContain('MARQUÉ');
    // A broken cache file is no error: the run starts afresh.
    write(cacheFile, '{ pas du json');
    expect(ids((await check('a.md', 'b.md'))[0])).toContain('title-duplicate');
  });
});
