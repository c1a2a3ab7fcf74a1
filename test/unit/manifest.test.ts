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
  it('translates every string Plume says in VS Code into French, and keeps no translation nobody uses', () => {
    const bundle = JSON.parse(read('l10n/bundle.l10n.fr.json')) as Record<string, string>;
    const sources = sourceFiles('src').map(read);
    const said = sources.flatMap((source) => [...source.matchAll(/\bsay\(\s*'((?:[^'\\]|\\.)*)'/g)].map((match) => match[1] as string));
    const counted = sources.flatMap((source) => [...source.matchAll(/\bsayCount\([^,]+,\s*'((?:[^'\\]|\\.)*)',\s*'((?:[^'\\]|\\.)*)'/g)].flatMap((match) => [match[1] as string, match[2] as string]));
    const used = new Set([...said, ...counted]);
    expect(used.size).toBeGreaterThan(40);
    for (const message of used) expect(bundle[message], `l10n/bundle.l10n.fr.json lacks: ${message}`).toBeTruthy();
    for (const message of Object.keys(bundle)) expect(used.has(message), `l10n/bundle.l10n.fr.json holds an unused text: ${message}`).toBe(true);
    // One mechanism: VS Code's own l10n would follow the display language, not plume.language.
    for (const source of sources) expect(source).not.toMatch(/vscode\.l10n\.t\(/);
  });
});
