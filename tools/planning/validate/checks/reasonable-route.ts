import type { PlanDraft } from '../../../domain/plan.schema.js';
import { tripEnd } from '../../../domain/trip-spec.schema.js';
import { nameKey, sameName } from '../../names.js';
import { type CheckContext, type CheckResult, checkResult } from '../check-result.js';
import { legLabel, listText } from '../format.js';
import { type CityBlock, cityTimeline, homeKeys, isSameDayReturn, visitedCities } from '../plan-view.js';
import type { WorldFacts } from '../world-facts.js';

type Leg = PlanDraft['legs'][number];

function lastLegOf(draft: PlanDraft): Leg | undefined {
  return draft.legs.reduce<Leg | undefined>(
    (latest, leg) => (latest === undefined || leg.day >= latest.day ? leg : latest),
    undefined,
  );
}

function startProblems(draft: PlanDraft): string[] {
  const { origin } = draft.spec;
  const first = draft.days[0];
  if (!first || (first.fromCity !== null && sameName(first.fromCity, origin))) return [];
  const actual = first.fromCity === null ? `is spent in ${first.city}` : `departs from ${first.fromCity}`;
  return [`day 1 ${actual}, but the trip starts in ${origin}; day 1 must travel from ${origin}`];
}

/** A one-way trip ends in its last city: no leg home, and the last day is spent there. */
function oneWayEndProblems(draft: PlanDraft): string[] {
  const { origin } = draft.spec;
  const last = draft.days[draft.days.length - 1];
  const problems: string[] = [];
  if (last && sameName(last.city, origin)) {
    problems.push(
      `day ${last.day}, the last day, ends in ${origin}, the origin, but the trip is one-way; end it in the last city visited`,
    );
  }
  if (last && last.fromCity !== null && draft.days.length > 1) {
    problems.push(
      `day ${last.day}, the last day, travels from ${last.fromCity} to ${last.city}; a one-way trip spends its last day in the last city`,
    );
  }
  const lastLeg = lastLegOf(draft);
  if (!lastLeg) problems.push(`the plan has no transport legs, so it never leaves ${origin}`);
  return problems;
}

function endpointProblems(draft: PlanDraft): string[] {
  const end = tripEnd(draft.spec);
  if (end === null) return [...startProblems(draft), ...oneWayEndProblems(draft)];
  const origin = end;
  const home = sameName(end, draft.spec.origin) ? 'the origin' : 'where the trip ends';
  const problems: string[] = startProblems(draft);
  const last = draft.days[draft.days.length - 1];
  // A day trip's one day is spent in its city and ends back home (its legs say so).
  if (last && !sameName(last.city, origin) && !isSameDayReturn(draft, last)) {
    problems.push(
      `day ${last.day}, the last day, ends in ${last.city}; it must travel back to ${origin}, ${home}`,
    );
  } else if (last && last.fromCity === null && draft.days.length > 1) {
    problems.push(
      `day ${last.day}, the last day, is spent in ${origin}; the trip must return to ${origin} on its last day, not before`,
    );
  }
  const lastLeg = lastLegOf(draft);
  if (!lastLeg) problems.push(`the plan has no transport legs, so it never returns to ${origin}`);
  else if (!sameName(lastLeg.to, origin)) {
    problems.push(
      `the last leg (day ${lastLeg.day}: ${legLabel(lastLeg)}) does not return to ${origin}; end the trip with a leg back to ${origin}`,
    );
  }
  return problems;
}

/**
 * A city may be left once; only the origin may reappear, and only as the trip's end, and a night
 * on the way of a long drive on the way back too when no other town breaks that drive.
 */
function revisitProblems(draft: PlanDraft, timeline: readonly CityBlock[]): string[] {
  const { origin } = draft.spec;
  const end = tripEnd(draft.spec);
  const stopovers = new Set((draft.route.stopovers ?? []).map((s) => nameKey(s.city)));
  const problems: string[] = [];
  const earlier = new Map<string, CityBlock>();
  timeline.forEach((block, index) => {
    const key = nameKey(block.city);
    const before = earlier.get(key);
    const isReturnHome = end !== null && key === nameKey(end) && index === timeline.length - 1;
    if (before && !isReturnHome && !stopovers.has(key)) {
      problems.push(
        key === nameKey(origin)
          ? `day ${block.firstDay}: the trip returns to ${origin}, the origin, before it ends; visit every destination city before going home`
          : `day ${block.firstDay}: the trip comes back to ${block.city}, already visited on ${daySpan(before)}; each city's days must be consecutive`,
      );
    }
    if (!before) earlier.set(key, block);
  });
  return problems;
}

function nightsText(n: number | undefined): string {
  return n === 1 ? '1 night' : `${n ?? 0} nights`;
}

