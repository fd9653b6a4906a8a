import { expect } from 'vitest';
import { roomTypeSatisfies } from '../../../tools/domain/common.schema.js';
import type {
  CityInfo,
  Flight,
  GroundRoute,
  Restaurant,
  Sight,
  Stay,
} from '../../../tools/domain/inventory.schema.js';
import type { PlanDay } from '../../../tools/domain/plan.schema.js';
import { TripSpec, type TripSpecInput } from '../../../tools/domain/trip-spec.schema.js';
import { costBreakdown, roomsFor, stayCost, vehiclesFor } from '../../../tools/planning/cost.js';
import type {
  HopOptions,
  RouteCandidate,
  SolveInput,
  TripSelection,
} from '../../../tools/planning/planning.types.js';
import { hopsOf } from '../../../tools/planning/route-candidates.js';

/** Hand-made inventories for the planning core: small, readable, deterministic. */

export const SEATTLE = city('Seattle', 'Washington', 47.61, -122.33);
export const DENVER = city('Denver', 'Colorado', 39.74, -104.99);
export const BOULDER = city('Boulder', 'Colorado', 40.01, -105.27);
export const ASPEN = city('Aspen', 'Colorado', 39.19, -106.82);
export const COLORADO = [DENVER, BOULDER, ASPEN];

export function city(name: string, region: string, lat: number, lon: number, airports = ['XXX']): CityInfo {
  return { name, region, country: 'United States', location: { lat, lon }, timeZone: null, airports };
}

export function makeSpec(overrides: Partial<TripSpecInput> = {}): TripSpec {
  return TripSpec.parse({
    origin: 'Seattle',
    destination: { kind: 'city', city: 'Denver' },
    startDate: '2025-06-01',
    days: 3,
    travellers: 2,
    budget: { amount: 3000, currency: 'USD' },
    ...overrides,
  });
}

export function regionSpec(overrides: Partial<TripSpecInput> = {}): TripSpec {
  return makeSpec({
    destination: { kind: 'region', region: 'Colorado', cityCount: 3 },
    days: 7,
    ...overrides,
  });
}

export function flight(
  from: string,
  to: string,
  date: string,
  departureTime: string,
  arrivalTime: string,
  price: number,
  flightNumber = `F-${from.slice(0, 3)}-${to.slice(0, 3)}-${departureTime.replace(':', '')}`,
): Flight {
  return {
    flightNumber,
    from,
    to,
    date,
    departureTime,
    arrivalTime,
    durationMinutes: 150,
    distanceKm: 1500,
    price,
  };
}

export function ground(
  mode: GroundRoute['mode'],
  from: string,
  to: string,
  cost: number,
  durationMinutes = 240,
): GroundRoute {
  return { mode, from, to, durationMinutes, distanceKm: 300, cost };
}

export function stay(name: string, cityName: string, overrides: Partial<Stay> = {}): Stay {
  return {
    name,
    city: cityName,
    roomType: 'Entire home/apt',
    forbids: [],
    minimumNights: 1,
    maximumOccupancy: 4,
    rating: 3,
    pricePerNight: 100,
    ...overrides,
  };
}

export function restaurant(
  name: string,
  cityName: string,
  averageCost: number,
  cuisines = ['American'],
  rating = 3,
): Restaurant {
  return { name, city: cityName, cuisines, dietary: [], averageCost, rating };
}

export function sight(name: string, cityName: string, category: string | null = 'museum'): Sight {
  return { name, city: cityName, category, location: null, address: null };
}

export interface InventoryOptions {
  /** Per hop: flights (default: a morning and an evening one) and ground routes. */
  flights?: (from: string, to: string, date: string) => Flight[];
  ground?: (from: string, to: string) => GroundRoute[];
  stays?: (cityName: string) => Stay[];
  restaurants?: (cityName: string) => Restaurant[];
  sights?: (cityName: string) => Sight[];
}

/** Options for every hop of every route, and stays, restaurants and sights for every city. */
export function inventory(
  spec: TripSpec,
  routes: RouteCandidate[],
  options: InventoryOptions = {},
): SolveInput {
  const flights =
    options.flights ??
    ((from: string, to: string, date: string) => [
      flight(from, to, date, '09:00', '11:30', 200),
      flight(from, to, date, '18:00', '20:30', 150),
    ]);
  const groundRoutes = options.ground ?? ((from: string, to: string) => [ground('taxi', from, to, 300)]);
  const hopOptions = new Map<string, HopOptions>();
  for (const route of routes) {
    for (const hop of hopsOf(spec, route)) {
      hopOptions.set(`${hop.from}|${hop.to}|${hop.date}`, {
        hop,
        flights: flights(hop.from, hop.to, hop.date),
        ground: groundRoutes(hop.from, hop.to),
      });
    }
  }
  const cities = [...new Set(routes.flatMap((r) => r.cities))];
  const table = <T>(make: (c: string) => T[]): Record<string, T[]> =>
    Object.fromEntries(cities.map((c) => [c, make(c)]));
  return {
    spec,
    routes,
    hopOptions: [...hopOptions.values()],
    stays: table(
      options.stays ??
        ((c) => [
          stay(`${c} Budget Inn`, c, { pricePerNight: 80, rating: 2.5 }),
          stay(`${c} Garden House`, c, { pricePerNight: 150, rating: 4 }),
          stay(`${c} Grand Loft`, c, { pricePerNight: 300, rating: 4.9 }),
        ]),
    ),
    restaurants: table(
      options.restaurants ??
        ((c) =>
          Array.from({ length: 12 }, (_, i) =>
            restaurant(
              `${c} Eatery ${i + 1}`,
              c,
              10 + i * 3,
              [CUISINES[i % CUISINES.length]!],
              2 + (i % 4) * 0.7,
            ),
          )),
    ),
    sights: table(
      options.sights ?? ((c) => Array.from({ length: 10 }, (_, i) => sight(`${c} Sight ${i + 1}`, c))),
    ),
  };
}

