import { describe, expect, it } from 'vitest';
import { trackRange } from '../../../src/vscode/rewrite/trackRange';

// A selection of "bbbb" in "aaaa bbbb cccc": offsets 5–9.
const range = { start: 5, end: 9 };

describe('trackRange', () => {
  it('shifts the range by an edit above it', () => {
    expect(trackRange(range, [{ rangeOffset: 0, rangeLength: 0, text: 'xx\n' }])).toEqual({ start: 8, end: 12 });
    expect(trackRange(range, [{ rangeOffset: 1, rangeLength: 3, text: '' }])).toEqual({ start: 2, end: 6 });
  });

  it('leaves the range alone for an edit below it, or right at its end', () => {
    expect(trackRange(range, [{ rangeOffset: 9, rangeLength: 0, text: '!!' }])).toEqual(range);
    expect(trackRange(range, [{ rangeOffset: 11, rangeLength: 2, text: '' }])).toEqual(range);
  });

  it('stretches the range over an edit inside it', () => {
    expect(trackRange(range, [{ rangeOffset: 6, rangeLength: 1, text: 'XYZ' }])).toEqual({ start: 5, end: 11 });
    expect(trackRange(range, [{ rangeOffset: 3, rangeLength: 4, text: '' }])).toEqual({ start: 3, end: 5 });
  });

  it('applies several changes of one event from the last to the first', () => {
    const changes = [
      { rangeOffset: 0, rangeLength: 0, text: 'ab' },
      { rangeOffset: 12, rangeLength: 0, text: 'zz' },
    ];
    expect(trackRange(range, changes)).toEqual({ start: 7, end: 11 });
  });
});
