import { addDays, type IsoDate } from '../../../tools/domain/common.schema.js';
import { MAX_TRIP_DAYS, type RequestProblem } from '../../../tools/domain/trip-spec.schema.js';
import { daysBetween, onOrAfter, weekdayOf } from './calendar.js';
import {
  type DateMention,
  type DateOrderOptions,
  findDateMentions,
  findDateRanges,
} from './date-mentions.js';
import { findDurations } from './durations.js';
import { findHolidays } from './holiday-dates.js';
import { findRelativeDates, type RelativeDate } from './relative-dates.js';
import { findSeasons } from './seasons.js';
import { maskSpans, type Span } from './text.js';
import { anchorWeekdaysInPeriod, weekdayRangeAround } from './weekday-anchors.js';
import { findWeekendExtension, throughTheWeekend } from './weekend-extension.js';

export interface DatesResult {
  readonly startDate: IsoDate | null;
  readonly days: number | null;
  readonly warnings: string[];
  /** How dates said loosely were read ("Read 'next Friday' as Friday 2026-12-18."). */
  readonly notes: string[];
  /** Dates that cannot be planned as written: in the past, too far ahead, ending before starting. */
  readonly problems: RequestProblem[];
  /** What was read as dates or durations, so other extractors skip those numbers. */
  readonly spans: Span[];
  /** The length is the trip's only one said, in whole weeks ("3 weeks in Japan"): a round figure. */
  readonly lengthInWeeks: boolean;
  /**
   * The length comes only from a named period ("the first week of June", "this weekend"), which
   * says when rather than how long: nights stated per stop may override it.
   */
  readonly lengthFromPeriod: boolean;
}

/** Words just before a date that make it the trip's last day ("returning on", "until", "ends on"). */
const END_CUE =
  /\b(?:return|returns|returning|come back|coming back|back|home|end|ends|ending|finish|finishes|finishing|conclude|concludes|concluding|wrap up|wrapping up|until|till|through|to)\b[^.;!?]{0,16}$/;

/** Words just before a bare "5/22" that make it a travel date rather than a fraction or a score. */
const WEAK_DATE_CUE =
  /\b(?:on|to|leaving|leave|leaves|departing|depart|departs|departure|starting|start|starts|out|fly|flying|flight|going|arrive|arriving|from|travel(?:l?ing)?|trip|return|returning|back|home|until|till|through)\b[^.;!?\d]{0,24}$/;

/**
 * "back the 20th", "returning on the 3rd", "until the 9th", "home Monday the 11th", "fly home to
 * Boston from there on the 9th": the last day given by its day alone. A few words (a place,
 * blanked by now) may stand between the cue and an "on".
 */
