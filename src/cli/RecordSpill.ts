// Records kept on disk between the two passes of `plume check`: the first pass analyses every
// file, the second adds the checks between articles once the whole site is known. Holding every
// file's findings in memory until then would make the run's memory grow with the number of files
// (issue 14 bounds it); a temporary file of JSON lines, read back in order, does not.
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LineWriter, readLines } from './lineFiles';

export class RecordSpill<T> {
  private readonly folder = mkdtempSync(join(tmpdir(), 'plume-check-'));
  private readonly fd = openSync(join(this.folder, 'records.jsonl'), 'w+');
  private readonly writer = new LineWriter(this.fd);

  add(record: T): void {
    // JSON.stringify escapes every line break inside strings: one record is one line.
    this.writer.write(`${JSON.stringify(record)}\n`);
  }

  /** The records in the order they were added. */
  *read(): Generator<T> {
    this.writer.flush();
    for (const line of readLines(this.fd)) yield JSON.parse(line.bytes.toString('utf8')) as T;
  }

  /** Closes and deletes the temporary file. */
  dispose(): void {
    closeSync(this.fd);
    rmSync(this.folder, { recursive: true, force: true });
  }
}
