import { describe, expect, it } from 'vitest';
import { searchingOnce } from '../../../graphs/nodes/flights-searches.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import type { WorldProvider } from '../../../tools/providers/world-provider.js';

/** The sandbox world, counting the searches that reach it and failing the first train search. */
function countingWorld() {
  const world = createSandboxWorld({ seed: 1 });
  const calls = { flights: 0, trains: 0, ground: 0 };
  const counted: WorldProvider = {
    ...world,
    searchFlights: (query) => {
      calls.flights += 1;
      return world.searchFlights(query);
    },
    searchTrains: (query) => {
      calls.trains += 1;
      return calls.trains === 1 ? Promise.reject(new Error('rail source down')) : world.searchTrains(query);
    },
    groundRoute: (query) => {
      calls.ground += 1;
      return world.groundRoute(query);
    },
  };
  return { world, counted, calls };
}

describe('searchingOnce', () => {
  it('asks the world once per query and answers a repeat with the same records', async () => {
    const { world, counted, calls } = countingWorld();
    const once = searchingOnce(counted);
    const query = { from: 'Denver', to: 'Boston', date: '2027-05-10', travellers: 2 };
    const first = await once.searchFlights(query);
    expect(first.length).toBeGreaterThan(0);
    expect(await once.searchFlights({ ...query })).toBe(first);
    expect(first).toEqual(await world.searchFlights(query));
    // Another date or party is another query.
    await once.searchFlights({ ...query, date: '2027-05-11' });
    await once.searchFlights({ ...query, travellers: 3 });
    expect(calls.flights).toBe(3);
    const drive = { from: 'Denver', to: 'Boulder', mode: 'self-driving' as const };
    expect(await once.groundRoute(drive)).toBe(await once.groundRoute({ ...drive }));
    expect(calls.ground).toBe(1);
  });

  it('forgets a search that failed, so the next read asks again', async () => {
    const { counted, calls } = countingWorld();
    const once = searchingOnce(counted);
    const query = { from: 'Denver', to: 'Boulder', date: '2027-05-10' };
    await expect(once.searchTrains(query)).rejects.toThrow('rail source down');
    await expect(once.searchTrains(query)).resolves.toBeInstanceOf(Array);
    expect(calls.trains).toBe(2);
  });

  it('keeps the rest of the world as it is', () => {
    const { counted } = countingWorld();
    const once = searchingOnce(counted);
    expect(once.name).toBe(counted.name);
    expect(once.resolveCity('denver')).toEqual(counted.resolveCity('denver'));
  });
});
