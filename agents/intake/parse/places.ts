import type { Destination, RequestProblem } from '../../../tools/domain/trip-spec.schema.js';
import type { GazetteerIndex } from './gazetteer.js';
import { ANY_MONTH } from './months.js';
import { findPlaceMentions, type PlaceMention } from './place-mentions.js';
import { findRegionCount, looseCityCount } from './region-counts.js';
import { BACK_FROM_CUE, before, FROM_CUE, inRouteOrder, START_IN_CUE } from './route-order.js';
import { namedRoute } from './route-stops.js';
import type { RequestText, Span } from './text.js';
import { findUnknownPlaces } from './unknown-places.js';
import { leadingCities, unplacedCities } from './unplaced-cities.js';

/** Where the trip starts and goes; a region's city count may wait for the trip length. */
export interface PlacesResult {
  readonly origin: string | null;
  /** A region without a written count has `cityCount: undefined`: the caller picks it by days. */
  readonly destination: Destination | { kind: 'region'; region: string; cityCount: undefined } | null;
  /** A city other than the origin the trip is said to end at ("return to Boston"). */
  readonly returnTo: string | null;
  readonly warnings: string[];
  readonly notes: string[];
  readonly problems: RequestProblem[];
  readonly spans: Span[];
}

// Cues are read at the end of the text before a place ("… setting off from" Indianapolis); "I'm
// a student in Boston" says where the writer is, as "I'm in Boston" does.
const START_VERBS =
  'start|starts|starting|started|begin|begins|beginning|depart|departs|departing|leave|leaves|leaving|set off|sets off|setting off|set out|setting out|head out|heading out|originating|commence|commences|commencing|kick off|kicks off|kicking off|based|live|lives|living|reside|resides|residing|located';
/** "starting our trip in", "begin the journey from". */
const TRIP_NOUN =
  '(?:\\s+(?:our|my|the|this)\\s+(?:trip|journey|travels?|tour|adventure|vacation|itinerary))?';
const ORIGIN_CUE = new RegExp(
  `(?:\\bfrom|(?:^|[.,;:!?]\\s*)out\\s+of|\\b(?:${START_VERBS})${TRIP_NOUN}(?:\\s+(?:off|out|in|from|at|of))*|\\b(?:fly|flying|drive|driving|based)\\s+out\\s+of|\\b(?:get|getting|escape|escaping|break)\\s+(?:out\\s+of|away\\s+from)|\\b(?:i'm|i am|we're|we are)\\s+(?:currently\\s+)?(?:an?\\s+(?:[a-z0-9-]+\\s+){1,3}?)?in|\\b(?:i'll|i will|we'll|we will|i'd|we'd)\\s+(?:already|currently)\\s+be\\s+in|\\balready\\s+(?:be\\s+)?in|\\bhome(?:\\s+base)?(?:\\s+is)?(?:\\s+in)?|\\b(?:starting point|starting city|origin(?: city)?|departure (?:city|point)|point of departure)(?:\\s+(?:is|will be))?:?|\\b(?:start|starting|leaving|departing|home)\\s*:)\\s+(?:the\\s+city\\s+of\\s+)?$`,
);
/**
 * The origin named before its role: "Dallas will be our starting point", "with X as the origin",
 * "a Chicago-based couple".
 */
const ORIGIN_SUFFIX =
  /^\s*,?\s*(?:(?:will be|would be|is|as)\s+)(?:the|my|our)\s+(?:starting (?:point|city|location)|origin(?: city)?|departure (?:city|point)|point of departure|home base|hometown)\b|^\s*-\s*based\b|^\s+based\b(?!\s+(?:on|in|at|near|around|out|off))/;
/** "return to X" names the origin (a trip ends where it starts), never the destination. */
const RETURN_CUE =
  /\b(?:return|returns|returning|back|home|go back|come back|head back|fly back|drive back)(?:\s+(?:home|back))?\s+(?:to|in)\s+$/;
const DEST_CUE =
  /\b(?:nights?|days?)(?:\s+in)?\s+$|\b(?:to|into|visit|visits|visiting|see|seeing|explore|exploring|tour|touring|in|around|through|across|throughout|within|destination(?:\s+is)?:?|(?:stops?|cities|destinations)\s*:|arriving(?:\s+in|\s+at)?|arrive(?:\s+in|\s+at)?|heading(?:\s+to|\s+for)?|head(?:\s+to|\s+for)?|bound for|destined for|by way of|(?:leave|leaving|depart|departing) for)\s+(?:the\s+(?:city|state)\s+of\s+)?$/;
