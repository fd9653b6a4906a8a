import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Train } from '../../../../tools/domain/inventory.schema.js';
import type { TrainQuery, TrainsKind } from '../../../../tools/providers/world/world-kinds.js';
import { expectExactly, NOT_A_DATE, UNKNOWN_CITY } from './kind-contract-support.js';

export interface TrainsFixture {
  /** A query with at least one train; omit it for a kind without trains, with `noTrainsQuery`. */
  query?: TrainQuery;
  /** For a kind without trains: any query, which must answer nothing. */
  noTrainsQuery?: TrainQuery;
}

/**
 * The TrainsKind contract: trains are exactly their schema, belong to the asked hop and date, come by departure,
 * deterministically; unknown cities give none. A kind without trains answers none at all.
 */
export function describeTrainsKindContract(
  label: string,
  makeKind: () => TrainsKind,
  fixture: TrainsFixture,
): void {
  describe(`TrainsKind contract: ${label}`, () => {
    const kind = makeKind();
    const { query } = fixture;
    const anyQuery = query ?? fixture.noTrainsQuery;
    if (!anyQuery) throw new Error('a trains fixture needs `query` or `noTrainsQuery`');

    it('has a name', () => {
      expect(kind.name.trim()).not.toBe('');
    });

    if (query) {
      it('returns parseable trains on the asked date between the asked cities, by departure', async () => {
        const trains = await kind.searchTrains(query);
        expectExactly(z.array(Train), trains);
        expect(trains.length).toBeGreaterThan(0);
        for (const t of trains) expect([t.from, t.to, t.date]).toEqual([query.from, query.to, query.date]);
        const departures = trains.map((t) => t.departureTime);
        expect(departures).toEqual([...departures].sort());
      });

      it('is deterministic, also across instances, and takes the party', async () => {
        const first = await kind.searchTrains(query);
        expect(await kind.searchTrains(query)).toEqual(first);
        expect(await makeKind().searchTrains(query)).toEqual(first);
        expectExactly(z.array(Train), await kind.searchTrains({ ...query, travellers: 3 }));
      });
    } else {
      it('has no trains at all', async () => {
        expect(await kind.searchTrains(anyQuery)).toEqual([]);
      });
    }

    it('returns no trains for unknown cities', async () => {
      expect(await kind.searchTrains({ ...anyQuery, to: UNKNOWN_CITY })).toEqual([]);
    });

    it('rejects a malformed date', async () => {
      await expect(kind.searchTrains({ ...anyQuery, date: NOT_A_DATE })).rejects.toThrow();
    });
  });
}
