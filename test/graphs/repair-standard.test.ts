import { randomUUID } from 'node:crypto';
import { MemorySaver } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import { buildRepairGraph } from '../../graphs/repair/repair-graph.js';
import { buildTripGraph } from '../../graphs/trip-graph.js';
import { runRepair } from '../../src/planner/run-repair-graph.js';
import { startTrip } from '../../src/planner/run-trip-graph.js';
import { repairSentence } from '../../src/watch/check-records.js';
import type { Stay } from '../../tools/domain/inventory.schema.js';
import { createSandboxWorld } from '../../tools/providers/sandbox/sandbox-world.js';
import { changedWorld } from '../support/changed-world.js';
import { offlineModels } from '../support/offline-models.js';

/**
 * Findings 8 and 10 of the reliability review: a repair moved a couple from a sold-out cottage
 * into a shared dorm bed, and a fare rise with only driving as the cheaper option (which cannot mix
 * with the flight home) ended `needs_attention` on a plan that was still valid.
 */
const base = createSandboxWorld({ seed: 1 });
const models = offlineModels(base);
const TODAY = '2026-11-24';
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
  const repair = (keptPrices: Record<string, number> = {}) =>
    runRepair(
      { graph: repairGraph, threadId: randomUUID() },
      {
        request: { text: COLORADO },
        today: TODAY,
        spec: plan.spec,
        basePlan: plan,
        thresholds: { priceChangePct: 10, weather: true },
        weatherBefore: {},
        keptPrices,
      },
    );
  return { plan, changes, repair };
}

/** A shared dorm bed that beats the sold-out stay on rating and price: what the old repair chose. */
function dormIn(city: string): Stay {
  return {
    name: `Bunk in a shared dorm near downtown ${city}`,
    city,
    roomType: 'Shared room',
    forbids: [],
    minimumNights: 1,
    maximumOccupancy: 1,
    rating: 5,
    pricePerNight: 20,
  };
}

describe('repairs keep the plan’s standard (finding 8)', () => {
  it('a sold-out private room is replaced by a comparable room type and rating, not a better-rated cheaper dorm', async () => {
    const { plan, changes, repair } = await planAndRepairer();
    const index = plan.stays.findIndex((b) => b.stay.roomType !== 'Shared room');
    const gone = plan.stays[index]!;
    changes.listed.set(gone.city, [dormIn(gone.city)]);
    changes.soldOut.add(gone.stay.name);
    const outcome = await repair();
    if (outcome.status !== 'repaired') throw new Error(JSON.stringify(outcome));
    const now = outcome.plan.stays[index]!.stay;
    expect(now.name).not.toBe(gone.stay.name);
    expect(now.roomType).not.toBe('Shared room');
    expect(['Private room', 'Entire home/apt'].indexOf(now.roomType)).toBeGreaterThanOrEqual(
      ['Private room', 'Entire home/apt'].indexOf(gone.stay.roomType),
    );
    expect(now.rating).toBeGreaterThanOrEqual(gone.stay.rating - 0.3);
    expect(outcome.plan.validation.passed).toBe(true);
    expect(outcome.recheck.resolution?.downgrades).toEqual([]);
    expect(repairSentence(plan, outcome.plan, outcome.recheck)).not.toContain('no comparable stay');
  });

  it('when only a shared room is left, the repair takes it and its sentence says so', async () => {
    const { plan, changes, repair } = await planAndRepairer();
    const index = plan.stays.findIndex((b) => b.stay.roomType !== 'Shared room');
    const gone = plan.stays[index]!;
    for (const stay of await base.searchStays({ city: gone.city })) changes.soldOut.add(stay.name);
    changes.listed.set(gone.city, [dormIn(gone.city)]);
    const outcome = await repair();
    if (outcome.status !== 'repaired') throw new Error(JSON.stringify(outcome));
    expect(outcome.plan.stays[index]!.stay.roomType).toBe('Shared room');
    expect(outcome.plan.validation.passed).toBe(true);
    const sentence = repairSentence(plan, outcome.plan, outcome.recheck);
    expect(sentence).toContain(`no comparable stay was left in ${gone.city}; moved to a shared room`);
  });
});

describe('no false alarms (finding 10)', () => {
  it('a fare 12% up with only a drive as the cheaper option keeps the flight and says so, without a version', async () => {
    const { plan, changes, repair } = await planAndRepairer();
    const out = plan.legs[0]!;
    if (out.mode !== 'flight') throw new Error('the Colorado plan flies from Indianapolis');
    changes.fareFactor.set(out.flight.flightNumber, 1.12);
    for (const f of await base.searchFlights({ from: out.from, to: out.to, date: out.flight.date }))
      if (f.flightNumber !== out.flight.flightNumber) changes.cancelled.add(f.flightNumber);
    const outcome = await repair();
    if (outcome.status !== 'unchanged') throw new Error(JSON.stringify(outcome));
    expect(outcome.recheck.findings).toContainEqual(expect.objectContaining({ kind: 'leg-price', index: 0 }));
    expect(outcome.recheck.resolution?.kept).toEqual([
      expect.stringMatching(
        new RegExp(
          `^flight ${out.flight.flightNumber} .* fare \\+1[12](\\.\\d)?%, kept: no cheaper valid option$`,
        ),
      ),
    ]);
    // With the kept quote as the baseline, the next check re-shops nothing (no flights agent run).
    const again = await repair(outcome.recheck.resolution?.keptPrices);
    if (again.status !== 'unchanged') throw new Error(JSON.stringify(again));
    expect(again.recheck.scope.legs).toEqual([]);
  });

  it('a cancelled outbound flight where only driving is left re-shops the flight home too and drives both ways', async () => {
    const { plan, changes, repair } = await planAndRepairer();
    const out = plan.legs[0]!;
    const home = plan.legs.at(-1)!;
    if (out.mode !== 'flight' || home.mode !== 'flight') throw new Error('the Colorado plan flies both ways');
    for (const f of await base.searchFlights({ from: out.from, to: out.to, date: out.flight.date }))
      changes.cancelled.add(f.flightNumber);
    changes.noRoad.add(`${out.from}|${out.to}|taxi`);
    const outcome = await repair();
    if (outcome.status !== 'repaired') throw new Error(JSON.stringify(outcome));
    const legs = outcome.plan.legs;
    expect(legs[0]!.mode).toBe('self-driving');
    expect(legs.at(-1)!.mode).toBe('self-driving');
    expect(new Set(legs.map((l) => l.mode))).toEqual(new Set(['self-driving']));
    expect(outcome.plan.stays).toEqual(plan.stays);
    expect(outcome.plan.validation.passed).toBe(true);
    expect(outcome.recheck.resolution?.widened).toBe(true);
    expect(repairSentence(plan, outcome.plan, outcome.recheck)).toContain(
      `no comparable flight was left for ${out.from} → ${out.to}; travelling by self-driving`,
    );
  });
});
