import type { IsoDate } from '../../../../tools/domain/common.schema.js';
import type { GroundMode, Restaurant } from '../../../../tools/domain/inventory.schema.js';
import type {
  FlightLeg,
  GroundLeg,
  PlanDay,
  PlanDraft,
  StayBooking,
  ValidationReport,
} from '../../../../tools/domain/plan.schema.js';
import { TripSpec } from '../../../../tools/domain/trip-spec.schema.js';
import { roomsFor, stayCost, vehiclesFor } from '../../../../tools/planning/cost.js';
import { flightNumbered, restaurantNamed, roadOf, sightNamed, stayNamed } from './world-data.js';

/** Hand-made plans over world-data.ts, and helpers to mutate them and read reports. */

export function flightLeg(flightNumber: string, day: number, travellers: number): FlightLeg {
  const f = flightNumbered(flightNumber);
  return { mode: 'flight', day, from: f.from, to: f.to, flight: f, cost: f.price * travellers };
}

export function groundLeg(
  mode: GroundMode,
  from: string,
  to: string,
  day: number,
  travellers: number,
): GroundLeg {
  const route = roadOf(mode, from, to);
  const vehicles = vehiclesFor(mode, travellers);
  return { mode, day, from, to, route, vehicles, cost: route.cost * vehicles };
}

export function booking(name: string, firstNight: number, nights: number, travellers: number): StayBooking {
  const s = stayNamed(name);
  return {
    city: s.city,
    stay: s,
    firstNight,
    nights,
    rooms: roomsFor(s, travellers),
    cost: stayCost(s, travellers, nights),
  };
}

interface DayInput {
  from?: string;
  city: string;
  breakfast?: string;
  lunch?: string;
  dinner?: string;
  sights?: string[];
  stay?: string;
}

