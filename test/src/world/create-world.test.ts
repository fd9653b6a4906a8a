import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isConfigError, loadConfig } from '../../../src/config.js';
import { createWorld } from '../../../src/world/create-world.js';
import { createRedisWorldTimeline } from '../../../src/world/redis-timeline.js';
import { KIND_SOURCES, sourceNames, WHOLE_WORLDS } from '../../../src/world/world-sources.js';
import type { Flight } from '../../../tools/domain/inventory.schema.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import type { Attribution } from '../../../tools/providers/sources/source-common.schema.js';
import { createManualTimeline } from '../../../tools/providers/world-timeline.js';
import { testRedis, uniquePrefix } from '../../support/redis.js';

const query = { from: 'Seattle', to: 'Los Angeles', date: '2027-06-04' };
const CREDIT: Attribution = { source: 'fake', text: 'Fake data', licence: null, url: null };

/** The registries with one more source, "fake": flights that never fly and places that credit it. */
const withFake = {
  kinds: {
    ...KIND_SOURCES,
    flights: {
      ...KIND_SOURCES.flights,
      fake: () => ({ kind: { name: 'fake', searchFlights: async () => [] } }),
    },
    sights: {
      ...KIND_SOURCES.sights,
      fake: (ctx) => ({ kind: ctx.sandbox.sights, attributions: [CREDIT] }),
    },
    restaurants: {
      ...KIND_SOURCES.restaurants,
      fake: (ctx) => ({ kind: ctx.sandbox.restaurants, attributions: [CREDIT] }),
    },
  } satisfies typeof KIND_SOURCES,
  worlds: WHOLE_WORLDS,
};

describe('createWorld', () => {
  it('is the sandbox by default, named by its seed, answering as the sandbox does', async () => {
    const world = createWorld(loadConfig({}));
    expect(world.name).toBe('sandbox(seed=1)');
    expect(world.attributions).toEqual([]);
    expect(await world.searchFlights(query)).toEqual(await createSandboxWorld().searchFlights(query));
    expect(createWorld(loadConfig({ SANDBOX_SEED: '9' })).name).toBe('sandbox(seed=9)');
  });

  it('takes a setting naming the whole world as no override', () => {
    const config = loadConfig({ FLIGHTS: 'Sandbox', PLACES: ' sandbox ' });
    expect([config.FLIGHTS, config.PLACES]).toEqual(['sandbox', 'sandbox']);
    expect(createWorld(config).name).toBe('sandbox(seed=1)');
  });

  it('mixes per kind and says so in its name; the rest stays the sandbox; credits are kept once', async () => {
    const config = { ...loadConfig({}), FLIGHTS: 'fake', PLACES: 'fake' };
    const world = createWorld(config, { sources: withFake });
    expect(world.name).toBe('flights=fake places=fake rest=sandbox(seed=1)');
    expect(await world.searchFlights(query)).toEqual([]);
    expect((await world.searchStays({ city: 'Seattle' })).length).toBeGreaterThan(0);
    expect(world.attributions).toEqual([CREDIT]);
  });

  it('reads the sandbox clock it is given, else the one in Redis', async () => {
    const [flight] = (await createSandboxWorld().searchFlights(query)) as [Flight];
    const cancelled = { kind: 'flight-cancelled', flightNumber: flight.flightNumber } as const;
    const manual = createWorld(loadConfig({}), { timeline: createManualTimeline({ changes: [cancelled] }) });
    expect((await manual.searchFlights(query)).map((f) => f.flightNumber)).not.toContain(flight.flightNumber);
    expect(await manual.requoteFlight(flight, query)).toBeUndefined();

    const prefix = uniquePrefix('create-world');
    const config = loadConfig({ REDIS_PREFIX: prefix });
    const world = createWorld(config, { redis });
    expect(await world.requoteFlight(flight, query)).toEqual(flight);
    await createRedisWorldTimeline({ redis, prefix }).inject(cancelled);
    expect(await world.requoteFlight(flight, query)).toBeUndefined();
  });

  let redis: Redis;
  beforeAll(() => {
    redis = testRedis();
  });
  afterAll(() => redis.quit());
});

describe('world settings in the config', () => {
  it('accept the registered names, in any case', () => {
    expect(sourceNames('WORLD')).toContain('sandbox');
    for (const setting of ['FLIGHTS', 'TRAINS', 'ROUTES', 'STAYS', 'PLACES', 'WEATHER', 'GEO'] as const) {
      expect(sourceNames(setting)).toContain('sandbox');
      expect(loadConfig({ [setting]: 'SANDBOX' })[setting]).toBe('sandbox');
    }
    expect(loadConfig({ WORLD: '' }).WORLD).toBe('sandbox');
    expect(loadConfig({}).FLIGHTS).toBeUndefined();
  });

  it('refuse an unknown name, listing the allowed ones', () => {
    try {
      loadConfig({ FLIGHTS: 'amadeus', WORLD: 'mars' });
      expect.unreachable('an unknown source must be refused');
    } catch (error) {
      expect(isConfigError(error)).toBe(true);
      const message = (error as Error).message;
      expect(message).toMatch(/unknown source; FLIGHTS takes "sandbox"[^\n]*\n\s*→ at FLIGHTS/);
      expect(message).toMatch(/unknown source; WORLD takes "sandbox"[^\n]*\n\s*→ at WORLD/);
    }
  });
});
