import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, postJson, SAMPLE_REQUEST, startApi } from './support/api-harness.js';

let api: ApiHarness;
let authA: Record<string, string>;
let authB: Record<string, string>;
let tripOfA: string;
let tripOfB: string;

async function submit(auth: Record<string, string>): Promise<string> {
  const response = await postJson(`${api.url}/v1/trips`, SAMPLE_REQUEST, auth);
  expect(response.status).toBe(202);
  return ((await response.json()) as { id: string }).id;
}

beforeAll(async () => {
  api = await startApi();
  ({ auth: authA } = await api.keyFor('tenant-a'));
  ({ auth: authB } = await api.keyFor('tenant-b'));
  tripOfA = await submit(authA);
  tripOfB = await submit(authB);
  // A trip waiting for an answer, so resume would otherwise succeed for its owner.
  await api.store.transition(tripOfA, ['queued'], {
    status: 'needs_input',
    question: { question: 'When?', missing: ['startDate'] },
  });
});
afterAll(() => api.close());

/** Another tenant's trip must look exactly like one that does not exist. */
const ROUTES = [
  {
    name: 'GET trip',
    call: (id: string, auth: Record<string, string>) => fetch(`${api.url}/v1/trips/${id}`, { headers: auth }),
  },
  {
    name: 'events',
    call: (id: string, auth: Record<string, string>) =>
      fetch(`${api.url}/v1/trips/${id}/events`, { headers: auth }),
  },
  {
    name: 'resume',
    call: (id: string, auth: Record<string, string>) =>
      postJson(`${api.url}/v1/trips/${id}/resume`, { text: 'June 3' }, auth),
  },
  {
    name: 'cancel',
    call: (id: string, auth: Record<string, string>) =>
      fetch(`${api.url}/v1/trips/${id}/cancel`, { method: 'POST', headers: auth }),
  },
];

describe('tenant isolation', () => {
  it.each(ROUTES.map((r) => [r.name, r] as const))(
    '%s: tenant B gets the same 404 for A’s trip as for a trip that never existed',
    async (_name, route) => {
      const foreign = await route.call(tripOfA, authB);
      const missing = await route.call('trp_000000000000000000000000', authB);
      expect(foreign.status).toBe(404);
      const { requestId: _a, ...foreignBody } = (await foreign.json()) as Record<string, unknown>;
      const { requestId: _b, ...missingBody } = (await missing.json()) as Record<string, unknown>;
      expect(foreignBody).toEqual(missingBody);
    },
  );

  it('B’s attempts changed nothing: A’s trip is still waiting for its answer', async () => {
    expect((await api.store.get(tripOfA))?.status).toBe('needs_input');
    const own = await fetch(`${api.url}/v1/trips/${tripOfA}`, { headers: authA });
    expect(own.status).toBe(200);
    expect(await own.json()).toMatchObject({ id: tripOfA, status: 'needs_input' });
  });

  it('each tenant’s list holds only its own trips', async () => {
    const listA = (await (await fetch(`${api.url}/v1/trips`, { headers: authA })).json()) as {
      trips: { id: string }[];
    };
    const listB = (await (await fetch(`${api.url}/v1/trips`, { headers: authB })).json()) as {
      trips: { id: string }[];
    };
    expect(listA.trips.map((t) => t.id)).toEqual([tripOfA]);
    expect(listB.trips.map((t) => t.id)).toEqual([tripOfB]);
  });

  it('the owner can do what the other tenant could not', async () => {
    const resumed = await postJson(`${api.url}/v1/trips/${tripOfA}/resume`, { text: 'June 3' }, authA);
    expect(resumed.status).toBe(202);
    const cancelled = await fetch(`${api.url}/v1/trips/${tripOfB}/cancel`, {
      method: 'POST',
      headers: authB,
    });
    expect(cancelled.status).toBe(200);
  });

  it('the tenant id never appears in a trip as returned', async () => {
    const body = (await (await fetch(`${api.url}/v1/trips/${tripOfA}`, { headers: authA })).json()) as object;
    expect(body).not.toHaveProperty('tenantId');
  });
});
