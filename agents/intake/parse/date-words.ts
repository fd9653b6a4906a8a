import type { IsoDate } from '../../../tools/domain/common.schema.js';
import { lastDayOfMonth, validIso, weekdayOf, yearOf } from './calendar.js';
import type { Span } from './text.js';

// What the readers of relative dates and of holidays share: the shape of a reading and the words
// for weekdays and years.

/** A day said relative to today or by name ("this coming Saturday", "Easter 2027", "late May"). */
export interface RelativeDate extends Span {
  readonly date: IsoDate;
  /** How many days the phrase itself spans ("this weekend" 3, "Thanksgiving weekend" 4). */
  readonly days: number | undefined;
  /** How the phrase was read, for the spec's notes. */
  readonly note: string;
  /**
   * `weekday`: a bare day name ("Friday", "Friday to Monday"), placed in the coming week unless a
   * month anchors it; `month`: a month alone ("in March"); `week`: a week alone ("next week"),
   * which anchors the day names said apart from it; `dayOfMonth`: a day alone ("starting the 10th"),
   * which a month said apart from it anchors ("in September … starting the 10th").
   */
  readonly kind?: 'weekday' | 'month' | 'week' | 'dayOfMonth';
  /** Said when the reading is a loose guess the writer should check ("spring break"). */
  readonly warning?: string;
  /**
   * A holiday's weekend: the day itself, kept in a shorter stay ("3 days over Presidents' Day
   * weekend" is Saturday to the Monday, not Friday to Sunday), and the note for the days kept.
   */
  readonly holiday?: { readonly date: IsoDate; readonly note: (start: IsoDate, days: number) => string };
  /**
   * A stay "around", "over", "for" or "during" a holiday: the day itself, which a stay of a stated
   * length longer than the holiday's own span is centred on ("around Christmas, 5 days" is the
   * 23rd to the 27th, not from Christmas Day), and the note for the days planned.
   */
  readonly around?: { readonly date: IsoDate; readonly note: (start: IsoDate, days: number) => string };
}

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// A year is 19xx or 20xx: in "March 20, 4500 dollars" the number is money.
export const YEAR =
  "(?:\\s*,?\\s*((?:19|20)\\d{2}(?!\\s*(?:dollars|bucks|usd|eur|euros?|pounds|gbp|k\\b|per\\b|pp\\b|each\\b))|'\\d{2}))?";
export const yearOfText = (t: string | undefined) =>
  t === undefined ? undefined : t.startsWith("'") ? 2000 + Number(t.slice(1)) : Number(t);

/** A month (and day) said without a year: its next occurrence on or after today. */
export function nextMonthDay(
  month: number,
  day: number | 'last',
  today: IsoDate,
  year?: number,
): IsoDate | undefined {
  const first = year ?? yearOf(today);
  for (let y = first; y <= first + (year === undefined ? 2 : 0); y++) {
    const d = day === 'last' ? lastDayOfMonth(y, month) : day;
    const candidate = validIso(y, month, Math.min(d, lastDayOfMonth(y, month)));
    if (candidate !== undefined && (year !== undefined || candidate >= today)) return candidate;
    // A part of the current month that has begun ("late December" on Dec 22) is still this month.
    if (candidate !== undefined && year === undefined && candidate.slice(0, 7) === today.slice(0, 7))
      return today;
  }
  return undefined;
}

export const describe = (d: IsoDate) =>
  `${WEEKDAYS[weekdayOf(d)]!.replace(/^./, (c) => c.toUpperCase())} ${d}`;
