import { describe, expect, it } from 'vitest';
import { covered, runCheck, sentence } from './runCheck';

const ID = 'sentences-too-long';
const text = (...sentences: string[]): string => `---\ntitle: Des phrases\n---\n\n${sentences.join(' ')}\n`;

describe('sentences-too-long', () => {
  it('does not count a sentence of exactly 20 words as long, and counts 21', () => {
    expect(runCheck(ID, text(sentence(20), sentence(5)))).toEqual([]);
    expect(runCheck(ID, text(sentence(21), sentence(5))).filter((finding) => finding.severity === 'warning')).toHaveLength(1);
  });

  it('accepts exactly 25 % of long sentences and reports more', () => {
    expect(runCheck(ID, text(sentence(21), sentence(5), sentence(6), sentence(7)))).toEqual([]);
    expect(runCheck(ID, text(sentence(21), sentence(5), sentence(6)))).not.toEqual([]);
  });

  it('reports the share with its numbers, then one hint on each long sentence', () => {
    const long1 = sentence(21, 'long');
    const long2 = sentence(30, 'tres');
    const source = text(sentence(5), long1, sentence(6), long2);
    const [main, ...hints] = runCheck(ID, source);
    expect(main?.severity).toBe('warning');
    expect(covered(source, main!)).toBe(source.split('\n')[4]);
    expect(main?.message.fr).toContain('50 % des phrases dépassent 20 mots (2 sur 4) ; 25 % au plus recommandés');
    expect(main?.message.en).toContain('50% of sentences exceed 20 words (2 of 4); at most 25% recommended');
    expect(hints.map((hint) => hint.severity)).toEqual(['hint', 'hint']);
    expect(hints.map((hint) => covered(source, hint))).toEqual([long1, long2]);
    expect(hints[0]?.message.fr).toContain('Phrase de 21 mots (plus de 20)');
    expect(hints[1]?.message.en).toContain('Sentence of 30 words (over 20)');
  });

  it('keeps an abbreviation such as « M. » inside its sentence', () => {
    const long = `M. ${sentence(20, 'blinken').toLowerCase()}`;
    const source = text(long);
    const findings = runCheck(ID, source);
    expect(findings).toHaveLength(2);
    expect(covered(source, findings[1]!)).toBe(long);
    expect(findings[1]?.message.fr).toContain('Phrase de 21 mots');
  });

  it('takes its limits from the options', () => {
    expect(runCheck(ID, text(sentence(21), sentence(5)), { maxWords: 21 })).toEqual([]);
    expect(runCheck(ID, text(sentence(21), sentence(5)), { maxShare: 50 })).toEqual([]);
    expect(runCheck(ID, text(sentence(16), sentence(5)), { maxWords: 15 })[0]?.message.fr).toContain('dépassent 15 mots');
  });

  it('handles an empty document and front matter alone', () => {
    expect(runCheck(ID, '')).toEqual([]);
    expect(runCheck(ID, '---\ntitle: Seul\n---\n')).toEqual([]);
  });

  it('follows the configured severity, hints staying hints', () => {
    const findings = runCheck(ID, text(sentence(25)), {}, 'error');
    expect(findings.map((finding) => finding.severity)).toEqual(['error', 'hint']);
    expect(runCheck(ID, text(sentence(25)), {}, 'off')).toEqual([]);
  });
});
