import type { TransportMode } from '../domain/common.schema.js';
import type { TransportLeg } from '../domain/plan.schema.js';
import type { TripSpec } from '../domain/trip-spec.schema.js';
import { vehiclesFor } from './cost.js';
import { driveBackDeparture, isDayTripReturn } from './day-trip.js';
import { doorToDoor } from './door-to-door.js';
import { flightTimeBreaches } from './flight-times.js';
import { legTimes } from './leg-times.js';
import { isHome, mealProfile, mealsLostNextDay, travelDayMealSlots } from './meal-slots.js';
import { compareText, nameKey, sameName } from './names.js';
import type { Hop, HopOptions } from './planning.types.js';
import { roadFareMinutes } from './time-worth.js';

/** One way to travel a hop, priced and scored. */
export interface TransportOption {
  leg: TransportLeg;
  /** leg.cost: flights × travellers, ground × vehicles. */
  cost: number;
  /**
   * 0–1: arriving before evening, not leaving before dawn, not travelling all day (a taxi or car
   * where a train runs counting its fare beyond the ticket as time, see time-worth.ts); plus 1 for a
   * mode the party prefers, so upgrades and route quality lean to it whenever money allows.
   * Always 0 (bar that bonus) for a party asking for the cheapest trip: nothing to upgrade to.
   * Minus 1 for a flight kept against the flight-time wishes.
   */
  convenience: number;
  /** Which meals the day allows with this leg (equal profiles cost the same in meals that day). */
  profile: string;
  /** The next day's meals an overnight landing takes away (see mealsLostNextDay); "" for most legs. */
  lostNextDay: string;
  /** Stable tie-break between equally priced options. */
  id: string;
}

export type HopIndex = Map<string, HopOptions[]>;

/** A hop's allowed options, cheapest first, or why there is none. */
export interface HopTransport {
  readonly options: readonly TransportOption[];
  readonly reason: string | null;
}

export function indexHopOptions(hopOptions: readonly HopOptions[]): HopIndex {
  const index: HopIndex = new Map();
  for (const options of hopOptions) {
    const k = hopKey(options.hop);
    index.set(k, [...(index.get(k) ?? []), options]);
  }
  return index;
}

function hopKey(hop: Pick<Hop, 'from' | 'to' | 'date'>): string {
  return `${nameKey(hop.from)}\u0000${nameKey(hop.to)}\u0000${hop.date}`;
}

/**
 * The allowed options of a hop, cheapest first, or why there is none. Options are re-checked
 * against the hop (cities, date) and the spec's excluded modes; duplicates are dropped. Flights
 * outside the request's flight-time wishes are left out while one inside them remains; when
 * none does they stay allowed (a wish about times never means "no flights at all"), and the
 * plan reports the wish as not honoured.
 */
export function hopTransport(spec: TripSpec, hop: Hop, index: HopIndex): HopTransport {
  // Candidate routes share most hops (a 3-city region: 24 routes over 42 distinct hops), and a
  // hop's options depend only on the spec, the hop and the index: worked out once per solve.
  let known = solved.get(index);
  if (!known || known.spec !== spec) {
    known = { spec, byHop: new Map() };
    solved.set(index, known);
  }
  const key = `${hop.from}\u0000${hop.to}\u0000${hop.date}\u0000${hop.day}`;
  let result = known.byHop.get(key);
  if (!result) {
    result = allowedOptions(spec, hop, index);
    known.byHop.set(key, result);
  }
  return result;
}

/**
 * What hopTransport found per index (one per solve) for its spec; callers only read the options.
 */
const solved = new WeakMap<HopIndex, { spec: TripSpec; byHop: Map<string, HopTransport> }>();

