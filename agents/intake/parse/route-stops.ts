import type { Destination, RouteStop } from '../../../tools/domain/trip-spec.schema.js';
import { NUMBER, parseNumber } from './numbers.js';
import type { PlaceMention } from './place-mentions.js';
import { matchAll, type RequestText, type Span } from './text.js';

/**
 * Nights at a stop: "4 nights in Osaka", "3 in Kyoto", "Madrid (3 nights)", "Lisbon for 2 nights",
 * "a 2-night stopover in Dubai".
 */
const NIGHTS_BEFORE = new RegExp(
  `\\b(${NUMBER})\\s*(?:-\\s*)?(?:(nights?|days?)\\s+(?:(?:stop\\s*-?\\s*over|stop|layover)\\s+)?(?:(?:in|at)\\s+)?|(?:in|at)\\s+)$`,
);
// "Venice - 3 nights in Rome": a count followed by "in <place>" belongs to that place.
// "Barcelona, spend like 4 nights": the stay's verb and a hedge may stand before the count.
const NIGHTS_AFTER = new RegExp(
  `^\\s*(?:\\(\\s*|,\\s*|-\\s*|:\\s*)?(?:(?:spend(?:ing)?|stay(?:ing)?)\\s+)?(?:for\\s+)?(?:(?:like|about|around|maybe|roughly|~)\\s*)?(${NUMBER})\\s*(?:-\\s*)?(nights?|days?)\\b\\)?(?!\\s+(?:in|at)\\b)`,
);
/**
 * "Rome for 3 nights and Florence for 4", "Tokyo 5 nights, Kyoto 3, Osaka 2", "Tokyo for 5 nights
 * then Seoul for 4 from San Francisco": a bare count after a later stop, once a unit was said.
 */
