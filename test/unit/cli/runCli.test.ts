import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import type { FileReport } from '../../../src/cli/formatCheckReport';
import { fixture } from '../checks/runCheck';

const ROOT = join(__dirname, '..', '..', '..');
const example = fixture('example', 'article-blinken-azerbaidjan.txt');

async function run(argv: string[], language: 'fr' | 'en' = 'fr') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) }, language);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plume-cli-'));
  writeFileSync(join(dir, 'exemple.md'), example);
  writeFileSync(join(dir, 'propre.md'), `---\ntitle: Un titre\ndescription: ${'Une description. '.repeat(8).trim()}\n---\n\n# Un titre\n\nUn court texte.\n`);
  mkdirSync(join(dir, 'equipe'));
  writeFileSync(join(dir, 'equipe', '.plumerc.json'), JSON.stringify({ minWords: 5, checks: { 'title-missing': 'off' } }));
  writeFileSync(join(dir, 'equipe', 'note.md'), 'Une note de quelques mots seulement, sans titre.\n');
  mkdirSync(join(dir, 'casse'));
  writeFileSync(join(dir, 'casse', '.plumerc.json'), JSON.stringify({ checks: { 'paragraph-too-long': { max: 'beaucoup' } } }));
  writeFileSync(join(dir, 'casse', 'a.md'), '# Titre\n');
});

