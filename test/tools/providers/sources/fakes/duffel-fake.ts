import type { FakeHandler, FakeReply, RecordedRequest } from './fake-server.js';

/**
 * Duffel's wire format as documented (API v2, `@duffel/api` types): offer requests answer with
 * `data.offers`, each offer with slices of segments; Stays search with `data.results`. Amounts are
 * decimal strings; segment times are local without offset; errors are `{ errors: [{ code, … }] }`.
 */
export const FAKE_DUFFEL_TOKEN = 'duffel_test_fake_token';
export const EXPIRED_OFFER_ID = 'off_0000expired';
export const GONE_OFFER_ID = 'off_0000gone';

const airports: Record<string, { name: string; city: string; zone: string }> = {
  LHR: { name: 'Heathrow', city: 'London', zone: 'Europe/London' },
  CDG: { name: 'Charles de Gaulle', city: 'Paris', zone: 'Europe/Paris' },
  AMS: { name: 'Schiphol', city: 'Amsterdam', zone: 'Europe/Amsterdam' },
  FCO: { name: 'Fiumicino', city: 'Rome', zone: 'Europe/Rome' },
};

function airport(code: string) {
  const a = airports[code] ?? { name: `${code} Airport`, city: code, zone: 'UTC' };
  return { iata_code: code, name: a.name, city_name: a.city, type: 'airport', time_zone: a.zone };
}

function segment(
  id: string,
  from: string,
  to: string,
  date: string,
  dep: string,
  arr: string,
  dur: string,
  n: string,
) {
  return {
    id,
    origin: airport(from),
    destination: airport(to),
    departing_at: `${date}T${dep}:00`,
    arriving_at: `${date}T${arr}:00`,
    duration: dur,
    marketing_carrier: { iata_code: 'ZZ', name: 'Duffel Airways', id: 'arl_00009VME7DAGiJjwomhv32' },
    operating_carrier: { iata_code: 'ZZ', name: 'Duffel Airways', id: 'arl_00009VME7DAGiJjwomhv32' },
    marketing_carrier_flight_number: n,
    operating_carrier_flight_number: n,
    aircraft: { name: 'Airbus A320', iata_code: '320', id: 'arc_00009UhD4ongolulWd91Ky' },
    passengers: [
      {
        passenger_id: 'pas_0001',
        cabin_class: 'economy',
        cabin_class_marketing_name: 'Economy',
        baggages: [],
      },
    ],
    stops: [],
    distance: null,
    origin_terminal: '5',
    destination_terminal: '1',
  };
}

type SliceAsk = { origin: string; destination: string; departure_date: string };

function offer(id: string, slices: SliceAsk[], connecting: boolean, amount: number, expiresAt: string) {
  return {
    id,
    live_mode: false,
    created_at: '2026-12-07T04:00:00.000000Z',
    updated_at: '2026-12-07T04:00:00.000000Z',
    expires_at: expiresAt,
    total_amount: amount.toFixed(2),
    total_currency: 'GBP',
    base_amount: (amount * 0.8).toFixed(2),
    base_currency: 'GBP',
    tax_amount: (amount * 0.2).toFixed(2),
    tax_currency: 'GBP',
    total_emissions_kg: '90',
    owner: { iata_code: 'ZZ', name: 'Duffel Airways' },
    passengers: [{ id: 'pas_0001', type: 'adult' }],
    conditions: {},
    payment_requirements: { requires_instant_payment: false },
    slices: slices.map((s, i) => ({
      id: `sli_${id}_${i}`,
      origin: airport(s.origin),
      destination: airport(s.destination),
      origin_type: 'airport',
      destination_type: 'airport',
      duration: connecting ? 'PT4H05M' : 'PT1H20M',
      fare_brand_name: 'Basic',
      segments: connecting
        ? [
            segment(
              `seg_${id}_${i}a`,
              s.origin,
              'AMS',
              s.departure_date,
              '07:15',
              '09:30',
              'PT1H15M',
              '1011',
            ),
            segment(
              `seg_${id}_${i}b`,
              'AMS',
              s.destination,
              s.departure_date,
              '10:25',
              '11:20',
              'PT0H55M',
              '1012',
            ),
          ]
        : [
            segment(
              `seg_${id}_${i}`,
              s.origin,
              s.destination,
              s.departure_date,
              '09:00',
              '11:20',
              'PT1H20M',
              '1001',
            ),
          ],
    })),
  };
}

const byId = new Map<string, ReturnType<typeof offer>>();

function duffelError(status: number, code: string, message: string): FakeReply {
  return {
    status,
    body: {
      meta: { status, request_id: 'FakeRequestId' },
      errors: [
        {
          code,
          title: code,
          message,
          type: 'invalid_request_error',
          documentation_url: 'https://duffel.com/docs',
        },
      ],
    },
  };
}

function data(body: string): Record<string, unknown> {
  return (JSON.parse(body) as { data: Record<string, unknown> }).data;
}

