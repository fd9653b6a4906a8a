import { randomUUID } from 'node:crypto';
import { MemorySaver } from '@langchain/langgraph';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TripGraphDeps } from '../../graphs/graph-deps.js';
import { buildRepairGraph } from '../../graphs/repair/repair-graph.js';
import { buildTripGraph } from '../../graphs/trip-graph.js';
import { runRepair } from '../../src/planner/run-repair-graph.js';
import { startTrip } from '../../src/planner/run-trip-graph.js';
import type { FlightLeg, Plan } from '../../tools/domain/plan.schema.js';
import { realKinds } from '../../tools/providers/real/real-kinds.js';
import { createRealSources } from '../../tools/providers/real/real-sources.js';
import { composeWorld } from '../../tools/providers/world/compose-world.js';
import type { WorldProvider } from '../../tools/providers/world-provider.js';
import { offlineModels } from '../support/offline-models.js';
import { SCENARIO_REQUEST, startTripWorldFakes, type TripWorldFakes } from '../support/trip-world-fakes.js';
import { FAKE_DUFFEL_TOKEN } from '../tools/providers/sources/fakes/duffel-fake.js';

const TODAY = '2026-12-07';

/** Every kind from a real adapter, pointed at the scenario's fakes (no sandbox in the loop). */
function realWorld(fakes: TripWorldFakes): WorldProvider {
  const sources = createRealSources(fakes.settings({ today: () => TODAY }));
  const built = [
    realKinds.duffelFlights(sources),
    realKinds.duffelStays(sources),
    realKinds.osmRestaurants(sources),
    realKinds.osmSights(sources),
    realKinds.openMeteoWeather(sources),
    realKinds.osrmGround(sources),
  ];
  const [flights, stays, restaurants, sights, weather, ground] = built;
  return composeWorld('flights=duffel stays=duffel places=osm weather=open-meteo routes=osrm trains=none', {
    gazetteer: realKinds.gazetteer().kind,
    flights: flights!.kind as never,
    stays: stays!.kind as never,
    restaurants: restaurants!.kind as never,
    sights: sights!.kind as never,
    weather: weather!.kind as never,
    ground: ground!.kind as never,
    trains: realKinds.noTrains().kind,
    // One credit per source, as src/world/create-world.ts gives them.
    attributions: [...new Map(built.flatMap((k) => k.attributions).map((a) => [a.source, a])).values()],
  });
}

/** The part of Duffel's rates answer a test changes. */
interface DuffelRates {
  accommodation: { rooms: { rates: { total_amount: string }[] }[] };
}

const THRESHOLDS = { priceChangePct: 10, weather: true };
/** The fake's fares are GBP; 1 GBP = 1.6 USD in the fake's ECB table. */
const USD_PER_GBP = 1.6;

function flightLegs(plan: Plan): FlightLeg[] {
  return plan.legs.filter((l): l is FlightLeg => l.mode === 'flight');
}

