import { describe, expect, it } from 'vitest';
import { flightDetails, stayDetails } from '../../web/src/plan/provenance.js';

const QUOTE = { rate: 1.6, rateSource: 'ECB reference rate (Frankfurter)', rateDate: '2026-12-04' };
const flight = {
  flightNumber: 'ZZ 1011/ZZ 1012',
  from: 'London',
  to: 'Paris',
  date: '2027-05-01',
  departureTime: '07:15',
  arrivalTime: '11:20',
  durationMinutes: 185,
  distanceKm: 344,
  price: 97.52,
};

describe('web: what a plan from real sources shows beside a leg or stay', () => {
  it('the connection, the fare as quoted with its rate, and the offer', () => {
    const text = flightDetails(
      {
        ...flight,
        layovers: [{ airport: 'AMS', minutes: 55 }],
        quoted: { amount: 60.95, currency: 'GBP', ...QUOTE },
        offerId: 'off_LHRCDG_via',
      },
      2,
      'USD',
    );
    expect(text).toMatch(
      /^via AMS \(55 min\) · fare £122 for 2 at GBP 1 = USD 1\.6 \(ECB reference rate \(Frankfurter\), 2026-12-04\) · offer off_LHRCDG_via$/,
    );
  });

  it('nothing for a sandbox flight or stay; a stay’s quote in its currency', () => {
    expect(flightDetails(flight, 2, 'USD')).toBe('');
    const stay = {
      name: 'Petit Hôtel Bleu',
      city: 'Paris',
      roomType: 'Private room' as const,
      forbids: [],
      minimumNights: 3,
      maximumOccupancy: 2,
      rating: 4.2,
      pricePerNight: 64.58,
    };
    expect(stayDetails(stay, 'USD')).toBe('');
    expect(
      stayDetails(
        { ...stay, quoted: { amount: 310, currency: 'EUR', ...QUOTE, rate: 1.25 }, offerId: 'srr_petit' },
        'USD',
      ),
    ).toMatch(
      /^.*310.* for the stay at EUR 1 = USD 1\.25 \(ECB reference rate \(Frankfurter\), 2026-12-04\) · offer srr_petit$/,
    );
  });
});
