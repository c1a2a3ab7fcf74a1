import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import { MAX_DOCUMENT_CHARACTERS } from '../../../src/core/inputLimits';
import { REPORT_CSS } from '../../../src/core/report/reportCss';
import { fixture } from '../checks/runCheck';

const ROOT = join(__dirname, '..', '..', '..');
const example = fixture('example', 'article-blinken-azerbaidjan.txt');
const TRAINS = `---
title: "Trains de nuit : le retour du Paris-Vienne"
description: "Le train de nuit entre Paris et Vienne roule de nouveau trois fois par semaine."
slug: trains-de-nuit
keyphrase: train de nuit
---

# Trains de nuit : le retour du Paris-Vienne

Le train de nuit entre Paris et Vienne roule de nouveau.

## Les horaires
`;

async function run(argv: string[], language: 'fr' | 'en' = 'fr') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) }, language);
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), writes: out.length };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plume-report-'));
  writeFileSync(join(dir, 'exemple.md'), example);
  mkdirSync(join(dir, 'site'));
  writeFileSync(join(dir, 'site', '.plumerc.json'), JSON.stringify({ language: 'en', siteUrl: 'https://www.exemple.fr/blog', checks: { 'title-width': 'off' } }));
  writeFileSync(join(dir, 'site', 'trains.md'), TRAINS);
  mkdirSync(join(dir, 'casse'));
  writeFileSync(join(dir, 'casse', '.plumerc.json'), JSON.stringify({ checks: { 'paragraph-too-long': { max: 'beaucoup' } } }));
  writeFileSync(join(dir, 'casse', 'a.md'), '# Titre\n');
});

