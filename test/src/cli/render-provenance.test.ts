import { describe, expect, it } from 'vitest';
import {
  describeAttributions,
  describeFlightSource,
  describeStaySource,
} from '../../../src/cli/render-provenance.js';
import type { Flight, Stay } from '../../../tools/domain/inventory.schema.js';

const QUOTE = {
  currency: 'GBP',
  rate: 1.6,
  rateSource: 'ECB reference rate (Frankfurter)',
  rateDate: '2026-12-04',
};

const sandboxFlight: Flight = {
  flightNumber: 'F1',
  from: 'Paris',
  to: 'London',
  date: '2027-02-12',
  departureTime: '15:00',
  arrivalTime: '17:25',
  durationMinutes: 205,
  distanceKm: 340,
  price: 160,
};

describe('CLI provenance of real data', () => {
  it('shows a connection, the fare as quoted for the party with its rate, and the offer', () => {
    const flight: Flight = {
      ...sandboxFlight,
      flightNumber: 'ZZ 1013/ZZ 1014',
      layovers: [{ airport: 'AMS', minutes: 50 }],
      quoted: { amount: 100, ...QUOTE },
      offerId: 'off_1',
      source: 'duffel',
    };
    expect(describeFlightSource(flight, 2, 'USD')).toBe(
      'via AMS (50 min) · fare £200 for 2 at GBP 1 = USD 1.6 (ECB reference rate (Frankfurter), 2026-12-04) · offer off_1 · from duffel',
    );
  });

  it('prefers a booking link to the offer id, and says nothing of a sandbox flight or stay', () => {
    expect(
      describeFlightSource(
        { ...sandboxFlight, offerId: 'off_2', bookingUrl: 'https://book.example/2' },
        1,
        'USD',
      ),
    ).toBe('book: https://book.example/2');
    expect(describeFlightSource(sandboxFlight, 2, 'USD')).toBeUndefined();
    const stay = { name: 'Inn', city: 'Paris', pricePerNight: 100 } as Stay;
    expect(describeStaySource(stay, 'USD')).toBeUndefined();
    expect(
      describeStaySource(
        {
          ...stay,
          quoted: { amount: 640, ...QUOTE, currency: 'EUR', rate: 1.25 },
          offerId: 'srr_1',
          source: 'duffel',
        },
        'USD',
      ),
    ).toBe(
      '€640 for the stay at EUR 1 = USD 1.25 (ECB reference rate (Frankfurter), 2026-12-04) · offer srr_1 · from duffel',
    );
  });

  it('credits each source with its licence and link', () => {
    expect(
      describeAttributions({
        attributions: [
          {
            source: 'openstreetmap',
            text: '© OpenStreetMap contributors',
            licence: 'ODbL 1.0',
            url: 'https://osm.org/copyright',
          },
          { source: 'duffel', text: 'Fares and stays: Duffel', licence: null, url: null },
        ],
      }),
    ).toEqual([
      'Data: © OpenStreetMap contributors (ODbL 1.0, https://osm.org/copyright)',
      'Data: Fares and stays: Duffel',
    ]);
    expect(describeAttributions({})).toEqual([]);
  });
});