const CONSIDERED_CUE = /\b(?:thinking|considering|eyeing)(?:\s+(?:about|of))?\s+$/;
/** Cues that mean the whole region ("a road trip around Oregon"), even when a city shares the name. */
const REGIONAL_CUE = /\b(?:around|through|across|throughout|within|state of)\s+$/;
const DEST_SUFFIX =
  /^\s+for\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|nights?|weeks?)\b|^\s*(?:\(\s*)?(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s*(?:-\s*)?(?:days?|nights?)\b|^(?:'s)?\s*(?:-\s*)?(?:trip|vacation|getaway|holiday|visit|itinerary|adventure|tour|road trip)\b|^\s*,?\s*(?:will be|would be|is|as)\s+(?:the|my|our)\s+(?:final\s+|chosen\s+|intended\s+)?destination\b/;
const LIST_JOINER =
  /^\s*(?:,|and|&|or|,\s*and|,\s*or|\/|then|and then|,\s*and then|->|\u2192|>)\s*(?:then\s+)?$/;
/** Cities listed together, never as a choice: "Kyoto and Osaka", "Tokyo, Kyoto, Osaka", "Tokyo Kyoto". */
const AND_LIST = /^\s*(?:,|and|&|\+|,\s*and)?\s*$/;
/** "Paris and Rome": two places both visited. */
const BOTH_JOINER = /^\s*(?:,\s*)?(?:and|&|\+)\s*$/;
/** "Paris, then Lyon": a list said as an order, so both are stops. */
const THEN_JOINER = /^\s*(?:,\s*)?(?:and\s+)?then\s*$|^\s*(?:->|\u2192)\s*$/;
/** What a stop's nights add between two listed stops: "Rome (3 nights), Florence". */
const STOP_NIGHTS = /\(\s*[^)]{0,20}\)|\b(?:for\s+)?\d+\s*(?:-\s*)?(?:nights?|days?)\b/g;
/** A leg's date between two stops: "London Jun 3, then Paris", "Rome on 5/12 and Naples". */
const LEG_DATE = new RegExp(
  `\\b(?:on\\s+)?(?:${ANY_MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+${ANY_MONTH}|\\d{1,2}\\/\\d{1,2})\\b`,
  'g',
);
const PAIR_JOINER = /^\s*(?:to|-|->|=>|>|\u2192|a|nach|naar)\s*$/;
/** "land in Rome, leave from", "arriving in Lisbon and departing from": the words before a way home. */
const ARRIVED_THEN_LEAVING =
  /\b(?:land(?:ing)?\s+in|arriv(?:e|ing)\s+in|fly(?:ing)?\s+into)\s+[^.;!?]{2,30}?,?\s*(?:(?:and|then|but)\s+)?(?:leav(?:e|ing)|depart(?:s|ing)?|fly(?:ing)?\s+out)\s+(?:from|out\s+of)\s+$/;
/** "Denver to 2 cities in Texas": a leg to a counted few of a region's cities. */
const REGION_LEG =
  /^\s*(?:to|->|=>|>|\u2192)\s+(?:\d+|two|three|four|five|a few|a couple of|several)\s+(?:different\s+|[a-z]+\s+)?(?:cities|places|towns|stops)\s+(?:in|across|around|of)\s+(?:the\s+state\s+of\s+)?$/;

const sameCity = (a: PlaceMention, b: PlaceMention) => a.city !== undefined && a.city?.name === b.city?.name;

type Role = 'origin' | 'return' | 'destination' | 'regional' | 'none';

function roleOf(text: RequestText, m: PlaceMention): Role {
  const before = text.lower.slice(Math.max(0, m.start - 50), m.start);
  const after = text.lower.slice(m.end, m.end + 40);
  if (BACK_FROM_CUE.test(before)) return 'destination';
  if (ORIGIN_CUE.test(before) || ORIGIN_SUFFIX.test(after)) return 'origin';
  if (RETURN_CUE.test(before)) return 'return';
  if (REGIONAL_CUE.test(before)) return 'regional';
  if (DEST_CUE.test(before) || DEST_SUFFIX.test(after)) return 'destination';
  // "we were thinking Montreal": the place considered, unless it opens a leg ("thinking Austin to Denver").
  if (CONSIDERED_CUE.test(before) && !/^\s*(?:to|-|->|\u2192)\s/.test(after)) return 'destination';
  return 'none';
}

/** Each place's role from its own cues, then from its neighbours ("Seattle to Denver", "Dallas and Austin"). */
function assignRoles(text: RequestText, mentions: readonly PlaceMention[]): Map<PlaceMention, Role> {
  const roles = new Map(mentions.map((m) => [m, roleOf(text, m)]));
  const between = (a: PlaceMention, b: PlaceMention) =>
    text.lower.slice(a.end, b.start).replace(STOP_NIGHTS, ' ').replace(LEG_DATE, ' ');
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    // "Boston → Paris → London → Boston": past the first arrow every stop is a destination, and
    // the start named again is the way home.
    const previous = mentions[i - 1];
    const chained =
      previous !== undefined &&
      roles.get(m) === 'none' &&
      ['origin', 'destination'].includes(roles.get(previous) ?? '') &&
      PAIR_JOINER.test(between(previous, m));
    if (chained) {
      const start = mentions.find((x) => roles.get(x) === 'origin');
      roles.set(m, start?.city && start.city.name === m.city?.name ? 'return' : 'destination');
      return;
    }
    if (next && roles.get(m) === 'none' && PAIR_JOINER.test(between(m, next))) {
      // "NYC to Paris, Paris to Rome, Rome to NYC": a leg from where an earlier one arrived
      // starts at a stop, and the leg that ends at the trip's start is the way home.
      const leg = mentions.slice(0, i).some((p) => roles.get(p) === 'destination' && sameCity(p, m));
      roles.set(m, leg ? 'destination' : 'origin');
      const start = mentions.find((x) => roles.get(x) === 'origin');
      if (leg && start && sameCity(start, next)) roles.set(next, 'return');
      else if (roles.get(next) === 'none') roles.set(next, 'destination');
    } else if (next && roles.get(m) === 'none' && REGION_LEG.test(between(m, next))) {
      // "Denver to 2 cities in Texas": the leg starts where the trip does.
      roles.set(m, 'origin');
    } else if (
      roles.get(m) === 'none' &&
      /^\s*(?:to|->|=>|>|\u2192)\s+[A-Z]/.test(text.cased.slice(m.end, m.end + 8))
    ) {
      // "Chicago to Gotham": an unknown destination does not make the known start unknown.
      roles.set(m, 'origin');
    }
  });
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    if (next && roles.get(m) === 'none' && THEN_JOINER.test(between(m, next))) roles.set(m, 'destination');
    // "From Miami: Lima, then Cusco": what follows the origin's colon is where the trip goes.
    const previous = mentions[i - 1];
    if (
      previous &&
      roles.get(m) === 'none' &&
      roles.get(previous) === 'origin' &&
      /^\s*:\s*$/.test(between(previous, m))
    )
      roles.set(m, 'destination');
  });
  mentions.forEach((m, i) => {
    const previous = mentions[i - 1];
    if (previous && roles.get(m) === 'none' && roles.get(previous) === 'destination') {
      if (LIST_JOINER.test(between(previous, m))) roles.set(m, 'destination');
    }
  });
  // "Lisbon & Porto for a week": a place joined by "and" to a destination after it goes there too.
  for (let i = mentions.length - 2; i >= 0; i--) {
    const m = mentions[i]!;
    const next = mentions[i + 1]!;
    if (roles.get(m) === 'none' && roles.get(next) === 'destination' && BOTH_JOINER.test(between(m, next)))
      roles.set(m, 'destination');
  }
  // "Paris → Lyon → Nice by train from London": a start named with its cue wins over one read
  // off the head of an arrow chain, which is then the first stop.
  // Cities listed without a cue of their own ("Rome, Florence, Venice from NYC") are where the
  // trip goes once its start is named.
  // "Start in Florence, end in Rome, from Chicago": beside a start said with "from", the trip's
  // "start in" is its first stop.
  const fromCued = mentions.some((m) => m.city && FROM_CUE.test(before(text, m)));
  if (fromCued) for (const m of mentions) if (START_IN_CUE.test(before(text, m))) roles.set(m, 'destination');
  const cued = mentions.filter((m) => m.city && roles.get(m) === 'origin' && roleOf(text, m) === 'origin');
  if (cued.length > 0) {
    for (const m of mentions) {
      if (cued.includes(m)) continue;
      const role = roles.get(m);
      if (role === 'origin' || (role === 'none' && m.city)) roles.set(m, 'destination');
    }
  }
  // "LA to Tokyo, 2 weeks, Tokyo Kyoto Osaka", "LA to Japan … Kyoto and Osaka": beside a start,
  // cities listed together with no cue of their own are where the trip goes (one named alone may
  // be a remark: "we loved Rome").
  if (mentions.some((m) => m.city && roles.get(m) === 'origin')) {
    const free = (m: PlaceMention | undefined) => m?.city !== undefined && roles.get(m) === 'none';
    const listed = mentions.filter((m, i) => {
      const [previous, next] = [mentions[i - 1], mentions[i + 1]];
      const joined = (a: PlaceMention | undefined, b: PlaceMention | undefined) =>
        free(a) && free(b) && AND_LIST.test(text.lower.slice(a!.end, b!.start));
      return joined(previous, m) || joined(m, next);
    });
    for (const m of listed) roles.set(m, 'destination');
  }
  // "from NYC: land in Rome, leave from Venice": beside a start said elsewhere, leaving from a
  // place after arriving at another is the way home, so it is the last stop ("fly into Denver,
  // leaving from Chicago" alone names the start).
  const starts = mentions.filter((m) => m.city && roles.get(m) === 'origin');
  if (starts.length > 1)
    for (const m of starts) if (ARRIVED_THEN_LEAVING.test(before(text, m))) roles.set(m, 'destination');
  // "through Vietnam from Hanoi to Ho Chi Minh City … from Sydney": of several starts, those
  // inside the region the trip goes to are where the route there begins; the start is outside it,
  // and the route named ("from Hanoi to Ho Chi Minh City") is the plan, not any cities of the region.
  if (starts.length > 1) {
    const areas = mentions.filter((m) => !m.city && m.region && roles.get(m) !== 'origin');
    const holds = (a: PlaceMention, m: PlaceMention) =>
      a.region === m.city?.region || a.region === m.city?.country;
    const within = starts.filter((m) => areas.some((a) => holds(a, m)));
    if (within.length > 0 && within.length < starts.length) {
      for (const m of within) roles.set(m, 'destination');
      for (const a of areas) if (within.some((m) => holds(a, m))) roles.set(a, 'destination');
    }
  }
  // "…then we fly home from Madrid to Toronto": a leg's end after the last stop is the way home,
  // not a stop: the start again, or (said with "back/home from") where the trip ends instead.
  const start = mentions.find((m) => roles.get(m) === 'origin' && m.city);
  mentions.forEach((m, i) => {
    const previous = mentions[i - 1];
    if (
      start !== undefined &&
      previous !== undefined &&
      m !== start &&
      m.city !== undefined &&
      roles.get(m) === 'destination' &&
      // "LA -> Vegas -> Phoenix -> LA road trip": the start again at a leg's end needs no cue.
      (sameCity(start, m) || BACK_FROM_CUE.test(before(text, previous))) &&
      PAIR_JOINER.test(text.lower.slice(previous.end, m.start))
    )
      roles.set(m, 'return');
  });
  return roles;
}

