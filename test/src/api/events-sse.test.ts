import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TripStatus } from '../../../src/trips/trip.schema.js';
import { type ApiHarness, postJson, SAMPLE_REQUEST, startApi } from './support/api-harness.js';
import { SseReader } from './support/sse-reader.js';

let api: ApiHarness;
let auth: Record<string, string>;

beforeAll(async () => {
  // A short heartbeat so the heartbeat test waits a fraction of a second, not 15 s.
  api = await startApi({ sseHeartbeatMs: 300 });
  ({ auth } = await api.keyFor('acme'));
});
afterAll(() => api.close());

/** A submitted trip (its stream starts with the "queued" status event) plus `n` progress events. */
async function tripWithEvents(n: number): Promise<string> {
  const response = await postJson(`${api.url}/v1/trips`, SAMPLE_REQUEST, auth);
  const { id } = (await response.json()) as { id: string };
  await api.store.transition(id, ['queued'], { status: 'running' });
  for (let i = 1; i <= n; i++)
    await api.events.append(id, { type: 'node', node: `step-${i}`, message: `step ${i}` });
  return id;
}

/** Moves the trip to a final status the way the worker does: record first, then the event. */
async function finish(id: string, status: TripStatus & ('completed' | 'failed' | 'cancelled')) {
  await api.store.transition(id, ['queued', 'running', 'needs_input'], { status });
  await api.events.append(id, { type: 'status', status, message: `trip ${status}` });
}

const open = (id: string, headers: Record<string, string> = {}, query = '') =>
  SseReader.open(`${api.url}/v1/trips/${id}/events${query}`, { ...auth, ...headers });

const messages = (frames: { data?: string }[]) =>
  frames.map((f) => (JSON.parse(f.data ?? '{}') as { message: string }).message);

describe('GET /v1/trips/:id/events', () => {
  it('replays, follows live events, and closes after the final status (and its blocking connection)', async () => {
    const id = await tripWithEvents(2);
    const sse = await open(id);
    expect(sse.response.status).toBe(200);
    expect(sse.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const replayed = [await sse.nextEvent(), await sse.nextEvent(), await sse.nextEvent()];
    expect(messages(replayed as { data: string }[])).toEqual(['trip accepted', 'step 1', 'step 2']);
    expect(replayed.map((f) => f?.event)).toEqual(['status', 'node', 'node']);

    const liveId = await api.events.append(id, { type: 'agent', agent: 'flights', message: 'searching' });
    const live = await sse.nextEvent();
    expect(live).toMatchObject({ id: liveId, event: 'agent' });

    const blocking = api.blockingConnections.at(-1);
    await finish(id, 'completed');
    const rest = await sse.rest();
    expect(messages(rest)).toEqual(['trip completed']);
    expect(await sse.nextFrame()).toBeNull();
    if (blocking?.status !== 'end') await once(blocking!, 'end');
  });

  it('resumes from Last-Event-ID (or ?after=) with no gap and no duplicate', async () => {
    const id = await tripWithEvents(5);
    const first = await open(id);
    const seen = [await first.nextEvent(), await first.nextEvent(), await first.nextEvent()];
    first.cancel();
    const lastId = seen.at(-1)?.id ?? '';

    await api.events.append(id, { type: 'node', node: 'while-away', message: 'while away' });
    const resumed = await open(id, { 'last-event-id': lastId });
    const next = [
      await resumed.nextEvent(),
      await resumed.nextEvent(),
      await resumed.nextEvent(),
      await resumed.nextEvent(),
    ];
    resumed.cancel();
    const byQuery = await open(id, {}, `?after=${lastId}`);
    const viaQuery = await byQuery.nextEvent();
    byQuery.cancel();

    const all = (await api.events.range(id)).map((e) => e.id);
    expect([...seen, ...next].map((f) => f?.id)).toEqual(all);
    expect(messages(next as { data: string }[])).toEqual(['step 3', 'step 4', 'step 5', 'while away']);
    expect(viaQuery?.id).toBe(next[0]?.id);
  });

  it('a trip that is already final: replays everything and ends; nothing left → 204', async () => {
    const id = await tripWithEvents(1);
    await finish(id, 'failed');
    const sse = await open(id);
    const frames = await sse.rest();
    expect(messages(frames)).toEqual(['trip accepted', 'step 1', 'trip failed']);
    const opened = api.blockingConnections.length;

    const after = await fetch(`${api.url}/v1/trips/${id}/events`, {
      headers: { ...auth, 'last-event-id': frames.at(-1)?.id ?? '' },
    });
    expect(after.status).toBe(204);
    // Nothing to follow, so no blocking connection was opened for either request.
    expect(api.blockingConnections.length).toBe(opened);
  });

  it('sends heartbeat comments while nothing happens', async () => {
    const id = await tripWithEvents(0);
    const sse = await open(id);
    expect(await sse.nextFrame()).toMatchObject({ retry: 300 });
    expect(await sse.nextFrame()).toMatchObject({ event: 'status' });
    expect(await sse.nextFrame()).toEqual({ comment: 'heartbeat' });
    sse.cancel();
  });

  it('a client that goes away closes its blocking connection at once', async () => {
    const id = await tripWithEvents(0);
    const sse = await open(id);
    await sse.nextEvent();
    const blocking = api.blockingConnections.at(-1);
    expect(blocking?.status).not.toBe('end');
    const ended = once(blocking!, 'end');
    sse.cancel();
    await ended;
    // The app keeps serving, and the trip can still be followed.
    const again = await open(id);
    expect((await again.nextEvent())?.event).toBe('status');
    again.cancel();
  });

  it('a cancelled trip ends the stream with the cancelled status', async () => {
    const id = await tripWithEvents(0);
    const sse = await open(id);
    await sse.nextEvent();
    const cancel = await fetch(`${api.url}/v1/trips/${id}/cancel`, { method: 'POST', headers: auth });
    expect(cancel.status).toBe(200);
    const rest = await sse.rest();
    expect(rest.at(-1)).toMatchObject({ event: 'status' });
    expect(JSON.parse(rest.at(-1)?.data ?? '{}')).toMatchObject({ status: 'cancelled' });
  });
});
