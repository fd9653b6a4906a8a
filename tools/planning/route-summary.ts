import type { Ruleset } from '../domain/trip-spec.schema.js';
import { nameKey } from './names.js';
import type { TripSelection } from './planning.types.js';
import { nightInTransit } from './transit-nights.js';
import { listText } from './validate/format.js';

/**
 * The nights the party sleeps in each city of the route, in route order: the route's nights less
 * those spent on an overnight leg with no room booked (Los Angeles → Tokyo lands the next
 * afternoon: 6 nights on the route, 5 in Tokyo). A night kept in a booking (a minimum stay) counts.
 */
export function nightsSlept(
  selection: Pick<TripSelection, 'route' | 'legs' | 'stays'>,
  ruleset: Ruleset,
): number[] {
  const { route, legs, stays } = selection;
  let first = 1;
  return route.nights.map((nights) => {
    let slept = 0;
    for (let night = first; night < first + nights; night += 1) {
      const booked = stays.some((b) => b.firstNight <= night && night < b.firstNight + b.nights);
      if (booked || !nightInTransit(legs, night, ruleset)) slept += 1;
    }
    first += nights;
    return slept;
  });
}

/**
 * "Tokyo (5 nights) → Kyoto (2 nights)": the nights slept in each city, as the summary says them
 * ("Milwaukee (day trip)" for a city with no night);
 * nights on the way of a long drive follow the cities asked for ("Nashville (3 nights) →
 * Memphis (2 nights), with a night in New Orleans on the way").
 */
export function describeRoute(
  selection: Pick<TripSelection, 'route' | 'legs' | 'stays'>,
  ruleset: Ruleset,
): string {
  const slept = nightsSlept(selection, ruleset);
  const stopovers = new Set((selection.route.stopovers ?? []).map((s) => nameKey(s.city)));
  const stays = selection.route.cities
    .map((city, i) => ({ city, slept: slept[i] ?? 0, dayTrip: selection.route.nights[i] === 0 }))
    .filter((s) => !stopovers.has(nameKey(s.city)))
    // Only a day trip's city has no night on the route: out and back the same day.
    .map((s) =>
      s.dayTrip ? `${s.city} (day trip)` : `${s.city} (${s.slept} night${s.slept === 1 ? '' : 's'})`,
    )
    .join(' \u2192 ');
  const onTheWay = selection.route.cities.filter((c) => stopovers.has(nameKey(c)));
  if (onTheWay.length === 0) return stays;
  const towns = [...new Map(onTheWay.map((c) => [nameKey(c), c])).values()];
  // The same town both ways: "with a night in Sacramento each way".
  if (towns.length === 1 && onTheWay.length > 1) return `${stays}, with a night in ${towns[0]} each way`;
  const nights = onTheWay.length === 1 ? 'a night' : 'nights';
  return `${stays}, with ${nights} in ${listText(towns)} on the way`;
}
