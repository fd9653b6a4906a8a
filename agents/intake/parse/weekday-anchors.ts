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
  const first = days[0]!;
  const moved = onOrAfter(week[0]!.date, weekdayOf(first.date));
  const shift = daysBetween(first.date, moved) - 1;
  return days.map((r) => {
    const date = plusDays(r.date, shift);
    let note = r.note.replace(describe(r.date), describe(date));
    if (r.days !== undefined)
      note = note.replace(describe(plusDays(r.date, r.days - 1)), describe(plusDays(date, r.days - 1)));
    return { ...r, date, note };
  });
}
