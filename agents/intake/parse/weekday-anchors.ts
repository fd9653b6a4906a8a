import type { IsoDate } from '../../../tools/domain/common.schema.js';
import { daysBetween, onOrAfter, onOrBefore, plusDays, validIso, weekdayOf, yearOf } from './calendar.js';
import { describe, type RelativeDate } from './date-words.js';

const RETURN_BEFORE = /\b(?:back|return(?:ing)?|home|until|till|through|thru)\b[^,.;]{0,20}$/;

/**
 * "wed-sun in Miami from Atlanta next week", "Friday, back Monday, the week after next": day
 * names with the week said apart from them fall in that week — the first day on or after its
 * Monday, the days after it kept in step — and the week says nothing more. Only when the day names
 * and the one week are all the dates there are.
 */
export function anchorWeekdaysInWeek(found: RelativeDate[], lower: string): RelativeDate[] {
  const week = found.filter((r) => r.kind === 'week');
  const days = found.filter((r) => r.kind === 'weekday');
  if (week.length !== 1 || days.length === 0 || days.length !== found.length - 1) return found;
  // "leaving Thursday, back sometime next week": there the week says when the trip ends.
  if (RETURN_BEFORE.test(lower.slice(Math.max(0, week[0]!.start - 30), week[0]!.start))) return found;
  return movedTo(week[0]!.date, days);
}

/**
 * "Friday to Monday in March": day names beside a month alone fall in that month — the first
 * such Friday, with the days after it kept in step — and the month says nothing more.
 */
export function anchorWeekdaysInMonth(found: RelativeDate[]): RelativeDate[] {
  const month = found.filter((r) => r.kind === 'month');
  const days = found.filter((r) => r.kind === 'weekday');
  if (month.length !== 1 || days.length === 0 || days.length !== found.length - 1) return found;
  return movedTo(month[0]!.date, days);
}

/**
 * The day names moved together so the first falls on its weekday on or after `start` (a week's
 * Monday, a month's 1st), the notes saying the new dates.
 */
function movedTo(start: RelativeDate['date'], days: RelativeDate[]): RelativeDate[] {
  const first = days[0]!;
  const moved = onOrAfter(start, weekdayOf(first.date));
  const shift = daysBetween(first.date, moved) - 1;
  return days.map((r) => {
    const date = plusDays(r.date, shift);
    let note = r.note.replace(describe(r.date), describe(date));
    if (r.days !== undefined)
      note = note.replace(describe(plusDays(r.date, r.days - 1)), describe(plusDays(date, r.days - 1)));
    return { ...r, date, note };
  });
}

/**
 * "in September … 10 nights starting the 10th": a day of the month alone, beside a month alone,
 * falls in that month (a later day that is smaller in the month after), and the month says
 * nothing more. Only when those are all the dates there are.
 */
export function anchorDaysInMonth(found: RelativeDate[]): RelativeDate[] {
  const month = found.filter((r) => r.kind === 'month');
  const days = found.filter((r) => r.kind === 'dayOfMonth');
  if (month.length !== 1 || days.length === 0 || days.length !== found.length - 1) return found;
  const first = month[0]!.date;
  let previous: IsoDate | undefined;
  const moved: RelativeDate[] = [];
  for (const r of days) {
    const day = Number(r.date.slice(8));
    let date = validIso(yearOf(first), Number(first.slice(5, 7)), day);
    if (date !== undefined && previous !== undefined && date <= previous) {
      const next = new Date(`${date}T00:00:00Z`);
      next.setUTCMonth(next.getUTCMonth() + 1);
      date = validIso(next.getUTCFullYear(), next.getUTCMonth() + 1, day);
    }
    if (date === undefined || date < first) return found;
    moved.push({ ...r, date, note: r.note.replace(describe(r.date), describe(date)) });
    previous = date;
  }
  return moved;
}

/**
 * "leave Thursday the 17th, back Mon": a day name said after the start falls after it, whichever
 * week that takes.
 */
export function afterTheStart(found: RelativeDate[]): RelativeDate[] {
  const first = found[0];
  if (first === undefined) return found;
  return found.map((r, i) => {
    if (i === 0 || r.kind !== 'weekday' || r.date > first.date) return r;
    let date = r.date;
    while (date <= first.date) date = plusDays(date, 7);
    return { ...r, date, note: r.note.replace(describe(r.date), describe(date)) };
  });
}

/**
 * "the week of February 15th, flying out Monday and coming back Friday": day names after a
 * period of a week or more fall inside it, and they, not the whole period, are the trip. Only
 * when every one fits in the period.
 */
export function anchorWeekdaysInPeriod(found: readonly RelativeDate[]): readonly RelativeDate[] {
  const [period, ...rest] = found;
  if (period?.days === undefined || period.days < 5 || rest.length === 0) return found;
  if (!rest.every((r) => r.kind === 'weekday' && r.start > period.end)) return found;
  const last = plusDays(period.date, period.days - 1);
  let after = period.date;
  const moved: RelativeDate[] = [];
  for (const r of rest) {
    const date = onOrAfter(after, weekdayOf(r.date));
    if (date > last) return found;
    // The period's own caveat ("spring break dates vary by school") still holds.
    const warning = moved.length === 0 ? period.warning : undefined;
    moved.push({
      ...r,
      date,
      note: r.note.replace(describe(r.date), describe(date)),
      ...(warning === undefined ? {} : { warning }),
    });
    after = plusDays(date, 1);
  }
  return moved;
}

/**
 * "Saturday wedding on 2027-06-12 … Friday to Sunday": a range of day names beside one written
 * date is the stretch of days around it (Friday 11 to Sunday 13), when the date falls inside it.
 */
export function weekdayRangeAround(
  date: IsoDate,
  relative: readonly RelativeDate[],
): { start: IsoDate; days: number; span: RelativeDate } | undefined {
  const ranges = relative.filter((r) => r.kind === 'weekday' && r.days !== undefined && r.days >= 2);
  if (ranges.length !== 1) return undefined;
  const range = ranges[0]!;
  const start = onOrBefore(date, weekdayOf(range.date));
  const days = range.days!;
  return plusDays(start, days - 1) >= date ? { start, days, span: range } : undefined;
}
