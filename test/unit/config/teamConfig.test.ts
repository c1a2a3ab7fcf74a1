// A team's .plumerc.json changes what every part of Plume says and demands, the same way: the
// checks' messages, the quick fixes' drafts, the rewrite's prompt and its validation, in the CLI
// (here) and in VS Code (test/integration/diagnostics.test.ts and rewrite.test.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import type { PlumeConfig } from '../../../src/core/config/PlumeConfig';
import { runCli } from '../../../src/cli/runCli';
import { resolveConfig } from '../../../src/core/config/resolveConfig';
import type { FakeOpenAI } from '../../fakes/fakeOpenAI';
import { startFakeOpenAI } from '../../fakes/fakeOpenAI';
import { fixture } from '../checks/runCheck';

const TEAM = { language: 'en', minWords: 900, checks: { 'meta-description-length': { min: 100, max: 140 }, 'title-length': { max: 55 } } } as const;
const EXAMPLE = fixture('example', 'article-blinken-azerbaidjan.txt');
// 879 words, a 55-character title and a 142-character description: it passes the defaults, and
// fails the team's 900 words and 140 characters.
const FAITHFUL = fixture('rewrite', 'faithful.md');

describe('resolveConfig: one resolver, layers lowest precedence first', () => {
  it('gives the checks\' defaults without configuration', () => {
    const config = resolveConfig([]);
    expect(config.minWords).toBe(700);
    expect(config.language).toBe('fr');
    expect(config.limits).toEqual({ titleMax: 60, titleMaxPx: 600, descriptionMin: 120, descriptionMax: 156, sectionMax: 300, paragraphMax: 150, sentenceMax: 20, keyphraseSubheadingsMin: 30, keyphraseSubheadingsMax: 75, keyphraseDensityMin: 0.5, keyphraseDensityMax: 3 });
  });

  it('turns a team file into the limits, the minimum and the language', () => {
    const config = resolveConfig([TEAM]);
    expect(config.minWords).toBe(900);
    expect(config.language).toBe('en');
    expect(config.limits).toMatchObject({ titleMax: 55, descriptionMin: 100, descriptionMax: 140 });
    expect(config.settings.get('title-length')?.options).toEqual({ max: 55 });
  });

  it('VS Code: the settings first, then .plumerc.json, which wins', () => {
    const settings = { minWords: 700, checks: { 'title-length': { max: 70 } } };
    const config = resolveConfig([settings, TEAM], 'fr');
    expect(config.minWords).toBe(900);
    expect(config.limits.titleMax).toBe(55);
    // A setting the team file does not touch still applies.
    expect(resolveConfig([{ checks: { 'section-too-long': { max: 250 } } }, TEAM]).limits.sectionMax).toBe(250);
  });

  it('CLI: .plumerc.json first, then the flags, which win', () => {
    expect(resolveConfig([TEAM, { minWords: 1200 }]).minWords).toBe(1200);
    expect(resolveConfig([TEAM, undefined]).minWords).toBe(900);
  });

  it('within one layer, checks["word-count-min"].min wins over minWords; a later minWords wins over both', () => {
    expect(resolveConfig([{ minWords: 900, checks: { 'word-count-min': { min: 1000 } } }]).minWords).toBe(1000);
    expect(resolveConfig([{ checks: { 'word-count-min': { min: 1000 } } }, { minWords: 800 }]).minWords).toBe(800);
  });

  it('gives a team\'s synonyms to the keyphrase checks, whatever the keyphrase\'s spelling', () => {
    const article = '---\ntitle: "Artsakh : la paix signée"\nkeyphrase: Haut-Karabakh\n---\n\nLe texte.\n';
    const ids = (layers: PlumeConfig[]) => analyzeArticle(article, layers).findings.map((finding) => finding.checkId);
    expect(ids([])).toContain('keyphrase-in-title');
    expect(ids([{ synonyms: { 'haut karabakh': ['Artsakh'] } }])).not.toContain('keyphrase-in-title');
  });

  it('gives the synonyms of each keyphrase, a later layer\'s list replacing an earlier one\'s', () => {
    expect(resolveConfig([]).synonyms).toEqual({});
    const config = resolveConfig([{ synonyms: { 'Haut-Karabakh': ['Artsakh'], Bakou: ['Baku'] } }, { synonyms: { 'Haut-Karabakh': ['Nagorno-Karabakh', 'Artsakh'] } }]);
    expect(config.synonyms).toEqual({ 'Haut-Karabakh': ['Nagorno-Karabakh', 'Artsakh'], Bakou: ['Baku'] });
    expect(Object.keys(resolveConfig([JSON.parse('{ "synonyms": { "__proto__": ["x"] } }')]).synonyms)).toEqual(['__proto__']);
  });

  it('the language is the last layer that names one, else the front end\'s', () => {
    expect(resolveConfig([{ language: 'en' }, { minWords: 5 }], 'fr').language).toBe('en');
    expect(resolveConfig([{ language: 'en' }, { language: 'fr' }], 'en').language).toBe('fr');
    expect(resolveConfig([{ minWords: 5 }], 'en').language).toBe('en');
  });
});

