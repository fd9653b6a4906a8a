import { randomUUID } from 'node:crypto';
import { MemorySaver } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import { buildTripGraph } from '../../graphs/trip-graph.js';
import { renderPlan } from '../../src/cli/render-plan.js';
import { startTrip } from '../../src/planner/run-trip-graph.js';
import type { Plan } from '../../tools/domain/plan.schema.js';
import type { TripFields } from '../../tools/domain/trip-spec.schema.js';
import { RESTAURANT_REPEAT_GAP_DAYS } from '../../tools/planning/restaurant-repeats.js';
import { validatePlan } from '../../tools/planning/validate/validate-plan.js';
import { createSandboxWorld } from '../../tools/providers/sandbox/sandbox-world.js';
import { offlineModels } from '../support/offline-models.js';

const world = createSandboxWorld({ seed: 1 });
const models = offlineModels(world);
const graph = buildTripGraph({ world, models, checkpointer: new MemorySaver() });
const TODAY = '2026-11-24';
const BASE = { startDate: '2027-04-09', travellers: 2 } satisfies TripFields;

async function plan(fields: TripFields): Promise<Plan> {
  const outcome = await startTrip({ graph, threadId: randomUUID() }, { fields }, TODAY);
  if (outcome.status !== 'completed') throw new Error(JSON.stringify(outcome));
  return outcome.plan;
}

/** The city of each day as the CLI shows it: "Boston" or "Denver → Boston". */
function dayHeadings(p: Plan): string[] {
  return p.days.map((d) => (d.fromCity === null ? d.city : `${d.fromCity} → ${d.city}`));
}

