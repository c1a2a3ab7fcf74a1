import { describe, expect, it } from 'vitest';
import { defineCheck } from '../../../src/core/checks/Check';
import type { CheckDefinition, CheckFamily, CheckOptions, Finding, Severity, SeveritySetting } from '../../../src/core/checks/Check';
import type { PlumeConfig } from '../../../src/core/config/PlumeConfig';
import { resolveSettings } from '../../../src/core/config/resolveSettings';
import { LIGHT_SCORE, lightOfScore, lightOfSeverity, reportSections } from '../../../src/core/report/reportSections';

// Checks of the report's own making: only what reportSections reads (id, family, title, passed,
// default severity, needsKeyphrase); they never run.
function check(id: string, family: CheckFamily = 'seo', options: { severity?: SeveritySetting; needsKeyphrase?: boolean } = {}): CheckDefinition<CheckOptions> {
  return defineCheck({
    id,
    title: { fr: `Titre ${id}`, en: `Title ${id}` },
    family,
    description: { fr: `Description ${id}`, en: `Description ${id}` },
    passed: { fr: `${id} : rien à signaler.`, en: `${id}: nothing to report.` },
    defaultSeverity: options.severity ?? 'warning',
    defaultOptions: {},
    ...(options.needsKeyphrase ? { needsKeyphrase: true } : {}),
    run: () => undefined,
  }) as CheckDefinition<CheckOptions>;
}

let offset = 0;
function finding(checkId: string, severity: Severity, withFix = false): Finding {
  offset += 10;
  return { checkId, severity, message: { fr: `${checkId} ${severity} (fr)`, en: `${checkId} ${severity} (en)` }, range: { start: offset, end: offset + 5 }, ...(withFix ? { fix: { kind: 'test' } } : {}) };
}

function sections(checks: CheckDefinition<CheckOptions>[], findings: Finding[], { hasKeyphrase = true, config }: { hasKeyphrase?: boolean; config?: PlumeConfig } = {}) {
  return reportSections({ checks, settings: resolveSettings(checks, [config]), findings, hasKeyphrase });
}

describe('reportSections: one line per check', () => {
  it('makes a check with no finding good, with its « passed » sentence and nowhere to go', () => {
    const { sections: [seo] } = sections([check('a')], []);
    expect(seo?.lines).toEqual([{ checkId: 'a', title: { fr: 'Titre a', en: 'Title a' }, light: 'good', message: { fr: 'a : rien à signaler.', en: 'a: nothing to report.' }, findings: [], fixable: false, docs: 'docs/checks/a.md' }]);
  });

  it('makes errors and warnings problems, information to improve, with the finding’s message and range', () => {
    const findings = [finding('e', 'error', true), finding('w', 'warning'), finding('i', 'info')];
    const { sections: [seo] } = sections([check('e'), check('w'), check('i')], findings);
    const line = (id: string) => seo?.lines.find((candidate) => candidate.checkId === id);
    expect(line('e')).toMatchObject({ light: 'problem', message: findings[0]?.message, range: findings[0]?.range, findings: [0], fixable: true });
    expect(line('w')).toMatchObject({ light: 'problem', message: findings[1]?.message, range: findings[1]?.range, findings: [1], fixable: false });
    expect(line('i')).toMatchObject({ light: 'improve', message: findings[2]?.message, findings: [2] });
    expect(lightOfSeverity('error')).toBe('problem');
    expect(lightOfSeverity('warning')).toBe('problem');
    expect(lightOfSeverity('info')).toBe('improve');
    expect(lightOfSeverity('hint')).toBe('improve');
  });

  it('keeps a check with hints only good: a hint never decides a light', () => {
    const findings = [finding('long', 'hint'), finding('long', 'hint')];
    const { sections: [, readability] } = sections([check('long', 'readability')], findings);
    expect(readability?.lines[0]).toMatchObject({ light: 'good', message: { fr: 'long : rien à signaler.' }, findings: [0, 1] });
    expect(readability?.score).toBe(100);
  });

  it('takes the most severe finding of a check first, whatever their order', () => {
    const findings = [finding('s', 'hint'), finding('s', 'info'), finding('s', 'warning'), finding('s', 'info')];
    const { sections: [seo] } = sections([check('s')], findings);
    expect(seo?.lines[0]).toMatchObject({ light: 'problem', message: findings[2]?.message, range: findings[2]?.range, findings: [2, 1, 3, 0] });
  });

  it('lists problems first, then lines to improve, then good ones, each in the registry’s order', () => {
    const checks = ['g1', 'i1', 'p1', 'g2', 'p2', 'i2'].map((id) => check(id));
    const findings = [finding('i1', 'info'), finding('p1', 'error'), finding('p2', 'warning'), finding('i2', 'info')];
    const { sections: [seo] } = sections(checks, findings);
    expect(seo?.lines.map((line) => line.checkId)).toEqual(['p1', 'p2', 'i1', 'i2', 'g1', 'g2']);
  });

  it('splits the lines by family', () => {
    const { sections: [seo, readability] } = sections([check('s1'), check('r1', 'readability'), check('s2')], []);
    expect(seo?.id).toBe('seo');
    expect(seo?.title).toEqual({ fr: 'SEO', en: 'SEO' });
    expect(seo?.lines.map((line) => line.checkId)).toEqual(['s1', 's2']);
    expect(readability?.id).toBe('readability');
    expect(readability?.title).toEqual({ fr: 'Lisibilité', en: 'Readability' });
    expect(readability?.lines.map((line) => line.checkId)).toEqual(['r1']);
  });

  it('omits checks that are off, by default or by the team’s configuration', () => {
    const checks = [check('on'), check('off-by-default', 'seo', { severity: 'off' }), check('turned-off')];
    const { sections: [seo], waitingForKeyphrase } = sections(checks, [], { config: { checks: { 'turned-off': 'off' } } });
    expect(seo?.lines.map((line) => line.checkId)).toEqual(['on']);
    expect(waitingForKeyphrase).toBe(0);
    // Turned on by the team, a check that is off by default has its line.
    const turnedOn = sections(checks, [], { config: { checks: { 'off-by-default': 'info' } } });
    expect(turnedOn.sections[0]?.lines.map((line) => line.checkId)).toEqual(['on', 'off-by-default', 'turned-off']);
  });

  it('counts the keyphrase checks as waiting when there is no keyphrase, and lists them when there is one', () => {
    const checks = [check('k1', 'seo', { needsKeyphrase: true }), check('k2', 'seo', { needsKeyphrase: true }), check('k-off', 'seo', { needsKeyphrase: true, severity: 'off' }), check('plain')];
    const without = sections(checks, [], { hasKeyphrase: false });
    expect(without.waitingForKeyphrase).toBe(2);
    expect(without.sections[0]?.lines.map((line) => line.checkId)).toEqual(['plain']);
    const withKeyphrase = sections(checks, [], { hasKeyphrase: true });
    expect(withKeyphrase.waitingForKeyphrase).toBe(0);
    expect(withKeyphrase.sections[0]?.lines.map((line) => line.checkId)).toEqual(['k1', 'k2', 'plain']);
  });
});

