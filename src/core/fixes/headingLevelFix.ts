import type { CheckReading, CheckOptions, Finding } from '../checks/Check';
import { changeHeadingLevel } from './changeHeadingLevel';
import type { QuickFix } from './QuickFix';

/** What h1-multiple and heading-increment ask of a heading: this level instead. */
export interface HeadingLevelFix {
  level: number;
}

/** « Passer ce titre au niveau N », for the heading the finding covers. */
export function headingLevelFix({ level }: HeadingLevelFix, finding: Finding, { doc }: CheckReading<CheckOptions>): QuickFix[] {
  const heading = doc.headings.find((candidate) => candidate.range.start === finding.range.start);
  if (!heading || !(level >= 1 && level <= 6)) return [];
  return [{
    title: { fr: `Passer ce titre au niveau ${level} (H${level})`, en: `Make this heading level ${level} (H${level})` },
    edits: [changeHeadingLevel(doc.text, heading, level)],
    preferred: true,
  }];
}
