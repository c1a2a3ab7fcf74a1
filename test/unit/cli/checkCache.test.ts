// The cache of `plume check --cache`: JSON lines whose analyses are read when asked for, entries
// of files outside the run kept, anything unreadable or foreign ignored.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckCache } from '../../../src/cli/CheckCache';
import type { CheckedFile } from '../../../src/core/analyzeForCheck';

const analysis = (title: string): CheckedFile => ({
  findings: [{ checkId: 'title-missing', severity: 'error', message: { fr: `Titre « ${title} »\ttab`, en: 'Title' }, range: { start: 0, end: 1 } }],
  positions: [{ line: 1, column: 1, endLine: 1, endColumn: 2 }],
  figures: { words: 3 } as CheckedFile['figures'],
  summary: { path: `/s/${title}.md`, anchors: [], linksTo: [] },
  subject: { path: `/s/${title}.md`, bodyStart: { start: 0, end: 1 }, anchors: [], links: [] },
  places: [0, 1, 1],
  failures: [],
} as CheckedFile);

describe('CheckCache', () => {
  it('gives back what a run stored, for the same hash and run only, and keeps the other files’ entries', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'plume-cache-unit-')), 'cache.json');
    const first = new CheckCache(file, '1.0.0');
    expect(first.analysis('/s/a.md', 'h1', 'k')).toBeUndefined();
    first.storeAnalysis('/s/a.md', 'h1', 'k', analysis('a'));
    first.storeAnalysis('/s/é.md', 'h2', 'k', analysis('é'));
    first.save();

    const second = new CheckCache(file, '1.0.0');
    expect(second.analysis('/s/a.md', 'h1', 'k')).toEqual(analysis('a'));
    expect(second.analysis('/s/é.md', 'h2', 'k')).toEqual(analysis('é'));
    expect(second.analysis('/s/a.md', 'other hash', 'k')).toBeUndefined();
    expect(second.analysis('/s/a.md', 'h1', 'other run')).toBeUndefined();
    // a.md changed; é.md is not part of this run: its entry stays.
    second.storeAnalysis('/s/a.md', 'h3', 'k', analysis('a2'));
    second.save();

    const third = new CheckCache(file, '1.0.0');
    expect(third.analysis('/s/a.md', 'h3', 'k')).toEqual(analysis('a2'));
    expect(third.analysis('/s/a.md', 'h1', 'k')).toBeUndefined();
    expect(third.analysis('/s/é.md', 'h2', 'k')).toEqual(analysis('é'));
    third.save(); // nothing stored: the file is left as it is
    expect(readFileSync(file, 'utf8').split('\n').filter((line) => line !== '')).toHaveLength(3);
  });

  it('reads an analysis from the file when asked, not at start', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'plume-cache-unit-')), 'cache.json');
    const first = new CheckCache(file, '1.0.0');
    first.storeAnalysis('/s/a.md', 'h1', 'k', analysis('a'));
    first.save();
    const second = new CheckCache(file, '1.0.0');
    // Same length, other text: what is read is what the file holds when it is asked for.
    writeFileSync(file, readFileSync(file, 'utf8').replace('Titre « a »', 'TITRE « A »'));
    expect(second.analysis('/s/a.md', 'h1', 'k')?.findings[0]?.message.fr).toBe('TITRE « A »\ttab');
  });

  it('starts afresh from a missing, broken, older-format or other-version file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plume-cache-unit-'));
    const file = join(dir, 'cache.json');
    const stored = new CheckCache(file, '1.0.0');
    stored.storeAnalysis('/s/a.md', 'h1', 'k', analysis('a'));
    stored.save();
    expect(new CheckCache(file, '2.0.0').analysis('/s/a.md', 'h1', 'k')).toBeUndefined();
    writeFileSync(file, JSON.stringify({ version: '1.0.0', format: 2, files: { '/s/a.md': { hash: 'h1', runKey: 'k', analysis: analysis('a') } } }));
    expect(new CheckCache(file, '1.0.0').analysis('/s/a.md', 'h1', 'k')).toBeUndefined();
    writeFileSync(file, '{ pas du json');
    const broken = new CheckCache(file, '1.0.0');
    expect(broken.analysis('/s/a.md', 'h1', 'k')).toBeUndefined();
    broken.storeAnalysis('/s/b.md', 'h', 'k', analysis('b'));
    broken.save();
    expect(new CheckCache(file, '1.0.0').analysis('/s/b.md', 'h', 'k')).toEqual(analysis('b'));
    expect(new CheckCache(join(dir, 'absent.json'), '1.0.0').analysis('/s/a.md', 'h1', 'k')).toBeUndefined();
  });
});