const label = (m: PlaceMention) => m.city?.name ?? m.region ?? '';

/** The first city cued as the start ("from", "based in", "X to Y"), else one the trip returns to. */
function chooseOrigin(
  mentions: readonly PlaceMention[],
  roles: ReadonlyMap<PlaceMention, Role>,
  warnings: string[],
) {
  const candidates = [
    ...mentions.filter((m) => roles.get(m) === 'origin'),
    ...mentions.filter((m) => roles.get(m) === 'return'),
  ];
  const mention = candidates.find((m) => m.city);
  const origin = mention?.city?.name ?? null;
  const regionOnly = candidates.find((m) => !m.city);
  if (origin === null && regionOnly) {
    warnings.push(`${label(regionOnly)} is a region, not a city; the trip needs a starting city.`);
  }
  const others = candidates.filter((m) => m.city && m.city.name !== origin && roles.get(m) === 'origin');
  if (others.length > 0) {
    warnings.push(
      `Several starting cities are mentioned (${[origin, ...others.map(label)].join(', ')}); using ${origin}.`,
    );
  }
  return { origin, candidates, regionOnly };
}

/** The destination among places that are not the origin: a counted region, else the first cued place. */
function chooseDestination(
  text: RequestText,
  places: readonly PlaceMention[],
  roles: ReadonlyMap<PlaceMention, Role>,
  originKnown: boolean,
  index: GazetteerIndex,
  warnings: string[],
  stopSpans: Span[],
): PlacesResult['destination'] {
  const counted = findRegionCount(text, places, index);
  if (counted) return { kind: 'region', ...counted };
  const cued = places.filter((m) => ['destination', 'regional'].includes(roles.get(m) ?? 'none'));
  // "to Oregon and visit Portland": a city inside a named region is the sharper wish, unless
  // the region is the point ("a road trip around Oregon"). A country counts as the region of its
  // cities: "Australia and New Zealand: Sydney, … Queenstown" lists the stops in both.
  const regions = cued.filter((r) => !r.city && roles.get(r) === 'destination').map((r) => r.region);
  const inNamedRegion = (m: PlaceMention) =>
    m.city !== undefined && regions.some((r) => r === m.city?.region || r === m.city?.country);
  const inRegion = cued.find(inNamedRegion);
  // With the origin known, one remaining place can only be where the trip goes.
  const lone = places.length === 1 && originKnown ? places[0] : undefined;
  const chosen = inRegion ?? cued[0] ?? lone;
  if (chosen === undefined) {
    // "Amsterdam, Berlin, Prague, Vienna": three or more cities listed with no cue are the route.
    const listed = uncuedList(text, places, roles);
    return listed ? (namedRoute(text, listed, stopSpans) ?? null) : null;
  }
  // "Italy (Rome, Florence, Venice)", "Portugal and Spain (Lisbon, Porto, Seville, Valencia)":
  // several named cities of the regions named are the route itself.
  const route = inRegion
    ? namedRoute(text, cued.filter(inNamedRegion), stopSpans)
    : namedRoute(text, inRouteOrder(text, cued), stopSpans);
  if (route !== undefined) return route;
  const others = cued.filter((m) => label(m) !== label(chosen) && m.region !== chosen.city?.region);
  if (others.length > 0) {
    warnings.push(
      `Several destinations are mentioned (${[chosen, ...others].map(label).join(', ')}); planning for ${label(chosen)} only.`,
    );
  }
  const regional =
    roles.get(chosen) === 'regional' || /^\s+state\b/.test(text.lower.slice(chosen.end, chosen.end + 8));
  if (chosen.city && !(regional && chosen.region)) return { kind: 'city', city: chosen.city.name };
  const region = chosen.region ?? '';
  const cityCount = looseCityCount(text.lower);
  return cityCount === undefined
    ? { kind: 'region', region, cityCount: undefined }
    : { kind: 'region', region, cityCount };
}

