import { describe, expect, it } from 'vitest';
import { covered, fixture, runCheck, sentence, words } from './runCheck';

const ID = 'transition-words';
// Sentences of 20 words: ten of them make the 200 words the check needs.
const plain = (n = 20): string => sentence(n);
const linked = (n = 20): string => `Cependant ${words(n - 1)}.`;
/** `withTransition` linked sentences then `without` plain ones, in one paragraph. */
const text = (withTransition: number, without: number, n = 20): string =>
  `${[...Array.from({ length: withTransition }, () => linked(n)), ...Array.from({ length: without }, () => plain(n))].join(' ')}\n`;

const severities = (source: string, options = {}): string[] => runCheck(ID, source, options).map((finding) => finding.severity);

describe(ID, () => {
  it('passes at exactly 30 % and reports 29.x % as information', () => {
    expect(runCheck(ID, text(3, 7))).toEqual([]);
    // 7 of 24: 29.2 %.
    const [finding] = runCheck(ID, text(7, 17));
    expect(finding?.severity).toBe('info');
    expect(finding?.data).toMatchObject({ share: 29.2, transitions: 7, sentences: 24, level: 'improve' });
  });

  it('reports exactly 20 % as information and 19.x % as the check’s warning', () => {
    expect(severities(text(2, 8))).toEqual(['info']);
    // 4 of 21: 19.0 %.
    const [finding] = runCheck(ID, text(4, 17));
    expect(finding?.severity).toBe('warning');
    expect(finding?.data).toMatchObject({ share: 19, transitions: 4, sentences: 21, level: 'problem' });
  });

  it('compares the share as shown, to one decimal: 62 of 207 (29.95 %) reads 30 % and passes', () => {
    const short = `${[...Array.from({ length: 62 }, () => 'Cependant mot.'), ...Array.from({ length: 145 }, () => 'Chat dort.')].join(' ')}\n`;
    expect(runCheck(ID, short)).toEqual([]);
    expect(runCheck(ID, short, { good: 30.1 })[0]?.data).toMatchObject({ share: 30, transitions: 62, sentences: 207 });
  });

  it('only scores texts of 200 words and more', () => {
    expect(runCheck(ID, `${sentence(199)}\n`)).toEqual([]);
    expect(severities(`${sentence(200)}\n`)).toEqual(['warning']);
    // Two sentences of ten words, none linked: the share is 0 %, but there are too few words to judge.
    expect(runCheck(ID, text(0, 2, 10))).toEqual([]);
  });

  it('says the share, the count and what to do, in French and English, on the first line of the body', () => {
    const source = `---\ntitle: Des phrases\n---\n\n# Des phrases\n\n${text(1, 9)}`;
    const [finding] = runCheck(ID, source);
    expect(covered(source, finding!)).toBe('# Des phrases');
    expect(finding?.message.fr).toBe('10 % des phrases contiennent un mot de liaison (1 sur 10) ; 30 % au moins recommandés. Reliez vos idées avec des mots comme « cependant », « par exemple », « donc » ou « ensuite ».');
    expect(finding?.message.en).toBe('10% of sentences hold a transition word (1 of 10); at least 30% recommended. Link your ideas with words such as “cependant” (however), “par exemple” (for example), “donc” (so) or “ensuite” (then).');
  });

  it('leaves headings out of the sentences it counts', () => {
    // Ten headings holding « cependant » would make 50 %: they are not the text's sentences.
    const headings = Array.from({ length: 10 }, (_, i) => `## Cependant ${i}`).join('\n\n');
    const [finding] = runCheck(ID, `${headings}\n\n${text(0, 10)}`);
    expect(finding?.data).toMatchObject({ transitions: 0, sentences: 10 });
  });

  it('takes its thresholds from a team configuration', () => {
    // 2 of 10 = 20 %: information by default, nothing with good: 20, a warning with problem: 25.
    expect(runCheck(ID, text(2, 8), { good: 20 })).toEqual([]);
    expect(severities(text(2, 8), { problem: 25 })).toEqual(['warning']);
    expect(runCheck(ID, text(2, 8), { good: 25 })[0]?.message.fr).toContain('25 % au moins recommandés');
    expect(runCheck(ID, text(0, 2, 10), { minWords: 20 })).toHaveLength(1);
    expect(runCheck(ID, text(0, 10), { minWords: 201 })).toEqual([]);
  });

  it('follows the configured severity for the problem zone, information staying information', () => {
    expect(runCheck(ID, text(0, 10), {}, 'error').map((finding) => finding.severity)).toEqual(['error']);
    expect(runCheck(ID, text(2, 8), {}, 'error').map((finding) => finding.severity)).toEqual(['info']);
    expect(runCheck(ID, text(0, 10), {}, 'off')).toEqual([]);
  });

  it('stays silent on an empty document, a front matter alone, or headings alone', () => {
    expect(runCheck(ID, '')).toEqual([]);
    expect(runCheck(ID, '---\ntitle: Seul\n---\n')).toEqual([]);
    expect(runCheck(ID, `# ${words(250)}\n`)).toEqual([]);
  });

  it('accepts its pass fixture', () => {
    expect(runCheck(ID, fixture('checks', ID, 'pass.md'))).toEqual([]);
  });

  it('rates the example article as to improve: 8 of its 27 sentences are linked (29.6 %)', () => {
    // Read by hand, one paragraph of 27 sentences (« Karabakh. » is one): the linked ones hold
    // « néanmoins », « mais » (three sentences), « également », « auparavant », « après que » and
    // « car »: 8 of 27, just under 30 %, above 20 %.
    const [finding, ...others] = runCheck(ID, fixture('example', 'article-blinken-azerbaidjan.txt'));
    expect(others).toEqual([]);
    expect(finding?.severity).toBe('info');
    expect(finding?.data).toMatchObject({ share: 29.6, transitions: 8, sentences: 27 });
  });
});
