// Records kept on disk between the two passes of `plume check`: the first pass analyses every
// file, the second adds the checks between articles once the whole site is known. Holding every
// file's findings in memory until then would make the run's memory grow with the number of files
// (issue 14 bounds it); a temporary file of JSON lines, read back in order, does not.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';

// Written and read by blocks of this many bytes: few system calls, little memory.
const BLOCK_BYTES = 1 << 20;

export class RecordSpill<T> {
  private readonly folder = mkdtempSync(join(tmpdir(), 'plume-check-'));
  private readonly fd = openSync(join(this.folder, 'records.jsonl'), 'w+');
  private pending: string[] = [];
  private pendingLength = 0;
  private written = 0;

  add(record: T): void {
    // JSON.stringify escapes every line break inside strings: one record is one line.
    const line = `${JSON.stringify(record)}\n`;
    this.pending.push(line);
    this.pendingLength += line.length;
    if (this.pendingLength >= BLOCK_BYTES) this.flush();
  }

  /** The records in the order they were added. */
  *read(): Generator<T> {
    this.flush();
    const buffer = Buffer.allocUnsafe(BLOCK_BYTES);
    const decoder = new StringDecoder('utf8');
    let position = 0;
    let rest = '';
    for (;;) {
      const count = readSync(this.fd, buffer, 0, BLOCK_BYTES, position);
      if (count === 0) break;
      position += count;
      const lines = (rest + decoder.write(buffer.subarray(0, count))).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) yield JSON.parse(line) as T;
    }
    rest += decoder.end();
    if (rest !== '') yield JSON.parse(rest) as T;
  }

  /** Closes and deletes the temporary file. */
  dispose(): void {
    closeSync(this.fd);
    rmSync(this.folder, { recursive: true, force: true });
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const bytes = Buffer.from(this.pending.join(''), 'utf8');
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(this.fd, bytes, offset, bytes.length - offset, this.written + offset);
    this.written += bytes.length;
    this.pending = [];
    this.pendingLength = 0;
  }
}