describe('reportSections: Yoast SEO’s scores', () => {
  it('scores 9, 6 and 3 per light', () => {
    expect(LIGHT_SCORE).toEqual({ good: 9, improve: 6, problem: 3 });
  });

  it('gives 100 when every line is good', () => {
    const { sections: [seo] } = sections([check('a'), check('b'), check('c')], []);
    expect(seo).toMatchObject({ score: 100, light: 'good' });
  });

  it('computes a mix as the sum over 9 per line, in %, rounded', () => {
    // 2 good + 1 problem: (9 + 9 + 3) / 27 = 77.8 % → 78, over 70: good.
    const mixed = sections([check('a'), check('b'), check('c')], [finding('c', 'error')]);
    expect(mixed.sections[0]).toMatchObject({ score: 78, light: 'good' });
    // 1 good + 1 to improve + 2 problems: (9 + 6 + 3 + 3) / 36 = 58.3 % → 58, over 40: to improve.
    const improve = sections([check('a'), check('b'), check('c'), check('d')], [finding('b', 'info'), finding('c', 'warning'), finding('d', 'error')]);
    expect(improve.sections[0]).toMatchObject({ score: 58, light: 'improve' });
    // 3 problems: 9 / 27 = 33.3 % → 33: a problem.
    const bad = sections([check('a'), check('b'), check('c')], [finding('a', 'error'), finding('b', 'error'), finding('c', 'warning')]);
    expect(bad.sections[0]).toMatchObject({ score: 33, light: 'problem' });
    // 1 to improve + 1 problem: (6 + 3) / 18 = 50 %.
    expect(sections([check('a'), check('b')], [finding('a', 'info'), finding('b', 'error')]).sections[0]?.score).toBe(50);
  });

  it('rates a score as Yoast SEO does: over 70 good, over 40 to improve', () => {
    expect([100, 71, 70, 41, 40, 0].map(lightOfScore)).toEqual(['good', 'good', 'improve', 'improve', 'problem', 'problem']);
  });

  it('gives no score and no light to a section without a line', () => {
    const { sections: [seo, readability] } = sections([check('a')], []);
    expect(seo?.score).toBe(100);
    expect(readability).toMatchObject({ score: null, light: null, lines: [] });
    const waiting = sections([check('k', 'seo', { needsKeyphrase: true })], [], { hasKeyphrase: false });
    expect(waiting.sections[0]).toMatchObject({ score: null, light: null, lines: [] });
  });
});
