import type { Ruleset } from '../domain/trip-spec.schema.js';
import type { TripSelection } from './planning.types.js';
import { nightInTransit } from './transit-nights.js';

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

/** "Tokyo (5 nights) → Kyoto (2 nights)": the nights slept in each city, as the summary says them. */
export function describeRoute(
  selection: Pick<TripSelection, 'route' | 'legs' | 'stays'>,
  ruleset: Ruleset,
): string {
  const slept = nightsSlept(selection, ruleset);
  return selection.route.cities
    .map((city, i) => `${city} (${slept[i]} night${slept[i] === 1 ? '' : 's'})`)
    .join(' → ');
}