function allowedOptions(spec: TripSpec, hop: Hop, index: HopIndex): HopTransport {
  const excluded = new Set<TransportMode>(spec.constraints.excludedModes);
  const found = index.get(hopKey(hop)) ?? [];
  const flights = found
    .flatMap((o) => o.flights)
    .filter((f) => sameName(f.from, hop.from) && sameName(f.to, hop.to) && f.date === hop.date);
  const ground = found
    .flatMap((o) => o.ground)
    .filter((g) => sameName(g.from, hop.from) && sameName(g.to, hop.to));
  const trains = found
    .flatMap((o) => o.trains ?? [])
    .filter((t) => sameName(t.from, hop.from) && sameName(t.to, hop.to) && t.date === hop.date);
  const { flightTimes } = spec.constraints;
  const timely = flights.filter((f) => flightTimeBreaches(f, flightTimes).length === 0);
  const usableFlights = timely.length > 0 ? timely : flights;
  // What a ticket costs at least, where the party may take a train: the price a road leg's time
  // advantage is weighed against.
  const cheapestTrainFare =
    excluded.has('rail') || trains.length === 0 ? null : Math.min(...trains.map((t) => t.price));
  const options = new Map<string, TransportOption>();
  // The same flight or road often comes in more than one list of the hop: only the cheapest of
  // an id is kept, so it alone is described (meal slots, convenience).
  const add = (leg: TransportLeg, id: string): void => {
    const known = options.get(id);
    if (!known || leg.cost < known.cost) options.set(id, describe(spec, hop, leg, id, cheapestTrainFare));
  };
  if (!excluded.has('flight')) {
    for (const flight of usableFlights) {
      const leg: TransportLeg = {
        mode: 'flight',
        day: hop.day,
        from: hop.from,
        to: hop.to,
        flight,
        cost: flight.price * spec.travellers,
      };
      add(leg, `flight ${flight.departureTime} ${flight.flightNumber}`);
    }
  }
  if (!excluded.has('rail')) {
    for (const train of trains) {
      const leg: TransportLeg = {
        mode: 'rail',
        day: hop.day,
        from: hop.from,
        to: hop.to,
        train,
        cost: train.price * spec.travellers,
      };
      add(leg, `rail ${train.departureTime} ${train.trainNumber}`);
    }
  }
  // A day trip's drive back leaves in the evening, not at the morning start.
  const back = isDayTripReturn(spec, hop);
  for (const route of ground) {
    if (excluded.has(route.mode)) continue;
    const vehicles = vehiclesFor(route.mode, spec.travellers);
    const leg: TransportLeg = {
      mode: route.mode,
      day: hop.day,
      from: hop.from,
      to: hop.to,
      route,
      vehicles,
      cost: route.cost * vehicles,
      ...(back ? { departureTime: driveBackDeparture(route.durationMinutes) } : {}),
    };
    add(leg, route.mode);
  }
  const sorted = [...options.values()].sort(
    (a, b) => a.cost - b.cost || b.convenience - a.convenience || compareText(a.id, b.id),
  );
  return {
    options: sorted,
    reason: sorted.length > 0 ? null : noTransportReason(spec, hop, flights.length, trains.length, ground),
  };
}

function describe(
  spec: TripSpec,
  hop: Hop,
  leg: TransportLeg,
  id: string,
  cheapestTrainFare: number | null,
): TransportOption {
  return {
    leg,
    cost: leg.cost,
    convenience: preference(spec, leg, cheapestTrainFare),
    profile: mealProfile(travelDayMealSlots(spec, hop, leg)),
    lostNextDay: mealsLostNextDay(leg, hop.day),
    id,
  };
}

/**
 * Convenience adjusted for the party's wishes (see TransportOption.convenience). A flight kept
 * against the flight-time wishes (no flight of the hop honours them) loses a point, so a train or
 * a drive that honours them wins whenever the money allows.
 */
function preference(spec: TripSpec, leg: TransportLeg, cheapestTrainFare: number | null): number {
  const bonus = spec.preferences.preferredModes.includes(leg.mode) ? 1 : 0;
  const against =
    leg.mode === 'flight' && flightTimeBreaches(leg.flight, spec.constraints.flightTimes).length > 0 ? 1 : 0;
  if (spec.preferences.comfort === 'cheapest') return bonus - against;
  const home = spec.ruleset === 'standard' && isHome(spec, leg.to);
  return convenience(leg, fareMinutes(spec, leg, cheapestTrainFare), home) + bonus - against;
}