describe('plume report', () => {
  it('writes the report of the example article to stdout as one HTML page, in French, and exits 0', async () => {
    const { code, stdout, stderr, writes } = await run(['report', join(dir, 'exemple.md')]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    // One write, so that a pipe receives the page whole; main.ts adds its last line break.
    expect(writes).toBe(1);
    expect(stdout.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true);
    expect(stdout.endsWith('</html>')).toBe(true);
    expect(stdout).toContain('<title>Rapport SEO : exemple.md</title>');
    expect(stdout).toContain(REPORT_CSS);
    expect(stdout).toContain('Aperçu dans Google');
    // The slug comes from the file name, as in `plume check`.
    expect(stdout).toContain('<div class="serp-url">votre-site.fr › exemple</div>');
    expect(stdout).toContain('Aucun titre');
    expect(stdout).not.toMatch(/<script/i);
  });

  it('writes the page to --out and prints one line saying where, nothing else', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'plume-report-out-'));
    writeFileSync(join(outDir, 'exemple.md'), example);
    const out = join(outDir, 'rapport.html');
    const { code, stdout, stderr, writes } = await run(['report', join(outDir, 'exemple.md'), '--out', out]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(writes).toBe(1);
    expect(stdout).toBe(`Rapport SEO écrit dans ${out}.`);
    expect(readdirSync(outDir).sort()).toEqual(['exemple.md', 'rapport.html']);
    const page = readFileSync(out, 'utf8');
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page.endsWith('</html>\n')).toBe(true);
    // The same page as on stdout.
    expect(page).toBe(`${(await run(['report', join(outDir, 'exemple.md')])).stdout}\n`);
    expect(readFileSync(join(outDir, 'exemple.md'), 'utf8')).toBe(example);
  });

  it('says a missing file is missing, in French, writes nothing and exits 2', async () => {
    const out = join(dir, 'jamais.html');
    const { code, stdout, stderr } = await run(['report', join(dir, 'absent.md'), '--out', out]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`plume : ${join(dir, 'absent.md')} : fichier introuvable.`);
    expect(existsSync(out)).toBe(false);
  });

  it('speaks English with --lang en', async () => {
    const { code, stdout } = await run(['report', '--lang', 'en', join(dir, 'exemple.md')]);
    expect(code).toBe(0);
    expect(stdout).toContain('<html lang="en">');
    expect(stdout).toContain('<title>SEO report: exemple.md</title>');
    expect(stdout).toContain('Google preview');
    expect(stdout).toContain('Readability');
    expect(stdout).not.toContain('Aperçu dans Google');
    const missing = await run(['report', '--lang', 'en', join(dir, 'absent.md')]);
    expect(missing.stderr).toBe(`plume: ${join(dir, 'absent.md')}: file not found.`);
  });

  it('reads the nearest .plumerc.json: its language, its site address, its checks turned off', async () => {
    const { code, stdout } = await run(['report', join(dir, 'site', 'trains.md')]);
    expect(code).toBe(0);
    expect(stdout).toContain('<html lang="en">');
    expect(stdout).toContain('<div class="serp-url">www.exemple.fr › blog › trains-de-nuit</div>');
    expect(stdout).not.toContain('data-check="title-width"');
    expect(stdout).toContain('data-check="title-missing"');
    // --lang wins over the file's language.
    expect((await run(['report', '--lang', 'fr', join(dir, 'site', 'trains.md')])).stdout).toContain('<html lang="fr">');
  });

  it('names the key at fault in a broken .plumerc.json and exits 2', async () => {
    const { code, stdout, stderr } = await run(['report', join(dir, 'casse', 'a.md')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('checks.paragraph-too-long.max');
  });

  it('takes the keyphrase from --keyphrase: the keyphrase checks run and its words are bold', async () => {
    const without = await run(['report', join(dir, 'exemple.md')]);
    expect(without.stdout).toMatch(/<p class="waiting">\d+ vérifications attendent une expression clé principale/);
    const { stdout } = await run(['report', join(dir, 'exemple.md'), '--keyphrase', 'Haut-Karabakh']);
    expect(stdout).not.toContain('class="waiting"');
    expect(stdout).toContain('<div id="plume-field-keyphrase" class="value">Haut-Karabakh</div>');
    expect(stdout).toContain('data-check="keyphrase-in-introduction"');
  });

  it('refuses a file over the size Plume analyses, in the writer’s language, and exits 2', async () => {
    const big = join(dir, 'enorme.md');
    writeFileSync(big, 'a'.repeat(MAX_DOCUMENT_CHARACTERS + 1));
    const { code, stdout, stderr } = await run(['report', big]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Découpez le fichier.');
  });

  it('rejects bad usage with exit 2, the mistake in the writer’s language and the command’s usage', async () => {
    const none = await run(['report']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('plume: Indiquez un seul fichier : plume report <fichier> [--out rapport.html]');
    expect(none.stderr).toContain('plume report <fichier> [options]');
    expect(none.stderr).not.toContain('plume check <fichiers');
    expect((await run(['report', 'a.md', 'b.md'])).code).toBe(2);
    const bogus = await run(['report', '--outt', 'x.html', 'a.md']);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain('Option inconnue --outt pour plume report. Vouliez-vous dire --out ?');
    expect((await run(['report', '--lang', 'de', 'a.md'])).stderr).toContain('--lang');
    expect((await run(['report', '--bogus', 'a.md', '--lang', 'en'])).stderr).toContain('Unknown option --bogus for plume report.');
  });

  it('never writes the report over the article itself', async () => {
    const file = join(dir, 'garde.md');
    writeFileSync(file, example);
    const { code, stderr } = await run(['report', file, '--out', file]);
    expect(code).toBe(2);
    expect(stderr).toContain('--out ne peut pas être l’article lui-même');
    expect(readFileSync(file, 'utf8')).toBe(example);
  });

  it('answers --help, -h and help report, and is listed in the general usage', async () => {
    for (const argv of [['report', '--help'], ['report', '-h'], ['help', 'report']]) {
      const help = await run(argv);
      expect(help.code, argv.join(' ')).toBe(0);
      expect(help.stdout).toContain('plume report <fichier> [options]');
      expect(help.stdout).toContain('--out <fichier>');
      expect(help.stdout).not.toContain('plume check <fichiers');
    }
    expect((await run(['report', '--help', '--lang', 'en'])).stdout).toContain('plume report <file> [options]');
    expect((await run(['--help'])).stdout).toContain('plume report <fichier> [options]');
    expect((await run(['--help'], 'en')).stdout).toContain('plume report <file> [options]');
    expect((await run(['repor'])).stderr).toContain('Commande inconnue « repor ». Vouliez-vous dire « report » ?');
  });
});

describe('plume report, built (dist/cli.js through bin/plume.js)', () => {
  it('pipes the page to stdout and exits 0; writes --out and says where', () => {
    // npm test builds before the unit tests; a missing bundle is a real failure here.
    expect(existsSync(join(ROOT, 'dist', 'cli.js')), 'dist/cli.js missing: run npm run build').toBe(true);
    const piped = spawnSync(process.execPath, [join(ROOT, 'bin', 'plume.js'), 'report', join(dir, 'exemple.md')], { encoding: 'utf8', env: { ...process.env, LANG: 'fr_FR.UTF-8' } });
    expect(piped.status).toBe(0);
    expect(piped.stderr).toBe('');
    expect(piped.stdout.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true);
    expect(piped.stdout.endsWith('</html>\n')).toBe(true);
    // The stylesheet is bundled into the CLI: no file is read beside it.
    expect(piped.stdout).toContain(REPORT_CSS);
    const out = join(dir, 'construit.html');
    const written = spawnSync(process.execPath, [join(ROOT, 'bin', 'plume.js'), 'report', join(dir, 'exemple.md'), '--out', out, '--lang', 'en'], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    expect(written.status).toBe(0);
    expect(written.stdout).toBe(`SEO report written to ${out}.\n`);
    expect(readFileSync(out, 'utf8')).toContain('<html lang="en">');
    const missing = spawnSync(process.execPath, [join(ROOT, 'bin', 'plume.js'), 'report', join(dir, 'absent.md')], { encoding: 'utf8', env: { ...process.env, LANG: 'fr_FR.UTF-8' } });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('fichier introuvable');
  });
});
