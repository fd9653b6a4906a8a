import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanVersionEntry } from '../../../src/trips/plan-version.schema.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { booking, revised, samplePlan } from '../../support/plans.js';
import { type ApiHarness, postJson, SAMPLE_REQUEST, startApi } from './support/api-harness.js';

const world = createSandboxWorld({ seed: 1 });
const PLAN = samplePlan();
const REPAIRED = revised(PLAN, (plan) => {
  plan.stays[0] = booking('Denver', 'Sunny room near Union Station', 129, 1, 2);
});
const version = (n: number, plan = PLAN): PlanVersionEntry => ({
  version: n,
  plan,
  reason: n === 1 ? 'initial plan' : 'stay sold out in Denver',
  createdAt: '2027-01-01T10:00:00.000Z',
  trigger: n === 1 ? 'plan' : 'replan',
});

let api: ApiHarness;
let authA: Record<string, string>;
let authB: Record<string, string>;
let planned: string;
let unplanned: string;

async function submit(auth: Record<string, string>): Promise<string> {
  const response = await postJson(`${api.url}/v1/trips`, SAMPLE_REQUEST, auth);
  return ((await response.json()) as { id: string }).id;
}

function summaries(ics: string): string[] {
  const root = new ICAL.Component(ICAL.parse(ics));
  return root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c).summary);
}

beforeAll(async () => {
  api = await startApi({ cities: (name) => world.resolveCity(name) });
  ({ auth: authA } = await api.keyFor('tenant-a'));
  ({ auth: authB } = await api.keyFor('tenant-b'));
  planned = await submit(authA);
  unplanned = await submit(authA);
  expect(await api.versions.claim(planned, version(1))).toBe(true);
  expect(await api.versions.claim(planned, version(2, REPAIRED))).toBe(true);
});
afterAll(() => api.close());

describe('GET /v1/trips/:id/calendar.ics', () => {
  it('answers the current version as a text/calendar attachment', async () => {
    const response = await api.app.inject({
      method: 'GET',
      url: `/v1/trips/${planned}/calendar.ics`,
      headers: authA,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="trip-${planned}.ics"`);
    expect(summaries(response.body)).toContain('Stay: Sunny room near Union Station');
    expect(response.body).toContain('TZID:America/Denver');
  });

  it('answers an older version with ?version=, and 404 for one that does not exist', async () => {
    const first = await api.app.inject({
      method: 'GET',
      url: `/v1/trips/${planned}/calendar.ics?version=1`,
      headers: authA,
    });
    expect(summaries(first.body)).toContain('Stay: Cozy loft in LoDo');
    const missing = await api.app.inject({
      method: 'GET',
      url: `/v1/trips/${planned}/calendar.ics?version=9`,
      headers: authA,
    });
    expect(missing.statusCode).toBe(404);
  });

  it('is 409 before the trip has a plan, and 404 to another tenant and without a key 401', async () => {
    const early = await api.app.inject({
      method: 'GET',
      url: `/v1/trips/${unplanned}/calendar.ics`,
      headers: authA,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'conflict' });
    const other = await api.app.inject({
      method: 'GET',
      url: `/v1/trips/${planned}/calendar.ics`,
      headers: authB,
    });
    expect(other.statusCode).toBe(404);
    const anonymous = await api.app.inject({ method: 'GET', url: `/v1/trips/${planned}/calendar.ics` });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('GET /v1/trips/:id/places', () => {
  it('lists the plan’s cities in travel order with coordinates and zones', async () => {
    const response = await api.app.inject({
      method: 'GET',
      url: `/v1/trips/${planned}/places`,
      headers: authA,
    });
    expect(response.statusCode).toBe(200);
    const { cities } = response.json() as {
      cities: { name: string; location: { lat: number; lon: number } | null; timeZone: string | null }[];
    };
    expect(cities.map((c) => c.name)).toEqual(['Seattle', 'Denver', 'Boulder']);
    expect(cities.map((c) => c.timeZone)).toEqual([
      'America/Los_Angeles',
      'America/Denver',
      'America/Denver',
    ]);
    expect(cities[1]?.location?.lat).toBeCloseTo(39.74, 1);
  });
});