const BARE_NIGHTS_AFTER = new RegExp(
  `^\\s*(?:,\\s*)?(?:for\\s+|:\\s*|\\(\\s*)?(${NUMBER})(?=\\s*(?:[,.;)+]|$|and\\b|then\\b|&|-\\s|->|\\u2192|(?:from|starting|leaving|departing|flying)\\b))`,
);
/** "2 nights each", "3 nights in each city", "4 nights apiece": the same stay at every stop. */
const EACH = new RegExp(
  `\\b(${NUMBER})\\s*(?:-\\s*)?(?:nights?|days?)\\s+(?:each|apiece|per (?:city|stop|place)|in each(?: (?:city|place|one))?|at each(?: (?:stop|city))?)\\b`,
);
/** "Madrid from Chicago, 3 nights": where the trip starts, said between a stop and its nights. */
const ORIGIN_ASIDE = /^\s+(?:from|out of)\s+[a-z][a-z .'-]{1,30}?(?=\s*,)/;
/** The whole trip's length said after the stops: "10 nights total", "8 days in all". */
const TOTAL_AFTER = /^\s*(?:total|in total|altogether|overall|in all|all together|all in)\b/;
/** "Paris then Nice, 5 nights + 4 nights", "Rome and Milan: 3 and 2 nights": one count per stop, in order. */
const SEQUENCE = new RegExp(
  `^\\s*(?:[,:(-]\\s*)?((?:${NUMBER})(?:\\s*(?:-\\s*)?(?:nights?|days?))?(?:\\s*(?:\\+|,|/|&|and|then|,\\s*then)\\s*(?:${NUMBER})(?:\\s*(?:-\\s*)?(?:nights?|days?))?)+)\\b\\)?`,
);

/** The cities of a route, each with all its mentions (a stop may be named again with its nights). */
function stopsOf(cued: readonly PlaceMention[]): PlaceMention[][] | undefined {
  const groups: PlaceMention[][] = [];
  for (const m of cued) {
    if (m.city === undefined || m.ambiguous.length > 1) return undefined;
    const group = groups.find((g) => g[0]!.city?.name === m.city?.name);
    if (group) group.push(m);
    else groups.push([m]);
  }
  return groups.length < 2 ? undefined : groups;
}

/** One count per stop written after the last stop ("5 nights + 4 nights"), else undefined. */
/** One count of a "3 and 2 nights" list. */
const LISTED_COUNT = new RegExp(`(${NUMBER})(?=\\s|$|[+,/&]|-)`, 'g');

function sequenceAfter(
  text: RequestText,
  last: PlaceMention,
  stops: number,
  spans: Span[],
): number[] | undefined {
  const m = SEQUENCE.exec(text.lower.slice(last.end, last.end + 80));
  // "3 and 2 nights", "5 nights + 4 nights": the unit ends the list; "5 days, 2 adults" is no list.
  if (!m || !/(?:nights?|days?)\s*$/.test(m[1] ?? '')) return undefined;
  const counts = matchAll(m[1] ?? '', LISTED_COUNT)
    .map((x) => parseNumber(x[1] ?? ''))
    .filter((n): n is number => n !== undefined && n > 0);
  if (counts.length !== stops) return undefined;
  spans.push({ start: last.end, end: last.end + m[0].length });
  return counts;
}

/**
 * Two or more named cities as destinations make a route, in the order written, each with its
 * nights when the text gives them. Undefined for a single city.
 */
export function namedRoute(
  text: RequestText,
  cued: readonly PlaceMention[],
  stopSpans: Span[],
): Destination | undefined {
  const groups = stopsOf(cued);
  if (groups === undefined) return undefined;
  const cities = groups.map((g) => g[0]!);
  const last = cities[cities.length - 1]!;
  const each = EACH.exec(text.lower);
  if (each) {
    const nights = parseNumber(each[1] ?? '') ?? null;
    stopSpans.push({ start: each.index, end: each.index + each[0].length });
    return { kind: 'cities', stops: cities.map((m) => ({ city: m.city!.name, nights })) };
  }
  const sequence = sequenceAfter(text, last, cities.length, stopSpans);
  if (sequence) {
    return { kind: 'cities', stops: cities.map((m, i) => ({ city: m.city!.name, nights: sequence[i]! })) };
  }
  // "10 days Japan (Tokyo 4, Kyoto 3, Osaka 3)": a bare count after every stop shares the trip out.
  const bareCounts = cities.map((m) => BARE_NIGHTS_AFTER.exec(text.lower.slice(m.end, m.end + 24)));
  if (bareCounts.every((b) => b !== null && !/^\s*(?:,\s*)?for\b/.test(b[0]))) {
    cities.forEach((m, i) => {
      stopSpans.push({ start: m.end, end: m.end + bareCounts[i]![0].length });
    });
    return {
      kind: 'cities',
      stops: cities.map((m, i) => ({
        city: m.city!.name,
        nights: parseNumber(bareCounts[i]![1] ?? '') ?? null,
      })),
    };
  }
  let unitSeen = false;
  /**
   * Where the only count sits when it reads as the whole trip's length: before the first stop
   * ("5 days in Kyoto and Osaka", "6 nights Seattle + Vancouver") or after the last ("Rome and
   * Florence for 8 nights", "Rome & Naples 8 days", "Montreal & Quebec City, 6 nights").
   */
  let wholeTripCount: { stop: number; span: number } | undefined;
  const nightsAt = (m: PlaceMention, i: number): number | null => {
    const before = NIGHTS_BEFORE.exec(text.lower.slice(Math.max(0, m.start - 24), m.start));
    const after = NIGHTS_AFTER.exec(text.lower.slice(m.end, m.end + 24));
    const firstMention = m === cities[0];
    if (before?.[2] !== undefined) {
      unitSeen = true;
      // "a 2-night stopover in Dubai", "stopping over 2 nights in Singapore": that stop's stay,
      // never the whole trip's.
      const said = text.lower.slice(Math.max(0, m.start - before[0].length - 16), m.start);
      if (i === 0 && firstMention && !/stop|layover/.test(said))
        wholeTripCount = { stop: i, span: stopSpans.length };
      stopSpans.push({ start: m.start - before[0].length, end: m.start });
      return parseNumber(before[1] ?? '') ?? null;
    }
    if (after && !(/^\s*,/.test(after[0]) && /day/.test(after[2] ?? ''))) {
      // ", 10 days" after the last stop is the trip's length, not that stop's.
      unitSeen = true;
      const total = TOTAL_AFTER.test(text.lower.slice(m.end + after[0].length, m.end + after[0].length + 16));
      if (
        i === cities.length - 1 &&
        m === last &&
        (/^\s*(?:for\b|,)/.test(after[0]) || /day/.test(after[2] ?? '') || total)
      )
        wholeTripCount = { stop: i, span: stopSpans.length };
      stopSpans.push({ start: m.end, end: m.end + after[0].length });
      return parseNumber(after[1] ?? '') ?? null;
    }
    // "fly to Madrid from Chicago, 3 nights, train to Barcelona 4 nights": the start said in
    // passing stands between a stop (not the last) and its nights.
    const aside = i < cities.length - 1 ? ORIGIN_ASIDE.exec(text.lower.slice(m.end, m.end + 40)) : null;
    const afterAside =
      aside && NIGHTS_AFTER.exec(text.lower.slice(m.end + aside[0].length, m.end + aside[0].length + 24));
    if (aside && afterAside && /^\s*,/.test(afterAside[0]) && /night/.test(afterAside[2] ?? '')) {
      unitSeen = true;
      const start = m.end + aside[0].length;
      stopSpans.push({ start, end: start + afterAside[0].length });
      return parseNumber(afterAside[1] ?? '') ?? null;
    }
    const bare = unitSeen ? BARE_NIGHTS_AFTER.exec(text.lower.slice(m.end, m.end + 24)) : null;
    if (bare) {
      stopSpans.push({ start: m.end, end: m.end + bare[0].length });
      return parseNumber(bare[1] ?? '') ?? null;
    }
    if (before && (before[2] !== undefined || unitSeen)) {
      unitSeen = true;
      stopSpans.push({ start: m.start - before[0].length, end: m.start });
      return parseNumber(before[1] ?? '') ?? null;
    }
    return null;
  };
  // Mentions in the order written, so "3 nights in Rome, 2 in Florence" carries its unit along.
  const byMention = new Map<PlaceMention, number | null>();
  const ordered = groups.flat().sort((a, b) => a.start - b.start);
  for (const m of ordered) {
    const i = groups.findIndex((g) => g.includes(m));
    if (groups[i]!.some((x) => (byMention.get(x) ?? null) !== null)) continue;
    byMention.set(m, nightsAt(m, i));
  }
  const stops: RouteStop[] = groups.map((g) => {
    const nights = g.map((m) => byMention.get(m) ?? null).find((n) => n !== null) ?? null;
    return { city: g[0]!.city!.name, nights: nights !== null && nights > 0 ? nights : null };
  });
  // One count, before the first or after the last of several stops, is the whole trip's length
  // (left for the date reader), not that stop's.
  const counts = stops.filter((s) => s.nights !== null).length;
  if (wholeTripCount && counts === 1 && stops[wholeTripCount.stop]?.nights !== null) {
    stopSpans.splice(wholeTripCount.span, 1);
    return { kind: 'cities', stops: stops.map((s) => ({ ...s, nights: null })) };
  }
  return { kind: 'cities', stops };
}
