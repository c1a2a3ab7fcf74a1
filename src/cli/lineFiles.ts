// Files of lines, written and read by blocks: what `plume check` keeps on disk (RecordSpill,
// CheckCache) is JSON lines, read back without holding the file in memory. A line
// break is byte 0x0A, which never occurs inside a UTF-8 sequence, so lines are cut before decoding.
import { readSync, writeSync } from 'node:fs';

// Read by blocks of this many bytes: few system calls, little memory.
export const BLOCK_BYTES = 1 << 20;

export interface Line {
  /** Where the line starts in the file, in bytes. */
  start: number;
  /** The line without its line break (a view on the block: copy it to keep it). */
  bytes: Buffer;
}

/** Every line of the open file `fd`, in order; the last one may have no line break. */
export function* readLines(fd: number): Generator<Line> {
  let block = Buffer.allocUnsafe(BLOCK_BYTES);
  let kept = 0; // bytes of an unfinished line at the start of `block`
  let keptStart = 0; // where that line starts in the file
  let position = 0;
  for (;;) {
    // A line longer than the block: the block grows to hold it.
    if (kept === block.length) {
      const grown = Buffer.allocUnsafe(block.length * 2);
      block.copy(grown, 0, 0, kept);
      block = grown;
    }
    const count = readSync(fd, block, kept, block.length - kept, position);
    if (count === 0) break;
    position += count;
    const end = kept + count;
    let lineStart = 0;
    for (let at = block.indexOf(0x0a, kept); at >= 0 && at < end; at = block.indexOf(0x0a, at + 1)) {
      yield { start: keptStart + lineStart, bytes: block.subarray(lineStart, at) };
      lineStart = at + 1;
    }
    keptStart += lineStart;
    kept = end - lineStart;
    block.copy(block, 0, lineStart, end);
  }
  if (kept > 0) yield { start: keptStart, bytes: block.subarray(0, kept) };
}

/** Lines appended to an open file through a buffer of about BLOCK_BYTES. */
export class LineWriter {
  private pending: string[] = [];
  private pendingLength = 0;
  private written = 0;

  constructor(readonly fd: number) {}

  /** `line` must end with its line break. */
  write(line: string): void {
    this.pending.push(line);
    this.pendingLength += line.length;
    if (this.pendingLength >= BLOCK_BYTES) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const bytes = Buffer.from(this.pending.join(''), 'utf8');
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(this.fd, bytes, offset, bytes.length - offset, this.written + offset);
    this.written += bytes.length;
    this.pending = [];
    this.pendingLength = 0;
  }
}
