import { daysBetween, onOrAfter, plusDays, weekdayOf } from './calendar.js';
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
