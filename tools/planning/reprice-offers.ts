import type { Flight, Stay } from '../domain/inventory.schema.js';
import type { FlightLeg, NotHonoured, StayBooking, TransportLeg } from '../domain/plan.schema.js';
import { isSourceError } from '../providers/sources/source-error.js';
import type { WorldProvider } from '../providers/world-provider.js';
import { roundMoney, stayCost } from './cost.js';
import { formatMoney } from './money.js';
import { notHonoured } from './not-honoured.js';
import type { HopOptions, SolveInput, SolveOutcome, TripSelection } from './planning.types.js';
import { stayDates } from './stay-dates.js';

/**
 * Offers expire: a fare or room rate found while shopping may cost more, or be gone, by the time
 * the plan is final. After the solver chooses, every chosen flight and stay that carries an offer
 * (real sources only; the sandbox has none, so its plans never come here) is re-quoted; a changed
 * price updates the option, a gone offer leaves the options, and the solver runs again on what
 * is left.
 */

export interface RepriceOptions {
  /**
   * Re-quote rounds at most: each may change the choice, and the new choice's own offers are
   * re-quoted in the next round. Default 2; the last choice's unchecked offers are said so.
   */
  maxRounds?: number;
}

/** What happened to one chosen flight offer; fares per person. */
export type FlightOfferChange =
  | { kind: 'repriced'; flightNumber: string; day: number; before: number; after: number }
  | { kind: 'gone'; flightNumber: string; day: number; before: number }
  | { kind: 'unconfirmed'; flightNumber: string; day: number }
  /** The source did not answer (after its own retries): the fare stands as first quoted. */
  | { kind: 'unreachable'; flightNumber: string; day: number; error: string };

/** What happened to one chosen stay offer; prices for the whole stay (every room and night). */
export type StayOfferChange =
  | { kind: 'repriced'; stay: string; city: string; before: number; after: number }
  | { kind: 'gone'; stay: string; city: string; before: number }
  | { kind: 'unconfirmed'; stay: string; city: string }
  | { kind: 'unreachable'; stay: string; city: string; error: string };

export type OfferChange = FlightOfferChange | StayOfferChange;

export interface RepricedSolve {
  outcome: SolveOutcome;
  /** The options the final solve ran on (fares as re-quoted, gone offers removed). */
  hopOptions: HopOptions[];
  /** The stays the final solve ran on, per city (rates as re-quoted, gone offers removed). */
  stays: Record<string, Stay[]>;
  changes: OfferChange[];
  /** One sentence per change, for the plan (see offerNotes). */
  notes: NotHonoured[];
}

const DEFAULT_ROUNDS = 2;

/** Whether any option carries an offer: without one there is nothing to re-quote. */
export function hasOffers(
  hopOptions: readonly HopOptions[],
  stays: Readonly<Record<string, readonly Stay[]>> = {},
): boolean {
  return (
    hopOptions.some((h) => h.flights.some((f) => f.offerId !== undefined)) ||
    Object.values(stays).some((list) => list.some((s) => s.offerId !== undefined))
  );
}

/** A chosen item that carries an offer. */
type Chosen = { leg: FlightLeg; offerId: string } | { booking: StayBooking; offerId: string };

/** A re-quote's answer: the item now (undefined: gone), or why the source could not say. */
type Answer = { now: Flight | Stay | undefined } | { unreachable: string };

/**
 * Solves, re-quotes the chosen offers through `world.requoteFlight` and `world.requoteStay`, and
 * solves again while a re-quote changed the options (at most `maxRounds` re-quotes).
 * Deterministic given the world.
 */
