import type { IsoDate } from '../../../tools/domain/common.schema.js';
import { nextDayOfMonth, onOrAfter, onOrBefore, plusDays, weekdayOf, yearOf } from './calendar.js';
import { describe, nextMonthDay, type RelativeDate, YEAR, yearOfText } from './date-words.js';
import { HOLIDAYS, holidayWeekend } from './holidays.js';
import { MONTH, monthNumber } from './months.js';
import { NUMBER, parseNumber } from './numbers.js';
import { matchAll, spanOf } from './text.js';

/** "the day after", "two days before": what shifts a holiday's date, read just before its name. */
const SHIFT_BEFORE = new RegExp(
  `((?:the\\s+)?(?:a\\s+)?day|(${NUMBER})\\s+days|(?:the\\s+)?week|(?:right|just|straight|immediately)(?=\\s+after))\\s+(after|before)\\s+$`,
);

interface HolidayShift {
  /** The words that shift the day, as written before its name. */
  readonly text: string;
  readonly count: number;
  readonly sign: 1 | -1;
  /** "the week after": seven days from the day after. */
  readonly week: boolean;
}

/**
 * What moves a holiday's date, read just before its name: "the day after", "two days before",
 * "right after". A bare "after Christmas" is the day after too, for a day celebrated on the day
 * (nobody leaves on it); "for 4 days after Christmas" counts the stay, which starts the day after.
 */
function holidayShift(lower: string, at: number, holiday: string): HolidayShift | null {
  const before = lower.slice(Math.max(0, at - 24), at);
  const shifted = SHIFT_BEFORE.exec(before);
  const forLength =
    shifted?.[2] !== undefined && /\bfor\s+$/.test(before.slice(0, before.length - shifted[0].length));
  if (shifted && !forLength) {
    const week = /week$/.test(shifted[1] ?? '');
    const sign = shifted[3] === 'before' ? -1 : 1;
    const count = week ? (sign < 0 ? 7 : 1) : shifted[2] === undefined ? 1 : (parseNumber(shifted[2]) ?? 1);
    return { text: shifted[0], count, sign, week };
  }
  const bare = /\bafter\s+$/.exec(before);
  if (bare === null || !CELEBRATED_ON_THE_DAY.has(holiday)) return null;
  return { text: bare[0], count: 1, sign: 1, week: false };
}

/**
 * Days celebrated on the day, which people travel to be at: a stay "around" one starts before it
 * (flights on Christmas Day are cheap because almost nobody starts a trip then). Holidays kept
 * for their long weekend (Memorial Day, Easter, bank holidays), New Year (its night is the point,
 * read apart) and Lunar New Year and Golden Week (spans of their own) are read as before.
 */
const CELEBRATED_ON_THE_DAY: ReadonlySet<string> = new Set([
  'Thanksgiving',
  'Christmas',
  'the Fourth of July',
  'Halloween',
  'the Day of the Dead',
  'Bastille Day',
  'Canada Day',
  'Mardi Gras',
  'Cinco de Mayo',
  "St. Patrick's Day",
  "Valentine's Day",
  'Diwali',
]);

/** A holiday's week: the named span when it is one ("Golden Week"), else the seven days around it. */
function holidayWeek(h: (typeof HOLIDAYS)[number], day: IsoDate): { start: IsoDate; days: number } {
  const named = holidayWeekend(h, day);
  return h.name === 'Golden Week' ? named : { start: plusDays(day, -3), days: 7 };
}

// Each holiday's pattern is built once, not per request (building and compiling them on every
// parse was a good part of its cost); 'g' and read only through matchAll, which resets
// lastIndex.
const HOLIDAY_PATTERNS = HOLIDAYS.map(
  (h) =>
    [
      h,
      new RegExp(
        `\\b(?:(over|for|during|around|at|on|the weekend of|the long weekend of|the week of)\\s+)?(?:the\\s+)?(?:${h.pattern})(?![a-z])${YEAR}(\\s+(?:long\\s+)?(?:weekend|break|holidays?|week))?\\b`,
        'g',
      ),
    ] as const,
);

/**
 * Any holiday's name, as each holiday's own pattern needs it: most requests name none, and then
 * none of the 35 patterns need scan the text. Not global, so .test() keeps no state.
 */
const ANY_HOLIDAY = new RegExp(`(?:${HOLIDAYS.map((h) => h.pattern).join('|')})(?![a-z])`);

