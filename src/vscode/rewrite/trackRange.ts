/** A range of a document in character offsets. */
export interface OffsetRange {
  start: number;
  end: number;
}

export interface TextChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

/**
 * Moves a range through edits of its document: an edit above shifts it, an edit below leaves
 * it, an edit that touches it stretches it over the new text (the caller then compares the
 * text to what was rewritten). The changes of one event do not overlap; applied from the
 * last to the first, each one's offsets stay valid.
 */
export function trackRange(range: OffsetRange, changes: readonly TextChange[]): OffsetRange {
  let { start, end } = range;
  for (const change of [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset)) {
    const changeStart = change.rangeOffset;
    const changeEnd = change.rangeOffset + change.rangeLength;
    const delta = change.text.length - change.rangeLength;
    if (changeEnd <= start) {
      start += delta;
      end += delta;
    } else if (changeStart >= end) {
      continue;
    } else {
      const newEnd = Math.max(end + delta, changeStart + change.text.length);
      start = Math.min(start, changeStart);
      end = newEnd;
    }
  }
  return { start, end };
}
