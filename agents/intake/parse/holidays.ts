import type { IsoDate } from '../../../tools/domain/common.schema.js';
import { easterSunday, isoOf, nthWeekday, onOrBefore, plusDays, weekdayOf } from './calendar.js';

/** A public holiday people plan trips around, computed for any year. */
export interface Holiday {
  readonly name: string;
  /** Lower-case regex source for the ways it is written. */
  readonly pattern: string;
  readonly date: (year: number) => IsoDate;
}

const fixed = (month: number, day: number) => (year: number) => isoOf(year, month, day);
const nth = (month: number, weekday: number, n: number) => (year: number) =>
  nthWeekday(year, month, weekday, n);
const fromEaster = (offset: number) => (year: number) => plusDays(easterSunday(year), offset);

/** Lunar new year, which no simple rule computes; the years a trip may be planned for. */
const LUNAR_NEW_YEAR: Record<number, IsoDate> = {
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
};

/** Diwali follows the Hindu lunisolar calendar; the years a trip may be planned for. */
const DIWALI: Record<number, IsoDate> = {
  2025: '2025-10-20',
  2026: '2026-11-08',
  2027: '2027-10-29',
  2028: '2028-10-17',
  2029: '2029-11-05',
  2030: '2030-10-26',
};

const [MON, THU, SUN] = [1, 4, 0];

// Longer names first where one contains another ("new year's eve" before "new year's").
export const HOLIDAYS: readonly Holiday[] = [
  { name: 'Thanksgiving', pattern: '(?:us\\s+)?thanks\\s?giving(?:\\s+day)?', date: nth(11, THU, 4) },
  {
    name: 'Memorial Day',
    pattern: 'memorial(?:\\s+day|(?=\\s+(?:long\\s+)?weekend))',
    date: nth(5, MON, -1),
  },
  { name: 'Labor Day', pattern: 'labou?r(?:\\s+day|(?=\\s+(?:long\\s+)?weekend))', date: nth(9, MON, 1) },
  {
    name: 'Martin Luther King Jr. Day',
    pattern:
      "(?:mlk|martin luther king(?:,?\\s+jr\\.?)?)(?:\\s+jr\\.?)?(?:'s)?(?:\\s+day|(?=\\s+(?:long\\s+)?weekend))",
    date: nth(1, MON, 3),
  },
  {
    name: "Presidents' Day",
    pattern: "president'?s?'?(?:\\s+day|(?=\\s+(?:long\\s+)?weekend))|washington'?s\\s+birthday",
    date: nth(2, MON, 3),
  },
  { name: 'Columbus Day', pattern: "columbus\\s+day|indigenous peoples'?\\s+day", date: nth(10, MON, 2) },
  { name: 'Veterans Day', pattern: "veterans'?\\s+day", date: fixed(11, 11) },
  { name: 'Juneteenth', pattern: 'juneteenth', date: fixed(6, 19) },
  {
    name: 'the Fourth of July',
    pattern: '(?:the\\s+)?(?:fourth|4th)\\s+of\\s+july|july\\s+(?:4th|fourth|4)(?!\\d)|independence\\s+day',
    date: fixed(7, 4),
  },
  { name: 'Christmas Eve', pattern: 'christmas\\s+eve|xmas\\s+eve', date: fixed(12, 24) },
  { name: 'Boxing Day', pattern: 'boxing\\s+day', date: fixed(12, 26) },
  { name: 'Christmas', pattern: 'christmas(?:\\s+day)?|xmas(?:\\s+day)?', date: fixed(12, 25) },
  {
    name: "New Year's Eve",
    pattern: "new\\s+year(?:'?s|s')?\\s+eve|nye|hogmanay|silvester",
    date: fixed(12, 31),
  },
  { name: "New Year's Day", pattern: "new\\s+year(?:'?s|s')?(?:\\s+day)?", date: fixed(1, 1) },
  { name: 'Good Friday', pattern: 'good\\s+friday', date: fromEaster(-2) },
  { name: 'Easter Monday', pattern: 'easter\\s+monday', date: fromEaster(1) },
  { name: 'Easter', pattern: 'easter(?:\\s+sunday)?', date: fromEaster(0) },
  { name: 'Mardi Gras', pattern: 'mardi\\s+gras|shrove\\s+tuesday', date: fromEaster(-47) },
  { name: 'Pentecost', pattern: 'pentecost|whitsun(?:day)?', date: fromEaster(49) },
  { name: "Valentine's Day", pattern: "(?:st\\.?\\s+)?valentine'?s?(?:\\s+day)?", date: fixed(2, 14) },
  {
    name: "St. Patrick's Day",
    pattern: "(?:st\\.?|saint)\\s+patrick'?s(?:\\s+day)?|paddy'?s\\s+day",
    date: fixed(3, 17),
  },
  { name: 'Cinco de Mayo', pattern: 'cinco\\s+de\\s+mayo', date: fixed(5, 5) },
  { name: 'Halloween', pattern: 'hallowe?en', date: fixed(10, 31) },
  {
    name: 'the Day of the Dead',
    pattern: 'day\\s+of\\s+the\\s+dead|dia\\s+de\\s+(?:los\\s+)?muertos',
    date: fixed(11, 1),
  },
  { name: 'Bastille Day', pattern: 'bastille\\s+day', date: fixed(7, 14) },
  { name: 'Canada Day', pattern: 'canada\\s+day', date: fixed(7, 1) },
  {
    name: 'Victoria Day',
    pattern: 'victoria\\s+day',
    date: (year) => onOrBefore(isoOf(year, 5, 24), MON),
  },
  {
    name: 'the May Day bank holiday',
    pattern: '(?:early\\s+)?may(?:\\s+day)?\\s+bank\\s+holiday|may\\s+day',
    date: nth(5, MON, 1),
  },
  { name: 'the spring bank holiday', pattern: 'spring\\s+bank\\s+holiday', date: nth(5, MON, -1) },
  {
    name: 'the August bank holiday',
    pattern: '(?:august|summer)\\s+bank\\s+holiday',
    date: nth(8, MON, -1),
  },
  { name: "Mother's Day", pattern: "mother'?s'?\\s+day", date: nth(5, SUN, 2) },
  { name: "Father's Day", pattern: "father'?s'?\\s+day", date: nth(6, SUN, 3) },
  {
    name: 'Lunar New Year',
    pattern: 'lunar\\s+new\\s+year|chinese\\s+new\\s+year|spring\\s+festival',
    date: (year) => LUNAR_NEW_YEAR[year] ?? isoOf(year, 2, 1),
  },
  { name: 'Golden Week', pattern: 'golden\\s+week', date: fixed(4, 29) },
  {
    name: 'Diwali',
    pattern: 'diwali|deepavali',
    date: (year) => DIWALI[year] ?? isoOf(year, 11, 1),
  },
];

