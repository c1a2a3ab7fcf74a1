import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { covered, fixture, runCheck } from './runCheck';

const ID = 'keyphrase-distribution';
const WITH = 'Le vélo électrique monte la côte sans effort.';
const WITHOUT = 'La route grimpe encore vers le col.';

/** One paragraph of `total` sentences, the keyphrase's in the sentences at `hits` (0-based). */
function body(total: number, hits: readonly number[], withKeyphrase = WITH): string {
  return Array.from({ length: total }, (_, i) => (hits.includes(i) ? withKeyphrase : WITHOUT)).join(' ');
}
const text = (total: number, hits: readonly number[], frontMatter = 'keyphrase: vélo électrique', withKeyphrase = WITH): string =>
  `---\n${frontMatter}\n---\n\n${body(total, hits, withKeyphrase)}\n`;
const judged = (findings: ReturnType<typeof runCheck>) => findings.map((finding) => `${finding.severity}:${String(finding.data?.gap)}`);

describe(ID, () => {
  it('accepts a largest gap of 30 % of the sentences, gives a notice over it up to 50 %, a warning over 50 %', () => {
    // 20 sentences: gaps of 6 (30 %), 7 (35 %), 10 (50 %) and 11 (55 %).
    expect(runCheck(ID, text(20, [0, 7, 14, 19]))).toEqual([]);
    expect(judged(runCheck(ID, text(20, [0, 8, 14, 19])))).toEqual(['info:7']);
    expect(judged(runCheck(ID, text(20, [0, 11, 19])))).toEqual(['info:10']);
    expect(judged(runCheck(ID, text(20, [0, 12, 19])))).toEqual(['warning:11']);
  });

  it('counts the stretch before the first occurrence and after the last', () => {
    // Only in the first sentence: the 19 after it, 95 %.
    const tail = text(20, [0]);
    const [end] = runCheck(ID, tail);
    expect(end?.data).toMatchObject({ gap: 19, sentences: 20, occurrences: 1 });
    expect(end && covered(tail, end)).toBe(WITHOUT);
    expect(end?.message.fr).toContain('jusqu’à la fin du texte');
    // Only from the 11th sentence on: the 10 before it, 50 %, sit on the first sentence.
    const head = text(20, [10, 15, 19]);
    const [start] = runCheck(ID, head);
    expect(start?.severity).toBe('info');
    expect(start?.range.start).toBe(head.indexOf(WITHOUT));
    expect(start?.message.en).toContain('from the start of the text');
  });

  it('sits on the first sentence of the largest gap and names its length and share, in French and English', () => {
    const article = text(16, [0, 1, 14]);
    const [finding, ...rest] = runCheck(ID, article);
    expect(rest).toEqual([]);
    // The gap starts at the 3rd sentence: after « WITH WITH ».
    expect(finding?.range.start).toBe(article.indexOf(WITHOUT));
    expect(finding?.message.fr).toBe('12 phrases de suite, à partir de cette phrase, sans l’expression clé « vélo électrique » : 75 % des 16 phrases du texte ; 30 % au plus recommandés. Reprenez-la dans ce passage, là où il parle du sujet, pour qu’elle revienne tout au long du texte.');
    expect(finding?.message.en).toBe('12 sentences in a row, from this sentence on, without the keyphrase “vélo électrique”: 75% of the text\'s 16 sentences; at most 30% recommended. Use it again in this passage, where it deals with the topic, so that it comes back all through the text.');
    expect(finding?.data).toMatchObject({ gap: 12, sentences: 16, share: 75, occurrences: 3, good: 30, problem: 50 });
  });

  it('rounds a share up in the message, so that it never reads as the limit', () => {
    // 31 sentences, a gap of 10: 32.26 %, shown 32,3 %.
    const [finding] = runCheck(ID, text(31, [0, 11, 22, 30]));
    expect(finding?.message.fr).toContain('32,3 % des 31 phrases');
  });

  it('only judges texts of 15 prose sentences and more', () => {
    expect(runCheck(ID, text(14, [0]))).toEqual([]);
    expect(judged(runCheck(ID, text(15, [0])))).toEqual(['warning:14']);
    // Headings are no sentences of the prose: 14 sentences and a heading are still too few.
    const headed = `---\nkeyphrase: vélo électrique\n---\n\n## Un intertitre\n\n${body(14, [0])}\n`;
    expect(runCheck(ID, headed)).toEqual([]);
  });

  it('stays silent when the keyphrase never occurs: keyphrase-density says so', () => {
    expect(runCheck(ID, text(20, []))).toEqual([]);
    // Nor does a heading count as an occurrence.
    const inHeadingOnly = `---\nkeyphrase: vélo électrique\n---\n\n## Le vélo électrique\n\n${body(20, [])}\n`;
    expect(runCheck(ID, inHeadingOnly)).toEqual([]);
  });

  it('counts synonyms and word forms: « élection présidentielle » in « les élections présidentielles »', () => {
    expect(runCheck(ID, text(20, [0, 7, 14, 19], 'keyphrase: élection présidentielle', 'Les élections présidentielles approchent vite.'))).toEqual([]);
    const synonyms = 'keyphrase: vélo électrique\nkeyphrase_synonyms: [VAE]';
    const mixed = `---\n${synonyms}\n---\n\n${[WITH, ...Array.from({ length: 19 }, (_, i) => ([7, 14, 19].includes(i + 1) ? 'Un VAE passe sans bruit.' : WITHOUT))].join(' ')}\n`;
    expect(runCheck(ID, mixed)).toEqual([]);
    const [finding] = runCheck(ID, text(20, [0], synonyms));
    expect(finding?.message.fr).toContain('sans l’expression clé « vélo électrique » ni l’un de ses synonymes');
    expect(finding?.message.en).toContain('without the keyphrase “vélo électrique” nor any of its synonyms');
  });

  it('takes its thresholds from a team config', () => {
    const team = { minSentences: 20, good: 40, problem: 60 };
    expect(runCheck(ID, text(19, [0]), team)).toEqual([]);
    // 20 sentences: a gap of 8 is 40 %, of 9 45 %, of 12 60 %, of 13 65 %.
    expect(runCheck(ID, text(20, [0, 9, 18, 19]), team)).toEqual([]);
    expect(judged(runCheck(ID, text(20, [0, 10, 19]), team))).toEqual(['info:9']);
    expect(judged(runCheck(ID, text(20, [0, 13, 19]), team))).toEqual(['info:12']);
    expect(judged(runCheck(ID, text(20, [0, 14, 19]), team))).toEqual(['warning:13']);
    expect(runCheck(ID, text(20, [0, 10, 19]), team)[0]?.message.fr).toContain('40 % au plus recommandés');
    // The notice stays a notice under an error setting.
    expect(judged(runCheck(ID, text(20, [0, 8, 14, 19]), {}, 'error'))).toEqual(['info:7']);
    expect(judged(runCheck(ID, text(20, [0]), {}, 'error'))).toEqual(['error:19']);
  });

  it('on the example article, keyphrase « Haut-Karabakh »: its last 11 of 27 sentences lack it, a notice', () => {
    const example = fixture('example', 'article-blinken-azerbaidjan.txt');
    // « Haut-Karabakh » is in the 1st, 11th, 12th and 16th sentences of 27 (each line is a
    // sentence or more; « Nagorno-Azerbaïdjan. Karabakh. » near the end has no « haut »).
    const { findings, doc } = analyzeArticle(example, [], undefined, { keyphrase: 'Haut-Karabakh' });
    const finding = findings.find((candidate) => candidate.checkId === ID);
    expect(doc.proseSentences).toHaveLength(27);
    expect(finding?.severity).toBe('info');
    expect(finding?.data).toMatchObject({ gap: 11, sentences: 27, occurrences: 4 });
    expect(finding?.message.fr).toContain('11 phrases de suite, jusqu’à la fin du texte');
    expect(finding?.message.fr).toContain('40,8 % des 27 phrases');
    expect(finding && covered(example, finding)).toMatch(/^Bakou a proposé une route/);
    // With « Artsakh » as a synonym nothing changes: the article never uses it.
    expect(analyzeArticle(example, [{ synonyms: { 'Haut-Karabakh': ['Artsakh'] } }], undefined, { keyphrase: 'Haut-Karabakh' }).findings.filter((f) => f.checkId === ID)).toHaveLength(1);
  });
});