/**
 * Minutes a leg's price adds to its time underway: a taxi or a car's fare beyond the train
 * ticket (time-worth.ts), so the half hour a taxi saves between Kyoto and Osaka is weighed
 * against what it costs each traveller. Flights and trains are priced per seat and compared as
 * they were (door to door).
 */
function fareMinutes(spec: TripSpec, leg: TransportLeg, cheapestTrainFare: number | null): number {
  return leg.mode === 'taxi' || leg.mode === 'self-driving'
    ? roadFareMinutes(spec, leg.cost, cheapestTrainFare)
    : 0;
}

/** Minutes in `h` hours. */
function hours(h: number): number {
  return h * 60;
}

/**
 * Penalties per hour band; weights say arrival time matters most (evening arrivals waste a day).
 * The time underway is counted door to door (door-to-door.ts): a 1-hour flight is about four
 * hours from hotel to hotel, so a train of two or three hours is the easier trip, as people
 * find between Tokyo and Kyoto or Paris and Amsterdam. `priceMinutes` is the time a road leg's
 * price beyond the train would buy the party (fareMinutes), counted as if underway.
 */
function convenience(leg: TransportLeg, priceMinutes: number, home = false): number {
  const { departure, arrival } = legTimes(leg);
  const late = home
    ? homeLate(arrival)
    : arrival <= hours(18)
      ? 0
      : arrival <= hours(20)
        ? 0.25
        : arrival <= hours(22)
          ? 0.5
          : arrival <= hours(24)
            ? 0.75
            : nightLanding(arrival)
              ? 1.5
              : 1;
  const early = departure >= hours(8) ? 0 : departure >= hours(6) ? 0.5 : 1;
  // Twelve hours underway is as bad as a travel day gets.
  const long = Math.min(1, (doorToDoor(leg).minutes + priceMinutes) / hours(12));
  return 1 - (0.5 * late + 0.25 * early + 0.25 * long);
}

/**
 * Lateness of a leg home: an evening landing there wastes no day of the trip (the day was spent in
 * the city, as the travel-day meals and sights it leaves count), only the night's sleep once it is
 * late. Scored as landings elsewhere, a flight home at 20:30 lost as much as 18 hours underway, so
 * upgrades bought 06:25 flights home (up at four) over a cheaper 07:35 landing at 19:16, and a
 * 9.7-hour drive home outranked the flight. Landings after midnight are scored as elsewhere.
 */
function homeLate(arrival: number): number {
  if (arrival <= hours(22)) return 0;
  if (arrival <= hours(24)) return 0.5;
  return nightLanding(arrival) ? 1.5 : 1;
}

/**
 * An overnight leg that lands in the small hours of a later day (02:02 in Brisbane): the party
 * needs a bed the night it lands and gets a few hours in it. Every later-day landing scored
 * alike, so a cheaper 02:02 landing beat the 06:32 one once upgrades had to be worth their fare.
 */
function nightLanding(arrival: number): boolean {
  return arrival % hours(24) < hours(5);
}

function noTransportReason(
  spec: TripSpec,
  hop: Hop,
  flightCount: number,
  trainCount: number,
  ground: readonly { mode: TransportMode }[],
): string {
  const where = `from ${hop.from} to ${hop.to} on ${hop.date} (day ${hop.day})`;
  const found = [
    flightCount > 0 ? `${flightCount} flight${flightCount === 1 ? '' : 's'}` : null,
    trainCount > 0 ? `${trainCount} train${trainCount === 1 ? '' : 's'}` : null,
    ...[...new Set(ground.map((g) => g.mode))],
  ].filter((x): x is string => x !== null);
  if (found.length === 0) return `no flight, train, taxi or self-driving option ${where}`;
  const excluded = spec.constraints.excludedModes.join(' and ');
  return `no allowed transport ${where}: only ${found.join(', ')} found, and ${excluded} ${spec.constraints.excludedModes.length === 1 ? 'is' : 'are'} excluded`;
}
