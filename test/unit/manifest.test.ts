// The manifest and the runtime strings exist in English and French.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(join(ROOT, path)).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('manifest', () => {
  const manifest = JSON.parse(read('package.json'));
  const english = JSON.parse(read('package.nls.json'));
  const french = JSON.parse(read('package.nls.fr.json'));

  it('is the extension the issue describes', () => {
    expect(manifest.name).toBe('plume-seo');
    expect(manifest.displayName).toBe('Plume — SEO en français');
    expect(manifest.engines.vscode).toBe('^1.100.0');
    expect(manifest.main).toBe('./dist/extension.js');
    expect(manifest.license).toBe('MIT');
  });

  it('has an English and a French text for every %placeholder%', () => {
    const keys = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((match) => match[1] as string);
    expect(keys.length).toBeGreaterThan(5);
    for (const key of keys) {
      expect(english[key], `package.nls.json: ${key}`).toBeTruthy();
      expect(french[key], `package.nls.fr.json: ${key}`).toBeTruthy();
    }
    expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort());
  });

  it('keeps @types/vscode no newer than engines.vscode', () => {
    const types = JSON.parse(read('node_modules/@types/vscode/package.json')).version as string;
    expect(types.startsWith('1.100.')).toBe(true);
  });
});

describe('runtime strings', () => {
  it('translates every vscode.l10n.t() string into French', () => {
    const bundle = JSON.parse(read('l10n/bundle.l10n.fr.json'));
    const used = sourceFiles('src').flatMap((file) => [...read(file).matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((match) => match[1] as string));
    expect(used.length).toBeGreaterThan(5);
    for (const message of used) expect(bundle[message], `l10n/bundle.l10n.fr.json lacks: ${message}`).toBeTruthy();
  });
});