describe('the CLI with a team .plumerc.json', () => {
  let fake: FakeOpenAI;
  let dir: string;
  let article: string;
  let rewrite: string;
  beforeAll(async () => {
    fake = await startFakeOpenAI();
    dir = mkdtempSync(join(tmpdir(), 'plume-team-'));
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, '.plumerc.json'), JSON.stringify(TEAM));
    article = join(dir, 'articles', 'exemple.md');
    rewrite = join(dir, 'articles', 'propose.md');
    writeFileSync(article, EXAMPLE);
    writeFileSync(rewrite, FAITHFUL);
  });
  afterAll(() => fake.close());

  async function run(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) }, 'fr', { OPENAI_BASE_URL: fake.baseURL, OPENAI_API_KEY: 'sk-test' });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  }

  it('plume check speaks English and gives the team\'s numbers', async () => {
    const { stdout } = await run(['check', article]);
    expect(stdout).toContain('Add a 100–140 character summary');
    expect(stdout).toContain('at least 900');
    expect(stdout).not.toContain('120–156');
  });

  it('plume rewrite asks the model for the team\'s limits and holds the proposal to them, in English', async () => {
    fake.script([{ answer: FAITHFUL }]);
    const { code, stderr } = await run(['rewrite', article, '--max-repairs', '0', '--out', join(dir, 'out.md')]);
    const prompt = (fake.requests.at(-1)?.body.messages as { content: string }[]).map((message) => message.content).join('\n');
    expect(prompt).toContain('title (55 caractères au plus)');
    expect(prompt).toContain('méta-description de 100 à 140 caractères');
    expect(prompt).toContain('au moins 900 mots');
    // The same faithful proposal that passes the defaults fails the team's 140 characters.
    expect(code).toBe(1);
    expect(stderr).toContain('Meta description of 142 characters (100 to 140)');
    // Its title, 55 characters and 515 px (514.7, rounded up), meets both the team's 55 characters and title-width's 600 px.
    expect(stderr).toContain('SEO title of 55 characters, 515 px wide (at most 55 characters and 600 px)');
    expect(stderr).toContain('✗ 879 words; at least 900');
  });

  it('plume rewrite states the team\'s keyphrase targets', async () => {
    const dense = join(dir, 'articles', '.plumerc.json');
    writeFileSync(dense, JSON.stringify({ checks: { 'keyphrase-density': { min: 1, max: 2.5 }, 'keyphrase-in-subheadings': { minShare: 50, maxShare: 80 } } }));
    try {
      fake.script([{ answer: FAITHFUL }]);
      await run(['rewrite', article, '--keyphrase', 'Haut-Karabakh', '--max-repairs', '0', '--out', join(dir, 'out2.md')]);
      const prompt = (fake.requests.at(-1)?.body.messages as { content: string }[]).map((message) => message.content).join('\n');
      expect(prompt).toContain('et 50 à 80 % des intertitres ; densité de 1 à 2,5 % du texte');
    } finally {
      rmSync(dense);
    }
  });

  it('plume verify judges the same way, and --lang still wins over the team\'s language', async () => {
    const english = await run(['verify', article, rewrite]);
    expect(english.code).toBe(1);
    expect(english.stdout).toContain('Meta description of 142 characters (100 to 140)');
    const french = await run(['verify', article, rewrite, '--lang', 'fr']);
    expect(french.stdout).toContain('Méta-description de 142 caractères (100 à 140)');
    expect(french.stdout).toContain('900 au minimum');
  });

  it('--min-words still wins over the team\'s minWords', async () => {
    const { stdout } = await run(['verify', article, rewrite, '--min-words', '1200']);
    expect(stdout).toContain('at least 1200');
  });

  it('a broken .plumerc.json stops rewrite and verify with the key at fault, before connecting', async () => {
    const broken = join(dir, 'broken');
    mkdirSync(broken);
    writeFileSync(join(broken, '.plumerc.json'), JSON.stringify({ checks: { 'title-length': { mx: 55 } } }));
    writeFileSync(join(broken, 'a.md'), EXAMPLE);
    const before = fake.requests.length;
    const rewriting = await run(['rewrite', join(broken, 'a.md')]);
    expect(rewriting.code).toBe(2);
    expect(rewriting.stderr).toContain('« checks.title-length.mx »');
    expect(fake.requests.length).toBe(before);
    const verifying = await run(['verify', join(broken, 'a.md'), rewrite]);
    expect(verifying.code).toBe(2);
    expect(verifying.stderr).toContain('« max »');
  });
});
