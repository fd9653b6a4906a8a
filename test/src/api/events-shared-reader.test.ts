import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RedisClient } from '../../../src/runtime/redis-client.js';
import { testRedisUrl } from '../../support/redis.js';
import { type ApiHarness, postJson, SAMPLE_REQUEST, startApi } from './support/api-harness.js';
import { type SseFrame, SseReader } from './support/sse-reader.js';

const STREAMS = 200;
const TRIPS = 40;
const PER_TRIP = STREAMS / TRIPS;

/** Named connections, so CLIENT LIST can tell the SSE reader's from every other client. */
function namedFactory(name: string) {
  return () => new Redis(testRedisUrl(), { connectionName: name, maxRetriesPerRequest: 1 });
}

async function clients(redis: RedisClient): Promise<string[]> {
  return ((await redis.client('LIST')) as string).split('\n').filter((line) => line.trim() !== '');
}

async function submit(api: ApiHarness, auth: Record<string, string>, running: boolean): Promise<string> {
  const response = await postJson(`${api.url}/v1/trips`, SAMPLE_REQUEST, auth);
  const { id } = (await response.json()) as { id: string };
  if (running) await api.store.transition(id, ['queued'], { status: 'running' });
  return id;
}

const open = (api: ApiHarness, auth: Record<string, string>, id: string, headers = {}) =>
  SseReader.open(`${api.url}/v1/trips/${id}/events`, { ...auth, ...headers });

describe('SSE through one shared reader per API process', () => {
  let api: ApiHarness;
  const readerName = `sse-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    api = await startApi({
      sseMaxStreamsPerTenant: STREAMS,
      sseHeartbeatMs: 1000,
      blockingRedisFactory: namedFactory(readerName),
    });
  });
  afterAll(() => api.close());

  it(`${STREAMS} open streams add at most 5 Redis clients; every stream gets its events in order, resumes included`, async () => {
    const { auth } = await api.keyFor('crowd');
    const trips: string[] = [];
    for (let t = 0; t < TRIPS; t++) {
      const id = await submit(api, auth, true);
      for (let i = 1; i <= 3; i++) await api.events.append(id, { type: 'node', message: `step ${i}` });
      trips.push(id);
    }
    const before = (await clients(api.redis)).length;

    // Per trip: some streams from the start, some resuming after the second event (Last-Event-ID).
    const streams: { id: string; after: string; sse: SseReader; seen: SseFrame[] }[] = [];
    await Promise.all(
      trips.map(async (id) => {
        const [, second] = await api.events.range(id);
        for (let s = 0; s < PER_TRIP; s++) {
          const after = s % 2 === 0 ? '0' : (second?.id ?? '0');
          const headers = after === '0' ? {} : { 'last-event-id': after };
          const sse = await open(api, auth, id, headers);
          expect(sse.response.status).toBe(200);
          streams.push({ id, after, sse, seen: [] });
        }
      }),
    );
    // A stream has joined the shared reader once its replay arrives.
    await Promise.all(
      streams.map(async (s) => {
        const first = await s.sse.nextEvent();
        if (first) s.seen.push(first);
      }),
    );
    expect(streams).toHaveLength(STREAMS);

    const during = await clients(api.redis);
    const growth = during.length - before;
    console.log(`Redis clients: ${before} before, ${during.length} with ${STREAMS} streams open`);
    expect(during.filter((line) => line.includes(`name=${readerName}`))).toHaveLength(1);
    expect(growth).toBeLessThanOrEqual(5);

    for (const id of trips) {
      for (let i = 1; i <= 3; i++) await api.events.append(id, { type: 'agent', message: `live ${i}` });
      await api.store.transition(id, ['running'], { status: 'completed' });
      await api.events.append(id, { type: 'status', status: 'completed', message: 'trip completed' });
    }
    await Promise.all(
      streams.map(async (s) => {
        s.seen.push(...(await s.sse.rest()));
      }),
    );
    for (const s of streams) {
      const expected = (await api.events.range(s.id, s.after)).map((e) => e.id);
      expect(s.seen.map((f) => f.id)).toEqual(expected);
    }
    // Every stream ended, so the shared reader let its connection go.
    const after = await clients(api.redis);
    expect(after.filter((line) => line.includes(`name=${readerName}`))).toHaveLength(0);
  });
});

describe('SSE limits', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({ sseMaxStreamsPerTenant: 2, sseHeartbeatMs: 200, sseIdleMs: 500 });
  });
  afterAll(() => api.close());

  it('a tenant over its stream cap gets 429 with Retry-After; other tenants do not; a closed stream frees a place', async () => {
    const greedy = await api.keyFor('greedy');
    const other = await api.keyFor('other');
    const first = await submit(api, greedy.auth, true);
    const held = [await open(api, greedy.auth, first), await open(api, greedy.auth, first)];
    for (const sse of held) expect((await sse.nextEvent())?.event).toBe('status');

    const refused = await fetch(`${api.url}/v1/trips/${first}/events`, { headers: greedy.auth });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({
      code: 'rate_limited',
      message: expect.stringMatching(/at most 2/),
    });

    const theirs = await submit(api, other.auth, true);
    const unaffected = await open(api, other.auth, theirs);
    expect(unaffected.response.status).toBe(200);
    unaffected.cancel();

    // Ending the trip ends both streams (their places are free before the client reads the end).
    await api.store.transition(first, ['running'], { status: 'completed' });
    await api.events.append(first, { type: 'status', status: 'completed', message: 'trip completed' });
    for (const sse of held) await sse.rest();
    const second = await submit(api, greedy.auth, true);
    const again = await open(api, greedy.auth, second);
    expect(again.response.status).toBe(200);
    again.cancel();
  });

  it('a quiet stream of a queued trip ends with an idle event and a retry hint; a running trip’s stays open', async () => {
    const { auth } = await api.keyFor('idle');
    const queued = await submit(api, auth, false);
    const sse = await open(api, auth, queued);
    const frames: SseFrame[] = [];
    for (let f = await sse.nextFrame(); f !== null; f = await sse.nextFrame()) frames.push(f);
    const idle = frames.at(-1);
    expect(idle).toMatchObject({ event: 'idle', retry: 200 });
    expect(JSON.parse(idle?.data ?? '{}')).toMatchObject({ type: 'idle' });
    expect(idle?.id).toBeUndefined();

    const running = await submit(api, auth, true);
    const busy = await open(api, auth, running);
    let heartbeats = 0;
    // Five heartbeats of 200 ms are twice the idle time: a running trip's stream outlives it.
    while (heartbeats < 5) {
      const frame = await busy.nextFrame();
      expect(frame?.event).not.toBe('idle');
      expect(frame).not.toBeNull();
      if (frame?.comment === 'heartbeat') heartbeats++;
    }
    busy.cancel();
  });
});