/**
 * Cities in one list that no cue gave a role: three or more ("A, B, C and D"), or two joined by
 * "and" ("Paris and Rome", "Paris & Rome"), which no one writes for where a trip starts and ends.
 */
function uncuedList(
  text: RequestText,
  places: readonly PlaceMention[],
  roles: ReadonlyMap<PlaceMention, Role>,
): PlaceMention[] | undefined {
  const free = places.filter((m) => m.city && (roles.get(m) ?? 'none') === 'none');
  const between = (i: number) => text.lower.slice(free[i - 1]!.end, free[i]!.start);
  if (free.length === 2 && places.length === 2) return BOTH_JOINER.test(between(1)) ? free : undefined;
  if (free.length < 3) return undefined;
  const joined = free.every((_, i) => i === 0 || LIST_JOINER.test(between(i)));
  return joined ? free : undefined;
}

/**
 * The origin city and the destination (a city, or a region with a count) by the cue words
 * around each place: "from X", "starting in X", "X to Y", "to Y", "2 cities in Z". Never
 * guesses an origin: a lone place with no cue is reported, not assigned.
 */
export function extractPlaces(text: RequestText, index: GazetteerIndex): PlacesResult {
  const warnings: string[] = [];
  const notes: string[] = [];
  const problems: RequestProblem[] = [];
  const mentions = findPlaceMentions(text, index);
  const roles = assignRoles(text, mentions);
  const { origin: chosenOrigin, candidates, regionOnly } = chooseOrigin(mentions, roles, warnings);
  const rest = mentions.filter((m) => !candidates.includes(m));
  const stopSpans: Span[] = [];
  let destination = chooseDestination(text, rest, roles, chosenOrigin !== null, index, warnings, stopSpans);
  let origin = chosenOrigin;
  // "Columbus" when the world has a Columbus in Ohio and one in Georgia: ask, never pick.
  const originMention = candidates.find((m) => m.city?.name === origin);
  if (originMention && originMention.ambiguous.length > 1) {
    problems.push({ field: 'origin', message: ambiguity(originMention) });
    origin = null;
  }
  const destinationMention = rest.find(
    (m) => destination?.kind === 'city' && m.city?.name === destination.city && m.ambiguous.length > 1,
  );
  if (destinationMention) {
    problems.push({ field: 'destination', message: ambiguity(destinationMention) });
    destination = null;
  }
  // "return to Boston" after leaving New York: the trip ends somewhere else (open-jaw).
  const back = candidates.find((m) => roles.get(m) === 'return' && m.city && m.city.name !== origin);
  const returnTo = origin !== null && back?.city ? back.city.name : null;

  const unknown = findUnknownPlaces(text, mentions);
  if (origin === null && regionOnly === undefined) {
    const named = unknown.origins[0];
    const lone = mentions.length === 1 && destination === null ? mentions[0] : undefined;
    const unplaced = unplacedCities(mentions, destination);
    if (named) warnings.push(`The starting city "${named}" is not a known city.`);
    else if (unplaced.length > 0) {
      // "Chicago, Paris for a week": Chicago is named for a reason, most likely as the start.
      const leading = leadingCities(text.lower, mentions, unplaced).join(' or ');
      const list = unplaced.join(' and ');
      warnings.push(
        leading === ''
          ? `${list}: named, but neither the start nor a stop; no starting city was found.`
          : `${leading} is named, but not as the start or a stop; no starting city was found (is it ${leading}?).`,
      );
      if (leading !== '')
        problems.push({
          field: 'origin',
          message: `Is the trip leaving from ${leading}? It is named, but not as the start or a stop.`,
        });
    } else if (destination === null && namedCities(mentions).length >= 2) {
      // "Boston, Miami, Jan 10-15": both named, neither given its role.
      const [from, to] = namedCities(mentions) as [string, string];
      warnings.push(
        `${from} and ${to} are named, but not which one the trip starts from; no starting city was found.`,
      );
      problems.push({
        field: 'origin',
        message: `Is the trip ${from} to ${to}? Both are named, but not which one it starts from.`,
      });
    } else if (lone) {
      warnings.push(
        `${label(lone)} is mentioned, but not whether the trip starts or ends there; no starting city was found.`,
      );
    } else warnings.push('No starting city was found.');
  }
  const leftOver = unplacedCities(mentions, destination).filter((c) => c !== origin && c !== returnTo);
  if (origin !== null && leftOver.length > 0)
    warnings.push(`${leftOver.join(' and ')}: named, but neither the start nor a stop; planned without.`);
  if (destination === null) {
    const named = unknown.destinations[0];
    warnings.push(
      named ? `The destination "${named}" is not a known city or region.` : 'No destination was found.',
    );
  } else {
    // "Tokyo → Kyoto → Hiroshima" with Hiroshima unknown: planned without it, and said so.
    for (const named of unknown.destinations)
      warnings.push(`"${named}" is not a known city, so the trip is planned without it.`);
  }
  return { origin, destination, returnTo, warnings, notes, problems, spans: [...mentions, ...stopSpans] };
}

const namedCities = (mentions: readonly PlaceMention[]) => [
  ...new Set(mentions.flatMap((m) => (m.city ? [m.city.name] : []))),
];

function ambiguity(m: PlaceMention): string {
  const options = m.ambiguous.map((c) => `${c.name}, ${c.region}`);
  return `There is more than one ${m.ambiguous[0]!.name} (${options.join(' or ')}); which one is meant?`;
}
