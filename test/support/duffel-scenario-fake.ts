import { createDuffelFake, FAKE_DUFFEL_TOKEN } from '../tools/providers/sources/fakes/duffel-fake.js';
import type {
  FakeHandler,
  FakeReply,
  RecordedRequest,
} from '../tools/providers/sources/fakes/fake-server.js';

/**
 * A Duffel that holds a small timetable instead of fixed recordings: London Heathrow ⇄ Paris
 * Charles de Gaulle, one nonstop and one connection through Amsterdam each way, fares per person
 * in GBP. Every search quotes new offers (own ids, 30 minutes to expiry, the party's total), and
 * a test changes the world between a plan and its watch: a fare moves, offers lapse, a flight is
 * withdrawn. Stays and anything else are the recorded fake's (duffel-fake.ts).
 */

interface FlightPart {
  number: string;
  from: string;
  to: string;
  /** Local "HH:MM" at each end. */
  departs: string;
  arrives: string;
}

interface Journey {
  parts: FlightPart[];
  /** Per person, GBP. */
  fare: number;
}

/** The journeys by "ORIGINDESTINATION"; every other airport pair has no flight. */
const TIMETABLE: Record<string, Journey[]> = {
  LHRCDG: [
    { parts: [{ number: '304', from: 'LHR', to: 'CDG', departs: '08:30', arrives: '10:50' }], fare: 120 },
    {
      parts: [
        { number: '1011', from: 'LHR', to: 'AMS', departs: '07:15', arrives: '09:30' },
        { number: '1012', from: 'AMS', to: 'CDG', departs: '10:25', arrives: '11:35' },
      ],
      fare: 95,
    },
  ],
  CDGLHR: [
    // The later nonstop home costs more than its evening in Paris is worth to the party, so the
    // plan flies home on the connection (and a watch has the nonstop to repair to).
    { parts: [{ number: '305', from: 'CDG', to: 'LHR', departs: '18:10', arrives: '18:30' }], fare: 210 },
    {
      parts: [
        { number: '1013', from: 'CDG', to: 'AMS', departs: '15:00', arrives: '16:20' },
        { number: '1014', from: 'AMS', to: 'LHR', departs: '17:10', arrives: '17:25' },
      ],
      fare: 100,
    },
  ],
};

const AIRPORTS: Record<string, { name: string; city: string; zone: string }> = {
  LHR: { name: 'Heathrow', city: 'London', zone: 'Europe/London' },
  CDG: { name: 'Charles de Gaulle', city: 'Paris', zone: 'Europe/Paris' },
  AMS: { name: 'Schiphol', city: 'Amsterdam', zone: 'Europe/Amsterdam' },
};

const CARRIER = { iata_code: 'ZZ', name: 'Fake Air', id: 'arl_fake' };
const OFFER_LIFETIME_MS = 30 * 60_000;

export interface QuotedOffer {
  id: string;
  /** "ZZ 304" or "ZZ 1011/ZZ 1012", as the planner numbers the journey. */
  flightNumber: string;
  date: string;
  passengers: number;
  /** Per person, GBP, when quoted. */
  fare: number;
}

export interface DuffelScenario {
  handle: FakeHandler;
  /** Every offer quoted, oldest first. */
  readonly quoted: readonly QuotedOffer[];
  /** From now on the journey (by its planner number, "ZZ 304") costs this per person, GBP. */
  setFare(flightNumber: string, perPerson: number): void;
  /**
   * Re-pricing the journey's live offers answers this fare (per person, GBP) while searches still
   * quote the old one: the airline's price moved between the search and the checkout.
   */
  setCheckoutFare(flightNumber: string, perPerson: number): void;
  /** The journey is no longer sold: searches leave it out and its offers are gone. */
  withdraw(flightNumber: string): void;
  /** Every offer quoted so far lapses: re-pricing it answers 422 offer_no_longer_available. */
  expireOffers(): void;
  /** Back to the timetable's fares, every journey sold (offers already quoted stay as they are). */
  reset(): void;
}

const journeyNumber = (j: Journey) => j.parts.map((p) => `ZZ ${p.number}`).join('/');

