import { type RoomTypeRequirement, roomTypeSatisfies } from '../domain/common.schema.js';
import type { Stay } from '../domain/inventory.schema.js';
import type { StayBooking } from '../domain/plan.schema.js';
import type { TripSpec } from '../domain/trip-spec.schema.js';
import { luxuryFloor, stayScore, unwantedForComfort } from './comfort.js';
import { roomsFor, stayCost } from './cost.js';
import { formatMoney } from './money.js';
import { compareText, nameKey } from './names.js';

/** A stay that meets every hard rule for one city of a route, booked and priced. */
export interface StayChoice {
  booking: StayBooking;
  cost: number;
  /** What the solver maximises per night: the rating, or the comfort wish's score (comfort.ts). */
  rating: number;
}

/** Stays by city key, deduplicated by name, taken from each stay's own city. */
export function indexStays(stays: Record<string, readonly Stay[]>): Map<string, Stay[]> {
  const index = new Map<string, Stay[]>();
  for (const list of Object.values(stays)) {
    for (const stay of list) {
      const pool = index.get(nameKey(stay.city)) ?? [];
      if (!pool.some((s) => nameKey(s.name) === nameKey(stay.name))) pool.push(stay);
      index.set(nameKey(stay.city), pool);
    }
  }
  return index;
}

/**
 * The stays of `city` that satisfy the room type, the house rules the travellers need and
 * the minimum nights, cheapest first; or a sentence saying which rules ruled them all out.
 * A comfort wish scores them (comfort.ts) and leaves out stays at odds with it (a shared bed
 * for luxury) while others remain.
 */
export function stayChoices(
  spec: TripSpec,
  city: string,
  nights: number,
  firstNight: number,
  index: ReadonlyMap<string, readonly Stay[]>,
): { choices: StayChoice[]; reason: string | null } {
  const listed = index.get(nameKey(city)) ?? [];
  const { roomType, houseRules } = spec.constraints;
  const wrongType = (s: Stay): boolean => roomType !== null && !roomTypeSatisfies(s.roomType, roomType);
  const forbidden = (s: Stay): boolean => s.forbids.some((rule) => houseRules.includes(rule));
  const tooShort = (s: Stay): boolean => s.minimumNights > nights;
  const { comfort } = spec.preferences;
  const fitting = listed.filter((s) => !wrongType(s) && !forbidden(s) && !tooShort(s));
  // A whole home is one booking on an everyday trip: three of one two-sleeper flat cannot be
  // booked. Rooms and beds can be booked several at a time, and TravelPlanner's rule multiplies
  // every stay; a city whose every fitting home is too small still gets them, several each.
  const sleepsParty = (s: Stay): boolean =>
    spec.ruleset !== 'standard' || s.roomType !== 'Entire home/apt' || s.maximumOccupancy >= spec.travellers;
  const whole = fitting.filter(sleepsParty);
  const eligible = whole.length > 0 ? whole : fitting;
  const wanted = eligible.filter((s) => !unwantedForComfort(s, comfort) && !dormForChildren(spec, s));
  const pool = wanted.length > 0 ? wanted : eligible;
  const floor = comfort === 'luxury' ? luxuryFloor(pool) : null;
  const split = splitPenalty(spec, pool);
  const choices = pool
    .map((stay): StayChoice => {
      const cost = stayCost(stay, spec.travellers, nights);
      const rooms = roomsFor(stay, spec.travellers);
      return {
        booking: { city, stay, firstNight, nights, rooms, cost },
        cost,
        rating: stayScore(stay, comfort, spec.ruleset, floor) - split(rooms),
      };
    })
    .sort(
      (a, b) =>
        a.cost - b.cost || b.rating - a.rating || compareText(a.booking.stay.name, b.booking.stay.name),
    );
  if (choices.length > 0) return { choices, reason: null };
  if (listed.length === 0) {
    // The shortlist holds only stays within a nightly cap (graphs/nodes/hotels.node.ts).
    const cap = spec.constraints.maxPricePerNight;
    const within = cap === null ? '' : ` at ${formatMoney(cap.amount, cap.currency)} a night or less`;
    return { choices, reason: `no stays found in ${city}${within}` };
  }
  // "3 are not a private room; 1 forbids pets; 2 require more than 2 nights"
  const clause = (test: (s: Stay) => boolean, one: string, many: string): string | null => {
    const n = listed.filter(test).length;
    return n === 0 ? null : `${n} ${n === 1 ? one : many}`;
  };
  const type = roomType === null ? '' : ROOM_TYPE_PHRASE[roomType];
  const rules = houseRules.join(' or ');
  const night = `${nights} night${nights === 1 ? '' : 's'}`;
  const why = [
    roomType === null ? null : clause(wrongType, `is ${type}`, `are ${type}`),
    clause(forbidden, `forbids ${rules}`, `forbid ${rules}`),
    clause(tooShort, `requires more than ${night}`, `require more than ${night}`),
  ].filter((x): x is string => x !== null);
  return { choices, reason: `no stay in ${city} fits: of ${listed.length} listed, ${why.join('; ')}` };
}

