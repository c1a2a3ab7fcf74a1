// The workspace index's store between VS Code sessions, over a fake file (the extension's storage).
import { describe, expect, it } from 'vitest';
import type { SiteEntry } from '../../../src/core/site/SiteEntry';
import { SummaryStore } from '../../../src/vscode/site/SummaryStore';
import type { StoreFile } from '../../../src/vscode/site/SummaryStore';

/** A file in memory; `writes` counts the writes. */
function fakeFile(initial?: string): StoreFile & { text: () => string | undefined; writes: number } {
  let bytes: Uint8Array | undefined = initial === undefined ? undefined : new TextEncoder().encode(initial);
  const file = {
    writes: 0,
    text: () => (bytes ? new TextDecoder().decode(bytes) : undefined),
    read: async () => bytes,
    write: async (next: Uint8Array) => {
      bytes = next;
      file.writes++;
    },
  };
  return file;
}

/** An article's entry as the worker gives it: its summary, its subject and the places of the subject's offsets. */
const summary = (path: string, title = 'Les trains de nuit'): SiteEntry => ({
  summary: { path, title, anchors: ['le-plan'], linksTo: ['/site/b.md'] },
  subject: { path, title: { text: title, range: { start: 11, end: 29 } }, bodyStart: { start: 34, end: 34 }, anchors: ['le-plan'], links: [{ path: '/site/b.md', range: { start: 50, end: 70 } }] },
  places: [11, 2, 8, 29, 2, 26, 34, 5, 1, 50, 7, 1, 70, 7, 21],
});

function storeOf(file: StoreFile, version = '0.1.0') {
  const lines: string[] = [];
  return { store: new SummaryStore(file, version, (line) => lines.push(line)), lines };
}

describe('SummaryStore', () => {
  it('starts empty without a file, and says nothing', async () => {
    const { store, lines } = storeOf(fakeFile());
    expect(await store.load()).toBe(0);
    expect(lines).toEqual([]);
  });

  it('gives back a summary written in an earlier session, for the same content only', async () => {
    const file = fakeFile();
    const first = storeOf(file).store;
    first.set('file:///site/a.md', 'hash-a', summary('/site/a.md'));
    first.set('file:///site/b.md', 'hash-b', summary('/site/b.md', 'Autre'));
    expect(await first.save()).toBe(true);
    // Nothing changed since: no second write.
    expect(await first.save()).toBe(false);
    expect(file.writes).toBe(1);

    const { store: second, lines } = storeOf(file);
    expect(await second.load()).toBe(2);
    expect(second.get('file:///site/a.md', 'hash-a')).toEqual(summary('/site/a.md'));
    expect(second.get('file:///site/a.md', 'another content')).toBeUndefined();
    expect(second.get('file:///site/c.md', 'hash-a')).toBeUndefined();
    expect(lines).toEqual([]);
  });

  it('writes one line per article after a header naming the format and the version', async () => {
    const file = fakeFile();
    const { store } = storeOf(file);
    store.set('file:///site/a.md', 'h', summary('/site/a.md'));
    await store.save();
    const lines = (file.text() ?? '').trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0] ?? '')).toEqual({ format: 'plume-workspace-index', formatVersion: 2, version: '0.1.0' });
    expect(JSON.parse(lines[1] ?? '')).toMatchObject({ key: 'file:///site/a.md', hash: 'h' });
  });

  it('ignores the store of another Plume version, with one log line', async () => {
    const file = fakeFile();
    const old = storeOf(file, '0.0.9').store;
    old.set('file:///site/a.md', 'h', summary('/site/a.md'));
    await old.save();
    const { store, lines } = storeOf(file, '0.1.0');
    expect(await store.load()).toBe(0);
    expect(store.get('file:///site/a.md', 'h')).toBeUndefined();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/from Plume 0\.0\.9, not 0\.1\.0: ignored/);
  });

  it.each([
    ['not JSON', '{"format": "plume-workspace-ind'],
    ['another program’s JSON', '{"files": {}}\n'],
    ['a summary line cut short', '{"format":"plume-workspace-index","formatVersion":2,"version":"0.1.0"}\n{"key":"file:///a.md","hash":"h","summ'],
    ['a line that is no summary', '{"format":"plume-workspace-index","formatVersion":2,"version":"0.1.0"}\n{"key":"file:///a.md","hash":"h","summary":{"path":"/a.md"}}\n'],
    ['a summary without its subject (the format before 2)', '{"format":"plume-workspace-index","formatVersion":2,"version":"0.1.0"}\n{"key":"file:///a.md","hash":"h","summary":{"path":"/a.md","anchors":[],"linksTo":[]}}\n'],
    ['the format before 2', '{"format":"plume-workspace-index","formatVersion":1,"version":"0.1.0"}\n{"key":"file:///a.md","hash":"h","summary":{"path":"/a.md","anchors":[],"linksTo":[]}}\n'],
  ])('ignores a corrupt or foreign file (%s), with one log line', async (_case, text) => {
    const { store, lines } = storeOf(fakeFile(text));
    expect(await store.load()).toBe(0);
    expect(store.size).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^workspace index: the stored index is not readable .*ignored/);
  });

  it('a file that cannot be read is an empty store, with one log line', async () => {
    const lines: string[] = [];
    const store = new SummaryStore({ read: () => Promise.reject(new Error('EACCES')), write: async () => undefined }, '0.1.0', (line) => lines.push(line));
    expect(await store.load()).toBe(0);
    expect(lines).toEqual([expect.stringMatching(/could not be read \(EACCES\)/)]);
  });

  it('overwrites a corrupt file on the next save', async () => {
    const file = fakeFile('garbage');
    const { store } = storeOf(file);
    await store.load();
    store.set('file:///site/a.md', 'h', summary('/site/a.md'));
    await store.save();
    const { store: again } = storeOf(file);
    expect(await again.load()).toBe(1);
  });

  it('forgets deleted files, and those a whole build did not find', async () => {
    const file = fakeFile();
    const { store } = storeOf(file);
    for (const name of ['a', 'b', 'c']) store.set(`file:///site/${name}.md`, name, summary(`/site/${name}.md`));
    store.delete('file:///site/a.md');
    store.retain(new Set(['file:///site/b.md']));
    await store.save();
    const { store: again } = storeOf(file);
    expect(await again.load()).toBe(1);
    expect(again.get('file:///site/b.md', 'b')).toBeDefined();
  });

  it('keeps the write for later when it fails, and says so', async () => {
    let fail = true;
    const lines: string[] = [];
    const store = new SummaryStore({ read: async () => undefined, write: async () => { if (fail) throw new Error('disk full'); } }, '0.1.0', (line) => lines.push(line));
    store.set('file:///site/a.md', 'h', summary('/site/a.md'));
    expect(await store.save()).toBe(false);
    expect(lines).toEqual([expect.stringMatching(/could not be stored \(disk full\)/)]);
    fail = false;
    expect(await store.save()).toBe(true);
  });
});