export async function solveWithRepricedOffers(
  world: Pick<WorldProvider, 'requoteFlight' | 'requoteStay'>,
  input: SolveInput,
  solve: (input: SolveInput) => SolveOutcome,
  options: RepriceOptions = {},
): Promise<RepricedSolve> {
  const rounds = Math.max(1, options.maxRounds ?? DEFAULT_ROUNDS);
  const { spec } = input;
  const travellers = spec.travellers;
  const currency = spec.budget?.currency ?? 'USD';
  let hopOptions = input.hopOptions;
  let stays = input.stays;
  const changes: OfferChange[] = [];
  // Offer ids quoted during this solve: a price just re-quoted is not asked for again.
  const confirmed = new Set<string>();
  const finish = (outcome: SolveOutcome): RepricedSolve => ({
    outcome,
    hopOptions,
    stays,
    changes,
    notes: offerNotes(changes, currency, travellers),
  });

  const requote = (item: Chosen): Promise<Flight | Stay | undefined> =>
    'leg' in item
      ? world.requoteFlight(item.leg.flight, {
          from: item.leg.from,
          to: item.leg.to,
          date: item.leg.flight.date,
          travellers,
        })
      : world.requoteStay(item.booking.stay, {
          city: item.booking.city,
          ...stayDates(spec, item.booking),
          travellers,
        });

  for (let round = 0; round < rounds; round += 1) {
    const outcome = solve({ ...input, hopOptions, stays });
    if (!outcome.feasible) return finish(outcome);
    const unchecked = chosenOffers(outcome.selection).filter((c) => !confirmed.has(c.offerId));
    if (unchecked.length === 0) return finish(outcome);
    const answers = await Promise.all(
      unchecked.map((item) =>
        requote(item).then(
          (now): Answer => ({ now }),
          (error: unknown): Answer => {
            // A source that is down (after its own retries) does not sink a plan that is
            // otherwise ready: the price stands as quoted and the plan says so. A wrong key or a
            // malformed answer is not passing weather: it fails the solve.
            if (isSourceError(error) && error.retryable) return { unreachable: error.message };
            throw error;
          },
        ),
      ),
    );
    let changed = false;
    unchecked.forEach((item, i) => {
      const answer = answers[i]!;
      const { offerId } = item;
      const who = identify(item);
      if ('unreachable' in answer) {
        changes.push({ kind: 'unreachable' as const, ...who, error: answer.unreachable });
        confirmed.add(offerId);
        return;
      }
      const { now } = answer;
      const before = priceOf(item);
      if (!now) {
        changes.push({ kind: 'gone' as const, ...who, before: cost(item, before) });
        if ('leg' in item) hopOptions = replaceOffer(hopOptions, offerId, undefined);
        else stays = replaceStay(stays, offerId, undefined);
        changed = true;
        return;
      }
      if (now.offerId) confirmed.add(now.offerId);
      const after = 'price' in now ? now.price : now.pricePerNight;
      const repriced = roundMoney(after) !== roundMoney(before);
      if (repriced)
        changes.push({
          kind: 'repriced' as const,
          ...who,
          before: cost(item, before),
          after: cost(item, after),
        });
      // A new offer id at the same price is still a change: the plan must carry the offer that can be booked.
      if (now.offerId !== offerId || repriced) {
        if ('leg' in item) hopOptions = replaceOffer(hopOptions, offerId, now as Flight);
        else stays = replaceStay(stays, offerId, now as Stay);
        changed = true;
      } else {
        confirmed.add(offerId);
      }
    });
    if (!changed) return finish(outcome);
  }

  const outcome = solve({ ...input, hopOptions, stays });
  if (outcome.feasible) {
    for (const item of chosenOffers(outcome.selection).filter((c) => !confirmed.has(c.offerId)))
      changes.push({ kind: 'unconfirmed' as const, ...identify(item) });
  }
  return finish(outcome);

  /** What a change reports: a flight's fare per person; a stay's price for the whole booking. */
  function cost(item: Chosen, price: number): number {
    return 'leg' in item
      ? price
      : stayCost({ ...item.booking.stay, pricePerNight: price }, travellers, item.booking.nights);
  }
}

/** The chosen flights, then the chosen stays, that carry an offer. */
function chosenOffers(selection: TripSelection): Chosen[] {
  const legs: Chosen[] = offerLegs(selection.legs).map((leg) => ({ leg, offerId: leg.flight.offerId! }));
  const stays: Chosen[] = selection.stays.flatMap((booking) =>
    booking.stay.offerId === undefined ? [] : [{ booking, offerId: booking.stay.offerId }],
  );
  return [...legs, ...stays];
}

function identify(item: Chosen): { flightNumber: string; day: number } | { stay: string; city: string } {
  return 'leg' in item
    ? { flightNumber: item.leg.flight.flightNumber, day: item.leg.day }
    : { stay: item.booking.stay.name, city: item.booking.city };
}

function priceOf(item: Chosen): number {
  return 'leg' in item ? item.leg.flight.price : item.booking.stay.pricePerNight;
}

function offerLegs(legs: readonly TransportLeg[]): FlightLeg[] {
  return legs.filter((l): l is FlightLeg => l.mode === 'flight' && l.flight.offerId !== undefined);
}

/** The options with one offer replaced by its re-quote, or removed when it is gone. */
function replaceOffer(hops: readonly HopOptions[], offerId: string, now: Flight | undefined): HopOptions[] {
  return hops.map((h) =>
    h.flights.some((f) => f.offerId === offerId)
      ? {
          ...h,
          flights: h.flights.flatMap((f) => (f.offerId !== offerId ? [f] : now ? [now] : [])),
        }
      : h,
  );
}

/** The stays with one offer replaced by its re-quote, or removed when it is gone (whichever city lists it). */
function replaceStay(
  stays: Readonly<Record<string, Stay[]>>,
  offerId: string,
  now: Stay | undefined,
): Record<string, Stay[]> {
  return Object.fromEntries(
    Object.entries(stays).map(([city, list]) => [
      city,
      list.some((s) => s.offerId === offerId)
        ? list.flatMap((s) => (s.offerId !== offerId ? [s] : now ? [now] : []))
        : list,
    ]),
  );
}

/**
 * The changes as the plan says them, fares for the whole party, stays for every room and night:
 * "fare of ZZ 1001 on day 1: re-priced before the plan was final: £243.80 → £280.00",
 * "rate of Petit Hôtel Bleu in Paris: re-priced before the plan was final: $387.50 → $420.00".
 */
export function offerNotes(
  changes: readonly OfferChange[],
  currency: string,
  travellers: number,
): NotHonoured[] {
  return changes.map((c) => {
    const flight = 'flightNumber' in c;
    const money = (amount: number) => formatMoney(flight ? amount * travellers : amount, currency);
    const wish = flight ? `fare of ${c.flightNumber} on day ${c.day}` : `rate of ${c.stay} in ${c.city}`;
    const price = flight ? 'fare' : 'rate';
    if (c.kind === 'repriced')
      return notHonoured(wish, `re-priced before the plan was final: ${money(c.before)} → ${money(c.after)}`);
    if (c.kind === 'gone')
      return notHonoured(
        wish,
        `the offer (${money(c.before)}) was gone before the plan was final; the plan was solved again without it`,
      );
    if (c.kind === 'unreachable')
      return notHonoured(
        wish,
        `not re-confirmed before the plan was final: ${c.error}; the ${price} is as first quoted`,
      );
    return notHonoured(wish, `not re-confirmed before the plan was final (the ${price}s kept changing)`);
  });
}
