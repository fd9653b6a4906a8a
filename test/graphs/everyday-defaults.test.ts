import { randomUUID } from 'node:crypto';
import { MemorySaver } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import { buildTripGraph } from '../../graphs/trip-graph.js';
import { startTrip } from '../../src/planner/run-trip-graph.js';
import { servesDietaryNeeds } from '../../tools/domain/dietary.js';
import type { Plan } from '../../tools/domain/plan.schema.js';
import type { TripFields } from '../../tools/domain/trip-spec.schema.js';
import { validatePlan } from '../../tools/planning/validate/validate-plan.js';
import { createSandboxWorld } from '../../tools/providers/sandbox/sandbox-world.js';
import { offlineModels } from '../support/offline-models.js';

const world = createSandboxWorld({ seed: 1 });
const models = offlineModels(world);
const graph = buildTripGraph({ world, models, checkpointer: new MemorySaver() });

async function plan(fields: TripFields): Promise<Plan> {
  const outcome = await startTrip({ graph, threadId: randomUUID() }, { fields }, '2026-12-07');
  if (outcome.status !== 'completed') throw new Error(JSON.stringify(outcome));
  return outcome.plan;
}

const meals = (p: Plan) =>
  p.days.flatMap((d) =>
    [d.breakfast, d.lunch, d.dinner].flatMap((r) => (r ? [{ day: d.day, restaurant: r }] : [])),
  );

describe('everyday trips: what nobody has to ask for', () => {
  it('a halal family of four gets a week in Chicago: kitchens come back sooner, never twice a day', async () => {
    const p = await plan({
      origin: 'Miami',
      destination: { kind: 'city', city: 'Chicago' },
      startDate: '2026-12-25',
      days: 7,
      travellers: 4,
      constraints: { dietary: ['halal'] },
    });
    expect(p.validation.checks.filter((c) => !c.passed)).toEqual([]);
    const eaten = meals(p);
    expect(eaten.length).toBeGreaterThanOrEqual(15);
    expect(eaten.every((m) => servesDietaryNeeds(m.restaurant, ['halal']))).toBe(true);
    const halalKitchens = (await world.searchRestaurants({ city: 'Chicago' })).filter((r) =>
      servesDietaryNeeds(r, ['halal']),
    );
    // Fewer kitchens than a week of meals: some come back, but never on the same day.
    expect(new Set(eaten.map((m) => m.restaurant.name)).size).toBeLessThanOrEqual(halalKitchens.length);
    for (const day of new Set(eaten.map((m) => m.day))) {
      const names = eaten.filter((m) => m.day === day).map((m) => m.restaurant.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('a repeat within three days that other kitchens could have avoided fails the check', async () => {
    const p = await plan({
      origin: 'Chicago',
      destination: { kind: 'city', city: 'Nashville' },
      startDate: '2027-06-04',
      days: 4,
      travellers: 2,
    });
    const [day2, day3] = [p.days[1], p.days[2]];
    if (!day2?.lunch || !day3) throw new Error('expected lunch on day 2 and a day 3');
    const repeated = { ...p, days: p.days.map((d) => (d === day3 ? { ...d, lunch: day2.lunch } : d)) };
    const report = await validatePlan(repeated, world);
    const diverse = report.checks.find((c) => c.id === 'diverse-restaurants');
    expect(diverse?.passed).toBe(false);
    expect(diverse?.problems.join(' ')).toContain('may come back only after 3 days');
  });

  it('a party that asked for no room type gets a room, not dorm beds, while rooms are affordable', async () => {
    const p = await plan({
      origin: 'Miami',
      destination: { kind: 'city', city: 'Chicago' },
      startDate: '2026-12-25',
      days: 5,
      travellers: 4,
    });
    expect(p.stays.map((s) => s.stay.roomType)).not.toContain('Shared room');
  });
});
