// Dates as French articles write them: « 3 octobre », « 1er septembre 2023 », « septembre 2022 »,
// a month alone (« en juin », « mi-septembre ») and weekdays (« mercredi »), any case.
import type { Fact } from './Fact';

/** What a date says; a date covers another when it says at least the same things. */
export interface DateParts {
  month?: string;
  day?: string;
  year?: string;
  weekday?: string;
}

export interface DateHit {
  fact: Fact;
  parts: DateParts;
  start: number;
  end: number;
}

// Written forms → the key's spelling (keyboards often drop the accents of février, août, décembre).
const MONTHS = new Map<string, string>([
  ['janvier', 'janvier'], ['février', 'février'], ['fevrier', 'février'], ['mars', 'mars'], ['avril', 'avril'],
  ['mai', 'mai'], ['juin', 'juin'], ['juillet', 'juillet'], ['août', 'août'], ['aout', 'août'],
  ['septembre', 'septembre'], ['octobre', 'octobre'], ['novembre', 'novembre'], ['décembre', 'décembre'], ['decembre', 'décembre'],
]);
export const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
export const MONTH_NAMES = [...MONTHS.keys()];

// Spaces French typography puts between a day, its month and its year: space, no-break space
// (U+00A0), narrow no-break space (U+202F), thin space (U+2009).
const SPACE = '[ \\u00a0\\u202f\\u2009]+';
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';
// A day is « 3 », « 03 », « 1er » or « premier »; two days share a month (« les 29 et 30 juin »,
// « du 29 au 30 juin », « 29-30 juin »).
const DAY = '1er|premier|\\d{1,2}';
const DATE = new RegExp(
  `${EDGE_BEFORE}(?:(${DAY})(?:${SPACE}?(?:et|au|à|-|–)${SPACE}?(${DAY}))?${SPACE})?(${MONTH_NAMES.join('|')})(?:${SPACE}(\\d{4})${EDGE_AFTER})?${EDGE_AFTER}` +
  `|${EDGE_BEFORE}(${WEEKDAYS.join('|')})${EDGE_AFTER}`,
  'giu',
);

/** « 1er », « premier » and « 1 » are the same day; « 03 » is « 3 ». */
function readDay(day: string): string {
  const lower = day.toLowerCase();
  return lower === '1er' || lower === 'premier' || Number(day) === 1 ? '1er' : String(Number(day));
}

// « 2023-07-19 », as front matter and ISO timestamps write a date.
const ISO_DATE = /(?<![\p{L}\p{N}-])(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\p{N}])/gu;
const MONTH_BY_NUMBER = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** Every date of `text`, in order. */
export function findDates(text: string): DateHit[] {
  const hits: DateHit[] = [];
  ISO_DATE.lastIndex = 0;
  for (let match = ISO_DATE.exec(text); match !== null; match = ISO_DATE.exec(text)) {
    const [written, year = '', month = '', day = ''] = match;
    const parts: DateParts = { day: readDay(day), month: MONTH_BY_NUMBER[Number(month) - 1] ?? '', year };
    hits.push({ fact: { kind: 'date', text: written, key: `${parts.day} ${parts.month} ${year}` }, parts, start: match.index, end: match.index + written.length });
  }
  DATE.lastIndex = 0;
  for (let match = DATE.exec(text); match !== null; match = DATE.exec(text)) {
    const [written, day, lastDay, month, year, weekday] = match;
    const days = day ? [readDay(day), ...(lastDay ? [readDay(lastDay)] : [])].join('-') : undefined;
    const parts: DateParts = weekday
      ? { weekday: weekday.toLowerCase() }
      : { month: MONTHS.get((month ?? '').toLowerCase()) ?? (month ?? '').toLowerCase(), ...(days ? { day: days } : {}), ...(year ? { year } : {}) };
    const key = parts.weekday ?? [parts.day, parts.month, parts.year].filter((part) => part !== undefined).join(' ');
    hits.push({ fact: { kind: 'date', text: written, key }, parts, start: match.index, end: match.index + written.length });
  }
  if (hits.length > 1) hits.sort((a, b) => a.start - b.start);
  return hits;
}

/** Whether `wider` says everything `narrower` says (« 3 octobre 2023 » covers « 3 octobre » and « octobre »). */
export function coversDate(wider: DateParts, narrower: DateParts): boolean {
  if (narrower.weekday !== undefined) return wider.weekday === narrower.weekday;
  return wider.month === narrower.month
    && (narrower.day === undefined || wider.day === narrower.day || (wider.day?.split('-') ?? []).includes(narrower.day))
    && (narrower.year === undefined || wider.year === narrower.year);
}