const END_DAY_ONLY =
  /\b(?:return|returns|returning|come back|coming back|back|home|fly back|flying back|until|till|through|thru|ending|ends)\s+(?:(?:(?:[a-z']+\s*)?,?\s+){0,4}?on\s+)?(?:(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|weds)\s*,?\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b/;

const FRIDAY = 5;

/** The longest trip the spec allows (TripSpec.days). */
const MAX_DAYS = MAX_TRIP_DAYS;

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): IsoDate => `${y}-${pad(m)}-${pad(d)}`;

/** The date when it exists on the calendar ("February 30" does not). */
function validIso(y: number, m: number, d: number): IsoDate | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? iso(y, m, d) : undefined;
}

const dayCount = (from: IsoDate, to: IsoDate) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

/** A yearless date's next occurrence on or after `onOrAfter`. */
function nextOccurrence(month: number, day: number, onOrAfter: IsoDate): IsoDate | undefined {
  const year = Number(onOrAfter.slice(0, 4));
  for (let y = year; y <= year + 4; y++) {
    // Loops past a year only for February 29th.
    const candidate = validIso(y, month, day);
    if (candidate !== undefined && candidate >= onOrAfter) return candidate;
  }
  return undefined;
}

function resolveSingle(m: DateMention, today: IsoDate): IsoDate | undefined {
  if (m.month === undefined) return undefined;
  return m.year === undefined ? nextOccurrence(m.month, m.day, today) : validIso(m.year, m.month, m.day);
}

/** Both ends of a range; a year written at one end applies to the other ("March 16th to 18th, 2022"). */
function resolveRange(
  from: DateMention,
  to: DateMention,
  today: IsoDate,
): { start: IsoDate; end: IsoDate } | undefined {
  const toMonth = to.month ?? from.month;
  const fromMonth = from.month ?? to.month;
  if (toMonth === undefined || fromMonth === undefined) return undefined;
  // An end written before its start crosses into the next month or year ("December 28 - January 3").
  const wraps = toMonth < fromMonth || (toMonth === fromMonth && to.day < from.day);
  let start: IsoDate | undefined;
  if (from.year !== undefined) start = validIso(from.year, fromMonth, from.day);
  else if (to.year !== undefined) start = validIso(wraps ? to.year - 1 : to.year, fromMonth, from.day);
  else start = nextOccurrence(fromMonth, from.day, today);
  if (start === undefined) return undefined;
  const startYear = Number(start.slice(0, 4));
  const end = validIso(to.year ?? (wraps ? startYear + 1 : startYear), toMonth, to.day);
  if (end === undefined || end < start) return undefined;
  // "Sept 6 to Sept 3": an end written before its start is a slip, not a year-long trip.
  if (wraps && dayCount(start, end) > MAX_DAYS) return undefined;
  return { start, end };
}

function describe(days: number) {
  return `${days} day${days === 1 ? '' : 's'}`;
}

/**
 * The trip's first day and its length, from ranges ("March 3-7, 2027"), single dates with a
 * duration ("starting June 10 for 5 days") or either alone. A range beats a disagreeing duration.
 */
export function extractDates(fullLower: string, today: IsoDate, order: DateOrderOptions = {}): DatesResult {
  const warnings: string[] = [];
  const notes: string[] = [];
  const problems: RequestProblem[] = [];
  // Holidays first ("4th of July weekend" is a holiday, not July 4th plus a weekend), then the
  // written dates, then what is said relative to today; each reads the text without the others.
  const named = findHolidays(fullLower, today);
  // Seasons and school breaks ("in the fall", "spring break") are read like holidays.
  const holidays = [
    ...named,
    ...findSeasons(fullLower, today).filter((s) => !named.some((h) => h.start < s.end && s.start < h.end)),
  ].sort((a, b) => a.start - b.start);
  const lower = maskSpans({ cased: fullLower, lower: fullLower }, holidays).lower;
  // The written dates are read once; the readers below share them (none changes them).
  const mentions = findDateMentions(lower, order);
  const ranges = findDateRanges(lower, mentions);
  const absolute = [...ranges, ...mentions];
  const relative = occasionsYieldToDays(
    anchorWeekdaysInPeriod(
      [...holidays, ...findRelativeDates(maskSpans({ cased: lower, lower }, absolute).lower, today)].sort(
        (a, b) => a.start - b.start,
      ),
    ),
    holidays,
    lower,
  );
  // "…, then staying the weekend": the weekend lengthens the trip said, it is no length of its own.
  const weekendOn = findWeekendExtension(lower);
  const allDurations = findDurations(maskSpans({ cased: lower, lower }, relative).lower);
  const inWeekendOn = (d: Span) =>
    weekendOn !== undefined && d.start < weekendOn.end && weekendOn.start < d.end;
  const durations = allDurations.filter((d) => !inWeekendOn(d));
  const spans: Span[] = [...durations];
  const distinctDurations = [...new Set(durations.map((d) => d.days))];
  if (distinctDurations.length > 1) {
    warnings.push(
      `Several trip lengths are mentioned (${distinctDurations.map(describe).join(', ')}); using the first.`,
    );
  }
  let days: number | null = durations[0]?.days ?? null;
  let startDate: IsoDate | null = null;
  // Set once a date was seen but not understood, so "no start date" is not said twice.
  let unreadable = false;
  let lengthFromPeriod = false;

  const resolved = ranges.map((r) => ({ r, dates: resolveRange(r.from, r.to, today) }));
  const range = resolved.find((x) => x.dates !== undefined);
  if (ranges.length > 0 && range === undefined) {
    unreadable = true;
    const backwards = ranges.flatMap((r) => {
      const year = r.from.year ?? r.to.year;
      const month = r.from.month ?? r.to.month;
      const from = resolveSingle({ ...r.from, month, year }, today);
      const to = resolveSingle({ ...r.to, month: r.to.month ?? month, year: r.to.year ?? year }, today);
      return year !== undefined && from !== undefined && to !== undefined && to < from ? [{ from, to }] : [];
    })[0];
    if (backwards) {
      problems.push({
        field: 'days',
        message: `The trip ends (${backwards.to}) before it starts (${backwards.from}); please check the dates.`,
      });
    } else {
      warnings.push('The travel dates could not be understood (a day that does not exist?).');
    }
  }
  if (range?.dates) {
    spans.push(range.r);
    startDate = range.dates.start;
    const rangeDays = dayCount(range.dates.start, range.dates.end);
    if (days !== null && days !== rangeDays) {
      warnings.push(
        `The dates ${range.dates.start} to ${range.dates.end} span ${describe(rangeDays)} but the request also says ${describe(days)}; using the dates.`,
      );
    }
    days = rangeDays;
    if (resolved.some((x) => x.dates && x !== range && x.dates.start !== startDate)) {
      warnings.push('Several date ranges are mentioned; using the first.');
    }
  } else if (ranges.length === 0) {
    const singles = endSaidFirst(
      mentions.filter(
        (m) =>
          m.month !== undefined &&
          (!m.weak || WEAK_DATE_CUE.test(lower.slice(Math.max(0, m.start - 30), m.start))),
      ),
      lower,
      today,
    );
    // "leaving the 30th, back Jan 3": the only written date ends the trip a day said alone starts.
    const opened = openedBefore(singles, relative, lower, today);
    if (opened !== undefined) {
      spans.push(...opened.spans);
      startDate = opened.start;
      days = dayCount(opened.start, opened.end);
      notes.push(`Read the dates as ${opened.start} to ${opened.end}.`);
    }
    const first = opened === undefined ? singles[0] : undefined;
    if (first) {
      spans.push(first);
      startDate = resolveSingle(first, today) ?? null;
      if (startDate === null) {
        unreadable = true;
        warnings.push('The start date names a day that does not exist.');
      }
    }
    // "NYC to Paris Apr 2, Paris to Amsterdam Apr 6, back to NYC Apr 10": dates per leg, in
    // order, run from the first to the last.
    const inOrder = singles.every((m, i) => i === 0 || resolveRange(singles[i - 1]!, m, today) !== undefined);
    const second = singles.length > 2 && inOrder ? singles.at(-1) : singles[1];
    if (first && second && days === null && startDate !== null) {
      // "leaving on March 11th to visit …, returning on March 17th": two dates apart are the ends.
      const ends = resolveRange(first, second, today);
      const length = ends === undefined ? undefined : dayCount(ends.start, ends.end);
      if (ends !== undefined && length !== undefined && length >= 2 && length <= MAX_DAYS) {
        spans.push(second);
        days = length;
        if (!END_CUE.test(lower.slice(Math.max(0, second.start - 40), second.start))) {
          warnings.push(
            `Two dates are mentioned; reading them as the trip from ${ends.start} to ${ends.end}.`,
          );
        }
      }
    }
    if (singles.length > 1 && days === null) {
      warnings.push('Several dates are mentioned but not as a range; using the first as the start date.');
    }
  }

  if (startDate === null && !unreadable && relative.length > 0) {
    lengthFromPeriod = days === null && relative[0]?.days !== undefined;
    const read = fromRelative(relative, days, today);
    startDate = read.startDate;
    days = read.days;
    // "a weekend in March": the month's first weekend, not its 1st.
    if (relative[0]?.kind === 'month' && /\bweekend\b/.test(lower) && read.spans.length === 1) {
      startDate = onOrAfter(startDate, FRIDAY);
      read.notes.push(`A weekend in that month: planning its first, from Friday ${startDate}.`);
    }
    notes.push(...read.notes);
    warnings.push(...read.warnings);
    spans.push(...read.spans);
  } else if (relative.length > 0 && startDate !== null) {
    // "June 12 - the weekend": the written date wins; the phrase only lent its words.
    spans.push(...relative.filter((r) => r.days === undefined));
  }
  // "wedding on June 12, Friday to Sunday": the day names are the days around the date.
  const around = startDate !== null && days === null ? weekdayRangeAround(startDate, relative) : undefined;
  if (around !== undefined) {
    startDate = around.start;
    days = around.days;
    spans.push(around.span);
  }

  if (startDate !== null && days === null) {
    // "out Friday, home Sunday" with the end said relative to the start; "Jan 14 through Sunday":
    // a day name after a written start is the first such day after it.
    const start = startDate;
    // "Thursday the 14th of January": a day name just before a written date names that date.
    const namesDate = (r: RelativeDate) => absolute.some((a) => a.start >= r.end && a.start - r.end <= 6);
    const ends = relative
      .filter((r) => !namesDate(r))
      .map((r) =>
        r.kind === 'weekday' && r.date <= start
          ? { ...r, date: onOrAfter(addDays(start, 1), weekdayOf(r.date)) }
          : r,
      )
      .filter((r) => r.date > start);
    // "out Friday Jan 15, wedding Saturday, back Sunday": of several day names, the one said as
    // the way back.
    const cuedEnds = ends.filter((r) => END_CUE.test(lower.slice(Math.max(0, r.start - 20), r.end)));
    const end =
      ends.length === 1 && END_CUE.test(lower.slice(Math.max(0, ends[0]!.start - 20), ends[0]!.start + 20))
        ? ends[0]
        : ends.length > 1 && cuedEnds.length === 1
          ? cuedEnds[0]
          : undefined;
    if (end !== undefined) {
      days = daysBetween(startDate, end.date);
      spans.push(end);
    }
  }

  if (startDate !== null && days === null) {
    // "Jan 9, back the 20th": the next such day on or after the start.
    const end = END_DAY_ONLY.exec(lower);
    const day = end ? Number(end[1]) : undefined;
    if (end && day !== undefined && day >= 1 && day <= 31) {
      const [y, m, d] = startDate.split('-').map(Number) as [number, number, number];
      const last = day >= d ? validIso(y, m, day) : validIso(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, day);
      if (last !== undefined && dayCount(startDate, last) >= 2 && dayCount(startDate, last) <= MAX_DAYS) {
        days = dayCount(startDate, last);
        spans.push({ start: end.index, end: end.index + end[0].length });
      }
    }
  }

  // "Boston, staying through the weekend, from Jan 8": with nothing else to lengthen, the weekend
  // is the trip.
  const weekendAlone = allDurations.find(inWeekendOn);
  if (days === null && weekendAlone !== undefined) {
    days = weekendAlone.days;
    spans.push(weekendAlone);
  } else if (weekendOn !== undefined && startDate !== null && days !== null) {
    const through = throughTheWeekend(startDate, days);
    if (through !== days) {
      notes.push(
        `Read the dates as ${startDate} for ${describe(through)} (to Sunday ${addDays(startDate, through - 1)}), staying on for the weekend.`,
      );
      days = through;
      spans.push(weekendOn);
    }
  }

  if (days !== null && days > MAX_DAYS) {
    problems.push({
      field: 'days',
      message: `A trip of ${describe(days)} is longer than the ${MAX_DAYS} days one plan can cover; please shorten it or split it.`,
    });
    warnings.push(`A trip of ${describe(days)} is longer than the ${MAX_DAYS} days that can be planned.`);
    days = null;
  } else if (days === null) {
    warnings.push('The trip length was not found.');
  }
  if (startDate === null && !unreadable && problems.every((p) => p.field !== 'startDate')) {
    warnings.push('No start date was found.');
  }
  if (startDate !== null && notes.length === 0) {
    notes.push(
      days === null
        ? `Read the start date as ${startDate}.`
        : `Read the dates as ${startDate} for ${describe(days)} (to ${addDays(startDate, days - 1)}).`,
    );
  }
  const lengthInWeeks =
    days !== null &&
    distinctDurations.length === 1 &&
    durations[0]?.inWeeks === true &&
    days === durations[0].days;
  return { startDate, days, warnings, notes, problems, spans, lengthFromPeriod, lengthInWeeks };
}

/** Words before a date that make it what the trip ends before: "before our cruise leaves on". */
const BEFORE_CUE = /\bbefore\b[^.;!?]{0,30}$/;

/**
 * "2 nights in Miami before our cruise leaves on Feb 6, flying from Chicago on Feb 4": of two
 * dates, one said after "before" that falls after the other is the end, whatever the order written.
 */
function endSaidFirst(singles: DateMention[], lower: string, today: IsoDate): DateMention[] {
  const [first, second] = singles;
  if (singles.length !== 2 || first === undefined || second === undefined) return singles;
  if (!BEFORE_CUE.test(lower.slice(Math.max(0, first.start - 40), first.start))) return singles;
  const [a, b] = [resolveSingle(first, today), resolveSingle(second, today)];
  return a !== undefined && b !== undefined && b < a ? [second, first] : singles;
}

/** How long before a holiday a day said alone may start the trip the holiday names. */
const OCCASION_LEAD_DAYS = 14;

/**
 * "Xmas in Paris, flying out the 22nd, back the 29th": a holiday is the occasion, and a day said
 * alone in the fortnight before it (not a month or a week) is when the trip starts.
 */
function occasionsYieldToDays(
  relative: readonly RelativeDate[],
  holidays: readonly Span[],
  lower: string,
): readonly RelativeDate[] {
  // "leaving the 30th, coming back New Year's Day": a holiday cued as the end is the end.
  const isHoliday = (r: RelativeDate) =>
    holidays.some((h) => h.start === r.start && h.end === r.end) &&
    !END_CUE.test(lower.slice(Math.max(0, r.start - 40), r.start));
  const days = relative.filter(
    (r) => !isHoliday(r) && r.days === undefined && r.kind !== 'month' && r.kind !== 'week',
  );
  if (days.length === 0) return relative;
  return relative.filter(
    (r) =>
      !isHoliday(r) ||
      !days.some((d) => d.date <= r.date && daysBetween(d.date, r.date) <= OCCASION_LEAD_DAYS + 1),
  );
}

/** A start said alone ("the 30th", "Thursday") before the one written date, cued as the end. */
function openedBefore(
  singles: readonly DateMention[],
  relative: readonly RelativeDate[],
  lower: string,
  today: IsoDate,
): { start: IsoDate; end: IsoDate; spans: Span[] } | undefined {
  const [only] = singles;
  if (singles.length !== 1 || only === undefined) return undefined;
  if (!END_CUE.test(lower.slice(Math.max(0, only.start - 40), only.start))) return undefined;
  const opener = relative.find((r) => r.end <= only.start && r.days === undefined);
  const end = resolveSingle(only, today);
  if (opener === undefined || end === undefined || opener.date >= end) return undefined;
  const length = dayCount(opener.date, end);
  return length <= MAX_DAYS ? { start: opener.date, end, spans: [opener, only] } : undefined;
}

/** Start and length from phrases like "next Friday", "over Easter", "in three weeks". */
function fromRelative(
  relative: readonly RelativeDate[],
  days: number | null,
  today: IsoDate,
): { startDate: IsoDate; days: number | null; notes: string[]; warnings: string[]; spans: Span[] } {
  const first = relative[0]!;
  const centred = stayAroundHoliday(first, days, today);
  const start = centred ?? shorterHolidayStay(first, days);
  // The note says the days planned, not the whole weekend's, when the writer gave a length.
  const notes = [
    centred !== undefined && days !== null && first.around
      ? first.around.note(start, days)
      : first.holiday && days !== null && days !== first.days
        ? first.holiday.note(start, days)
        : first.note,
  ];
  const warnings = first.warning === undefined ? [] : [first.warning];
  const spans: Span[] = [first];
  let length = days ?? first.days ?? null;
  const second = relative.find((r) => r !== first && r.date > first.date);
  if (length === null && second !== undefined) {
    const span = daysBetween(first.date, second.date);
    if (span >= 2 && span <= MAX_DAYS) {
      length = span;
      notes.push(second.note);
      spans.push(second);
    }
  }
  return { startDate: start, days: length, notes, warnings, spans };
}

/**
 * Where a stay "around" a holiday starts when its length is stated and longer than the holiday's
 * own span: the holiday in its middle (a later middle day when the length is even, so Christmas
 * Eve is kept), never before today. Undefined when the rule does not apply.
 */
function stayAroundHoliday(relative: RelativeDate, days: number | null, today: IsoDate): IsoDate | undefined {
  const { around } = relative;
  if (!around || days === null || days < 3 || (relative.days !== undefined && days <= relative.days))
    return undefined;
  const start = addDays(around.date, -Math.floor(days / 2));
  return start < today ? today : start;
}

/**
 * Where a stay shorter than a holiday's weekend starts: where the weekend does, unless that
 * leaves out the holiday itself; then it ends on the holiday (3 days over Memorial Day weekend
 * are Saturday to Monday: the Monday off is why the weekend is long).
 */
function shorterHolidayStay(relative: RelativeDate, days: number | null): IsoDate {
  const { holiday } = relative;
  if (!holiday || days === null || relative.days === undefined || days >= relative.days) return relative.date;
  const lastDay = addDays(relative.date, days - 1);
  return lastDay >= holiday.date ? relative.date : addDays(holiday.date, -(days - 1));
}
