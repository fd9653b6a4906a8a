import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTripRecord, type TripRecord } from '../../../src/trips/trip.schema.js';
import { type ApiHarness, postJson, SAMPLE_REQUEST, startApi } from './support/api-harness.js';

let api: ApiHarness;
let auth: Record<string, string>;

beforeAll(async () => {
  api = await startApi();
  ({ auth } = await api.keyFor('acme'));
});
afterAll(() => api.close());

async function submit(body: unknown = SAMPLE_REQUEST, headers: Record<string, string> = {}) {
  const response = await postJson(`${api.url}/v1/trips`, body, { ...auth, ...headers });
  return {
    response,
    body: (await response.json()) as { id: string; status: string; links: Record<string, string> },
  };
}

const get = (path: string, headers = auth) => fetch(`${api.url}${path}`, { headers });

describe('POST /v1/trips', () => {
  it('answers 202 with the id, status and links, stores the trip and queues its job', async () => {
    const { response, body } = await submit();
    expect(response.status).toBe(202);
    expect(body).toEqual({
      id: expect.stringMatching(/^trp_/),
      status: 'queued',
      links: {
        self: `/v1/trips/${body.id}`,
        events: `/v1/trips/${body.id}/events`,
        resume: `/v1/trips/${body.id}/resume`,
        cancel: `/v1/trips/${body.id}/cancel`,
      },
    });
    expect(response.headers.get('location')).toBe(`/v1/trips/${body.id}`);
    expect(await api.queues.plan.getJob(`${body.id}.start`)).toBeDefined();
    expect((await api.store.get(body.id))?.tenantId).toBe('acme');
  });
});

describe('Idempotency-Key', () => {
  it('the same key from the same tenant → the same trip (202 then 200) and one job', async () => {
    const headers = { 'idempotency-key': 'order-42' };
    const first = await submit(SAMPLE_REQUEST, headers);
    const second = await submit(SAMPLE_REQUEST, headers);
    expect([first.response.status, second.response.status]).toEqual([202, 200]);
    expect(second.body.id).toBe(first.body.id);
    expect(second.response.headers.get('idempotent-replayed')).toBe('true');
    const jobs = await api.queues.plan.getJobs(['waiting', 'active', 'delayed', 'completed', 'failed']);
    expect(jobs.filter((j) => j.data.tripId === first.body.id)).toHaveLength(1);
  });

  it('the same key from two tenants → two trips', async () => {
    const other = await api.keyFor('globex');
    const headers = { 'idempotency-key': 'shared-key' };
    const ours = await submit(SAMPLE_REQUEST, headers);
    const theirs = await postJson(`${api.url}/v1/trips`, SAMPLE_REQUEST, { ...other.auth, ...headers });
    expect(theirs.status).toBe(202);
    expect(((await theirs.json()) as { id: string }).id).not.toBe(ours.body.id);
  });

  it('the same key with a different request → 422, and the first trip is untouched', async () => {
    const headers = { 'idempotency-key': 'order-43' };
    const first = await submit(SAMPLE_REQUEST, headers);
    const second = await submit({ text: 'a different trip to Denver' }, headers);
    expect(second.response.status).toBe(422);
    expect(second.body).toMatchObject({ code: 'idempotency_mismatch' });
    expect((await api.store.get(first.body.id))?.request).toEqual(SAMPLE_REQUEST);
  });
});

describe('GET /v1/trips/:id', () => {
  it('shows the question of a trip that needs input, then the plan error of a failed one', async () => {
    const { body } = await submit();
    const question = { question: 'When does it start?', missing: ['startDate'] };
    await api.store.transition(body.id, ['queued'], { status: 'needs_input', question });
    expect(await (await get(`/v1/trips/${body.id}`)).json()).toMatchObject({
      status: 'needs_input',
      question,
    });
    const error = { code: 'infeasible', message: 'over budget', reasons: ['cheapest plan costs $900'] };
    await api.store.transition(body.id, ['needs_input'], { status: 'failed', question: null, error });
    const failed = (await (await get(`/v1/trips/${body.id}`)).json()) as TripRecord;
    expect(failed).toMatchObject({ status: 'failed', error, plan: null, request: SAMPLE_REQUEST });
  });
});

describe('resume and cancel', () => {
  it('resume answers 202 and queues the continuation; 409 when the trip is not waiting', async () => {
    const { body } = await submit();
    const early = await postJson(`${api.url}${body.links.resume}`, { text: 'June 3' }, auth);
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({
      code: 'conflict',
      message: 'trip is queued, not waiting for an answer',
    });

    await api.store.transition(body.id, ['queued'], {
      status: 'needs_input',
      question: { question: 'When?', missing: ['startDate'] },
    });
    const resumed = await postJson(
      `${api.url}${body.links.resume}`,
      { fields: { startDate: '2027-06-03' } },
      auth,
    );
    expect(resumed.status).toBe(202);
    expect(await resumed.json()).toMatchObject({ id: body.id, status: 'queued' });
    expect(await api.queues.plan.getJob(`${body.id}.answer.1`)).toBeDefined();
    expect((await api.store.get(body.id))?.answers).toHaveLength(1);
  });

  it('cancel answers 200 cancelled; a second cancel is 409', async () => {
    const { body } = await submit();
    const cancel = () => fetch(`${api.url}${body.links.cancel}`, { method: 'POST', headers: auth });
    const first = await cancel();
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ id: body.id, status: 'cancelled' });
    const again = await cancel();
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'conflict', message: 'trip is already cancelled' });
  });

  it('cancel accepts a JSON content type with an empty body, as fetch clients often send', async () => {
    const { body } = await submit();
    const response = await fetch(`${api.url}${body.links.cancel}`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
    });
    expect(response.status).toBe(200);
  });
});

describe('GET /v1/trips', () => {
  it('pages newest first with an opaque cursor, without skipping trips created in the same millisecond', async () => {
    const tenant = await api.keyFor('paging');
    const createdAt = '2027-01-01T00:00:00.000Z';
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const id = `trp_${String(i).padStart(24, '0')}`;
      ids.push(id);
      await api.store.create({
        ...newTripRecord({
          id,
          tenantId: 'paging',
          request: SAMPLE_REQUEST,
          today: '2027-01-01',
          // Three share one millisecond: the page boundary falls inside them.
          createdAt: i < 3 ? createdAt : `2027-01-01T00:00:0${i}.000Z`,
        }),
        updatedAt: createdAt,
      });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const response = await get(`/v1/trips?limit=2${query}`, tenant.auth);
      const page = (await response.json()) as { trips: { id: string }[]; nextCursor: string | null };
      expect(page.trips.length).toBeLessThanOrEqual(2);
      seen.push(...page.trips.map((t) => t.id));
      cursor = page.nextCursor;
    } while (cursor);
    // Newest first; equal timestamps in a stable (id-descending) order.
    expect(seen).toEqual([ids[4], ids[3], ids[2], ids[1], ids[0]]);
  });
});
