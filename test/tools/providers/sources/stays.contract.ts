import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { IsoDate } from '../../../../tools/domain/common.schema.js';
import type { GeoPoint } from '../../../../tools/providers/sources/source-common.schema.js';
import { StayOffer, StayRate, type StaySource } from '../../../../tools/providers/sources/stays.source.js';
import { type ContractSetup, useSource } from './contract-support.js';

export interface StaysFixture {
  near: GeoPoint;
  checkIn: IsoDate;
  checkOut: IsoDate;
}

export function describeStaySourceContract(
  label: string,
  setup: ContractSetup<StaySource>,
  f: StaysFixture,
): void {
  describe(`StaySource contract: ${label}`, () => {
    const source = useSource(setup);
    const search = () =>
      source().searchStays({
        near: f.near,
        checkIn: f.checkIn,
        checkOut: f.checkOut,
        party: { adults: 2 },
        rooms: 1,
      });

    it('answers with parsed offers for the asked dates, cheapest first', async () => {
      const offers = await search();
      expect(offers.length).toBeGreaterThan(0);
      z.array(StayOffer).parse(offers);
      for (const o of offers) expect([o.checkIn, o.checkOut]).toEqual([f.checkIn, f.checkOut]);
      const prices = offers.map((o) => o.cheapest.amount);
      expect(prices).toEqual([...prices].sort((a, b) => a - b));
    });

    it('lists the rates of an offer, the cheapest matching the offer', async () => {
      const [first] = await search();
      const rates = await source().rates(first?.offerId ?? '');
      z.array(StayRate).parse(rates);
      expect(Math.min(...rates.map((r) => r.total.amount))).toBe(first?.cheapest.amount);
    });

    it('refuses a check-out before the check-in', async () => {
      await expect(
        source().searchStays({
          near: f.near,
          checkIn: f.checkOut,
          checkOut: f.checkIn,
          party: { adults: 1 },
        }),
      ).rejects.toThrow(/checkOut must be after checkIn/);
    });
  });
}
