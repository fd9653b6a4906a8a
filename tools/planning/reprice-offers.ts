import type { Flight } from '../domain/inventory.schema.js';
import type { FlightLeg, NotHonoured, TransportLeg } from '../domain/plan.schema.js';
import { isSourceError } from '../providers/sources/source-error.js';
import type { WorldProvider } from '../providers/world-provider.js';
import { roundMoney } from './cost.js';
import { formatMoney } from './money.js';
import { notHonoured } from './not-honoured.js';
import type { HopOptions, SolveInput, SolveOutcome } from './planning.types.js';

/**
 * Offers expire: a fare found while shopping may cost more, or be gone, by the time the plan is
 * final. After the solver chooses, every chosen flight that carries an offer (real sources only;
 * the sandbox has none, so its plans never come here) is re-quoted; a changed fare updates the
 * option, a gone offer leaves the options, and the solver runs again on what is left. Stays have
 * no re-quote in the world interface (a stay's search answer is its quote): they are rechecked
 * by the watches, not here.
 */

export interface RepriceOptions {
  /**
   * Re-quote rounds at most: each may change the choice, and the new choice's own offers are
   * re-quoted in the next round. Default 2; the last choice's unchecked offers are said so.
   */
  maxRounds?: number;
}

/** What happened to one chosen offer. */
export type OfferChange =
  | { kind: 'repriced'; flightNumber: string; day: number; before: number; after: number }
  | { kind: 'gone'; flightNumber: string; day: number; before: number }
  | { kind: 'unconfirmed'; flightNumber: string; day: number }
  /** The source did not answer (after its own retries): the fare stands as first quoted. */
  | { kind: 'unreachable'; flightNumber: string; day: number; error: string };

export interface RepricedSolve {
  outcome: SolveOutcome;
  /** The options the final solve ran on (fares as re-quoted, gone offers removed). */
  hopOptions: HopOptions[];
  changes: OfferChange[];
  /** One sentence per change, for the plan (see offerNotes). */
  notes: NotHonoured[];
}

const DEFAULT_ROUNDS = 2;

/** Whether any option carries an offer: without one there is nothing to re-quote. */
export function hasOffers(hopOptions: readonly HopOptions[]): boolean {
  return hopOptions.some((h) => h.flights.some((f) => f.offerId !== undefined));
}

/**
 * Solves, re-quotes the chosen offers through `world.requoteFlight`, and solves again while a
 * re-quote changed the options (at most `maxRounds` re-quotes). Deterministic given the world.
 */
export async function solveWithRepricedOffers(
  world: Pick<WorldProvider, 'requoteFlight'>,
  input: SolveInput,
  solve: (input: SolveInput) => SolveOutcome,
  options: RepriceOptions = {},
): Promise<RepricedSolve> {
  const rounds = Math.max(1, options.maxRounds ?? DEFAULT_ROUNDS);
  const travellers = input.spec.travellers;
  const currency = input.spec.budget?.currency ?? 'USD';
  let hopOptions = input.hopOptions;
  const changes: OfferChange[] = [];
  // Offer ids quoted during this solve: a fare just re-quoted is not asked for again.
  const confirmed = new Set<string>();
  const finish = (outcome: SolveOutcome): RepricedSolve => ({
    outcome,
    hopOptions,
    changes,
    notes: offerNotes(changes, currency, travellers),
  });

  for (let round = 0; round < rounds; round += 1) {
    const outcome = solve({ ...input, hopOptions });
    if (!outcome.feasible) return finish(outcome);
    const unchecked = offerLegs(outcome.selection.legs).filter((leg) => !confirmed.has(leg.flight.offerId!));
    if (unchecked.length === 0) return finish(outcome);
    const fresh = await Promise.all(
      unchecked.map((leg) =>
        world
          .requoteFlight(leg.flight, { from: leg.from, to: leg.to, date: leg.flight.date, travellers })
          .then(
            (flight) => ({ flight }),
            (error: unknown) => {
              // A source that is down (after its own retries) does not sink a plan that is
              // otherwise ready: the fare stands as quoted and the plan says so. A wrong key or a
              // malformed answer is not passing weather: it fails the solve.
              if (isSourceError(error) && error.retryable) return { unreachable: error.message };
              throw error;
            },
          ),
      ),
    );
    let changed = false;
    unchecked.forEach((leg, i) => {
      const before = leg.flight;
      const answer = fresh[i]!;
      const offerId = before.offerId!;
      if ('unreachable' in answer) {
        changes.push({
          kind: 'unreachable',
          flightNumber: before.flightNumber,
          day: leg.day,
          error: answer.unreachable,
        });
        confirmed.add(offerId);
        return;
      }
      const now = answer.flight;
      if (!now) {
        changes.push({ kind: 'gone', flightNumber: before.flightNumber, day: leg.day, before: before.price });
        hopOptions = replaceOffer(hopOptions, offerId, undefined);
        changed = true;
        return;
      }
      if (now.offerId) confirmed.add(now.offerId);
      if (roundMoney(now.price) !== roundMoney(before.price))
        changes.push({
          kind: 'repriced',
          flightNumber: before.flightNumber,
          day: leg.day,
          before: before.price,
          after: now.price,
        });
      // A new offer id at the same fare is still a change: the plan must carry the offer that can be booked.
      if (now.offerId !== offerId || roundMoney(now.price) !== roundMoney(before.price)) {
        hopOptions = replaceOffer(hopOptions, offerId, now);
        changed = true;
      } else {
        confirmed.add(offerId);
      }
    });
    if (!changed) return finish(outcome);
  }

  const outcome = solve({ ...input, hopOptions });
  if (outcome.feasible) {
    for (const leg of offerLegs(outcome.selection.legs).filter((l) => !confirmed.has(l.flight.offerId!)))
      changes.push({ kind: 'unconfirmed', flightNumber: leg.flight.flightNumber, day: leg.day });
  }
  return finish(outcome);
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

/**
 * The changes as the plan says them, fares for the whole party:
 * "fare of ZZ 1001 on day 1: re-priced before the plan was final: £243.80 → £280.00".
 */
export function offerNotes(
  changes: readonly OfferChange[],
  currency: string,
  travellers: number,
): NotHonoured[] {
  const money = (perPerson: number) => formatMoney(perPerson * travellers, currency);
  return changes.map((c) => {
    const wish = `fare of ${c.flightNumber} on day ${c.day}`;
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
        `not re-confirmed before the plan was final: ${c.error}; the fare is as first quoted`,
      );
    return notHonoured(wish, 'not re-confirmed before the plan was final (the fares kept changing)');
  });
}