/** The fake's clock: offers it quotes expire 30 minutes after this. */
export function createDuffelFake(now: () => number = Date.now): FakeHandler {
  return (req: RecordedRequest) => {
    if (req.headers.authorization !== `Bearer ${FAKE_DUFFEL_TOKEN}`)
      return duffelError(401, 'unauthorized', 'The provided authorization header is invalid');
    if (req.method === 'POST' && req.path === '/air/offer_requests/') {
      const ask = data(req.body) as { slices: SliceAsk[]; max_connections?: number };
      const expires = new Date(now() + 30 * 60_000).toISOString();
      const key = ask.slices.map((s) => `${s.origin}${s.destination}`).join('');
      const offers = [offer(`off_${key}_direct`, ask.slices, false, 182.4, expires)];
      if ((ask.max_connections ?? 1) > 0)
        offers.push(offer(`off_${key}_via`, ask.slices, true, 121.9, expires));
      for (const o of offers) byId.set(o.id, o);
      return { body: { data: { id: 'orq_fake', live_mode: false, slices: ask.slices, offers } } };
    }
    const offerId = /^\/air\/offers\/([^/]+)$/.exec(req.path)?.[1];
    if (req.method === 'GET' && offerId) {
      if (offerId === GONE_OFFER_ID)
        return duffelError(422, 'offer_no_longer_available', 'The offer is no longer available');
      if (offerId === EXPIRED_OFFER_ID)
        return {
          body: {
            data: offer(
              EXPIRED_OFFER_ID,
              [{ origin: 'LHR', destination: 'CDG', departure_date: '2027-05-01' }],
              false,
              99,
              '2026-01-01T00:00:00Z',
            ),
          },
        };
      const known = byId.get(offerId);
      return known
        ? { body: { data: known } }
        : duffelError(404, 'not_found', 'The resource could not be found');
    }
    if (req.method === 'POST' && req.path === '/stays/search') return staysSearch(data(req.body));
    const resultId = /^\/stays\/search_results\/([^/]+)\/actions\/fetch_all_rates$/.exec(req.path)?.[1];
    if (req.method === 'POST' && resultId) {
      const result = staysById.get(resultId);
      return result
        ? { body: { data: result } }
        : duffelError(404, 'not_found', 'The search result could not be found');
    }
    return undefined;
  };
}

const staysById = new Map<string, unknown>();

function stayResult(
  id: string,
  name: string,
  lat: number,
  lon: number,
  q: Record<string, unknown>,
  cheapest: number,
) {
  const result = {
    id,
    check_in_date: q.check_in_date,
    check_out_date: q.check_out_date,
    rooms: q.rooms,
    guests: q.guests,
    cheapest_rate_total_amount: cheapest.toFixed(2),
    cheapest_rate_currency: 'EUR',
    cheapest_rate_base_amount: (cheapest * 0.9).toFixed(2),
    cheapest_rate_base_currency: 'EUR',
    cheapest_rate_public_amount: null,
    cheapest_rate_public_currency: 'EUR',
    cheapest_rate_due_at_accommodation_amount: null,
    cheapest_rate_due_at_accommodation_currency: null,
    accommodation: {
      id: `acc_${id}`,
      name,
      rating: name.includes('Grand') ? 5 : null,
      review_score: 8.4,
      review_count: 120,
      amenities: [],
      chain: null,
      brand: null,
      check_in_information: null,
      key_collection: null,
      email: null,
      phone_number: null,
      ratings: null,
      supported_loyalty_programme: null,
      location: {
        address: {
          line_one: '1 Rue de la Paix',
          city_name: 'Paris',
          country_code: 'FR',
          postal_code: '75002',
        },
        geographic_coordinates: { latitude: lat, longitude: lon },
      },
      rooms: [
        {
          name: 'Double Room',
          beds: [{ type: 'double', count: 1 }],
          photos: [],
          rates: [
            {
              id: `rat_${id}_1`,
              total_amount: cheapest.toFixed(2),
              total_currency: 'EUR',
              board_type: 'room_only',
              cancellation_timeline: [],
              payment_type: 'pay_now',
              conditions: [],
            },
            {
              id: `rat_${id}_2`,
              total_amount: (cheapest + 40).toFixed(2),
              total_currency: 'EUR',
              board_type: 'breakfast',
              cancellation_timeline: [
                {
                  refund_amount: (cheapest + 40).toFixed(2),
                  currency: 'EUR',
                  before: '2027-04-28T00:00:00Z',
                },
              ],
              payment_type: 'pay_now',
              conditions: [],
            },
          ],
        },
      ],
    },
  };
  staysById.set(id, result);
  return result;
}

function staysSearch(q: Record<string, unknown>): FakeReply {
  const loc = (q.location as { geographic_coordinates: { latitude: number; longitude: number } })
    .geographic_coordinates;
  const results = [
    stayResult('srr_grand', 'Grand Hôtel du Palais', loc.latitude + 0.004, loc.longitude, q, 640),
    stayResult('srr_petit', 'Petit Hôtel Bleu', loc.latitude - 0.003, loc.longitude + 0.002, q, 310),
  ];
  return { body: { data: { created_at: '2026-12-07T04:00:00.000Z', results } } };
}
