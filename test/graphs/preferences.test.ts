import { randomUUID } from 'node:crypto';
import { MemorySaver } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import { buildTripGraph } from '../../graphs/trip-graph.js';
import { renderPlan } from '../../src/cli/render-plan.js';
import { startTrip } from '../../src/planner/run-trip-graph.js';
import { servesDietaryNeeds } from '../../tools/domain/dietary.js';
import type { Plan } from '../../tools/domain/plan.schema.js';
import type { TripFields } from '../../tools/domain/trip-spec.schema.js';
import { stayTier } from '../../tools/planning/comfort.js';
import { createSandboxWorld } from '../../tools/providers/sandbox/sandbox-world.js';
import { offlineModels } from '../support/offline-models.js';

const world = createSandboxWorld({ seed: 1 });
const models = offlineModels(world);
const graph = buildTripGraph({ world, models, checkpointer: new MemorySaver() });
const TODAY = '2026-11-24';

async function plan(fields: TripFields): Promise<Plan> {
  const outcome = await startTrip({ graph, threadId: randomUUID() }, { fields }, TODAY);
  if (outcome.status !== 'completed') throw new Error(JSON.stringify(outcome));
  return outcome.plan;
}

const failed = (p: Plan) => p.validation.checks.filter((c) => !c.passed).map((c) => c.id);

describe('preferences through the trip graph (offline agents, sandbox world)', () => {
  it('crosses Europe by train when the party prefers trains; the CLI shows local times', async () => {
    const p = await plan({
      origin: 'London',
      destination: {
        kind: 'cities',
        stops: [
          { city: 'Paris', nights: 3 },
          { city: 'Lyon', nights: 2 },
          { city: 'Nice', nights: 2 },
        ],
      },
      startDate: '2027-05-10',
      days: 8,
      travellers: 2,
      budget: { amount: 8000, currency: 'USD' },
      preferences: { preferredModes: ['rail'] },
    });
    expect(failed(p)).toEqual([]);
    expect(p.legs.map((l) => `${l.from}>${l.to}:${l.mode}`).slice(0, 3)).toEqual([
      'London>Paris:rail',
      'Paris>Lyon:rail',
      'Lyon>Nice:rail',
    ]);
    expect(p.validation.checks.map((c) => c.id)).toContain('preferred-modes');
    expect(renderPlan(p)).toMatch(/train ES \d+ London \d\d:\d\d BST → Paris \d\d:\d\d CEST/);
    // Nice → London is beyond a day train: the flight home is named, not silently taken.
    expect(p.notHonoured).toEqual([
      { wish: 'going by train', reason: expect.stringContaining('Nice → London (flights)') },
    ]);
  });

  it('plans a vegetarian, luxury trip with a flight-time window and passes every check', async () => {
    const p = await plan({
      origin: 'Chicago',
      destination: { kind: 'city', city: 'New Orleans' },
      startDate: '2027-05-03',
      days: 4,
      travellers: 2,
      budget: { amount: 6000, currency: 'USD' },
      constraints: {
        dietary: ['vegetarian'],
        flightTimes: { earliestDeparture: '09:00', noOvernight: true },
      },
      preferences: { comfort: 'luxury' },
    });
    expect(failed(p)).toEqual([]);
    const ids = p.validation.checks.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['dietary', 'comfort', 'flight-times']));
    for (const d of p.days) {
      for (const meal of [d.breakfast, d.lunch, d.dinner]) {
        if (meal) expect(servesDietaryNeeds(meal, ['vegetarian']), meal.name).toBe(true);
      }
    }
    for (const s of p.stays) expect(stayTier(s.stay)).toBe('luxury');
    const flights = p.legs.filter((l) => l.mode === 'flight');
    expect(flights.length).toBeGreaterThan(0);
    for (const l of flights) expect(l.flight.departureTime >= '09:00').toBe(true);
    expect(p.notHonoured).toEqual([]);
  });

  it('flies London → Tokyo on local clocks, landing the next day, and the CLI says so', async () => {
    const p = await plan({
      origin: 'London',
      destination: { kind: 'city', city: 'Tokyo' },
      startDate: '2027-04-09',
      days: 6,
      travellers: 1,
      constraints: { excludedModes: ['rail'] },
    });
    const out = p.legs[0]!;
    if (out.mode !== 'flight') throw new Error(`expected a flight, got ${out.mode}`);
    const { flight } = out;
    expect(flight.arrivalDate).toBe('2027-04-10');
    expect((Date.parse(flight.arrivalAt!) - Date.parse(flight.departureAt!)) / 60_000).toBe(
      flight.durationMinutes,
    );
    // Great circle London–Tokyo ≈ 9,560 km: about 800 km/h plus 40 minutes on the ground.
    expect(Math.abs(flight.durationMinutes - ((9560 / 800) * 60 + 40))).toBeLessThanOrEqual(30);
    // The arrival day starts after the landing: a midday landing leaves lunch, not breakfast.
    expect(p.validation.passed).toBe(true);
    expect(flight.arrivalTime > '10:00' && flight.arrivalTime < '14:00').toBe(true);
    expect(p.days[1]).toMatchObject({ date: '2027-04-10', city: 'Tokyo', breakfast: null });
    expect(p.days[1]!.lunch).not.toBeNull();
    expect(renderPlan(p)).toContain(
      `London ${flight.departureTime} BST → Tokyo ${flight.arrivalTime} GMT+9 (+1 day), ${Math.floor(flight.durationMinutes / 60)} h`,
    );
  });
});