function planDays(startDate: IsoDate, inputs: readonly DayInput[]): PlanDay[] {
  return inputs.map((input, index) => {
    const date = new Date(`${startDate}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + index);
    const meal = (name: string | undefined): Restaurant | null => (name ? restaurantNamed(name) : null);
    return {
      day: index + 1,
      date: date.toISOString().slice(0, 10),
      fromCity: input.from ?? null,
      city: input.city,
      breakfast: meal(input.breakfast),
      lunch: meal(input.lunch),
      dinner: meal(input.dinner),
      sights: (input.sights ?? []).map(sightNamed),
      accommodation: input.stay ?? null,
      notes: [],
    };
  });
}

/** A 5-day, 2-city Colorado trip for 2 that passes every check (total $2,032 of $3,000). */
export function coloradoPlan(): PlanDraft {
  const spec = TripSpec.parse({
    origin: 'Seattle',
    destination: { kind: 'region', region: 'Colorado', cityCount: 2 },
    startDate: '2025-06-01',
    days: 5,
    travellers: 2,
    budget: { amount: 3000, currency: 'USD' },
    constraints: {
      roomType: 'not shared room',
      houseRules: ['pets'],
      cuisines: ['Mexican'],
      excludedModes: ['self-driving'],
    },
  });
  return {
    spec,
    route: { cities: ['Denver', 'Colorado Springs'], nights: [2, 2] },
    legs: [
      flightLeg('F1001', 1, 2),
      groundLeg('taxi', 'Denver', 'Colorado Springs', 3, 2),
      flightLeg('F2002', 5, 2),
    ],
    stays: [booking('Mile High Loft', 1, 2, 2), booking('Springs Cottage', 3, 2, 2)],
    days: planDays(spec.startDate, [
      {
        from: 'Seattle',
        city: 'Denver',
        breakfast: 'Pike Diner',
        dinner: 'Mile High Grill',
        sights: ['Union Station'],
        stay: 'Mile High Loft',
      },
      {
        city: 'Denver',
        breakfast: 'Rocky Bagels',
        lunch: 'Taco Loco',
        dinner: 'Sakura Denver',
        sights: ['Red Rocks Park', 'Denver Art Museum'],
        stay: 'Mile High Loft',
      },
      {
        from: 'Denver',
        city: 'Colorado Springs',
        breakfast: 'Denver Pho',
        lunch: 'Pikes Peak Cafe',
        dinner: 'Springs Steakhouse',
        sights: ['Garden of the Gods'],
        stay: 'Springs Cottage',
      },
      {
        city: 'Colorado Springs',
        breakfast: 'Cheyenne Bakery',
        lunch: 'Olympic Noodles',
        dinner: 'Springs Smokehouse',
        sights: ['Pikes Peak', 'Cheyenne Mountain Zoo'],
        stay: 'Springs Cottage',
      },
      { from: 'Colorado Springs', city: 'Seattle', breakfast: 'Springs Diner', dinner: 'Sound Noodles' },
    ]),
  };
}

/** The Colorado trip going Denver → Colorado Springs → back to Denver: everything but the route is fine. */
export function coloradoRevisitPlan(): PlanDraft {
  const plan = coloradoPlan();
  return {
    ...plan,
    route: { cities: ['Denver', 'Colorado Springs', 'Denver'], nights: [1, 1, 2] },
    legs: [
      flightLeg('F1001', 1, 2),
      groundLeg('taxi', 'Denver', 'Colorado Springs', 2, 2),
      groundLeg('taxi', 'Colorado Springs', 'Denver', 3, 2),
      flightLeg('F3003', 5, 2),
    ],
    stays: [
      booking('Downtown Rooms', 1, 1, 2),
      booking('Springs Motel', 2, 1, 2),
      booking('Mile High Loft', 3, 2, 2),
    ],
    days: planDays(plan.spec.startDate, [
      { from: 'Seattle', city: 'Denver', dinner: 'Mile High Grill', stay: 'Downtown Rooms' },
      {
        from: 'Denver',
        city: 'Colorado Springs',
        lunch: 'Pikes Peak Cafe',
        dinner: 'Springs Steakhouse',
        sights: ['Garden of the Gods'],
        stay: 'Springs Motel',
      },
      {
        from: 'Colorado Springs',
        city: 'Denver',
        breakfast: 'Cheyenne Bakery',
        dinner: 'Denver Pho',
        stay: 'Mile High Loft',
      },
      {
        city: 'Denver',
        breakfast: 'Rocky Bagels',
        lunch: 'Taco Loco',
        dinner: 'Sakura Denver',
        sights: ['Red Rocks Park'],
        stay: 'Mile High Loft',
      },
      { from: 'Denver', city: 'Seattle', breakfast: 'Bistro Vendome' },
    ]),
  };
}

/** A 3-day self-driving trip for 3 to Portland that passes every check (total $696 of $1,500). */
export function portlandPlan(): PlanDraft {
  const spec = TripSpec.parse({
    origin: 'Seattle',
    destination: { kind: 'city', city: 'Portland' },
    startDate: '2025-07-10',
    days: 3,
    travellers: 3,
    budget: { amount: 1500, currency: 'USD' },
    constraints: { roomType: 'entire room', cuisines: ['thai'], excludedModes: ['flight'] },
  });
  return {
    spec,
    route: { cities: ['Portland'], nights: [2] },
    legs: [
      groundLeg('self-driving', 'Seattle', 'Portland', 1, 3),
      groundLeg('self-driving', 'Portland', 'Seattle', 3, 3),
    ],
    stays: [booking('Pearl District Flat', 1, 2, 3)],
    days: planDays(spec.startDate, [
      {
        from: 'Seattle',
        city: 'Portland',
        lunch: 'Portland Burgers',
        dinner: 'Rose City Thai',
        sights: ["Powell's Books"],
        stay: 'Pearl District Flat',
      },
      {
        city: 'Portland',
        breakfast: 'Voodoo Donuts',
        lunch: 'Powell Pizza',
        dinner: 'Bridge Sushi',
        sights: ['Washington Park', 'Pittock Mansion'],
        stay: 'Pearl District Flat',
      },
      { from: 'Portland', city: 'Seattle', breakfast: 'Cart Tacos', sights: ['Forest Park'] },
    ]),
  };
}

/** Replaces every booking and day entry of one stay with another, derived fields recomputed. */
export function swapStay(plan: PlanDraft, from: string, to: string): void {
  plan.stays = plan.stays.map((b) =>
    b.stay.name === from ? booking(to, b.firstNight, b.nights, plan.spec.travellers) : b,
  );
  for (const day of plan.days) if (day.accommodation === from) day.accommodation = to;
}

/** The plan's day `n` (1-based), asserting it exists. */
export function dayOf(plan: PlanDraft, n: number): PlanDay {
  const day = plan.days[n - 1];
  if (!day) throw new Error(`fixture: no day ${n}`);
  return day;
}

/** Ids of the checks that failed, in report order. */
export function failedIds(report: ValidationReport): string[] {
  return report.checks.filter((c) => !c.passed).map((c) => c.id);
}

export function problemsOf(report: ValidationReport, id: string): string[] {
  return report.checks.find((c) => c.id === id)?.problems ?? [];
}

/** What the Colorado plan's request sets, in report order. */
export const COLORADO_HARD_CHECKS = ['budget', 'room-type', 'house-rule', 'cuisine', 'transportation'];
