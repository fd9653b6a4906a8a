import { describe, expect, it } from 'vitest';
import type { Flight, Stay } from '../../../tools/domain/inventory.schema.js';
import type { FlightLeg } from '../../../tools/domain/plan.schema.js';
import type { SolveInput } from '../../../tools/planning/planning.types.js';
import { hasOffers, solveWithRepricedOffers } from '../../../tools/planning/reprice-offers.js';
import { candidateRoutes } from '../../../tools/planning/route-candidates.js';
import { solveTrip } from '../../../tools/planning/solve-trip.js';
import { SourceError } from '../../../tools/providers/sources/source-error.js';
import type { FlightQuery, StayQuery } from '../../../tools/providers/world/world-kinds.js';
import { flight, inventory, makeSpec, stay } from './fixtures.js';

/** Seattle → Denver and back, 2 travellers, flights only: each flight an offer of a real source. */
function offeredInput(): SolveInput {
  const spec = makeSpec();
  return inventory(spec, candidateRoutes(spec, []), {
    ground: () => [],
    flights: (from, to, date) => [
      offered(flight(from, to, date, '09:00', '11:30', 150)),
      offered(flight(from, to, date, '12:00', '14:30', 200)),
    ],
  });
}

function offered(f: Flight, version = 1): Flight {
  return { ...f, offerId: `off_${f.flightNumber}_v${version}`, source: 'duffel' };
}

type Requote = (flight: Flight, query: FlightQuery) => Flight | undefined;
type RequoteStay = (stay: Stay, query: StayQuery) => Stay | undefined;

/** A world whose offers answer as `requote` and `requoteStay` say; every call is kept. */
function offerWorld(requote: Requote, requoteStay: RequoteStay = (s) => s) {
  const calls: Array<{ offerId: string | undefined; query: FlightQuery }> = [];
  const stayCalls: Array<{ offerId: string | undefined; query: StayQuery }> = [];
  return {
    calls,
    stayCalls,
    world: {
      async requoteFlight(f: Flight, query: FlightQuery) {
        calls.push({ offerId: f.offerId, query });
        return requote(f, query);
      },
      async requoteStay(s: Stay, query: StayQuery) {
        stayCalls.push({ offerId: s.offerId, query });
        return requoteStay(s, query);
      },
    },
  };
}

/** A world with stays that never answers for them (the flight tests' stays carry no offers). */
const noStays = {
  requoteStay: async (): Promise<Stay | undefined> => {
    throw new Error('a stay without an offer is not re-quoted');
  },
};

function chosenFlights(outcome: ReturnType<typeof solveTrip>): Flight[] {
  if (!outcome.feasible) throw new Error(outcome.infeasibility.reasons.join('; '));
  return outcome.selection.legs.filter((l): l is FlightLeg => l.mode === 'flight').map((l) => l.flight);
}

