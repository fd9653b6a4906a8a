import type { IsoDate } from '../../../tools/domain/common.schema.js';
import { nthWeekday, plusDays, weekdayOf } from './calendar.js';
import type { RelativeDate } from './date-words.js';
import { matchAll, spanOf } from './text.js';

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const describe = (d: IsoDate) => `${DAY_NAMES[weekdayOf(d)]} ${d}`;
const SATURDAY = 6;
const MONDAY = 1;

/** Where each season starts (month, day): the astronomical dates, as calendars print them. */
const SEASONS: ReadonlyArray<[RegExp, string, number, number]> = [
  [/^spring$/, 'spring', 3, 20],
  [/^summer$/, 'summer', 6, 21],
  [/^(?:fall|autumn)$/, 'autumn', 9, 22],
  [/^winter$/, 'winter', 12, 21],
];

/**
 * Periods people name without dates, which the trip model can only hold as a start day: school
 * breaks ("spring break", "the kids' spring break") and seasons ("in the fall", "this summer").
 * Each is read as its usual start and says so in a warning, since the writer's own dates may
 * differ.
 */
export function findSeasons(lower: string, today: IsoDate): RelativeDate[] {
  const found: RelativeDate[] = [];
  const year = Number(today.slice(0, 4));
  // US spring breaks mostly fall in the weeks around mid-March: the week from its 2nd Saturday.
  for (const m of matchAll(
    lower,
    /\b(?:(?:the\s+)?(first|1st|second|2nd)\s+week\s+of\s+)?(?:(?:the\s+)?(?:kids'?|children'?s|school|college|uni)\s+)?spring\s+break\b/g,
  )) {
    let date = nthWeekday(year, 3, SATURDAY, 2);
    if (date < today) date = nthWeekday(year + 1, 3, SATURDAY, 2);
    // "the first week of spring break": a week of it, not all of it.
    const week = m[1] === undefined ? undefined : /^(?:first|1st)$/.test(m[1]) ? 0 : 1;
    if (week !== undefined) date = plusDays(date, 7 * week);
    found.push({
      ...spanOf(m),
      date,
      days: week === undefined ? 8 : 7,
      note: `Read '${m[0]}' as the week from ${describe(date)}.`,
      warning: `Spring break dates vary by school; planning from ${describe(date)}. Please give the exact dates if they differ.`,
    });
  }
  // English school half-terms: the week of the 3rd Monday of February, the last week of May and
  // the last week of October, each from the Saturday before.
  const halfTerms: ReadonlyArray<[number, number]> = [
    [2, 3],
    [5, -1],
    [10, -1],
  ];
  for (const m of matchAll(
    lower,
    /\b(?:(feb(?:ruary)?|may|oct(?:ober)?)\s+)?half[- ]?term(?:\s+(?:break|holidays?))?(?:\s+in\s+(feb(?:ruary)?|may|oct(?:ober)?))?\b/g,
  )) {
    const named = (m[1] ?? m[2])?.slice(0, 3);
    const starts = [year, year + 1]
      .flatMap((y) =>
        halfTerms
          .filter(([month]) => named === undefined || month === { feb: 2, may: 5, oct: 10 }[named])
          .map(([month, n]) => plusDays(nthWeekday(y, month, MONDAY, n), -2)),
      )
      .filter((d) => d >= today)
      .sort();
    const date = starts[0];
    if (date === undefined) continue;
    found.push({
      ...spanOf(m),
      date,
      days: 9,
      note: `Read '${m[0]}' as the half-term week from ${describe(date)}.`,
      warning: `Half-term dates vary by school; planning from ${describe(date)}. Please give the exact dates if they differ.`,
    });
  }
  const seasons =
    /\b(?:(?:in|during|over|for|this|next|come|sometime in)\s+)?(?:the\s+)?(spring|summer|fall|autumn|winter)(?:\s+(\d{4}))?\b(?!\s+(?:break|bank|festival|sale|solstice))/g;
  for (const m of matchAll(lower, seasons)) {
    const season = SEASONS.find(([re]) => re.test(m[1] ?? ''));
    if (season === undefined || found.some((f) => f.start < m.index + m[0].length && m.index < f.end))
      continue;
    // A season word needs a cue or a year to be a date: "summer clothes" is not one.
    if (!/^(?:in|during|over|for|this|next|come|sometime)\b/.test(m[0]) && m[2] === undefined) continue;
    const [, name, month, day] = season;
    const pad = (n: number) => String(n).padStart(2, '0');
    const first = m[2] === undefined ? year : Number(m[2]);
    let date: IsoDate = `${first}-${pad(month)}-${pad(day)}`;
    // "This winter" on December 22 is the one under way, from today; "in the fall" said in
    // December is next year's.
    const underWay = /^this\b/.test(m[0]) && plusDays(date, 90) >= today;
    if (m[2] === undefined && date < today)
      date = underWay ? today : `${first + 1}-${pad(month)}-${pad(day)}`;
    found.push({
      ...spanOf(m),
      date,
      days: undefined,
      note: `Only the season was given ('${m[0].trim()}'); planning from ${describe(date)}.`,
      warning: `Only the season (${name}) was given, not dates; planning from ${date}. Please give dates to plan around.`,
    });
  }
  return found;
}
