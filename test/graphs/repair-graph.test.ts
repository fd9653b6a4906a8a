import { randomUUID } from 'node:crypto';
import { MemorySaver } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import { buildRepairGraph } from '../../graphs/repair/repair-graph.js';
import { buildTripGraph } from '../../graphs/trip-graph.js';
import { runRepair } from '../../src/planner/run-repair-graph.js';
import { startTrip } from '../../src/planner/run-trip-graph.js';
import type { Plan } from '../../tools/domain/plan.schema.js';
import { createSandboxWorld } from '../../tools/providers/sandbox/sandbox-world.js';
import { changedWorld } from '../support/changed-world.js';
import { offlineModels } from '../support/offline-models.js';

const base = createSandboxWorld({ seed: 1 });
const models = offlineModels(base);
const TODAY = '2026-11-24';
const THRESHOLDS = { priceChangePct: 10, weather: true };
const COLORADO =
  'a week from Indianapolis through three cities in Colorado for five of us, March 10 2027, $15,100, we bring the dogs, we love Mexican food';

async function planAndRepairer() {
  const changes = changedWorld(base);
  const deps = { world: changes.world, models, checkpointer: new MemorySaver() };
  const outcome = await startTrip(
    { graph: buildTripGraph(deps), threadId: randomUUID() },
    { text: COLORADO },
    TODAY,
  );
  if (outcome.status !== 'completed') throw new Error(JSON.stringify(outcome));
  const plan = outcome.plan;
  const repairGraph = buildRepairGraph(deps);
  const repair = (current: Plan = plan) =>
    runRepair(
      { graph: repairGraph, threadId: randomUUID() },
      {
        request: { text: COLORADO },
        today: TODAY,
        spec: current.spec,
        basePlan: current,
        thresholds: THRESHOLDS,
        weatherBefore: {},
      },
    );
  return { plan, changes, repair };
}

describe('repair graph', () => {
  it('records a check without any model call when nothing moved', async () => {
    const { repair } = await planAndRepairer();
    const outcome = await repair();
    expect(outcome.status).toBe('unchanged');
    if (outcome.status !== 'unchanged') return;
    expect(outcome.recheck.findings).toEqual([]);
  });

  it('replaces a sold-out stay in city 2 and keeps every other leg, stay and unaffected day', async () => {
    const { plan, changes, repair } = await planAndRepairer();
    const gone = plan.stays[1]!;
    changes.soldOut.add(gone.stay.name);
    const outcome = await repair();
    if (outcome.status !== 'repaired') throw new Error(JSON.stringify(outcome));
    const next = outcome.plan;
    expect(next.validation.passed).toBe(true);
    expect(next.cost.total).toBeLessThanOrEqual(plan.spec.budget!.amount);
    expect(next.stays[1]!.stay.name).not.toBe(gone.stay.name);
    expect(next.stays[1]!.city).toBe(gone.city);
    expect([next.stays[0], next.stays[2]]).toEqual([plan.stays[0], plan.stays[2]]);
    expect(next.legs).toEqual(plan.legs);
    expect(Object.keys(outcome.agentRuns)).toEqual(['hotels']);
    // Only tonight's stay name changes on the nights spent there; every other day is identical.
    const nights = new Set(Array.from({ length: gone.nights }, (_, i) => gone.firstNight + i));
    next.days.forEach((day, i) => {
      const old = plan.days[i]!;
      if (nights.has(day.day)) expect({ ...day, accommodation: old.accommodation }).toEqual(old);
      else expect(day).toEqual(old);
    });
  });

  it('swaps in a cheaper flight when the chosen fare rises past the threshold', async () => {
    const { plan, changes, repair } = await planAndRepairer();
    const index = plan.legs.findIndex((l) => l.mode === 'flight');
    const leg = plan.legs[index];
    if (leg?.mode !== 'flight') throw new Error('the Colorado plan should fly from Indianapolis');
    changes.fareFactor.set(leg.flight.flightNumber, 1.4);
    const outcome = await repair();
    if (outcome.status !== 'repaired') throw new Error(JSON.stringify(outcome));
    const swapped = outcome.plan.legs[index]!;
    expect(swapped.mode === 'flight' && swapped.flight.flightNumber).not.toBe(leg.flight.flightNumber);
    expect(swapped.cost).toBeLessThan(Math.round(leg.flight.price * 1.4) * plan.spec.travellers);
    expect(outcome.plan.stays).toEqual(plan.stays);
    expect(outcome.plan.validation.passed).toBe(true);
    expect(Object.keys(outcome.agentRuns)).toEqual(expect.arrayContaining(['flights']));
    expect(outcome.agentRuns.hotels).toBeUndefined();
  });

  it('needs attention when no stay is left in a city, naming what broke', async () => {
    const { plan, changes, repair } = await planAndRepairer();
    const city = plan.stays[1]!.city;
    for (const stay of await base.searchStays({ city })) changes.soldOut.add(stay.name);
    const outcome = await repair();
    if (outcome.status !== 'needs_attention') throw new Error(JSON.stringify(outcome));
    expect(outcome.failure.reasons.join(' ')).toContain(`${plan.stays[1]!.stay.name} in ${city} is sold out`);
  });

  it('finds a replacement for a cancelled flight', async () => {
    const { plan, changes, repair } = await planAndRepairer();
    const index = plan.legs.findIndex((l) => l.mode === 'flight');
    const leg = plan.legs[index]!;
    if (leg.mode !== 'flight') throw new Error('expected a flight');
    changes.cancelled.add(leg.flight.flightNumber);
    const outcome = await repair();
    if (outcome.status !== 'repaired') throw new Error(JSON.stringify(outcome));
    const now = outcome.plan.legs[index]!;
    expect(now.mode === 'flight' ? now.flight.flightNumber : now.mode).not.toBe(leg.flight.flightNumber);
    expect(outcome.plan.validation.passed).toBe(true);
  });
});