describe('solveWithRepricedOffers', () => {
  it('confirms unchanged offers with one re-quote each and keeps the solver’s choice exactly', async () => {
    const input = offeredInput();
    const { world, calls } = offerWorld((f) => f);
    const result = await solveWithRepricedOffers(world, input, solveTrip);
    expect(result.outcome).toEqual(solveTrip(input));
    expect(result.changes).toEqual([]);
    expect(result.notes).toEqual([]);
    expect(result.hopOptions).toBe(input.hopOptions);
    const chosen = chosenFlights(result.outcome);
    expect(calls.map((c) => c.offerId)).toEqual(chosen.map((f) => f.offerId));
    // The query a real source prices by: the leg's cities and date, the whole party.
    expect(calls[0]?.query).toEqual({ from: 'Seattle', to: 'Denver', date: '2025-06-01', travellers: 2 });
  });

  it('puts a changed fare on the option, solves again and says what it cost before and after', async () => {
    const input = offeredInput();
    const [out] = chosenFlights(solveTrip(input));
    const { world } = offerWorld((f) =>
      f.offerId === out!.offerId ? { ...f, price: f.price + 30, offerId: `${f.offerId}_requoted` } : f,
    );
    const result = await solveWithRepricedOffers(world, input, solveTrip);
    const [outNow] = chosenFlights(result.outcome);
    expect(outNow).toMatchObject({ flightNumber: out!.flightNumber, price: out!.price + 30 });
    expect(outNow?.offerId).toBe(`${out!.offerId}_requoted`);
    expect(result.changes).toEqual([
      {
        kind: 'repriced',
        flightNumber: out!.flightNumber,
        day: 1,
        before: out!.price,
        after: out!.price + 30,
      },
    ]);
    const party = (n: number) => `$${n * 2}`;
    expect(result.notes).toEqual([
      {
        wish: `fare of ${out!.flightNumber} on day 1`,
        reason: `re-priced before the plan was final: ${party(out!.price)} → ${party(out!.price + 30)}`,
      },
    ]);
    expect(result.hopOptions.flatMap((h) => h.flights).filter((f) => f.offerId === out!.offerId)).toEqual([]);
  });

  it('drops a gone offer, solves again and re-quotes the flight chosen in its place', async () => {
    const input = offeredInput();
    const [out] = chosenFlights(solveTrip(input));
    const { world, calls } = offerWorld((f) => (f.offerId === out!.offerId ? undefined : f));
    const result = await solveWithRepricedOffers(world, input, solveTrip);
    const [outNow] = chosenFlights(result.outcome);
    expect(outNow?.flightNumber).not.toBe(out!.flightNumber);
    expect(calls.map((c) => c.offerId)).toContain(outNow?.offerId);
    expect(result.changes).toEqual([
      { kind: 'gone', flightNumber: out!.flightNumber, day: 1, before: out!.price },
    ]);
    expect(result.notes[0]?.reason).toMatch(/^the offer \(\$\d+\) was gone before the plan was final/);
  });

  it('gives the solver’s infeasibility when every offer of a hop is gone', async () => {
    const input = offeredInput();
    const { world } = offerWorld((f) => (f.from === 'Seattle' ? undefined : f));
    const result = await solveWithRepricedOffers(world, input, solveTrip);
    expect(result.outcome.feasible).toBe(false);
    expect(result.changes.map((c) => c.kind)).toEqual(['gone', 'gone']);
  });

  it('chooses again on the re-quoted fares: a dearer offer can lose to one that was dearer before', async () => {
    const input = offeredInput();
    const before = chosenFlights(solveTrip(input));
    expect(before.map((f) => f.price)).toEqual([150, 150]);
    const { world } = offerWorld((f) => (f.price === 150 ? { ...f, price: 400 } : f));
    const result = await solveWithRepricedOffers(world, input, solveTrip);
    expect(chosenFlights(result.outcome).map((f) => f.price)).toEqual([200, 200]);
    expect(result.changes.map((c) => [c.kind, 'day' in c ? c.day : c.city])).toEqual([
      ['repriced', 1],
      ['repriced', 3],
    ]);
  });

  it('stops after maxRounds when fares keep moving, and says which were not re-confirmed', async () => {
    const spec = makeSpec();
    const input = inventory(spec, candidateRoutes(spec, []), {
      ground: () => [],
      flights: (from, to, date) => [
        offered(flight(from, to, date, '09:00', '11:30', 150)),
        offered(flight(from, to, date, '12:00', '14:30', 200)),
        offered(flight(from, to, date, '15:00', '17:30', 250)),
      ],
    });
    // Every offer re-quoted costs 300 more: each round the solver moves to one not yet asked.
    const { world, calls } = offerWorld((f) => ({ ...f, price: f.price + 300, offerId: `${f.offerId}_now` }));
    const result = await solveWithRepricedOffers(world, input, solveTrip, { maxRounds: 2 });
    // Home, the 15:00 (as convenient as the others, and it leaves the last lunch in Denver) was
    // asked in the second round; the 12:00 it left is not re-confirmed.
    expect(chosenFlights(result.outcome).map((f) => f.price)).toEqual([250, 200]);
    expect(calls).toHaveLength(4);
    expect(result.changes.map((c) => c.kind)).toEqual([
      'repriced',
      'repriced',
      'repriced',
      'repriced',
      'unconfirmed',
      'unconfirmed',
    ]);
    expect(result.notes.at(-1)?.reason).toBe(
      'not re-confirmed before the plan was final (the fares kept changing)',
    );
  });

  it('keeps the fare as quoted when the source is down after its retries, and says so', async () => {
    const input = offeredInput();
    const down = new SourceError(
      'unavailable',
      'duffel',
      'GET /air/offers/off_1',
      'HTTP 503 after 3 attempts',
    );
    const world = {
      ...noStays,
      requoteFlight: async () => {
        throw down;
      },
    };
    const result = await solveWithRepricedOffers(world, input, solveTrip);
    expect(result.outcome).toEqual(solveTrip(input));
    expect(result.changes.map((c) => c.kind)).toEqual(['unreachable', 'unreachable']);
    expect(result.notes[0]?.reason).toBe(
      `not re-confirmed before the plan was final: ${down.message}; the fare is as first quoted`,
    );
  });

  it('fails on a source error no retry cures (a wrong key)', async () => {
    const world = {
      ...noStays,
      requoteFlight: async () => {
        throw new SourceError('unauthorized', 'duffel', 'GET /air/offers/off_1', 'HTTP 401');
      },
    };
    await expect(solveWithRepricedOffers(world, offeredInput(), solveTrip)).rejects.toThrow(/HTTP 401/);
  });

  it('leaves worlds without offers alone (the sandbox has none)', () => {
    const input = offeredInput();
    expect(hasOffers(input.hopOptions)).toBe(true);
    const plain = input.hopOptions.map((h) => ({
      ...h,
      flights: h.flights.map(({ offerId: _o, source: _s, ...f }) => f),
    }));
    expect(hasOffers(plain)).toBe(false);
  });
});