/**
 * "New Year's in NYC", "New Year in Edinburgh": the holiday as the trip's occasion, said before
 * the place, with no word before it that makes it the day the trip starts or ends ("leaving New
 * Year's", "back by New Year"): the night of the 31st is what the trip is for.
 */
function newYearIsTheOccasion(lower: string, m: RegExpMatchArray): boolean {
  if (m[1] !== undefined || m.index === undefined) return false;
  const after = lower.slice(m.index + m[0].length);
  const before = lower.slice(Math.max(0, m.index - 24), m.index);
  return (
    /^\s+(?:in|at)\s/.test(after) &&
    !/\b(?:leav\w*|from|after|until|till|to|by|back|return\w*|on)\s+$/.test(before)
  );
}

/** A day written as a date, a range's start or end: the "July 4" of "June 28 - July 4". */
const DATE_BEFORE_JOINER =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:-|\u2013|to|through|until|till)\s*$/;
const JOINER_BEFORE_DATE =
  /^\s*(?:-|\u2013|to|through|until|till)\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?\d{1,2}(?:st|nd|rd|th)?\b/;

/**
 * "June 28 - July 4", "July 4 to July 8": a holiday written as a plain date in a range of written
 * dates is that date, not the holiday's weekend.
 */
function inWrittenRange(lower: string, start: number, end: number): boolean {
  if (!/^[a-z]+\s+\d/.test(lower.slice(start, end).trim())) return false;
  return (
    DATE_BEFORE_JOINER.test(lower.slice(Math.max(0, start - 24), start)) ||
    JOINER_BEFORE_DATE.test(lower.slice(end, end + 24))
  );
}

function holidays(lower: string, today: IsoDate, out: RelativeDate[]): void {
  if (!ANY_HOLIDAY.test(lower)) return;
  for (const [h, re] of HOLIDAY_PATTERNS) {
    for (const m of matchAll(lower, re)) {
      if (inWrittenRange(lower, m.index, m.index + m[0].length)) continue;
      const year = yearOfText(m[2]);
      const weekendWord = m[3]?.trim();
      // "the day after Christmas", "two days before Thanksgiving": a day counted from the holiday.
      const shift = holidayShift(lower, m.index, h.name);
      if (shift && m[1] === undefined && weekendWord === undefined) {
        const { text, count, sign, week } = shift;
        for (let y = year ?? yearOf(today); y <= (year ?? yearOf(today) + 1); y++) {
          const date = plusDays(h.date(y), sign * count);
          if (year === undefined && date < today) continue;
          out.push({
            start: m.index - text.length,
            end: m.index + m[0].length,
            date,
            days: week ? 7 : undefined,
            note: `Read '${text}${m[0].trim()}' as ${week ? 'from ' : ''}${describe(date)}${week ? ' for 7 days' : ''}.`,
          });
          break;
        }
        continue;
      }
      // "long weekend, Presidents' Day", "a weekend for Memorial Day": the weekend said just before.
      const weekendBefore = /\b(?:long\s+)?weekend\s*(?:,|-|:|for|over|around|of)?\s*$/.test(
        lower.slice(Math.max(0, m.index - 20), m.index),
      );
      const wide = weekendWord !== undefined || weekendBefore || /over|during|weekend/.test(m[1] ?? '');
      // "Christmas week", "Valentine's week": the seven days around the day.
      // "the week of Christmas" is that week too.
      const week =
        (weekendWord !== undefined && /\bweek$/.test(weekendWord) && !/long/.test(weekendWord)) ||
        (m[1] === 'the week of' && weekendWord === undefined);
      // "over New Year's", "for New Year": the night of the 31st is the point, so the stay starts
      // the day before New Year's Eve ("New Year's Day", "on", "after" or "to New Year's" are the 1st).
      const newYearsEve =
        h.name === "New Year's Day" &&
        !/\bday\b/.test(m[0]) &&
        (/^(?:over|for|during|around)$/.test(m[1] ?? '') || newYearIsTheOccasion(lower, m)) &&
        !week;
      let date: IsoDate | undefined;
      let days: number | undefined;
      let holidayOn: IsoDate | undefined;
      for (let y = year ?? yearOf(today); y <= (year ?? yearOf(today) + 1); y++) {
        const day = h.date(y);
        const span = newYearsEve
          ? { start: plusDays(day, -2), days: wide ? 4 : undefined }
          : week
            ? holidayWeek(h, day)
            : wide
              ? holidayWeekend(h, day)
              : { start: day, days: undefined };
        if (year !== undefined || span.start >= today) {
          date = span.start;
          days = span.days;
          holidayOn = day;
          break;
        }
      }
      if (date === undefined) continue;
      const what = newYearsEve
        ? "New Year's Eve, arriving the day before"
        : wide
          ? `${h.name} ${weekendWord ?? 'weekend'}`
          : h.name;
      const noteFor = (start: IsoDate, length: number | undefined) =>
        `Read '${m[0].trim()}' as ${what}: from ${describe(start)}${length ? ` for ${length} days` : ''}.`;
      // "around Christmas", "over Thanksgiving": the stay is about the day, so it spans it.
      const spanning =
        CELEBRATED_ON_THE_DAY.has(h.name) && /^(?:around|over|for|during)$/.test(m[1] ?? '') && !week;
      out.push({
        ...spanOf(m),
        date,
        days,
        note: noteFor(date, days),
        // A weekend named for its holiday keeps the holiday in a shorter stay (dates.ts).
        ...(wide && !week && !newYearsEve && holidayOn !== undefined
          ? { holiday: { date: holidayOn, note: noteFor } }
          : {}),
        ...(spanning && holidayOn !== undefined
          ? {
              around: {
                date: holidayOn,
                note: (start: IsoDate, length: number) =>
                  `Read '${m[0].trim()}' as the days around ${h.name}: from ${describe(start)} for ${length} days.`,
              },
            }
          : {}),
      });
    }
  }
}

