import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { IsoDate } from '../../../../tools/domain/common.schema.js';
import { FlightOffer, type FlightSource } from '../../../../tools/providers/sources/flights.source.js';
import { type ContractSetup, useSource } from './contract-support.js';

export interface FlightsFixture {
  from: string;
  to: string;
  date: IsoDate;
  returnDate: IsoDate;
}

/** What every FlightSource does (STYLE.md §6): the sandbox joins with its own setup. */
export function describeFlightSourceContract(
  label: string,
  setup: ContractSetup<FlightSource>,
  f: FlightsFixture,
): void {
  describe(`FlightSource contract: ${label}`, () => {
    const source = useSource(setup);

    it('answers a one-way search with parsed offers for that journey, cheapest first', async () => {
      const offers = await source().searchFlights({
        slices: [{ from: f.from, to: f.to, date: f.date }],
        party: { adults: 2 },
      });
      expect(offers.length).toBeGreaterThan(0);
      z.array(FlightOffer).parse(offers);
      for (const o of offers) {
        expect(o.slices).toHaveLength(1);
        expect(o.slices[0]?.segments[0]?.from).toBe(f.from);
        expect(o.slices[0]?.segments.at(-1)?.to).toBe(f.to);
        expect(o.slices[0]?.segments[0]?.departingAt.slice(0, 10)).toBe(f.date);
        expect(o.slices[0]?.layovers).toHaveLength((o.slices[0]?.segments.length ?? 1) - 1);
      }
      const totals = offers.map((o) => o.total.amount);
      expect(totals).toEqual([...totals].sort((a, b) => a - b));
      expect(new Set(offers.map((o) => o.offerId)).size).toBe(offers.length);
    });

    it('answers a return search with both slices in order', async () => {
      const offers = await source().searchFlights({
        slices: [
          { from: f.from, to: f.to, date: f.date },
          { from: f.to, to: f.from, date: f.returnDate },
        ],
        party: { adults: 1 },
      });
      expect(offers.length).toBeGreaterThan(0);
      for (const o of offers)
        expect(o.slices.map((s) => `${s.from}-${s.to}`)).toEqual([`${f.from}-${f.to}`, `${f.to}-${f.from}`]);
    });

    it('keeps to nonstop flights when no connection is allowed', async () => {
      const offers = await source().searchFlights({
        slices: [{ from: f.from, to: f.to, date: f.date }],
        party: { adults: 1 },
        maxConnections: 0,
      });
      for (const o of offers) for (const s of o.slices) expect(s.segments).toHaveLength(1);
    });

    it('re-prices an offer it quoted, keeping its id', async () => {
      const [first] = await source().searchFlights({
        slices: [{ from: f.from, to: f.to, date: f.date }],
        party: { adults: 1 },
      });
      const again = await source().repriceOffer(first?.offerId ?? '');
      FlightOffer.parse(again);
      expect(again.offerId).toBe(first?.offerId);
    });
  });
}