/** Days people celebrate but do not get off: on a Sunday, their weekend ends that Sunday. */
const NOT_DAYS_OFF = new Set([
  "Valentine's Day",
  "Mother's Day",
  "Father's Day",
  'Halloween',
  "St. Patrick's Day",
  'Cinco de Mayo',
  'the Day of the Dead',
]);

/** Holidays that name a span rather than a day, with how many days it lasts. */
const SPANS: Record<string, number> = { 'Golden Week': 7 };

/**
 * The days a holiday's "weekend" or "over …" covers: a Monday holiday gives Friday to Monday, a
 * Thursday one (Thanksgiving) Thursday to Sunday, Easter Good Friday to Easter Monday, and a
 * weekday holiday the weekend next to it. Returns the first day and the day count.
 */
export function holidayWeekend(holiday: Holiday, date: IsoDate): { start: IsoDate; days: number } {
  const span = SPANS[holiday.name];
  if (span !== undefined) return { start: date, days: span };
  if (holiday.name === 'Easter' || holiday.name === 'Good Friday' || holiday.name === 'Easter Monday') {
    const easter = holiday.name === 'Easter' ? date : plusDays(date, holiday.name === 'Good Friday' ? 2 : -1);
    return { start: plusDays(easter, -2), days: 4 };
  }
  switch (weekdayOf(date)) {
    case 1:
      return { start: plusDays(date, -3), days: 4 };
    case 2:
      return { start: plusDays(date, -3), days: 4 };
    case 3:
      return { start: plusDays(date, -5), days: 3 };
    case 4:
      return { start: date, days: 4 };
    case 5:
      return { start: date, days: 3 };
    case 6:
      return { start: plusDays(date, -1), days: 3 };
    default:
      // A Sunday holiday is a day off on the Monday after; one that is no day off is not.
      return { start: plusDays(date, -2), days: NOT_DAYS_OFF.has(holiday.name) ? 3 : 4 };
  }
}
