/** A position as VS Code and LSP count it: 0-based line, 0-based UTF-16 column. */
export interface Position {
  line: number;
  column: number;
}

/** Converts UTF-16 offsets into line/column positions (binary search over line starts). */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // \r\n, \n and a lone \r all end a line, as in VS Code.
      if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, column: clamped - (this.lineStarts[low] ?? 0) };
  }

  offsetAt(position: Position): number {
    const start = this.lineStarts[Math.max(0, Math.min(position.line, this.lineStarts.length - 1))] ?? 0;
    return Math.min(start + position.column, this.text.length);
  }

  /** Offset of the end of the line holding `offset`, before its line break. */
  lineEndAt(offset: number): number {
    const { line } = this.positionAt(offset);
    let end = this.lineStarts[line + 1] ?? this.text.length;
    while (end > (this.lineStarts[line] ?? 0) && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--;
    return end;
  }
}
