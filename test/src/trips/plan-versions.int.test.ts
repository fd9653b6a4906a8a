import type { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PlanVersionEntry } from '../../../src/trips/plan-version.schema.js';
import { isPlanVersionError, PlanVersionStore, planVersionKeys } from '../../../src/trips/plan-versions.js';
import { booking, revised, samplePlan } from '../../support/plans.js';
import { testRedis, uniquePrefix } from '../../support/redis.js';

const TRIP = 'trp_00000000000000000000000001';
const PLAN = samplePlan();
const CHEAPER = revised(PLAN, (plan) => {
  plan.stays[0] = booking('Denver', 'Sunny room near Union Station', 129, 1, 2);
});

function entry(version: number, overrides: Partial<PlanVersionEntry> = {}): PlanVersionEntry {
  return {
    version,
    plan: version === 1 ? PLAN : CHEAPER,
    reason: version === 1 ? 'initial plan' : 'stay sold out in Denver',
    createdAt: new Date(Date.UTC(2027, 0, version)).toISOString(),
    trigger: version === 1 ? 'plan' : 'replan',
    ...(version === 1 ? {} : { checkId: `chk_${version}` }),
    ...overrides,
  };
}

let redis: Redis;
let prefix: string;
let store: PlanVersionStore;

beforeAll(() => {
  redis = testRedis();
});
afterAll(() => redis.quit());
beforeEach(() => {
  prefix = uniquePrefix('versions');
  store = new PlanVersionStore(redis, prefix);
});

describe('PlanVersionStore', () => {
  it('a trip without versions: nothing current, empty list, no entries', async () => {
    expect(await store.latest(TRIP)).toBeNull();
    expect(await store.currentVersion(TRIP)).toBeNull();
    expect(await store.list(TRIP)).toEqual([]);
    expect(await store.get(TRIP, 1)).toBeNull();
  });

  it('claims versions in order; get, latest and list read them back', async () => {
    expect(await store.claim(TRIP, entry(1))).toBe(true);
    expect(await store.claim(TRIP, entry(2))).toBe(true);
    expect(await store.get(TRIP, 1)).toEqual(entry(1));
    expect(await store.get(TRIP, 2)).toEqual(entry(2));
    expect(await store.get(TRIP, 3)).toBeNull();
    expect(await store.latest(TRIP)).toEqual(entry(2));
    expect(await store.currentVersion(TRIP)).toBe(2);
    expect(await store.list(TRIP)).toEqual([
      {
        version: 1,
        reason: 'initial plan',
        createdAt: '2027-01-01T00:00:00.000Z',
        trigger: 'plan',
        total: 1840,
        currency: 'USD',
      },
      {
        version: 2,
        reason: 'stay sold out in Denver',
        createdAt: '2027-01-02T00:00:00.000Z',
        trigger: 'replan',
        checkId: 'chk_2',
        total: 1798,
        currency: 'USD',
      },
    ]);
  });

  it('a taken version is never overwritten: the second claim answers false', async () => {
    expect(await store.claim(TRIP, entry(1))).toBe(true);
    expect(await store.claim(TRIP, entry(1, { reason: 'someone else' }))).toBe(false);
    expect((await store.get(TRIP, 1))?.reason).toBe('initial plan');
    expect(await store.list(TRIP)).toHaveLength(1);
  });

  it('10 workers racing for the same next version: exactly one wins, and its entry is stored', async () => {
    await store.claim(TRIP, entry(1));
    const connections = Array.from({ length: 10 }, () => testRedis());
    try {
      const results = await Promise.all(
        connections.map((connection, i) =>
          new PlanVersionStore(connection, prefix).claim(TRIP, entry(2, { checkId: `worker-${i}` })),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      const winner = results.indexOf(true);
      expect((await store.get(TRIP, 2))?.checkId).toBe(`worker-${winner}`);
      expect((await store.list(TRIP)).map((s) => [s.version, s.checkId])).toEqual([
        [1, undefined],
        [2, `worker-${winner}`],
      ]);
      expect(await store.currentVersion(TRIP)).toBe(2);
    } finally {
      await Promise.all(connections.map((c) => c.quit()));
    }
  });

  it('a claim that would skip a version is refused with version-gap, and stores nothing', async () => {
    await store.claim(TRIP, entry(1));
    const error = await store.claim(TRIP, entry(3)).catch((e: unknown) => e);
    expect(isPlanVersionError(error) && error.code).toBe('version-gap');
    expect(await store.currentVersion(TRIP)).toBe(1);
    expect(await store.get(TRIP, 3)).toBeNull();
    await expect(new PlanVersionStore(redis, uniquePrefix('empty')).claim(TRIP, entry(2))).rejects.toThrow(
      /cannot store version 2 after version 0/,
    );
  });

  it('an invalid entry is rejected before anything is written', async () => {
    await expect(store.claim(TRIP, entry(1, { reason: '' }))).rejects.toThrow();
    expect(await store.currentVersion(TRIP)).toBeNull();
  });

  it('keys: one hash of entries and one index hash, both expired together; trips do not mix', async () => {
    await store.claim(TRIP, entry(1));
    await store.claim('trp_00000000000000000000000002', entry(1));
    const keys = planVersionKeys(prefix);
    // The trip id is the hash tag: a trip's keys share one cluster slot.
    expect(keys.versions(TRIP)).toBe(`${prefix}trip:{${TRIP}}:versions`);
    expect(await redis.hkeys(keys.versions(TRIP))).toEqual(['1']);
    expect((await redis.hkeys(keys.index(TRIP))).sort()).toEqual(['1', 'latest']);
    // Retention as the trip's completion sets it (trip-store's transition script).
    await redis.multi().expire(keys.versions(TRIP), 60).expire(keys.index(TRIP), 60).exec();
    expect(await redis.ttl(keys.versions(TRIP))).toBeGreaterThan(0);
    expect(await redis.ttl(keys.index(TRIP))).toBeGreaterThan(0);
    // A later claim keeps the retention deadline.
    await store.claim(TRIP, entry(2));
    expect(await redis.ttl(keys.versions(TRIP))).toBeGreaterThan(0);
    expect(await redis.ttl(keys.versions('trp_00000000000000000000000002'))).toBe(-1);
  });

  it('a damaged record is reported as corrupt-record, not returned', async () => {
    await redis.hset(planVersionKeys(prefix).versions(TRIP), '1', '{"version":1}');
    const error = await store.get(TRIP, 1).catch((e: unknown) => e);
    expect(isPlanVersionError(error) && error.code).toBe('corrupt-record');
  });
});