/** Seattle → Denver and back by flights without offers; Denver's stays offers of a real source. */
function offeredStaysInput(): SolveInput {
  const spec = makeSpec();
  return inventory(spec, candidateRoutes(spec, []), {
    ground: () => [],
    flights: (from, to, date) => [flight(from, to, date, '09:00', '11:30', 150)],
    stays: (c) => [
      stay(`${c} Budget Inn`, c, { pricePerNight: 80, offerId: `srr_${c}_budget`, source: 'duffel' }),
      stay(`${c} Garden House`, c, { pricePerNight: 150, offerId: `srr_${c}_garden`, source: 'duffel' }),
    ],
  });
}

function chosenStays(outcome: ReturnType<typeof solveTrip>): Stay[] {
  if (!outcome.feasible) throw new Error(outcome.infeasibility.reasons.join('; '));
  return outcome.selection.stays.map((b) => b.stay);
}

describe('solveWithRepricedOffers: stays', () => {
  const noFlights: Requote = () => {
    throw new Error('flights without offers are not re-quoted');
  };

  it('re-quotes the chosen stay for its nights and the party, and keeps an unchanged choice exactly', async () => {
    const input = offeredStaysInput();
    expect(hasOffers(input.hopOptions, input.stays)).toBe(true);
    const { world, stayCalls } = offerWorld(noFlights);
    const result = await solveWithRepricedOffers(world, input, solveTrip);
    expect(result.outcome).toEqual(solveTrip(input));
    expect(result.changes).toEqual([]);
    expect(result.stays).toBe(input.stays);
    expect(stayCalls).toEqual([
      {
        offerId: 'srr_Denver_budget',
        query: { city: 'Denver', checkIn: '2025-06-01', checkOut: '2025-06-03', travellers: 2 },
      },
    ]);
  });

  it('puts a changed rate on the option, solves again on it and says the whole stay’s price before and after', async () => {
    const input = offeredStaysInput();
    // £80 → £200 a night: Garden House (150) is now the cheaper, and is re-quoted in its turn.
    const { world, stayCalls } = offerWorld(noFlights, (s) =>
      s.offerId === 'srr_Denver_budget' ? { ...s, pricePerNight: 200 } : s,
    );
    const result = await solveWithRepricedOffers(world, input, solveTrip);
    expect(chosenStays(result.outcome).map((s) => s.name)).toEqual(['Denver Garden House']);
    expect(stayCalls.map((c) => c.offerId)).toEqual(['srr_Denver_budget', 'srr_Denver_garden']);
    // One room (4 to a room) for 2 nights: 80 × 2 = 160 before, 200 × 2 = 400 after.
    expect(result.changes).toEqual([
      { kind: 'repriced', stay: 'Denver Budget Inn', city: 'Denver', before: 160, after: 400 },
    ]);
    expect(result.notes).toEqual([
      {
        wish: 'rate of Denver Budget Inn in Denver',
        reason: 're-priced before the plan was final: $160 → $400',
      },
    ]);
    expect(result.stays.Denver?.find((s) => s.offerId === 'srr_Denver_budget')?.pricePerNight).toBe(200);
    expect(input.stays.Denver?.[0]?.pricePerNight).toBe(80);
  });

  it('drops a gone stay offer and solves again without it', async () => {
    const input = offeredStaysInput();
    const { world } = offerWorld(noFlights, (s) => (s.offerId === 'srr_Denver_budget' ? undefined : s));
    const result = await solveWithRepricedOffers(world, input, solveTrip);
    expect(chosenStays(result.outcome).map((s) => s.name)).toEqual(['Denver Garden House']);
    expect(result.stays.Denver?.map((s) => s.name)).toEqual(['Denver Garden House']);
    expect(result.changes).toEqual([
      { kind: 'gone', stay: 'Denver Budget Inn', city: 'Denver', before: 160 },
    ]);
    expect(result.notes[0]?.reason).toBe(
      'the offer ($160) was gone before the plan was final; the plan was solved again without it',
    );
  });

  it('gives the solver’s infeasibility when every stay of a city is gone', async () => {
    const { world } = offerWorld(noFlights, () => undefined);
    const result = await solveWithRepricedOffers(world, offeredStaysInput(), solveTrip);
    expect(result.outcome.feasible).toBe(false);
    expect(result.changes.map((c) => c.kind)).toEqual(['gone', 'gone']);
  });

  it('re-quotes flights and stays in the same round', async () => {
    const input = offeredInput();
    const withOffers = {
      ...input,
      stays: { Denver: (input.stays.Denver ?? []).map((s, i) => ({ ...s, offerId: `srr_${i}` })) },
    };
    const [before] = chosenStays(solveTrip(withOffers));
    const { world, calls, stayCalls } = offerWorld(
      (f) => f,
      (s) => ({ ...s, pricePerNight: s.pricePerNight + 5 }),
    );
    const result = await solveWithRepricedOffers(world, withOffers, solveTrip);
    expect(calls).toHaveLength(2);
    expect(stayCalls[0]?.offerId).toBe(before!.offerId);
    expect(result.changes[0]).toEqual({
      kind: 'repriced',
      stay: before!.name,
      city: 'Denver',
      before: before!.pricePerNight * 2,
      after: (before!.pricePerNight + 5) * 2,
    });
  });

  it('keeps the rate as quoted when the stays source is down, and says so', async () => {
    const down = new SourceError('unavailable', 'duffel', 'POST /stays/…/fetch_all_rates', 'HTTP 503');
    const world = {
      requoteFlight: async () => undefined,
      requoteStay: async () => {
        throw down;
      },
    };
    const input = offeredStaysInput();
    const result = await solveWithRepricedOffers(world, input, solveTrip);
    expect(result.outcome).toEqual(solveTrip(input));
    expect(result.notes).toEqual([
      {
        wish: 'rate of Denver Budget Inn in Denver',
        reason: `not re-confirmed before the plan was final: ${down.message}; the rate is as first quoted`,
      },
    ]);
  });

  it('stays without offers (the sandbox’s) are not re-quoted', () => {
    const input = offeredStaysInput();
    const plain = Object.fromEntries(
      Object.entries(input.stays).map(([c, list]) => [c, list.map(({ offerId: _o, ...s }) => s)]),
    );
    expect(hasOffers(input.hopOptions, plain)).toBe(false);
  });
});
