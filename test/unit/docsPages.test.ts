// The check pages under docs/checks/ tell the truth: each one shows a flagged example that Plume
// really flags, its YAML is valid, and its table (severity, options, quick fix) matches the code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { analyzeArticle } from '../../src/core/analyzeArticle';
import type { OptionValue } from '../../src/core/checks/Check';
import { allChecks } from '../../src/core/checks/registry';
import { validateConfig } from '../../src/core/config/validateConfig';
import { quickFixesFor } from '../../src/core/fixes/quickFixesFor';
import type { ArticleOptions } from '../../src/core/markdown/ArticleDocument';
import { ArticleDocument } from '../../src/core/markdown/ArticleDocument';
import { SiteIndex, summarizeArticle } from '../../src/core/site/SiteIndex';

const ROOT = join(__dirname, '..', '..');
const EXAMPLE_HEADING = 'Exemple signalé';

interface FencedBlock {
  /** The info string after the opening fence (`markdown`, `yaml`, `json`…). */
  info: string;
  body: string;
  /** The `## ` heading the block sits under, outside any fence. */
  section: string | undefined;
  /** Whether the block comes before the `---` line that opens the English part. */
  french: boolean;
}

interface Page {
  id: string;
  blocks: FencedBlock[];
  /** Every `## ` heading outside fences, in the French part. */
  frenchSections: string[];
  /** Everything after the `---` line that opens the English part. */
  english: string;
  /** The table's rows: « Sévérité par défaut » → its cell. */
  rows: Map<string, string>;
}

/** Fence-aware reading of a page: an example's own `---` and `# Titre` lines are not the page's. */
function readPage(id: string): Page {
  const text = readFileSync(join(ROOT, 'docs', 'checks', `${id}.md`), 'utf8');
  const blocks: FencedBlock[] = [];
  const frenchSections: string[] = [];
  const rows = new Map<string, string>();
  let section: string | undefined;
  let french = true;
  let englishStart = text.length;
  let open: { fence: string; info: string; lines: string[] } | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (open) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (close?.[1] && close[1][0] === open.fence[0] && close[1].length >= open.fence.length) {
        blocks.push({ info: open.info, body: open.lines.length ? `${open.lines.join('\n')}\n` : '', section, french });
        open = undefined;
      } else {
        open.lines.push(line);
      }
      continue;
    }
    const fence = /^ {0,3}(`{3,}|~{3,})[ \t]*([^`\s]*)/.exec(line);
    if (fence?.[1]) {
      open = { fence: fence[1], info: fence[2] ?? '', lines: [] };
      continue;
    }
    if (french && /^---[ \t]*$/.test(line)) {
      french = false;
      englishStart = lineStart;
      continue;
    }
    const heading = /^##[ \t]+(.+?)[ \t]*$/.exec(line);
    if (heading?.[1]) {
      section = heading[1];
      if (french) frenchSections.push(section);
    }
    const row = /^\|([^|]+)\|(.*)\|[ \t]*$/.exec(line);
    if (french && row?.[1] && row[2] !== undefined) rows.set(row[1].trim(), row[2].trim());
  }
  if (open) throw new Error(`${id}: unclosed fence ${open.fence}${open.info}`);
  return { id, blocks, frenchSections, english: text.slice(englishStart), rows };
}

/** The ```markdown block of « ## Exemple signalé » (that it is the only block there is the first test's). */
function flaggedExample(page: Page): string {
  const example = page.blocks.find((block) => block.section === EXAMPLE_HEADING && block.info === 'markdown')?.body;
  if (!example?.trim()) throw new Error(`${page.id}: no \`\`\`markdown block under « ## ${EXAMPLE_HEADING} »`);
  return example;
}

/** The YAML inside a block, without the `---` fences of a front matter shown as such. */
function yamlInside(block: string): string {
  const framed = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*\r?\n?/m.exec(block);
  return framed && framed.index === 0 && block.slice(framed[0].length).trim() === '' ? (framed[1] ?? '') : block;
}

/** The front matter of a Markdown example, if it opens with one. */
function frontMatterOf(markdown: string): string | undefined {
  if (!/^---[ \t]*\n/.test(markdown)) return undefined;
  return /^---[ \t]*\n([\s\S]*?)^---[ \t]*$/m.exec(markdown)?.[1];
}

/**
 * A cell written for people: « 2 000 », « 2 000 » (narrow no-break space) and « 0,5 » read as
 * 2000 and 0.5, so numbers can be compared with the code's.
 */
function normalizeNumbers(cell: string): string {
  return cell.replace(/(\d)[ \u00a0\u202f\u2009]+(?=\d{3}(?!\d))/g, '$1').replace(/(\d),(?=\d)/g, '$1.');
}

/** What the options cell says of one option: the text after `` `key` `` up to the next option. */
function optionText(cell: string, key: string): string | undefined {
  const at = cell.indexOf(`\`${key}\``);
  if (at < 0) return undefined;
  const rest = cell.slice(at + key.length + 2);
  const next = rest.search(/;|`[A-Za-z]\w*`\s*:/);
  return next < 0 ? rest : rest.slice(0, next);
}

function mentionsValue(text: string, value: OptionValue): boolean {
  if (typeof value === 'number') {
    const first = /-?\d+(?:\.\d+)?/.exec(normalizeNumbers(text))?.[0];
    return first !== undefined && Number(first) === value;
  }
  return text.includes(String(value));
}