describe('route shapes through the trip graph', () => {
  it('plans a one-way trip with no leg home: the last day is spent in the last city', async () => {
    const p = await plan({
      ...BASE,
      origin: 'Denver',
      destination: { kind: 'city', city: 'Boston' },
      tripType: 'one-way',
      days: 8,
      budget: { amount: 6000, currency: 'USD' },
    });
    expect(p.validation.passed).toBe(true);
    expect(p.legs.map((l) => [l.day, l.from, l.to])).toEqual([[1, 'Denver', 'Boston']]);
    expect(dayHeadings(p)).toEqual(['Denver → Boston', ...Array(7).fill('Boston')]);
    expect(p.days.at(-1)).toMatchObject({ accommodation: null, fromCity: null });
    // The last day is a full day there: three meals and a sight.
    expect(p.days.at(-1)?.dinner).not.toBeNull();
    expect(p.stays.reduce((n, s) => n + s.nights, 0)).toBe(7);
    const cli = renderPlan(p);
    expect(cli).toMatch(/^Day 8 · 2027-04-16 · Boston$/m);
    expect(cli).not.toMatch(/→ Denver/);
  });

  it('plans an open-jaw trip that ends somewhere other than the origin', async () => {
    const p = await plan({
      ...BASE,
      origin: 'New York',
      destination: { kind: 'city', city: 'London' },
      tripType: 'open-jaw',
      returnTo: 'Boston',
      days: 6,
      budget: { amount: 9000, currency: 'USD' },
    });
    expect(p.validation.passed).toBe(true);
    expect(p.spec.returnTo).toBe('Boston');
    expect(p.legs.map((l) => [l.day, l.from, l.to])).toEqual([
      [1, 'New York', 'London'],
      [6, 'London', 'Boston'],
    ]);
    expect(dayHeadings(p).at(-1)).toBe('London → Boston');
    expect(p.route.cities).toEqual(['London']);
    expect(renderPlan(p)).toMatch(/^Day 6 · 2027-04-14 · London → Boston$/m);
  });

  it('visits three named European cities in the order given, for the nights given', async () => {
    const p = await plan({
      ...BASE,
      origin: 'London',
      destination: {
        kind: 'cities',
        stops: [
          { city: 'Madrid', nights: 3 },
          { city: 'Barcelona', nights: 2 },
          { city: 'Lisbon', nights: 2 },
        ],
      },
      days: 8,
      budget: { amount: 9000, currency: 'USD' },
    });
    expect(p.validation.passed).toBe(true);
    expect(p.route).toEqual({ cities: ['Madrid', 'Barcelona', 'Lisbon'], nights: [3, 2, 2] });
    expect(dayHeadings(p)).toEqual([
      'London → Madrid',
      'Madrid',
      'Madrid',
      'Madrid → Barcelona',
      'Barcelona',
      'Barcelona → Lisbon',
      'Lisbon',
      'Lisbon → London',
    ]);
  });

  it('shares out nights left unsaid, bigger cities first, keeping the ones given', async () => {
    const p = await plan({
      ...BASE,
      origin: 'New York',
      destination: {
        kind: 'cities',
        stops: [{ city: 'Madrid', nights: 2 }, { city: 'Rome' }, { city: 'Barcelona' }],
      },
      days: 12,
      budget: { amount: 20000, currency: 'USD' },
    });
    expect(p.validation.passed).toBe(true);
    expect(p.route.cities).toEqual(['Madrid', 'Rome', 'Barcelona']);
    const [madrid, rome, barcelona] = p.route.nights;
    expect(madrid).toBe(2);
    // Rome has two airports, Barcelona one: Rome gets the larger share of the 9 nights left.
    expect(rome! + barcelona!).toBe(9);
    expect(rome!).toBeGreaterThan(barcelona!);
  });

  it('refuses nights that cannot fit the days, naming them', async () => {
    const outcome = await startTrip(
      { graph, threadId: randomUUID() },
      {
        fields: {
          ...BASE,
          origin: 'London',
          destination: {
            kind: 'cities',
            stops: [
              { city: 'Madrid', nights: 4 },
              { city: 'Lisbon', nights: 3 },
            ],
          },
          days: 5,
        },
      },
      TODAY,
    );
    expect(outcome.status).toBe('failed');
    if (outcome.status !== 'failed') return;
    expect(outcome.failure.message).toBe(
      'The nights asked for (4 in Madrid, 3 in Lisbon: 7) do not match a 5-day trip, which has 4 nights.',
    );
  });

  it('plans the cities a region has when asked for more, naming them as a wish not honoured', async () => {
    const outcome = await startTrip(
      { graph, threadId: randomUUID() },
      {
        fields: {
          ...BASE,
          origin: 'Chicago',
          destination: { kind: 'region', region: 'Michigan', cityCount: 2 },
          days: 6,
        },
      },
      TODAY,
    );
    if (outcome.status !== 'completed') throw new Error(JSON.stringify(outcome));
    const known = world.citiesInRegion('Michigan').filter((c) => c.name !== 'Chicago');
    expect(known).toHaveLength(1);
    expect(outcome.plan.route.cities).toEqual([known[0]!.name]);
    expect(outcome.plan.notHonoured).toContainEqual({
      wish: '2 cities in Michigan',
      reason: `Michigan has only 1 city we can plan besides Chicago (${known[0]!.name}), so the trip visits it`,
    });
  });

  it('plans a 14-day stay in one big city, bringing restaurants back only after the gap', async () => {
    const p = await plan({
      ...BASE,
      origin: 'London',
      destination: { kind: 'city', city: 'Paris' },
      days: 14,
      budget: { amount: 15000, currency: 'USD' },
    });
    expect(p.validation.passed).toBe(true);
    expect(p.spec.ruleset).toBe('standard');
    const visits = new Map<string, number[]>();
    for (const day of p.days) {
      for (const r of [day.breakfast, day.lunch, day.dinner]) {
        if (r) visits.set(r.name, [...(visits.get(r.name) ?? []), day.day]);
      }
    }
    // Every meal of the twelve full days is planned; a restaurant that comes back keeps the gap.
    const meals = [...visits.values()].reduce((n, d) => n + d.length, 0);
    expect(meals).toBeGreaterThanOrEqual(36);
    for (const days of visits.values()) {
      for (let i = 1; i < days.length; i += 1) {
        expect(days[i]! - days[i - 1]!).toBeGreaterThan(RESTAURANT_REPEAT_GAP_DAYS);
      }
    }
  });

  it('plans three weeks in Paris: free days once every sight is planned, named as such', async () => {
    const p = await plan({
      ...BASE,
      origin: 'London',
      destination: { kind: 'city', city: 'Paris' },
      days: 21,
      budget: { amount: 15000, currency: 'USD' },
    });
    expect(p.validation.passed).toBe(true);
    const free = p.days.filter((d) => d.fromCity === null && d.sights.length === 0);
    expect(free.length).toBeGreaterThan(0);
    for (const day of free) {
      expect(day.notes).toContain('A free day: every sight of Paris we know is already in the plan.');
      expect([day.breakfast, day.lunch, day.dinner].every((r) => r !== null)).toBe(true);
    }
  });

  it('plans a 30-day trip through four named cities', async () => {
    const p = await plan({
      ...BASE,
      origin: 'New York',
      destination: {
        kind: 'cities',
        stops: [{ city: 'Madrid' }, { city: 'Barcelona' }, { city: 'Rome' }, { city: 'Paris' }],
      },
      days: 30,
      budget: { amount: 40000, currency: 'USD' },
    });
    expect(p.validation.passed).toBe(true);
    expect(p.days).toHaveLength(30);
    expect(p.route.cities).toEqual(['Madrid', 'Barcelona', 'Rome', 'Paris']);
    expect(p.route.nights.reduce((a, b) => a + b, 0)).toBe(29);
    expect(p.legs.at(-1)).toMatchObject({ day: 30, from: 'Paris', to: 'New York' });
  });
});

