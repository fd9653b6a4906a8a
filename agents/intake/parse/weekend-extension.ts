import type { IsoDate } from '../../../tools/domain/common.schema.js';
import { onOrAfter, plusDays } from './calendar.js';
import { type Span, spanOf } from './text.js';

/**
 * "conference Jan 11-14, then staying the weekend", "Monday to Thursday next week, then weekend in
 * Napa": the working days are said, and the stay runs on to the Sunday after them. Only after
 * "then"/"and"/"plus", so "a weekend in Napa" alone stays a weekend trip.
 */
const STAY_ON_FOR_WEEKEND =
  /\b(?:then|and then|and|plus|after that|afterwards)\s+(?:(?:we(?:'re| are| will| 'll)?|i(?:'m| am| will|'ll)?)\s+)?(?:(?:stay(?:ing)?|spend(?:ing)?|stick(?:ing)? around|hang(?:ing)? around|extend(?:ing)?(?:\s+it)?|keep(?:ing)? (?:it|going)|stay(?:ing)? on)\s+(?:for\s+|over\s+|through\s+|thru\s+|into\s+)?)?(?:the\s+|a\s+)?weekend\b/;

/** "staying on through the weekend", "sticking around into the weekend": said anywhere. */
const THROUGH_THE_WEEKEND =
  /\b(?:stay(?:ing)?|stick(?:ing)? around|hang(?:ing)? around|extend(?:ing)?(?:\s+it)?)\s+(?:on\s+)?(?:through|thru|into)\s+the\s+weekend\b/;

export function findWeekendExtension(lower: string): Span | undefined {
  const m = STAY_ON_FOR_WEEKEND.exec(lower) ?? THROUGH_THE_WEEKEND.exec(lower);
  return m === null ? undefined : spanOf(m);
}

const SUNDAY = 0;

/** The trip's length run on to the Sunday after its last day (unchanged when that is a Sunday). */
export function throughTheWeekend(start: IsoDate, days: number): number {
  const last = plusDays(start, days - 1);
  const sunday = onOrAfter(last, SUNDAY);
  return days + Math.round((Date.parse(sunday) - Date.parse(last)) / 86_400_000);
}