const WEEKEND_OF = new RegExp(
  `\\b(?:the\\s+)?(long\\s+weekend|weekend|week)\\s+of\\s+(?:the\\s+)?(?:${MONTH}\\s+(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH})${YEAR}`,
  'g',
);

/** "the weekend of June 12": the Friday to Sunday around that day (read before written dates). */
function weekendOf(lower: string, today: IsoDate, out: RelativeDate[]): void {
  for (const m of matchAll(lower, WEEKEND_OF)) {
    const month = monthNumber(m[2] ?? m[5]);
    const day = Number(m[3] ?? m[4]);
    if (month === undefined) continue;
    const anchor = nextMonthDay(month, day, today, yearOfText(m[6]));
    if (anchor !== undefined) out.push(weekOrWeekendOf(m, m[1]!, anchor));
  }
}

/**
 * "the week of June 14": that week, from the day named; "the (long) weekend of …": the Friday
 * to Sunday (Monday) around it.
 */
function weekOrWeekendOf(m: RegExpExecArray, kind: string, anchor: IsoDate): RelativeDate {
  if (kind === 'week')
    return {
      ...spanOf(m),
      date: anchor,
      days: 7,
      note: `Read '${m[0]}' as the week from ${describe(anchor)}.`,
    };
  const weekday = weekdayOf(anchor);
  const date = weekday === 6 || weekday === 0 ? onOrBefore(anchor, 5) : onOrAfter(anchor, 5);
  const days = kind.startsWith('long') ? 4 : 3;
  return { ...spanOf(m), date, days, note: `Read '${m[0]}' as from ${describe(date)}.` };
}

/** "the week of the 21st", "the weekend of the 9th": the month left unsaid is the next that has the day. */
const WEEKEND_OF_DAY = /\b(?:the\s+)?(long\s+weekend|weekend|week)\s+of\s+the\s+(\d{1,2})(?:st|nd|rd|th)?\b/g;

function weekendOfDay(lower: string, today: IsoDate, out: RelativeDate[]): void {
  for (const m of matchAll(lower, WEEKEND_OF_DAY)) {
    const anchor = nextDayOfMonth(today, Number(m[2]), 3);
    if (anchor !== undefined) out.push(weekOrWeekendOf(m, m[1]!, anchor));
  }
}

/** Public holidays named in the text, each resolved to its next occurrence (or the year given). */
export function findHolidays(lower: string, today: IsoDate): RelativeDate[] {
  const found: RelativeDate[] = [];
  holidays(lower, today, found);
  weekendOf(lower, today, found);
  if (lower.includes(' of the ')) weekendOfDay(lower, today, found);
  const kept = found
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((r, i, all) => !all.slice(0, i).some((f) => f.start < r.end && r.start < f.end));
  return kept;
}
