// The first pass of `plume check` writes each file's findings to disk and the second reads them
// back: every record as it went in, in order, whatever its size or characters.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RecordSpill } from '../../../src/cli/RecordSpill';

describe('RecordSpill', () => {
  it('gives back every record in order, across its 1 MB blocks and multi-byte characters', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ file: fc.string({ unit: 'grapheme' }), n: fc.integer(), lines: fc.array(fc.string({ unit: 'binary' }), { maxLength: 5 }) }), { maxLength: 30 }), (records) => {
        const spill = new RecordSpill<(typeof records)[number]>();
        try {
          for (const record of records) spill.add(record);
          expect([...spill.read()]).toEqual(records);
        } finally {
          spill.dispose();
        }
      }),
      { numRuns: 50 },
    );
  });

  it('holds records larger than a block, with line breaks and « » in them, and deletes its file', () => {
    const spill = new RecordSpill<{ text: string }>();
    const big = { text: `« début »\n${'é'.repeat(700_000)}\r\nfin` };
    spill.add({ text: 'a' });
    spill.add(big);
    spill.add({ text: 'z' });
    expect([...spill.read()]).toEqual([{ text: 'a' }, big, { text: 'z' }]);
    const folder = (spill as unknown as { folder: string }).folder;
    spill.dispose();
    expect(existsSync(folder)).toBe(false);
  });
});
