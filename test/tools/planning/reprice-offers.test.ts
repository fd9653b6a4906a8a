import { describe, expect, it } from 'vitest';
import type { Flight } from '../../../tools/domain/inventory.schema.js';
import type { FlightLeg } from '../../../tools/domain/plan.schema.js';
import type { SolveInput } from '../../../tools/planning/planning.types.js';
import { hasOffers, solveWithRepricedOffers } from '../../../tools/planning/reprice-offers.js';
import { candidateRoutes } from '../../../tools/planning/route-candidates.js';
import { solveTrip } from '../../../tools/planning/solve-trip.js';
import { SourceError } from '../../../tools/providers/sources/source-error.js';
import type { FlightQuery } from '../../../tools/providers/world/world-kinds.js';
import { flight, inventory, makeSpec } from './fixtures.js';

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

/** A world whose offers answer as `requote` says; every call is kept. */
function offerWorld(requote: Requote) {
  const calls: Array<{ offerId: string | undefined; query: FlightQuery }> = [];
  return {
    calls,
    world: {
      async requoteFlight(f: Flight, query: FlightQuery) {
        calls.push({ offerId: f.offerId, query });
        return requote(f, query);
      },
    },
  };
}

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
    expect(result.changes.map((c) => [c.kind, c.day])).toEqual([
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
    expect(chosenFlights(result.outcome).map((f) => f.price)).toEqual([250, 250]);
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
