import type { IsoDate } from '../../../tools/domain/common.schema.js';
import { daysBetween, lastDayOfMonth, validIso, yearOf } from './calendar.js';
import { describe, nextMonthDay, type RelativeDate, YEAR, yearOfText } from './date-words.js';
import { MONTH, monthNumber } from './months.js';
import { matchAll, spanOf } from './text.js';

/** "June through August", "from January to March 2027": whole months, the first to the last. */
const MONTH_TO_MONTH = new RegExp(
  `\\b${MONTH}\\s*(?:through|to|until|till|-|\\u2013)\\s*(?:the\\s+end\\s+of\\s+)?${MONTH}${YEAR}(?!\\s*\\d)`,
  'g',
);
/** A word every month span needs: a joiner between months, or "whole"/"entire"/"all". */
const SPAN_WORD = /\b(?:through|to|until|till|whole|entire|all)\b|[a-z]\s*[-\u2013]\s*[a-z]/;
/** "the whole of August", "all of July", "the entire month of May": one whole month. */
const WHOLE_MONTH = new RegExp(
  `\\b(?:the\\s+)?(?:whole|entire|all)\\s+(?:of\\s+)?(?:the\\s+month\\s+of\\s+)?${MONTH}${YEAR}(?!\\s*\\d)`,
  'g',
);

/**
 * Stays said in whole months, as long stays are ("the summer in Paris, June through August",
 * "the whole of August in Copenhagen"): from the 1st of the first month to the last day of the
 * last, the length included (a span past the longest trip is then asked about, not guessed).
 */
export function monthSpans(lower: string, today: IsoDate, out: RelativeDate[]): void {
  // Most requests name no span of months: the cheap test spares them the month-name scan.
  if (!SPAN_WORD.test(lower)) return;
  for (const m of matchAll(lower, MONTH_TO_MONTH)) {
    const [from, to] = [monthNumber(m[1]), monthNumber(m[2])];
    if (from === undefined || to === undefined || from === to) continue;
    const start = nextMonthDay(from, 1, today, yearOfText(m[3]));
    if (start === undefined) continue;
    // "November through February" runs into the next year.
    const endYear = yearOf(start) + (to < from ? 1 : 0);
    const end = validIso(endYear, to, lastDayOfMonth(endYear, to));
    if (end === undefined) continue;
    const days = daysBetween(start, end);
    out.push({
      ...spanOf(m),
      date: start,
      days,
      note: `Read '${m[0].trim()}' as ${describe(start)} to ${describe(end)}.`,
    });
  }
  for (const m of matchAll(lower, WHOLE_MONTH)) {
    const month = monthNumber(m[1]);
    if (month === undefined) continue;
    const start = nextMonthDay(month, 1, today, yearOfText(m[2]));
    if (start === undefined) continue;
    const days = lastDayOfMonth(yearOf(start), month);
    out.push({
      ...spanOf(m),
      date: start,
      days,
      note: `Read '${m[0].trim()}' as all ${days} days of the month from ${describe(start)}.`,
    });
  }
}
