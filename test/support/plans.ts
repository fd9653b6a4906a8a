import type { Plan, PlanDay, StayBooking, TransportLeg } from '../../tools/domain/plan.schema.js';
import { costBreakdown } from '../../tools/planning/cost.js';
import { flight, ground, makeSpec, restaurant, sight, stay } from '../tools/planning/fixtures.js';

/**
 * A small complete plan, built by hand so diffs and version tests read plainly: 2 travellers,
 * Seattle → Denver (2 nights) → Boulder (2 nights) → Seattle, May 10-14 2027.
 */
export function samplePlan(): Plan {
  const spec = makeSpec({
    destination: { kind: 'region', region: 'Colorado', cityCount: 2 },
    startDate: '2027-05-10',
    days: 5,
  });
  const legs: TransportLeg[] = [
    {
      mode: 'flight',
      day: 1,
      from: 'Seattle',
      to: 'Denver',
      flight: flight('Seattle', 'Denver', '2027-05-10', '09:00', '12:30', 200, 'UA101'),
      cost: 400,
    },
    {
      mode: 'taxi',
      day: 3,
      from: 'Denver',
      to: 'Boulder',
      route: ground('taxi', 'Denver', 'Boulder', 60, 45),
      vehicles: 1,
      cost: 60,
    },
    {
      mode: 'flight',
      day: 5,
      from: 'Boulder',
      to: 'Seattle',
      flight: flight('Boulder', 'Seattle', '2027-05-14', '17:00', '19:00', 180, 'DL202'),
      cost: 360,
    },
  ];
  const stays: StayBooking[] = [
    booking('Denver', 'Cozy loft in LoDo', 150, 1, 2),
    booking('Boulder', 'Flatirons cabin', 120, 3, 2),
  ];
  const days: PlanDay[] = [
    day(1, 'Seattle', 'Denver', [null, 'Denver Biscuit Co', 'Tacos Tequila Whiskey'], ['Denver Art Museum']),
    day(
      2,
      null,
      'Denver',
      ['Snooze', 'Illegal Pete’s', 'Guard and Grace'],
      ['Red Rocks Park', 'Union Station'],
    ),
    day(3, 'Denver', 'Boulder', ['Sassafras', 'Rincon Argentino', 'Frasca'], ['Pearl Street Mall']),
    day(4, null, 'Boulder', ['Lucile’s', 'Zoe Ma Ma', 'Blackbelly'], ['Chautauqua Park', 'Boulder Falls']),
    day(5, 'Boulder', 'Seattle', ['Snarf’s', null, null], []),
  ];
  for (const d of days) {
    d.accommodation =
      stays.find((s) => s.firstNight <= d.day && d.day < s.firstNight + s.nights)?.stay.name ?? null;
    const leg = legs.find((l) => l.day === d.day);
    if (leg) d.notes = [`Travel ${leg.from} → ${leg.to} by ${leg.mode}`];
  }
  return priced({
    request: 'a 5-day trip from Seattle to 2 cities in Colorado for 2',
    spec,
    route: { cities: ['Denver', 'Boulder'], nights: [2, 2] },
    legs,
    stays,
    days,
    cost: { transport: 0, accommodation: 0, meals: 0, total: 0, currency: 'USD', budget: 3000 },
    validation: { passed: true, checks: [] },
    models: { intake: 'offline-policy/1' },
    provider: 'sandbox',
    summary: 'A sample plan.',
    notHonoured: [],
  });
}

export function booking(
  city: string,
  name: string,
  pricePerNight: number,
  firstNight: number,
  nights: number,
): StayBooking {
  return {
    city,
    stay: stay(name, city, { pricePerNight, maximumOccupancy: 2 }),
    firstNight,
    nights,
    rooms: 1,
    cost: pricePerNight * nights,
  };
}

function day(
  n: number,
  fromCity: string | null,
  city: string,
  meals: [string | null, string | null, string | null],
  sights: string[],
): PlanDay {
  const meal = (name: string | null) => (name ? restaurant(name, city, 20) : null);
  return {
    day: n,
    date: `2027-05-${String(9 + n).padStart(2, '0')}`,
    fromCity,
    city,
    breakfast: meal(meals[0]),
    lunch: meal(meals[1]),
    dinner: meal(meals[2]),
    sights: sights.map((name) => sight(name, city)),
    accommodation: null,
    notes: [],
  };
}

/** The plan with its cost recomputed from its legs, stays and days. */
export function priced(plan: Plan): Plan {
  const cost = costBreakdown(plan, plan.spec.travellers, plan.cost.budget, plan.cost.currency);
  return { ...plan, cost };
}

/** A copy of `plan` changed by `edit`, re-priced: the next version of a plan, by hand. */
export function revised(plan: Plan, edit: (draft: Plan) => void): Plan {
  const draft = structuredClone(plan);
  edit(draft);
  return priced(draft);
}