/**
 * A check between articles (needsSite) judges the example as `guides/marche-de-noel-colmar.md` of
 * a site where its neighbour `guides/marche-de-noel-strasbourg.md` is a copy of it, as the pages
 * tell: same keyphrase, title and description, and no link to it.
 */
function siteOptions(needsSite: boolean | undefined, example: string): ArticleOptions {
  if (!needsSite) return {};
  const path = 'guides/marche-de-noel-colmar.md';
  const site = new SiteIndex([path, 'guides/marche-de-noel-strasbourg.md'].map((name) => summarizeArticle(new ArticleDocument(example), name)));
  return { fileName: path, site };
}

describe('docs/checks pages', () => {
  describe.each(allChecks.map((check) => [check.id, check] as const))('%s', (id, check) => {
    // Read when a test runs, so that a missing page fails its tests rather than the whole file.
    let read: Page | undefined;
    const page = (): Page => (read ??= readPage(id));
    // A check that is off by default (title-length) shows what it flags once a team turns it on.
    const layers = check.defaultSeverity === 'off' ? [{ checks: { [id]: 'warning' as const } }] : [];

    it('has a « ## Exemple signalé » section, in French, with exactly one ```markdown block', () => {
      expect(page().frenchSections.filter((name) => name === EXAMPLE_HEADING), 'one « ## Exemple signalé » in the French part').toHaveLength(1);
      const inSection = page().blocks.filter((block) => block.section === EXAMPLE_HEADING);
      expect(inSection.map((block) => block.info)).toEqual(['markdown']);
      expect(inSection[0]?.french).toBe(true);
      expect(inSection[0]?.body.trim()).not.toBe('');
      expect(page().english, 'the English part says why the example is flagged').toMatch(/\*\*Flagged example\.\*\*/);
    });

    it('shows an example that Plume flags with this check, among all the checks', () => {
      const example = flaggedExample(page());
      const { findings, failures } = analyzeArticle(example, layers, undefined, siteOptions(check.needsSite, example));
      expect(failures).toEqual([]);
      expect(findings.map((finding) => finding.checkId)).toContain(id);
    });

    it('shows only valid YAML (front-matter-invalid’s flagged example excepted)', () => {
      const yamlBlocks = page().blocks.filter((block) => block.info === 'yaml' || block.info === 'yml');
      for (const block of yamlBlocks) {
        const yaml = yamlInside(block.body);
        expect(parseDocument(yaml).errors.map((error) => error.message), `${id}: ${block.body}`).toEqual([]);
        const asFrontMatter = `---\n${yaml}---\n\n# Titre\n`;
        expect(analyzeArticle(asFrontMatter).findings.filter((finding) => finding.checkId === 'front-matter-invalid'), `${id}: ${block.body}`).toEqual([]);
      }
      const example = flaggedExample(page());
      for (const block of page().blocks.filter((candidate) => candidate.info === 'markdown')) {
        if (id === 'front-matter-invalid' && block.body === example) continue;
        const invalid = analyzeArticle(block.body).findings.filter((finding) => finding.checkId === 'front-matter-invalid');
        expect(invalid.map((finding) => finding.message.en), `${id}: ${block.body}`).toEqual([]);
        const frontMatter = frontMatterOf(block.body);
        if (frontMatter !== undefined) expect(parseDocument(frontMatter).errors.map((error) => error.message), `${id}: ${block.body}`).toEqual([]);
      }
    });

    it('shows only settings that .plumerc.json accepts', () => {
      for (const block of page().blocks.filter((candidate) => candidate.info === 'json')) {
        const validation = validateConfig(JSON.parse(block.body) as unknown, allChecks);
        expect(validation.ok ? [] : validation.errors.map((error) => error.en), `${id}: ${block.body}`).toEqual([]);
      }
    });

    it('gives the default severity of the code', () => {
      const cell = page().rows.get('Sévérité par défaut');
      expect(cell, 'row « Sévérité par défaut »').toBeDefined();
      // The first severity named is the check's; a milder one may follow (the long sentences' hints).
      expect(/`([a-z]+)`/.exec(cell ?? '')?.[1]).toBe(check.defaultSeverity);
    });

    it('lists every default option with its value, or says « aucune »', () => {
      const cell = page().rows.get('Options');
      expect(cell, 'row « Options »').toBeDefined();
      const options = Object.entries(check.defaultOptions);
      if (options.length === 0) {
        expect(cell).toMatch(/^aucune\b/);
        return;
      }
      expect(cell).not.toMatch(/^aucune\b/);
      for (const [key, value] of options) {
        const said = optionText(cell ?? '', key);
        expect(said, `option \`${key}\` in « ${cell} »`).toBeDefined();
        expect(mentionsValue(said ?? '', value), `\`${key}\` : ${String(value)} in « ${cell} »`).toBe(true);
      }
    });

    it('says « aucun » as quick fix exactly when the check offers none on the example', () => {
      const cell = page().rows.get('Correctif rapide');
      expect(cell, 'row « Correctif rapide »').toBeDefined();
      const example = flaggedExample(page());
      const { doc, findings, settings } = analyzeArticle(example, layers, undefined, siteOptions(check.needsSite, example));
      const finding = findings.find((candidate) => candidate.checkId === id);
      expect(finding, 'a finding of this check on the example').toBeDefined();
      if (!finding) return;
      const fixes = quickFixesFor(doc, finding, settings);
      expect(/^aucun\b/.test(cell ?? ''), `« ${cell} » vs ${fixes.length} fix(es): ${fixes.map((fix) => fix.title.fr).join(' | ')}`).toBe(fixes.length === 0);
    });
  });
});
