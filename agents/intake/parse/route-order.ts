import type { PlaceMention } from './place-mentions.js';
import type { RequestText } from './text.js';

// Where a named stop sits in the route when the writer says it apart from the order written:
// "start in Florence", "end in Rome", "fly into Budapest and out of Prague, Vienna in between".

/**
 * "fly back from Lisbon", "fly home out of Venice", "fly into Rome, out of Venice", "into Rome
 * from NYC Apr 3, out of Venice Apr 11", "home on 9/24 from Florence" (the day of the way home
 * may come between): the last stop, never the origin.
 */
export const BACK_FROM_CUE =
  /\b(?:back|home|return(?:ing)?|fly(?:ing)? (?:back|home)|head(?:ing)? (?:back|home))\s+(?:(?:on\s+)?(?:the\s+)?(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?[a-z]{3,9})?|[a-z]+day),?\s+)?(?:from|out of)\s+$|\b(?:and|then|but)\s+(?:fly(?:ing)?\s+)?out\s+of\s+$|\binto\s+(?:[a-z .'-]{2,30}?,?|[^.;!?]{2,40}?,)\s*(?:(?:and|then|but)\s+)?(?:fly(?:ing)?\s+(?:home\s+|back\s+)?)?out\s+of\s+$/;

/** The words before a place, where its cues are read. */
export const before = (text: RequestText, m: PlaceMention) =>
  text.lower.slice(Math.max(0, m.start - 50), m.start);
export const FROM_CUE = /\b(?:from|(?:fly|flying|leaving|departing)\s+out\s+of)\s+$/;
export const START_IN_CUE =
  /\b(?:start|starts|starting|begin|begins|beginning)(?:\s+(?:our|my|the|this)\s+(?:trip|journey|tour))?\s+(?:off\s+)?in\s+$/;
/** Stops said to close the route ("end in Rome", "out of Prague") or sit inside it ("Vienna in between"). */
const LAST_STOP_CUE = new RegExp(
  `${BACK_FROM_CUE.source}|\\b(?:end|ends|ending|finish|finishes|finishing)(?:\\s+up)?\\s+in\\s+$`,
);
const MIDDLE_STOP_AFTER = /^\s*(?:in between|in the middle|between them)\b/;
/**
 * Stops on the way ("from New York to Los Angeles, stopping in Chicago and Denver", "with stops
 * in", "stopping over in", "a 2-night stopover in", "breaking the drive in", "to Istanbul through
 * Vienna and Budapest", "by way of Salt Lake City"), the cue holding for a list after it. "via" and
 * a bare "layover" are left out: a connection, not a stay ("a 2-night layover" is a stay).
 */
const EN_ROUTE_CUE =
  /(?:\b(?:stopping(?:\s+over|\s+off)?|with\s+(?:a\s+)?stops?|(?:a\s+)?stop(?:\s*-?\s*over|\s+off)?|(?:\d+|one|two|three|four)[- ](?:nights?|days?)\s+layover|breaking\s+(?:the|our|my)\s+(?:drive|trip|journey))\s+(?:in|at)|\b(?:passing\s+)?through|\bby\s+way\s+of)\s+(?:[a-z .'-]{2,30}?\s*(?:,|and|&)\s*){0,3}$/;

/** The stops in route order: "fly into Budapest and out of Prague, Vienna in between". */
export function inRouteOrder(text: RequestText, stops: readonly PlaceMention[]): PlaceMention[] {
  const rankOf = new Map<string, number>();
  for (const m of stops) {
    const name = m.city?.name ?? '';
    if (LAST_STOP_CUE.test(before(text, m))) rankOf.set(name, 2);
    else if (MIDDLE_STOP_AFTER.test(text.lower.slice(m.end, m.end + 20)) && !rankOf.has(name))
      rankOf.set(name, 1);
  }
  // Stops on the way come before the place written ahead of them, which is where the trip goes.
  const onTheWay = stops.filter((m) => EN_ROUTE_CUE.test(before(text, m)));
  const first = onTheWay[0];
  // Written in the order travelled ("through Vegas to Denver"), they need no reordering.
  const ahead = first !== undefined && stops.some((m) => m.start < first.start);
  if (first !== undefined && ahead && rankOf.size === 0) {
    for (const m of stops) {
      const name = m.city?.name ?? '';
      if (onTheWay.includes(m)) rankOf.set(name, 1);
      else if (m.start < first.start) rankOf.set(name, 2);
    }
  }
  if (rankOf.size === 0) return [...stops];
  const rank = (m: PlaceMention) => rankOf.get(m.city?.name ?? '') ?? 0;
  return [...stops].sort((a, b) => rank(a) - rank(b));
}
