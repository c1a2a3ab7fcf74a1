import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_NAMES } from '../../../src/core/checks/checkNames';
import { allChecks } from '../../../src/core/checks/registry';
import { readMarkers } from './fixtureMarkers';
import { FIXTURES, fixture, fixtureOptions, runCheck } from './runCheck';

const ROOT = join(__dirname, '..', '..', '..');

describe('check registry', () => {
  it('has distinct kebab-case ids', () => {
    const ids = allChecks.map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives each check a short name in French and English, the title of its docs page', () => {
    for (const check of allChecks) {
      const name = CHECK_NAMES[check.id];
      expect(name?.fr, check.id).toBeTruthy();
      expect(name?.en, check.id).toBeTruthy();
      expect(readFileSync(join(ROOT, 'docs', 'checks', `${check.id}.md`), 'utf8').split('\n')[0], check.id).toBe(`# ${check.id} — ${name?.fr}`);
    }
    expect(Object.keys(CHECK_NAMES).sort()).toEqual(allChecks.map((check) => check.id).sort());
  });

  it('names each module after its id', () => {
    for (const check of allChecks) {
      const source = readFileSync(join(ROOT, 'src', 'core', 'checks', `${check.id}.ts`), 'utf8');
      expect(source, check.id).toContain(`id: '${check.id}'`);
    }
  });

  describe.each(allChecks.map((check) => [check.id, check] as const))('%s', (id, check) => {
    it('has a docs page in French and English', () => {
      const page = join(ROOT, 'docs', 'checks', `${id}.md`);
      expect(existsSync(page), page).toBe(true);
      const text = readFileSync(page, 'utf8');
      expect(text).toContain(`# ${id}`);
      expect(text).toMatch(/Sévérité par défaut/);
      expect(text).toMatch(/English/);
    });

    it('has messages and a description in both languages', () => {
      expect(check.description.fr.length).toBeGreaterThan(10);
      expect(check.description.en.length).toBeGreaterThan(10);
      expect(check.description.fr).not.toBe(check.description.en);
    });

    it('speaks both languages on its failing fixture (positions: fixtures.test.ts)', () => {
      expect(existsSync(join(FIXTURES, 'checks', id, 'fail.md')), `${id}/fail.md`).toBe(true);
      const files = readdirSync(join(FIXTURES, 'checks', id)).filter((name) => name.endsWith('.md'));
      const failing = runCheck(id, readMarkers(fixture('checks', id, 'fail.md')).text, {}, undefined, fixtureOptions(id, files)('fail.md'));
      expect(failing.length).toBeGreaterThan(0);
      for (const finding of failing) expect(finding.message.fr).not.toBe(finding.message.en);
    });
  });
});
