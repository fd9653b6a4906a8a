import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Stay } from '../../../../tools/domain/inventory.schema.js';
import { createBuiltinRates } from '../../../../tools/providers/fx/fx-rates.js';
import { createCityLocator, type LocatedCity } from '../../../../tools/providers/real/city-locator.js';
import { realKinds } from '../../../../tools/providers/real/real-kinds.js';
import { createRealSources } from '../../../../tools/providers/real/real-sources.js';
import {
  offerToStay,
  StayDatesRequiredError,
  UNKNOWN_HOUSE_RULES,
} from '../../../../tools/providers/real/real-stays.js';
import type { StaysKind } from '../../../../tools/providers/world/world-kinds.js';
import { type RealSourceFakes, startRealSourceFakes } from '../../../support/real-source-fakes.js';

const NIGHTS = { city: 'Paris', checkIn: '2027-05-01', checkOut: '2027-05-04' } as const;

describe('Duffel stays as the planner’s StaysKind (loopback fakes)', () => {
  let fakes: RealSourceFakes;
  let stays: StaysKind;
  beforeAll(async () => {
    fakes = await startRealSourceFakes();
    stays = realKinds.duffelStays(createRealSources(fakes.settings({ geo: 'table' }))).kind;
  });
  afterAll(() => fakes.close());
  afterEach(() => {
    fakes.servers.duffel.requests.length = 0;
  });

  it('searches around the city’s point for the nights, guests and rooms; cheapest first', async () => {
    const found = await stays.searchStays({ ...NIGHTS, travellers: 3 });
    const asked = JSON.parse(fakes.servers.duffel.requests[0]?.body ?? '{}').data;
    expect(asked).toMatchObject({
      check_in_date: '2027-05-01',
      check_out_date: '2027-05-04',
      rooms: 2,
      guests: [{ type: 'adult' }, { type: 'adult' }, { type: 'adult' }],
      location: { geographic_coordinates: { latitude: 48.8566, longitude: 2.3522 } },
    });
    expect(found.map((s) => s.name)).toEqual(['Petit Hôtel Bleu', 'Grand Hôtel du Palais']);
    for (const s of found) expect(Stay.parse(s)).toEqual(s);
  });

  it('prices per room per night from the whole stay’s quote, so rooms × nights × price is the quote converted', async () => {
    const [petit] = await stays.searchStays({ ...NIGHTS, travellers: 3 });
    // €310 for 3 nights, 2 rooms; 1 EUR = 1.25 USD in the fake's ECB table: $387.50 / 2 / 3.
    expect(petit).toMatchObject({
      pricePerNight: 64.58,
      maximumOccupancy: 2,
      minimumNights: 3,
      quoted: { amount: 310, currency: 'EUR', rate: 1.25 },
      offerId: 'srr_petit',
      source: 'duffel',
    });
  });

  it('what the source does not say is a conservative default, listed as assumed', async () => {
    const [petit] = await stays.searchStays({ ...NIGHTS, travellers: 1 });
    expect(petit).toMatchObject({
      roomType: 'Private room',
      forbids: [...UNKNOWN_HOUSE_RULES],
      maximumOccupancy: 1,
      // Duffel's review score (8.4 of 10) is the source's own rating: not assumed.
      rating: 4.2,
      assumed: ['roomType', 'forbids', 'minimumNights', 'maximumOccupancy'],
    });
    // A party with a dog is never promised a room: unknown rules forbid pets.
    expect(petit?.forbids).toContain('pets');
    const unrated = await offerToStay(
      {
        offerId: 'srr_x',
        propertyId: 'acc_x',
        name: 'Hôtel Sans Étoiles',
        location: null,
        address: null,
        rating: null,
        checkIn: '2027-05-01',
        checkOut: '2027-05-03',
        cheapest: { amount: 200, currency: 'USD' },
        quotedAt: '2026-12-07T04:00:00Z',
        expiresAt: null,
        bookingUrl: null,
        attribution: { source: 'duffel', text: 'x', licence: null, url: null },
      },
      (await createCityLocator().locate('Paris')) as LocatedCity,
      { travellers: 2, rooms: 1, nights: 2 },
      createBuiltinRates(),
    );
    expect(unrated).toMatchObject({ rating: 0, pricePerNight: 100, maximumOccupancy: 2, minimumNights: 2 });
    expect(unrated.assumed).toContain('rating');
  });

  it('without check-in and check-out there is no real search: a clear error, nothing asked', async () => {
    const error = await stays.searchStays({ city: 'Paris' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StayDatesRequiredError);
    expect(String(error)).toContain('stays in Paris cannot be searched without checkIn and checkOut');
    expect(fakes.servers.duffel.requests).toHaveLength(0);
  });

  it('an unknown city has no stays; impossible parties and nights are caller errors', async () => {
    expect(await stays.searchStays({ ...NIGHTS, city: 'Atlantis' })).toEqual([]);
    await expect(stays.searchStays({ ...NIGHTS, checkOut: '2027-05-01' })).rejects.toThrow(
      /not after checkIn/,
    );
    await expect(stays.searchStays({ ...NIGHTS, travellers: 2, rooms: 3 })).rejects.toThrow(
      /rooms must be 1–2/,
    );
    expect(fakes.servers.duffel.requests).toHaveLength(0);
  });
});
