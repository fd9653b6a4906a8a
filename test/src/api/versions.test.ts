import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanVersionEntry } from '../../../src/trips/plan-version.schema.js';
import { PlanDiff } from '../../../tools/domain/plan-diff.schema.js';
import { booking, revised, samplePlan } from '../../support/plans.js';
import { type ApiHarness, postJson, SAMPLE_REQUEST, startApi } from './support/api-harness.js';

const MISSING_TRIP = 'trp_000000000000000000000000';
const PLAN = samplePlan();
/** The repair after the Denver stay sold out: a cheaper stay for the same nights. */
const REPAIRED = revised(PLAN, (plan) => {
  plan.stays[0] = booking('Denver', 'Sunny room near Union Station', 129, 1, 2);
  for (const day of plan.days) {
    if (day.accommodation === 'Cozy loft in LoDo') day.accommodation = 'Sunny room near Union Station';
  }
});

const V1: PlanVersionEntry = {
  version: 1,
  plan: PLAN,
  reason: 'initial plan',
  createdAt: '2027-01-01T10:00:00.000Z',
  trigger: 'plan',
};
const V2: PlanVersionEntry = {
  version: 2,
  plan: REPAIRED,
  reason: 'stay sold out in Denver',
  createdAt: '2027-01-03T04:00:00.000Z',
  trigger: 'replan',
  checkId: 'chk_1',
};

let api: ApiHarness;
let authA: Record<string, string>;
let authB: Record<string, string>;
let tripOfA: string;
let newTripOfA: string;

async function submit(auth: Record<string, string>): Promise<string> {
  const response = await postJson(`${api.url}/v1/trips`, SAMPLE_REQUEST, auth);
  expect(response.status).toBe(202);
  return ((await response.json()) as { id: string }).id;
}

function get(url: string, auth: Record<string, string>) {
  return api.app.inject({ method: 'GET', url, headers: auth });
}

beforeAll(async () => {
  api = await startApi();
  ({ auth: authA } = await api.keyFor('tenant-a'));
  ({ auth: authB } = await api.keyFor('tenant-b'));
  tripOfA = await submit(authA);
  newTripOfA = await submit(authA);
  expect(await api.versions.claim(tripOfA, V1)).toBe(true);
  expect(await api.versions.claim(tripOfA, V2)).toBe(true);
});
afterAll(() => api.close());

describe('GET /v1/trips/:id/versions', () => {
  it('lists the versions oldest first, without plans, with the current one', async () => {
    const response = await get(`/v1/trips/${tripOfA}/versions`, authA);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      tripId: tripOfA,
      current: 2,
      versions: [
        {
          version: 1,
          reason: 'initial plan',
          createdAt: '2027-01-01T10:00:00.000Z',
          trigger: 'plan',
          total: 1840,
          currency: 'USD',
        },
        {
          version: 2,
          reason: 'stay sold out in Denver',
          createdAt: '2027-01-03T04:00:00.000Z',
          trigger: 'replan',
          checkId: 'chk_1',
          total: 1798,
          currency: 'USD',
        },
      ],
    });
  });

  it('a trip still being planned has no versions and no current one', async () => {
    const response = await get(`/v1/trips/${newTripOfA}/versions`, authA);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ tripId: newTripOfA, current: null, versions: [] });
  });
});

describe('GET /v1/trips/:id/versions/:v', () => {
  it('answers the full entry, plan included', async () => {
    const response = await get(`/v1/trips/${tripOfA}/versions/2`, authA);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ tripId: tripOfA, ...JSON.parse(JSON.stringify(V2)) });
  });

  it('an unknown version is a 404 that says which versions exist', async () => {
    const response = await get(`/v1/trips/${tripOfA}/versions/9`, authA);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({
      code: 'not_found',
      message: 'version 9 not found: this trip has versions 1-2',
    });
    const none = await get(`/v1/trips/${newTripOfA}/versions/1`, authA);
    expect(none.statusCode).toBe(404);
    expect(none.json().message).toBe('version 1 not found: this trip has no plan versions yet');
  });

  it.each(['abc', '0', '1.5', '-1'])('a malformed version (%s) is a 400 naming the parameter', async (v) => {
    const response = await get(`/v1/trips/${tripOfA}/versions/${v}`, authA);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'validation_failed',
      issues: [{ in: 'params', path: 'v' }],
    });
  });
});