function daySpan(block: CityBlock): string {
  return block.firstDay === block.lastDay
    ? `day ${block.firstDay}`
    : `days ${block.firstDay}–${block.lastDay}`;
}

/** Named cities must come in the order the request gives. */
function orderProblems(draft: PlanDraft): string[] {
  const { destination } = draft.spec;
  if (destination.kind !== 'cities') return [];
  const named = destination.stops.map((s) => nameKey(s.city));
  const visited = visitedCities(draft).filter((c) => named.includes(nameKey(c)));
  const expected = destination.stops.map((s) => s.city).filter((c) => visited.some((v) => sameName(v, c)));
  const inOrder = visited.every((c, i) => sameName(c, expected[i] ?? ''));
  return inOrder
    ? []
    : [
        `the plan visits ${listText(visited)} in that order, but the request asks for ${listText(destination.stops.map((s) => s.city))} in that order`,
      ];
}

/** Nights the request fixes per named city must be the nights the days spend there. */
function requestedNightsProblems(draft: PlanDraft): string[] {
  const { destination } = draft.spec;
  if (destination.kind !== 'cities') return [];
  return destination.stops.flatMap((stop) => {
    if (stop.nights === null) return [];
    const spent = draft.days.filter((d) => d.day < draft.days.length && sameName(d.city, stop.city)).length;
    return spent === stop.nights
      ? []
      : [
          `the request asks for ${nightsText(stop.nights)} in ${stop.city}, but the days spend ${nightsText(spent)} there`,
        ];
  });
}

function destinationProblems(draft: PlanDraft, facts: WorldFacts): string[] {
  const { destination } = draft.spec;
  return visitedCities(draft).flatMap((city) => {
    if (destination.kind === 'city') {
      return sameName(city, destination.city)
        ? []
        : [
            `the plan visits ${city}, but the destination is ${destination.city}; visit only ${destination.city}`,
          ];
    }
    if (destination.kind === 'cities') {
      const named = destination.stops.map((s) => s.city);
      return named.some((n) => sameName(n, city))
        ? []
        : [`the plan visits ${city}, which the request does not name; visit only ${named.join(', ')}`];
    }
    const info = facts.cities.get(nameKey(city));
    if (!info) {
      return [`${city} is not a known city, so it cannot be shown to be in ${destination.region}`];
    }
    const inRegion = sameName(info.region, destination.region) || sameName(info.country, destination.region);
    return inRegion
      ? []
      : [
          `the plan visits ${city}, which is in ${info.region}, not ${destination.region}; visit only cities in ${destination.region}`,
        ];
  });
}

/** The draft's `route` summary must describe the days: the same cities, in order, for the same nights. */
function routeSummaryProblems(draft: PlanDraft, timeline: readonly CityBlock[]): string[] {
  const home = homeKeys(draft.spec);
  const stops = timeline.filter((b) => !home.has(nameKey(b.city)));
  const nightsIn = (block: CityBlock): number =>
    draft.days
      .filter((d) => d.day >= block.firstDay && d.day <= block.lastDay && d.day < draft.days.length)
      .filter((d) => sameName(d.city, block.city)).length;
  const { cities, nights } = draft.route;
  const actualCities = stops.map((b) => b.city);
  const sameCities =
    cities.length === stops.length && cities.every((c, i) => sameName(c, actualCities[i] ?? ''));
  if (!sameCities) {
    return [
      `the route lists ${listText(cities) || 'no cities'}, but the days visit ${listText(actualCities) || 'no cities'}; make the route match the days`,
    ];
  }
  if (nights.length !== cities.length) {
    return [`the route gives ${nights.length} night counts for ${cities.length} cities; give one per city`];
  }
  return stops.flatMap((block, i) => {
    const listed = nights[i];
    const actual = nightsIn(block);
    return listed === actual
      ? []
      : [
          `the route gives ${block.city} ${nightsText(listed)}, but the days spend ${nightsText(actual)} there; make them agree`,
        ];
  });
}

/**
 * Commonsense 4: leave from the origin and end where the trip type says (back at the origin, at
 * an open-jaw's end, or in the last city of a one-way trip), never come back to a city, stay in
 * the destination, named cities in their order and for the nights asked.
 */
export function checkReasonableRoute({ draft, facts }: CheckContext): CheckResult {
  const timeline = cityTimeline(draft.days);
  const revisits = revisitProblems(draft, timeline);
  return checkResult([
    ...endpointProblems(draft),
    ...revisits,
    ...destinationProblems(draft, facts),
    ...orderProblems(draft),
    ...requestedNightsProblems(draft),
    // A revisit already explains why the route summary cannot be matched.
    ...(revisits.length === 0 ? routeSummaryProblems(draft, timeline) : []),
  ]);
}