export const CUISINES = ['American', 'Italian', 'Mexican', 'Chinese', 'Indian', 'French'];

/** Every hard rule the solver promises, asserted on a selection. */
export function expectHardConstraints(spec: TripSpec, selection: TripSelection): void {
  const { roomType, houseRules, excludedModes } = spec.constraints;
  for (const booking of selection.stays) {
    if (roomType) expect(roomTypeSatisfies(booking.stay.roomType, roomType)).toBe(true);
    expect(booking.stay.forbids.filter((r) => houseRules.includes(r))).toEqual([]);
    expect(booking.stay.minimumNights).toBeLessThanOrEqual(booking.nights);
    expect(booking.rooms).toBe(roomsFor(booking.stay, spec.travellers));
    expect(booking.cost).toBeCloseTo(stayCost(booking.stay, spec.travellers, booking.nights), 6);
  }
  for (const leg of selection.legs) {
    expect(excludedModes).not.toContain(leg.mode);
    if (leg.mode === 'flight') expect(leg.cost).toBeCloseTo(leg.flight.price * spec.travellers, 6);
    else if (leg.mode === 'rail') expect(leg.cost).toBeCloseTo(leg.train.price * spec.travellers, 6);
    else {
      expect(leg.vehicles).toBe(vehiclesFor(leg.mode, spec.travellers));
      expect(leg.cost).toBeCloseTo(leg.route.cost * leg.vehicles, 6);
    }
  }
  const modes = new Set(selection.legs.map((l) => l.mode));
  if (modes.has('self-driving')) expect([...modes]).toEqual(['self-driving']);
  expect([...modes].sort()).toEqual([...selection.modes].sort());
  expect(selection.route.nights.reduce((a, b) => a + b, 0)).toBe(spec.days - 1);
  expect(selection.legs).toHaveLength(selection.route.cities.length + 1);
}

export function totalOf(spec: TripSpec, selection: TripSelection, days: PlanDay[]) {
  return costBreakdown(
    { legs: selection.legs, stays: selection.stays, days },
    spec.travellers,
    spec.budget?.amount ?? null,
    spec.budget?.currency ?? 'USD',
  );
}

/** Every restaurant and sight name of a schedule, in order (for repeat checks). */
export function namesUsed(days: PlanDay[]): { restaurants: string[]; sights: string[] } {
  return {
    restaurants: days.flatMap((d) => [d.breakfast, d.lunch, d.dinner].flatMap((r) => (r ? [r.name] : []))),
    sights: days.flatMap((d) => d.sights.map((s) => s.name)),
  };
}

/** A small seeded generator (mulberry32) so the large inventory is the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The performance case: ~10 flights and 2 ground options per hop, 20 stays and 30 restaurants per city. */
export function largeInventory(spec: TripSpec, routes: RouteCandidate[]): SolveInput {
  const random = seeded(42);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const rules = ['smoking', 'parties', 'children under 10', 'visitors', 'pets'] as const;
  const types = ['Entire home/apt', 'Private room', 'Shared room'] as const;
  return inventory(spec, routes, {
    flights: (from, to, date) =>
      Array.from({ length: 10 }, (_, i) => {
        const dep = 6 + i * 1.5;
        return flight(
          from,
          to,
          date,
          `${pad(Math.floor(dep))}:${dep % 1 ? '30' : '00'}`,
          `${pad(Math.floor(dep) + 2)}:${dep % 1 ? '45' : '15'}`,
          Math.round(80 + random() * 250),
          `F${from.slice(0, 2)}${to.slice(0, 2)}${date.slice(8)}${i}`,
        );
      }),
    ground: (from, to) => [
      ground('taxi', from, to, Math.round(150 + random() * 200)),
      ground('self-driving', from, to, Math.round(40 + random() * 60)),
    ],
    stays: (c) =>
      Array.from({ length: 20 }, (_, i) =>
        stay(`${c} Stay ${i + 1}`, c, {
          roomType: types[i % 3]!,
          forbids: random() < 0.3 ? [rules[Math.floor(random() * 5)]!] : [],
          minimumNights: 1 + Math.floor(random() * 3),
          maximumOccupancy: 1 + Math.floor(random() * 4),
          rating: Math.round(random() * 50) / 10,
          pricePerNight: Math.round(60 + random() * 400),
        }),
      ),
    restaurants: (c) =>
      Array.from({ length: 30 }, (_, i) =>
        restaurant(
          `${c} Table ${i + 1}`,
          c,
          Math.round(8 + random() * 60),
          [CUISINES[i % CUISINES.length]!, CUISINES[(i * 7 + 3) % CUISINES.length]!],
          Math.round(random() * 50) / 10,
        ),
      ),
    sights: (c) =>
      Array.from({ length: 15 }, (_, i) => sight(`${c} Landmark ${i + 1}`, c, i % 2 ? 'park' : 'museum')),
  });
}