describe('plume check', () => {
  it('reports the example article’s missing title, subheadings and meta description, in French', async () => {
    const { code, stdout } = await run(['check', join(dir, 'exemple.md')]);
    expect(code).toBe(1); // title-missing is an error
    for (const id of ['title-missing', 'subheadings-missing', 'meta-description-missing']) expect(stdout).toContain(id);
    expect(stdout).toMatch(/exemple\.md:1:1 +erreur +title-missing +Aucun titre/);
    expect(stdout).toMatch(/exemple\.md : \d+ mots, \d+ phrases, lecture 4 min, facilité de lecture/);
  });

  it('prints JSON with 1-based positions and a writer’s word count', async () => {
    const { code, stdout } = await run(['check', '--format', 'json', join(dir, 'exemple.md')]);
    expect(code).toBe(1);
    const [report] = JSON.parse(stdout) as FileReport[];
    expect(report?.file).toContain('exemple.md');
    expect(report?.figures.words).toBeGreaterThanOrEqual(700);
    expect(report?.figures.words).toBeLessThanOrEqual(712);
    // The figures a team tracks in CI: 706 words at 195 a minute is 3.6 minutes; no title, no width.
    expect(report?.figures).toMatchObject({ readingMinutes: 3.6, titleWidthPx: null });
    expect(Object.keys(report?.figures ?? {}).sort()).toEqual(['maxSameBeginnings', 'passiveShare', 'readingEase', 'readingMinutes', 'sentences', 'titleWidthPx', 'transitionShare', 'words']);
    for (const share of [report?.figures.transitionShare, report?.figures.passiveShare]) {
      expect(share).toBeGreaterThan(0);
      expect(share).toBeLessThan(100);
      expect(Math.round((share ?? 0) * 10) / 10).toBe(share);
    }
    const title = report?.findings.find((f) => f.id === 'title-missing');
    expect(title).toMatchObject({ severity: 'error', line: 1, column: 1, endLine: 1 });
    expect(title?.endColumn).toBeGreaterThan(100);
  });

  it('speaks English with --lang en', async () => {
    const { stdout } = await run(['check', '--lang', 'en', join(dir, 'exemple.md')]);
    expect(stdout).toContain('No title');
    expect(stdout).toMatch(/words, \d+ sentences, \d+ min read, reading ease/);
  });

  it('exits 0 when nothing reaches --fail-on, 1 when --fail-on is lowered', async () => {
    expect((await run(['check', join(dir, 'propre.md')])).code).toBe(0);
    expect((await run(['check', '--fail-on', 'warning', join(dir, 'propre.md')])).code).toBe(1);
  });

  it('applies --min-words', async () => {
    const low = await run(['check', '--format', 'json', '--min-words', '100', join(dir, 'exemple.md')]);
    expect(JSON.parse(low.stdout)[0].findings.map((f: { id: string }) => f.id)).not.toContain('word-count-min');
    const high = await run(['check', '--format', 'json', '--min-words', '900', join(dir, 'exemple.md')]);
    expect(JSON.parse(high.stdout)[0].findings.find((f: { id: string }) => f.id === 'word-count-min')?.message).toMatch(/900 attendus/);
  });

  it('reads the nearest .plumerc.json', async () => {
    const { stdout, code } = await run(['check', '--format', 'json', join(dir, 'equipe', 'note.md')]);
    const ids = JSON.parse(stdout)[0].findings.map((f: { id: string }) => f.id);
    expect(ids).not.toContain('title-missing');
    expect(ids).not.toContain('word-count-min');
    expect(code).toBe(0);
  });

  it('names the key at fault in a bad config and still checks the other files', async () => {
    const { code, stdout, stderr } = await run(['check', join(dir, 'casse', 'a.md'), join(dir, 'exemple.md')]);
    expect(code).toBe(2);
    expect(stderr).toContain('checks.paragraph-too-long.max');
    expect(stdout).toContain('exemple.md');
  });

  it('says a missing file is missing, checks the rest and exits 2', async () => {
    const { code, stdout, stderr } = await run(['check', join(dir, 'absent.md'), join(dir, 'exemple.md')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/absent\.md.*(aucun fichier|introuvable)/);
    expect(stdout).toContain('title-missing');
  });

  it('expands globs and folders', async () => {
    const { stdout } = await run(['check', '--format', 'json', `${dir}/*.md`]);
    expect((JSON.parse(stdout) as FileReport[]).map((r) => r.file.split('/').pop())).toEqual(['exemple.md', 'propre.md']);
    const folder = await run(['check', '--format', 'json', join(dir, 'equipe')]);
    expect((JSON.parse(folder.stdout) as FileReport[]).map((r) => r.file.split('/').pop())).toEqual(['note.md']);
  });

  it('rejects bad usage with exit 2, the mistake in the writer’s language, a near miss suggested, and the command’s usage', async () => {
    expect((await run(['check'])).code).toBe(2);
    const bad = await run(['check', '--format', 'xml', 'x.md']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format');
    const bogus = await run(['check', '--formt', 'json', 'x.md']);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain('plume: Option inconnue --formt pour plume check. Vouliez-vous dire --format ?');
    expect(bogus.stderr).toContain('plume check <fichiers, dossiers ou globs...>');
    expect(bogus.stderr).not.toContain('plume rewrite <fichier>');
    expect(bogus.stderr).not.toMatch(/Unknown option|positional argument/);
    expect((await run(['check', '--bogus', 'x.md', '--lang', 'en'])).stderr).toContain('Unknown option --bogus for plume check.');
    expect((await run(['check', '--min-words', '-5', 'x.md'])).stderr).toContain('--min-words attend un nombre entier positif, pas « -5 »');
    expect((await run(['check', '--min-words', 'beaucoup', 'x.md'])).stderr).toContain('--min-words');
    const unknown = await run(['chek']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Commande inconnue « chek ». Vouliez-vous dire « check » ?');
  });

  it('answers --help, -h, help <command> and --version like other command-line tools', async () => {
    for (const argv of [['check', '--help'], ['check', '-h'], ['help', 'check']]) {
      const help = await run(argv);
      expect(help.code, argv.join(' ')).toBe(0);
      expect(help.stdout).toContain('--severity error|warning|info|hint');
    }
    expect((await run(['verify', '--help'])).stdout).toContain('plume verify <source> <réponse>');
    const version = await run(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^plume \d+\.\d+\.\d+$/);
    expect((await run(['-V'])).stdout).toBe(version.stdout);
  });

  it('filters by --severity, groups long-sentence hints per file (one by one with --hints), is silent with --quiet, and totals several files', async () => {
    const file = join(dir, 'exemple.md');
    const all = await run(['check', file]);
    expect(all.stdout).toMatch(/conseil\s+sentences-too-long\s+18 conseils : lignes 1, 2, 3, 4, 5, 6, 7, 8 et \d+ autres \(--hints pour le détail\)/);
    expect((await run(['check', file, '--hints'])).stdout.match(/sentences-too-long\s+Phrase de/g)?.length).toBe(18);
    const errors = await run(['check', file, '--severity', 'error']);
    expect(errors.stdout).toContain('title-missing');
    expect(errors.stdout).not.toContain('meta-description-missing');
    expect(errors.code).toBe(1);
    const quiet = await run(['check', join(dir, 'propre.md'), '--quiet', '--severity', 'error']);
    expect(quiet.stdout).toBe('');
    const two = await run(['check', file, join(dir, 'propre.md')]);
    expect(two.stdout).toMatch(/\nTotal : 2 fichiers, [\d\s\u202f]+ mots — \d+ constats \(/);
  });

  it('takes the keyphrase from --keyphrase when the front matter has none', async () => {
    const file = join(dir, 'exemple.md');
    const without = await run(['check', file, '--format', 'json']);
    const ids = (output: string) => (JSON.parse(output) as { findings: { id: string }[] }[])[0]?.findings.map((finding) => finding.id) ?? [];
    expect(ids(without.stdout).filter((id) => id.startsWith('keyphrase-'))).toEqual([]);
    const withKeyphrase = await run(['check', file, '--format', 'json', '--keyphrase', 'sanctions américaines']);
    expect(ids(withKeyphrase.stdout)).toContain('keyphrase-in-introduction');
  });
});

describe('plume check: the slug from the file name', () => {
  const slugFindings = (stdout: string) =>
    (JSON.parse(stdout) as FileReport[]).flatMap((report) => report.findings.filter((finding) => finding.id === 'keyphrase-in-slug' || finding.id === 'slug-length').map((finding) => ({ file: report.file, ...finding })));
  const train = '---\ntitle: "Train de nuit : le retour du Paris-Vienne"\nkeyphrase: train de nuit\n---\n\nLe train de nuit entre Paris et Vienne roule de nouveau.\n';

  it('judges the file name when the front matter has no slug, on the first line of the body', async () => {
    mkdirSync(join(dir, 'slugs'), { recursive: true });
    writeFileSync(join(dir, 'slugs', 'paris-vienne.md'), train);
    writeFileSync(join(dir, 'slugs', '2024-03-01-trains-de-nuit.md'), train);
    const { stdout } = await run(['check', '--format', 'json', join(dir, 'slugs')]);
    const found = slugFindings(stdout);
    expect(found.map((finding) => [finding.file.replace(/\\/g, '/').split('/').pop(), finding.id, finding.severity, finding.line])).toEqual([['paris-vienne.md', 'keyphrase-in-slug', 'info', 6]]);
    expect(found[0]?.message).toContain('Le slug « paris-vienne », tiré du nom du fichier paris-vienne.md');
    expect(found[0]?.message).toContain('Renommez le fichier ou ajoutez un champ `slug`');
    const english = await run(['check', '--format', 'json', '--lang', 'en', join(dir, 'slugs', 'paris-vienne.md')]);
    expect(slugFindings(english.stdout)[0]?.message).toContain('taken from the file name paris-vienne.md');
  });

  it('prefers the front matter slug, and reads the name of the example article with --keyphrase', async () => {
    writeFileSync(join(dir, 'slugs', 'sans-rapport.md'), train.replace('keyphrase:', 'slug: trains-de-nuit\nkeyphrase:'));
    expect(slugFindings((await run(['check', '--format', 'json', join(dir, 'slugs', 'sans-rapport.md')])).stdout)).toEqual([]);
    // exemple.md has no front matter: its slug is « exemple », without « Haut-Karabakh ».
    const unnamed = await run(['check', '--format', 'json', '--keyphrase', 'Haut-Karabakh', join(dir, 'exemple.md')]);
    expect(slugFindings(unnamed.stdout).map((finding) => [finding.id, finding.line])).toEqual([['keyphrase-in-slug', 1]]);
    writeFileSync(join(dir, 'haut-karabakh.md'), example);
    expect(slugFindings((await run(['check', '--format', 'json', '--keyphrase', 'Haut-Karabakh', join(dir, 'haut-karabakh.md')])).stdout)).toEqual([]);
  });
});

describe('the built CLI (dist/cli.js through bin/plume.js)', () => {
  it('runs as `plume check` and sets the exit code', async () => {
    // npm test builds before the unit tests; a missing bundle is a real failure here.
    expect(existsSync(join(ROOT, 'dist', 'cli.js')), 'dist/cli.js missing: run npm run build').toBe(true);
    const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'plume.js'), 'check', '--format', 'json', join(dir, 'exemple.md')], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)[0].findings.length).toBeGreaterThan(2);
    const help = execFileSync(process.execPath, [join(ROOT, 'bin', 'plume.js'), '--help'], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
    expect(help).toContain('Usage: plume');
  });

  it('checks a big file (parsed by chunks on helper threads) exactly as a small one is checked', async () => {
    let big = '# Un dossier\n\nVoir [la source][src].\n';
    for (let i = 0; big.length < 200_000; i++) big += `\n## Partie ${i}\n\n${example}\n`;
    big += '\n[src]: https://example.fr/source\n';
    writeFileSync(join(dir, 'gros.md'), big);
    // Two threads whatever the machine (the default leaves a 2-core machine on one).
    const built = spawnSync(process.execPath, [join(ROOT, 'bin', 'plume.js'), 'check', '--format', 'json', join(dir, 'gros.md')], { encoding: 'utf8', env: { ...process.env, LANG: 'C', PLUME_PARSE_THREADS: '2' } });
    // In-process from the sources there is no helper bundle next to the CLI: one thread, one parse.
    const local = await run(['check', '--format', 'json', join(dir, 'gros.md')]);
    expect(built.stderr).toBe('');
    expect(JSON.parse(built.stdout)).toEqual(JSON.parse(local.stdout));
    expect(JSON.parse(built.stdout)[0].figures.words).toBeGreaterThan(20_000);
  });

  it('checks a folder on worker threads exactly as on one thread, in the order of the files', async () => {
    const site = join(dir, 'pool');
    mkdirSync(site, { recursive: true });
    // Texts of different lengths, so the workers' answers come back out of order.
    for (let i = 0; i < 24; i++) {
      const body = Array.from({ length: 1 + ((i * 7) % 4) }, () => example).join('\n\n');
      writeFileSync(join(site, `article-${String(i).padStart(2, '0')}.md`), `---\ntitle: Article ${i % 5}\nkeyphrase: sujet ${i % 3}\n---\n\n${body}\n\nVoir [la suite](article-${String((i + 1) % 24).padStart(2, '0')}.md#la-suite).\n`);
    }
    const check = (threads: string) => spawnSync(process.execPath, [join(ROOT, 'bin', 'plume.js'), 'check', '--format', 'json', site], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LANG: 'C', PLUME_CHECK_THREADS: threads } });
    const one = check('1');
    const three = check('3');
    expect(three.stderr).toBe('');
    expect(three.stdout).toBe(one.stdout);
    const reports = JSON.parse(three.stdout) as FileReport[];
    expect(reports.map((report) => report.file)).toEqual([...reports.map((report) => report.file)].sort());
    // The checks between articles ran on the summaries: duplicated titles and keyphrases, broken anchors.
    const ids = reports.flatMap((report) => report.findings.map((finding) => finding.id));
    expect(ids).toEqual(expect.arrayContaining(['title-duplicate', 'keyphrase-used-elsewhere', 'link-broken']));
  });
});
