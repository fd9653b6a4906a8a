import { describe, expect, it } from 'vitest';
import type { TransportLeg } from '../../../tools/domain/plan.schema.js';
import { travelDayMealSlots } from '../../../tools/planning/meal-slots.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { flight, ground, makeSpec } from './fixtures.js';
import { checkOf, planInWorld } from './sandbox-plan.js';

/** A flight between two visited cities (neither is home), so both ends may have meals. */
function hopLeg(departureTime: string, arrivalTime: string): TransportLeg {
  const f = flight('Denver', 'Boulder', '2025-06-02', departureTime, arrivalTime, 100);
  return { mode: 'flight', day: 2, from: 'Denver', to: 'Boulder', flight: f, cost: 200 };
}
const HOP = { day: 2, from: 'Denver', to: 'Boulder', date: '2025-06-02' };
const spec = (ruleset: 'standard' | 'travelplanner') =>
  makeSpec({
    destination: { kind: 'cities', stops: [{ city: 'Denver' }, { city: 'Boulder' }] },
    days: 4,
    ruleset,
  });
const meals = (ruleset: 'standard' | 'travelplanner', dep: string, arr: string) =>
  travelDayMealSlots(spec(ruleset), HOP, hopLeg(dep, arr)).map((s) => `${s.meal}@${s.city}`);

describe('travel-day meals (standard trips)', () => {
  it('plans dinner in the arrival city after a landing by 20:30', () => {
    expect(meals('standard', '18:00', '20:20')).toContain('dinner@Boulder');
    expect(meals('standard', '18:30', '20:45')).not.toContain('dinner@Boulder');
    // TravelPlanner's rule stays at 20:00.
    expect(meals('travelplanner', '18:00', '20:20')).not.toContain('dinner@Boulder');
  });

  it('plans lunch in the departure city when the leg leaves at 13:30 or later', () => {
    expect(meals('standard', '13:35', '15:32')).toContain('lunch@Denver');
    expect(meals('standard', '13:05', '15:06')).not.toContain('lunch@Denver');
    expect(meals('travelplanner', '13:35', '15:32')).not.toContain('lunch@Denver');
  });

  it('has breakfast in the city being left only when it fits before the party leaves for the airport', () => {
    // An 08:10 flight means leaving the door at 06:10: no café is open. A 09:55 one leaves time.
    expect(meals('standard', '08:10', '10:07')).not.toContain('breakfast@Denver');
    expect(meals('standard', '09:55', '12:00')).toContain('breakfast@Denver');
    // A drive at 08:00 leaves from the door after breakfast.
    const drive: TransportLeg = {
      mode: 'self-driving',
      day: 2,
      from: 'Denver',
      to: 'Boulder',
      route: ground('self-driving', 'Denver', 'Boulder', 20, 45),
      vehicles: 1,
      cost: 20,
    };
    expect(travelDayMealSlots(spec('standard'), HOP, drive).map((s) => `${s.meal}@${s.city}`)).toContain(
      'breakfast@Denver',
    );
    // The flight home at 09:00 leaves none either; TravelPlanner's rules keep their times.
    const home = { day: 4, from: 'Boulder', to: 'Seattle', date: '2025-06-04' };
    const homeLeg = (dep: string): TransportLeg => {
      const f = flight('Boulder', 'Seattle', '2025-06-04', dep, '12:30', 100);
      return { mode: 'flight', day: 4, from: 'Boulder', to: 'Seattle', flight: f, cost: 200 };
    };
    const homeMeals = (ruleset: 'standard' | 'travelplanner', dep: string) =>
      travelDayMealSlots(spec(ruleset), home, homeLeg(dep)).map((s) => s.meal);
    expect(homeMeals('standard', '09:00')).not.toContain('breakfast');
    expect(homeMeals('standard', '09:50')).toContain('breakfast');
    expect(homeMeals('travelplanner', '09:00')).toContain('breakfast');
    expect(meals('travelplanner', '08:10', '10:07')).toContain('breakfast@Denver');
  });

  it('has lunch and dinner after a 12:08 landing in a city with too few kitchens, as a repeat the city forces', async () => {
    // Istanbul → London for a halal party: London lists 4 halal kitchens and the full days use them
    // all, so the arrival day's meals come back to one of them (the city's count makes it unavoidable).
    const world = createSandboxWorld({ seed: 7 });
    const { draft, validation } = await planInWorld(world, {
      origin: 'Istanbul',
      destination: { kind: 'city', city: 'London' },
      startDate: '2027-03-10',
      days: 6,
      travellers: 2,
      budget: { amount: 5000, currency: 'USD' },
      constraints: { dietary: ['halal'] },
    });
    const first = draft.days[0]!;
    expect(first.dinner).not.toBeNull();
    expect(first.lunch).not.toBeNull();
    expect(checkOf(validation, 'diverse-restaurants').passed).toBe(true);
    expect(validation.passed).toBe(true);
  });
});
