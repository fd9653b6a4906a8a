/**
 * Replanning vs planning from scratch, for the same trip: model calls and wall time of a fresh plan
 * and of repairs after typical world changes (a stay sold out, a fare past the threshold, a
 * cancelled flight, the weather turning), with a simulated model latency per call.
 *   npm run bench:repair -- [--latency 300]
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { MemorySaver } from '@langchain/langgraph';
import { OFFLINE_MODEL_NAME } from '../../agents/offline/offline-chat-model.js';
import { createOfflineModel } from '../../agents/offline/offline-policies.js';
import type { AgentModel } from '../../graphs/graph-deps.js';
import { buildRepairGraph } from '../../graphs/repair/repair-graph.js';
import { buildTripGraph } from '../../graphs/trip-graph.js';
import { runRepair } from '../../src/planner/run-repair-graph.js';
import { startTrip } from '../../src/planner/run-trip-graph.js';
import type { Plan } from '../../tools/domain/plan.schema.js';
import type { WorldChange } from '../../tools/domain/world-change.schema.js';
import { createSandboxWorld } from '../../tools/providers/sandbox/sandbox-world.js';
import { createManualTimeline } from '../../tools/providers/world-timeline.js';

const { values } = parseArgs({ options: { latency: { type: 'string', default: '300' } } });
const latencyMs = Number(values.latency);
const REQUEST =
  'a week from Indianapolis through three cities in Colorado for five of us, March 10 2027, $15,100, we bring the dogs, we love Mexican food';
const TODAY = '2026-11-24';

function calls(runs: Record<string, { usage: { calls: number } }[]>): number {
  return Object.values(runs)
    .flat()
    .reduce((n, r) => n + r.usage.calls, 0);
}

async function scenario(name: string, change: (plan: Plan) => WorldChange[], weather = false) {
  const timeline = createManualTimeline();
  const world = createSandboxWorld({ seed: 1, timeline });
  const model = createOfflineModel({
    gazetteer: { cities: world.listCities(), regions: world.listRegions() },
    latencyMs,
  });
  const agent: AgentModel = { model, name: OFFLINE_MODEL_NAME };
  const deps = {
    world,
    models: { intake: agent, flights: agent, hotels: agent, itinerary: agent },
    checkpointer: new MemorySaver(),
  };
  const graph = buildTripGraph(deps);
  const fresh = { graph, threadId: randomUUID() };
  const started = performance.now();
  const outcome = await startTrip(fresh, { text: REQUEST }, TODAY);
  const freshMs = performance.now() - started;
  if (outcome.status !== 'completed') throw new Error(JSON.stringify(outcome));
  const state = (await graph.getState({ configurable: { thread_id: fresh.threadId } })).values;
  const freshCalls = calls(state.agentRuns);
  for (const c of change(outcome.plan)) await timeline.inject(c);
  // Weather turns against a baseline: a dry one for every day.
  const weatherBefore = weather ? Object.fromEntries(outcome.plan.days.map((d) => [d.date, 0])) : {};
  const repairStarted = performance.now();
  const repaired = await runRepair(
    { graph: buildRepairGraph(deps), threadId: randomUUID() },
    {
      request: { text: REQUEST },
      today: TODAY,
      spec: outcome.plan.spec,
      basePlan: outcome.plan,
      thresholds: { priceChangePct: 10, weather: true },
      weatherBefore,
    },
  );
  const repairMs = performance.now() - repairStarted;
  const repairCalls =
    repaired.status === 'repaired' || repaired.status === 'needs_attention' ? calls(repaired.agentRuns) : 0;
  console.log(
    `${name.padEnd(22)} fresh ${String(freshCalls).padStart(2)} calls ${freshMs.toFixed(0).padStart(6)} ms | ` +
      `repair (${repaired.status}) ${String(repairCalls).padStart(2)} calls ${repairMs.toFixed(0).padStart(6)} ms | ` +
      `calls ${(repairCalls / freshCalls).toFixed(2)}×, wall ${(repairMs / freshMs).toFixed(2)}×`,
  );
}

const flight = (plan: Plan) => {
  const leg = plan.legs.find((l) => l.mode === 'flight');
  if (leg?.mode !== 'flight') throw new Error('expected a flight leg');
  return leg.flight;
};

console.log(`Colorado week for 5, offline model at ${latencyMs} ms per call`);
await scenario('nothing changed', () => []);
await scenario('stay sold out (city 2)', (p) => [
  { kind: 'stay-sold-out', city: p.stays[1]!.city, stayName: p.stays[1]!.stay.name },
]);
await scenario('fare +40%', (p) => [
  { kind: 'fare', flightNumber: flight(p).flightNumber, date: flight(p).date, factor: 1.4 },
]);
await scenario('flight cancelled', (p) => [
  { kind: 'flight-cancelled', flightNumber: flight(p).flightNumber, date: flight(p).date },
]);
await scenario(
  'weather turned (day 3)',
  (p) => [{ kind: 'weather', city: p.days[2]!.city, date: p.days[2]!.date, condition: 'storm' }],
  true,
);
