import { randomUUID } from 'node:crypto';
import { MemorySaver } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import { buildTripGraph } from '../../graphs/trip-graph.js';
import { startTrip } from '../../src/planner/run-trip-graph.js';
import type { Plan } from '../../tools/domain/plan.schema.js';
import type { TripFields } from '../../tools/domain/trip-spec.schema.js';
import { createSandboxWorld } from '../../tools/providers/sandbox/sandbox-world.js';
import { offlineModels } from '../support/offline-models.js';

const world = createSandboxWorld({ seed: 1 });
const graph = buildTripGraph({ world, models: offlineModels(world), checkpointer: new MemorySaver() });
const start = (request: { text?: string; fields?: TripFields }) =>
  startTrip({ graph, threadId: randomUUID() }, request, '2026-11-24');

async function plan(request: { text?: string; fields?: TripFields }): Promise<Plan> {
  const outcome = await start(request);
  if (outcome.status !== 'completed') throw new Error(JSON.stringify(outcome));
  return outcome.plan;
}

const dearest = (p: Plan) => Math.max(...p.stays.map((s) => s.stay.pricePerNight));

const trip: TripFields = {
  origin: 'Chicago',
  destination: { kind: 'cities', stops: [{ city: 'Denver' }, { city: 'Seattle' }] },
  startDate: '2027-05-10',
  days: 6,
  travellers: 2,
  preferences: { comfort: 'luxury' },
};

describe('a cap on what a stay may cost a night', () => {
  it('keeps every stay within it, where the same trip uncapped books dearer ones', async () => {
    const uncapped = await plan({ fields: trip });
    const cap = dearest(uncapped) - 1;
    const capped = await plan({
      fields: { ...trip, constraints: { maxPricePerNight: { amount: cap, currency: 'USD' } } },
    });
    expect(dearest(capped)).toBeLessThanOrEqual(cap);
    expect(capped.validation.checks.find((c) => c.id === 'nightly-price')).toMatchObject({ passed: true });
  });

  it('reads the cap from the request, in the currency written', async () => {
    const p = await plan({
      text: 'Chicago to Denver, 4 nights from May 10 2027, 2 adults, hotels under €100 a night',
    });
    expect(p.spec.constraints.maxPricePerNight).toEqual({ amount: 100, currency: 'EUR' });
    // €100 is $108 at the built-in rate.
    expect(dearest(p)).toBeLessThanOrEqual(108);
  });

  it('says which city has nothing within the cap', async () => {
    const outcome = await start({
      fields: { ...trip, constraints: { maxPricePerNight: { amount: 5, currency: 'USD' } } },
    });
    expect(outcome.status).toBe('failed');
    expect(JSON.stringify(outcome)).toContain('no stays found in Denver at $5 a night or less');
  });
});