describe('GET /v1/trips/:id/versions/:v/diff', () => {
  it('against the version before by default: the changes and one sentence with the reason', async () => {
    const response = await get(`/v1/trips/${tripOfA}/versions/2/diff`, authA);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(PlanDiff.parse(body)).toBeTruthy();
    expect(body).toMatchObject({
      tripId: tripOfA,
      version: 2,
      against: 1,
      reason: 'stay sold out in Denver',
      changed: true,
      legs: [],
      stays: [
        {
          kind: 'changed',
          city: 'Denver',
          before: { name: 'Cozy loft in LoDo', pricePerNight: 150 },
          after: { name: 'Sunny room near Union Station', pricePerNight: 129 },
        },
      ],
      cost: { before: 1840, after: 1798, delta: -42, currency: 'USD' },
      unchanged: { legs: 3, stays: 1, days: 3 },
      sentence:
        'Stay in Denver changed from Cozy loft in LoDo to Sunny room near Union Station ' +
        '(stay sold out in Denver); cost down $42 to $1,798.',
    });
  });

  it('?against= compares with any version; the reason is left out when it does not explain the change', async () => {
    const backwards = (await get(`/v1/trips/${tripOfA}/versions/1/diff?against=2`, authA)).json();
    expect(backwards).toMatchObject({ version: 1, against: 2, cost: { delta: 42 } });
    expect(backwards.sentence).toBe(
      'Stay in Denver changed from Sunny room near Union Station to Cozy loft in LoDo; cost up $42 to $1,840.',
    );
    const itself = (await get(`/v1/trips/${tripOfA}/versions/2/diff?against=2`, authA)).json();
    expect(itself).toMatchObject({ changed: false, sentence: 'No changes.' });
  });

  it('version 1 has nothing before it; an unknown version either side is a 404', async () => {
    const first = await get(`/v1/trips/${tripOfA}/versions/1/diff`, authA);
    expect(first.statusCode).toBe(404);
    expect(first.json().message).toMatch(/version 1 is the first.*\?against=/);
    const unknown = await get(`/v1/trips/${tripOfA}/versions/5/diff`, authA);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toBe('version 5 not found: this trip has versions 1-2');
    const unknownAgainst = await get(`/v1/trips/${tripOfA}/versions/2/diff?against=7`, authA);
    expect(unknownAgainst.json().message).toBe('version 7 not found: this trip has versions 1-2');
  });

  it('a malformed or unknown query parameter is a 400', async () => {
    for (const query of ['against=x', 'against=0', 'versus=1']) {
      const response = await get(`/v1/trips/${tripOfA}/versions/2/diff?${query}`, authA);
      expect(response.statusCode, query).toBe(400);
    }
  });
});

describe('tenancy', () => {
  const ROUTES = ['versions', 'versions/1', 'versions/2/diff'];

  it.each(ROUTES)('%s: another tenant gets the same 404 as for a trip that never existed', async (path) => {
    const foreign = await get(`/v1/trips/${tripOfA}/${path}`, authB);
    const missing = await get(`/v1/trips/${MISSING_TRIP}/${path}`, authB);
    expect(foreign.statusCode).toBe(404);
    const { requestId: _a, ...foreignBody } = foreign.json();
    const { requestId: _b, ...missingBody } = missing.json();
    expect(foreignBody).toEqual(missingBody);
    expect(foreignBody.message).toBe('trip not found');
  });

  it.each(ROUTES)('%s: no API key, no answer', async (path) => {
    expect((await get(`/v1/trips/${tripOfA}/${path}`, {})).statusCode).toBe(401);
  });
});