/**
 * Points a booking loses per room beyond the fewest the city's fitting stays house the party in,
 * for a party that sleeps together: a pair (two ★5 single rooms in Osaka beat a ★4.7 double on
 * rating alone, and a couple does not sleep apart) and a family with children under 10 (not a
 * four-year-old in the third room of someone's flat). A whole star per room: a better-rated split
 * is no reason to part them. A larger party of adults takes rooms as their ratings say (five
 * friends in three rooms of a ★4.9 flat rather than a ★3.7 penthouse). Not on a trip asked to be
 * the cheapest (only the price counts there), nor under TravelPlanner's rules (rooms by occupancy).
 */
const EXTRA_ROOM_POINTS = 1;

function splitPenalty(spec: TripSpec, pool: readonly Stay[]): (rooms: number) => number {
  const together = spec.travellers === 2 || spec.constraints.houseRules.includes('children under 10');
  if (
    !together ||
    spec.ruleset !== 'standard' ||
    spec.preferences.comfort === 'cheapest' ||
    pool.length === 0
  )
    return () => 0;
  const fewest = Math.min(...pool.map((s) => roomsFor(s, spec.travellers)));
  return (rooms) => EXTRA_ROOM_POINTS * Math.max(0, rooms - fewest);
}

/**
 * A bed in a shared room is no place for a child under 10: hostels turn young children away from
 * their dorms, and no parent puts a four-year-old among strangers to save money. On ordinary trips
 * such a family is never offered one while the city lists anything else (a trip the budget then
 * cannot pay fails naming its cheapest total, rather than booking dorm beds); unless the party
 * asked for a shared room outright.
 */
function dormForChildren(spec: TripSpec, stay: Stay): boolean {
  return (
    spec.ruleset === 'standard' &&
    stay.roomType === 'Shared room' &&
    spec.constraints.roomType !== 'shared room' &&
    spec.constraints.houseRules.includes('children under 10')
  );
}

/** What a stay failing the room-type requirement is, for the infeasibility sentence. */
const ROOM_TYPE_PHRASE: Record<RoomTypeRequirement, string> = {
  'entire room': 'not an entire home/apt',
  'private room': 'not a private room',
  'shared room': 'not a shared room',
  'not shared room': 'a shared room',
};

interface FrontPoint {
  cost: number;
  quality: number;
  /** The choice taken in the last city added, and the point it extends (null: no city yet). */
  pick: number;
  previous: FrontPoint | null;
}

/** Bounds the Pareto front so pathological inputs stay fast; real fronts are far smaller. */
const MAX_FRONT = 500;

/**
 * The most nights-weighted rating that `budget` buys, one stay per city (a multiple-choice
 * knapsack solved exactly by merging per-city Pareto fronts of cost vs quality). Returns the
 * chosen index per city; index 0 (the cheapest) when nothing better fits.
 */
export function bestStays(perCity: readonly (readonly StayChoice[])[], budget: number): number[] {
  let front: FrontPoint[] = [{ cost: 0, quality: 0, pick: -1, previous: null }];
  for (const choices of perCity) {
    const next: FrontPoint[] = [];
    for (const point of front) {
      choices.forEach((choice, i) => {
        const cost = point.cost + choice.cost;
        if (cost > budget + 0.005) return;
        // A link to the point extended, not a copy of its picks: most points are dropped.
        next.push({
          cost,
          quality: point.quality + choice.rating * choice.booking.nights,
          pick: i,
          previous: point,
        });
      });
    }
    next.sort((a, b) => a.cost - b.cost || b.quality - a.quality);
    front = [];
    for (const point of next) {
      const best = front[front.length - 1];
      if (!best || point.quality > best.quality + 1e-9) front.push(point);
    }
    if (front.length > MAX_FRONT) front = thin(front);
  }
  const best = front[front.length - 1];
  return best ? picksOf(best) : perCity.map(() => 0);
}

/** The choice per city that led to `point`, first city first. */
function picksOf(point: FrontPoint): number[] {
  const picks: number[] = [];
  for (let p: FrontPoint | null = point; p?.previous; p = p.previous) picks.push(p.pick);
  return picks.reverse();
}

/** Keeps the cheapest and the best point and evenly spaced ones between. */
function thin(front: FrontPoint[]): FrontPoint[] {
  const step = front.length / MAX_FRONT;
  const kept = Array.from({ length: MAX_FRONT }, (_, i) => front[Math.floor(i * step)]!);
  kept[kept.length - 1] = front[front.length - 1]!;
  return kept;
}