export function createDuffelScenario(now: () => number = Date.now): DuffelScenario {
  const recorded = createDuffelFake();
  const fares = new Map<string, number>();
  const checkoutFares = new Map<string, number>();
  const withdrawn = new Set<string>();
  const expired = new Set<string>();
  const quoted: QuotedOffer[] = [];
  const byId = new Map<
    string,
    { offer: QuotedOffer; journey: Journey; origin: string; destination: string }
  >();

  const fareOf = (j: Journey) => fares.get(journeyNumber(j)) ?? j.fare;

  function wire(q: QuotedOffer, journey: Journey, origin: string, destination: string) {
    const total = (q.fare * q.passengers).toFixed(2);
    return {
      id: q.id,
      live_mode: false,
      created_at: new Date(now()).toISOString(),
      updated_at: new Date(now()).toISOString(),
      expires_at: new Date(now() + OFFER_LIFETIME_MS).toISOString(),
      total_amount: total,
      total_currency: 'GBP',
      owner: CARRIER,
      passengers: Array.from({ length: q.passengers }, (_, i) => ({ id: `pas_${i}`, type: 'adult' })),
      slices: [
        {
          id: `sli_${q.id}`,
          origin: airport(origin),
          destination: airport(destination),
          duration: null,
          fare_brand_name: 'Basic',
          segments: journey.parts.map((p, i) => ({
            id: `seg_${q.id}_${i}`,
            origin: airport(p.from),
            destination: airport(p.to),
            departing_at: `${q.date}T${p.departs}:00`,
            arriving_at: `${q.date}T${p.arrives}:00`,
            duration: null,
            marketing_carrier: CARRIER,
            operating_carrier: CARRIER,
            marketing_carrier_flight_number: p.number,
            operating_carrier_flight_number: p.number,
            aircraft: { name: 'Airbus A320' },
            passengers: [{ passenger_id: 'pas_0', cabin_class: 'economy' }],
          })),
        },
      ],
    };
  }

  function search(req: RecordedRequest): FakeReply {
    const ask = (
      JSON.parse(req.body) as {
        data: {
          slices: Array<{ origin: string; destination: string; departure_date: string }>;
          passengers: unknown[];
          max_connections?: number;
        };
      }
    ).data;
    const slice = ask.slices[0];
    if (!slice || ask.slices.length !== 1) return duffelError(422, 'validation_error', 'one slice, please');
    const journeys = (TIMETABLE[`${slice.origin}${slice.destination}`] ?? []).filter(
      (j) => !withdrawn.has(journeyNumber(j)) && j.parts.length - 1 <= (ask.max_connections ?? 1),
    );
    const offers = journeys.map((journey) => {
      const offer: QuotedOffer = {
        id: `off_scn_${quoted.length + 1}`,
        flightNumber: journeyNumber(journey),
        date: slice.departure_date,
        passengers: ask.passengers.length,
        fare: fareOf(journey),
      };
      quoted.push(offer);
      byId.set(offer.id, { offer, journey, origin: slice.origin, destination: slice.destination });
      return wire(offer, journey, slice.origin, slice.destination);
    });
    return {
      body: { data: { id: `orq_scn_${quoted.length}`, live_mode: false, slices: ask.slices, offers } },
    };
  }

  function reprice(offerId: string): FakeReply {
    const held = byId.get(offerId);
    if (!held) return duffelError(404, 'not_found', 'The resource could not be found');
    const number = journeyNumber(held.journey);
    if (expired.has(offerId) || withdrawn.has(number))
      return duffelError(422, 'offer_no_longer_available', 'The offer is no longer available');
    // A live offer re-priced answers today's fare (Duffel's GET /air/offers/:id re-prices with the airline).
    const now = { ...held.offer, fare: checkoutFares.get(number) ?? fareOf(held.journey) };
    return { body: { data: wire(now, held.journey, held.origin, held.destination) } };
  }

  return {
    quoted,
    handle(req) {
      if (req.headers.authorization !== `Bearer ${FAKE_DUFFEL_TOKEN}`) return recorded(req);
      if (req.method === 'POST' && req.path === '/air/offer_requests/') return search(req);
      const offerId = /^\/air\/offers\/([^/]+)$/.exec(req.path)?.[1];
      if (req.method === 'GET' && offerId) return reprice(offerId);
      return recorded(req);
    },
    setFare(flightNumber, perPerson) {
      fares.set(known(flightNumber), perPerson);
    },
    setCheckoutFare(flightNumber, perPerson) {
      checkoutFares.set(known(flightNumber), perPerson);
    },
    withdraw(flightNumber) {
      withdrawn.add(known(flightNumber));
    },
    expireOffers() {
      for (const q of quoted) expired.add(q.id);
    },
    reset() {
      fares.clear();
      checkoutFares.clear();
      withdrawn.clear();
    },
  };
}

function known(flightNumber: string): string {
  if (!Object.values(TIMETABLE).some((js) => js.some((j) => journeyNumber(j) === flightNumber)))
    throw new RangeError(`no journey ${flightNumber} in the scenario's timetable`);
  return flightNumber;
}

function airport(code: string) {
  const a = AIRPORTS[code] ?? { name: `${code} Airport`, city: code, zone: 'UTC' };
  return { iata_code: code, name: a.name, city_name: a.city, type: 'airport', time_zone: a.zone };
}

function duffelError(status: number, code: string, message: string): FakeReply {
  return {
    status,
    body: {
      meta: { status, request_id: 'FakeScenarioRequest' },
      errors: [{ code, title: code, message, type: 'invalid_request_error' }],
    },
  };
}