describe('the validator knows the route shapes', () => {
  const failing = async (p: Plan, spec: Partial<Plan['spec']>) => {
    const report = await validatePlan({ ...p, spec: { ...p.spec, ...spec } }, world);
    return report.checks.filter((c) => !c.passed).flatMap((c) => c.problems.map((m) => `${c.id}: ${m}`));
  };

  it('fails a plan that ends the wrong way for its trip type', async () => {
    const oneWay = await plan({
      ...BASE,
      origin: 'Denver',
      destination: { kind: 'city', city: 'Boston' },
      tripType: 'one-way',
      days: 4,
    });
    expect(await failing(oneWay, {})).toEqual([]);
    expect(await failing(oneWay, { tripType: 'round-trip' })).toContain(
      'reasonable-route: day 4, the last day, ends in Boston; it must travel back to Denver, the origin',
    );
    expect(await failing(oneWay, { tripType: 'open-jaw', returnTo: 'New York' })).toContain(
      'reasonable-route: day 4, the last day, ends in Boston; it must travel back to New York, where the trip ends',
    );
    const roundTrip = await plan({
      ...BASE,
      origin: 'Denver',
      destination: { kind: 'city', city: 'Boston' },
      days: 4,
    });
    expect(await failing(roundTrip, { tripType: 'one-way' })).toContain(
      'reasonable-route: day 4, the last day, ends in Denver, the origin, but the trip is one-way; end it in the last city visited',
    );
  });

  it('fails named cities out of order or for other nights than asked', async () => {
    const stops = [
      { city: 'Madrid', nights: 3 },
      { city: 'Barcelona', nights: 2 },
    ];
    const p = await plan({ ...BASE, origin: 'London', destination: { kind: 'cities', stops }, days: 6 });
    expect(await failing(p, {})).toEqual([]);
    expect(await failing(p, { destination: { kind: 'cities', stops: [stops[1]!, stops[0]!] } })).toContain(
      'reasonable-route: the plan visits Madrid and Barcelona in that order, but the request asks for Barcelona and Madrid in that order',
    );
    expect(
      await failing(p, {
        destination: {
          kind: 'cities',
          stops: [
            { city: 'Madrid', nights: 2 },
            { city: 'Barcelona', nights: null },
          ],
        },
      }),
    ).toEqual([
      'reasonable-route: the request asks for 2 nights in Madrid, but the days spend 3 nights there',
    ]);
  });

  it('allows free days once every sight is planned, but not under TravelPlanner rules', async () => {
    const p = await plan({
      ...BASE,
      origin: 'London',
      destination: { kind: 'city', city: 'Paris' },
      days: 21,
      budget: { amount: 15000, currency: 'USD' },
    });
    expect(await failing(p, {})).toEqual([]);
    const strict = await failing(p, { ruleset: 'travelplanner' });
    expect(strict.some((m) => /complete-information: day \d+ in Paris has no sight/.test(m))).toBe(true);
  });
});
