import { expect, it } from 'vitest';
import type { z } from 'zod';
import { expectExactly, UNKNOWN_CITY } from './kind-contract-support.js';

/**
 * The checks every per-city list kind shares (stays, restaurants, sights): a known city's list
 * is non-empty, is exactly its schema, belongs to the city and is deterministic (also across instances); an
 * unknown city's list is empty. `search(kind, city)` asks one kind instance for one city.
 */
export function itListsPerCity<K>(options: {
  makeKind: () => K;
  search: (kind: K, city: string) => Promise<readonly { city: string }[]>;
  schema: z.ZodType;
  city: string;
}): void {
  const { makeKind, search, schema, city } = options;
  const kind = makeKind();

  it('parse and belong to the asked city', async () => {
    const found = await search(kind, city);
    expect(found.length).toBeGreaterThan(0);
    for (const entity of found) {
      expectExactly(schema, entity);
      expect(entity.city).toBe(city);
    }
  });

  it('are deterministic, also across instances', async () => {
    const first = await search(kind, city);
    expect(await search(kind, city)).toEqual(first);
    expect(await search(makeKind(), city)).toEqual(first);
  });

  it('are empty for an unknown city', async () => {
    expect(await search(kind, UNKNOWN_CITY)).toEqual([]);
  });
}