describe('a whole trip planned from real adapters against their loopback fakes (no sandbox in the loop)', () => {
  let fakes: TripWorldFakes;
  let world: WorldProvider;
  beforeAll(async () => {
    fakes = await startTripWorldFakes();
    world = realWorld(fakes);
  });
  afterAll(() => fakes.close());
  afterEach(() => fakes.duffel.reset());

  async function plan(): Promise<{ plan: Plan; deps: TripGraphDeps }> {
    const deps = { world, models: offlineModels(world), checkpointer: new MemorySaver() };
    const outcome = await startTrip(
      { graph: buildTripGraph(deps), threadId: randomUUID() },
      { text: SCENARIO_REQUEST },
      TODAY,
    );
    if (outcome.status !== 'completed') throw new Error(JSON.stringify(outcome));
    return { plan: outcome.plan, deps };
  }

  it('plans London → Paris from Duffel, OpenStreetMap and Open-Meteo: valid, connections, converted fares, credits', async () => {
    const { plan: p } = await plan();
    expect(p.validation.passed).toBe(true);
    expect(p.provider).toBe(world.name);
    expect(p.route.cities).toEqual(['Paris']);
    const legs = flightLegs(p);
    expect(legs).toHaveLength(p.legs.length);
    for (const leg of legs) {
      expect(leg.flight).toMatchObject({ source: 'duffel', quoted: { currency: 'GBP', rate: USD_PER_GBP } });
      expect(leg.flight.offerId).toMatch(/^off_scn_/);
      expect(leg.cost).toBeCloseTo(leg.flight.quoted!.amount * USD_PER_GBP * 2, 2);
    }
    // Out on the morning nonstop; home on the cheaper connection through Amsterdam.
    expect(legs.map((l) => l.flight.flightNumber)).toEqual(['ZZ 304', 'ZZ 1013/ZZ 1014']);
    expect(legs[1]!.flight.layovers).toEqual([{ airport: 'AMS', minutes: 50 }]);
    expect(legs[1]!.flight.segments?.map((s) => `${s.from}-${s.to}`)).toEqual(['CDG-AMS', 'AMS-LHR']);
    expect(p.stays.map((b) => b.stay.source)).toEqual(['duffel']);
    const meals = p.days.flatMap((d) => [d.breakfast, d.lunch, d.dinner]).filter((r) => r !== null);
    expect(meals.length).toBeGreaterThan(3);
    expect(new Set(meals.map((r) => r.source))).toEqual(new Set(['openstreetmap']));
    const sights = p.days.flatMap((d) => d.sights);
    expect(sights.length).toBeGreaterThan(0);
    expect(new Set(sights.map((s) => s.source))).toEqual(new Set(['openstreetmap']));
    expect(p.attributions?.map((a) => a.source).sort()).toEqual([
      'duffel',
      'ecb',
      'open-meteo',
      'openstreetmap',
    ]);
    // Every chosen offer was re-quoted before the plan was final, and none had moved.
    const repriced = fakes.servers.duffel.requests.filter((r) => r.method === 'GET');
    expect(repriced.map((r) => r.path)).toEqual(
      expect.arrayContaining(legs.map((l) => `/air/offers/${l.flight.offerId}`)),
    );
    expect(p.notHonoured.filter((n) => n.wish.startsWith('fare of'))).toEqual([]);
    // So was the chosen stay, by its offer's rates.
    const rated = fakes.servers.duffel.requests.filter((r) => r.path.endsWith('/actions/fetch_all_rates'));
    expect(rated.map((r) => r.path)).toContain(
      `/stays/search_results/${p.stays[0]!.stay.offerId}/actions/fetch_all_rates`,
    );
    expect(p.notHonoured.filter((n) => n.wish.startsWith('rate of'))).toEqual([]);
  });

  it('re-prices the chosen offers before the plan is final: a checkout fare past the budget sends the solver to the connection', async () => {
    fakes.duffel.setCheckoutFare('ZZ 304', 400);
    const { plan: p } = await plan();
    expect(p.validation.passed).toBe(true);
    expect(p.cost.total).toBeLessThanOrEqual(2500);
    const [out] = flightLegs(p);
    expect(out!.flight.flightNumber).toBe('ZZ 1011/ZZ 1012');
    expect(p.notHonoured).toContainEqual({
      wish: 'fare of ZZ 304 on day 1',
      reason: 're-priced before the plan was final: $384 → $1,280',
    });
  });

  it('re-prices the chosen stay before the plan is final: a dearer rate is on the plan and said', async () => {
    const { plan: first } = await plan();
    const chosen = first.stays[0]!.stay;
    const ratesPath = `/stays/search_results/${chosen.offerId}/actions/fetch_all_rates`;
    // The fake's own rates for the offer, three times dearer, for its next rates call only.
    const response = await fetch(`${fakes.servers.duffel.url}${ratesPath}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${FAKE_DUFFEL_TOKEN}` },
    });
    const result = ((await response.json()) as { data: DuffelRates }).data;
    for (const room of result.accommodation.rooms)
      for (const rate of room.rates) rate.total_amount = (Number(rate.total_amount) * 3).toFixed(2);
    fakes.servers.duffel.script('POST', ratesPath, { body: { data: result } });

    const { plan: p } = await plan();
    expect(p.validation.passed).toBe(true);
    const note = p.notHonoured.find((n) => n.wish === `rate of ${chosen.name} in Paris`);
    expect(note?.reason).toMatch(/^re-priced before the plan was final: \$[\d,.]+ → \$[\d,.]+$/);
    expect(p.stays[0]!.stay.name).not.toBe(chosen.name);
  });

  it('a watch re-quotes expired offers: a fare still sold dearer is a price finding, a withdrawn one is repaired', async () => {
    const { plan: p, deps } = await plan();
    const [out, back] = flightLegs(p);
    fakes.duffel.expireOffers();
    fakes.duffel.setFare('ZZ 304', 140);
    fakes.duffel.withdraw('ZZ 1013/ZZ 1014');
    const planned = fakes.servers.duffel.requests.length;
    const outcome = await runRepair(
      { graph: buildRepairGraph(deps), threadId: randomUUID() },
      {
        request: { text: SCENARIO_REQUEST },
        today: TODAY,
        spec: p.spec,
        basePlan: p,
        thresholds: THRESHOLDS,
        weatherBefore: {},
      },
    );
    if (outcome.status !== 'repaired') throw new Error(JSON.stringify(outcome).slice(0, 2000));
    // The stay is re-quoted by its offer's rates, not searched again: its rates stand, so no finding.
    expect(fakes.servers.duffel.requests.slice(planned).map((r) => r.path)).toContain(
      `/stays/search_results/${p.stays[0]!.stay.offerId}/actions/fetch_all_rates`,
    );
    expect(outcome.recheck.findings.filter((f) => f.kind.startsWith('stay-'))).toEqual([]);
    const findings = outcome.recheck.findings.map((f) => [f.kind, 'index' in f ? f.index : f.day]);
    expect(findings).toEqual(
      expect.arrayContaining([
        ['leg-price', 0],
        ['leg-gone', 1],
      ]),
    );
    const next = outcome.plan;
    expect(next.validation.passed).toBe(true);
    const [outNow, backNow] = flightLegs(next);
    expect(backNow!.flight.flightNumber).toBe('ZZ 305');
    expect(backNow!.flight.offerId).not.toBe(back!.flight.offerId);
    expect(outNow!.flight.offerId).not.toBe(out!.flight.offerId);
    expect(outNow!.flight).toMatchObject({ flightNumber: 'ZZ 304', price: 140 * USD_PER_GBP });
    // What a person is told: the fare kept dearer, the flight home that had to change.
    expect(outcome.recheck.resolution?.kept).toEqual([
      'flight ZZ 304 London → Paris fare +16.7%, kept: no cheaper valid option',
    ]);
  });
});
