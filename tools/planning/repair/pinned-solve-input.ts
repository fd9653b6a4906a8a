import { addDays } from '../../domain/common.schema.js';
import type { Stay } from '../../domain/inventory.schema.js';
import type { Plan, StayBooking, TransportLeg } from '../../domain/plan.schema.js';
import { stayCost, vehiclesFor } from '../cost.js';
import { sameName } from '../names.js';
import type { Hop, HopOptions, SolveInput } from '../planning.types.js';
import {
  asCandidate,
  COMPARABLE_LEG_LEVEL,
  COMPARABLE_STAY_LEVEL,
  legLevel,
  STAY_LEVELS,
  stayLevel,
  type TransportCandidate,
} from './comparable.js';
import type { Recheck } from './repair.types.js';

/** What the flights and hotels agents shortlisted for the re-shopped hops and cities. */
export interface RepairShortlists {
  hopOptions: HopOptions[];
  stays: Record<string, Stay[]>;
}

export function hopOfLeg(plan: Plan, leg: TransportLeg): Hop {
  return { from: leg.from, to: leg.to, day: leg.day, date: addDays(plan.spec.startDate, leg.day - 1) };
}

/**
 * How far one solve attempt may stray from the plan. `dearer` is what happens to an item that
 * still exists but got too dear: `swap` it for a comparable cheaper one (else keep it), `keep` it,
 * or leave it `open` to anything cheaper up to the levels (it stays on offer too).
 */
export interface RepairAttempt {
  stayLevel: number;
  legLevel: number;
  dearer: 'swap' | 'keep' | 'open';
}

/**
 * Closest first: comparable replacements, then the dearer items kept as they are, then ever
 * further downgrades (rating or times, then privacy or mode, then a shared room).
 */
export const REPAIR_ATTEMPTS: readonly RepairAttempt[] = [
  { stayLevel: COMPARABLE_STAY_LEVEL, legLevel: COMPARABLE_LEG_LEVEL, dearer: 'swap' },
  { stayLevel: COMPARABLE_STAY_LEVEL, legLevel: COMPARABLE_LEG_LEVEL, dearer: 'keep' },
  { stayLevel: COMPARABLE_STAY_LEVEL, legLevel: COMPARABLE_LEG_LEVEL, dearer: 'open' },
  { stayLevel: 3, legLevel: 1, dearer: 'open' },
  { stayLevel: 4, legLevel: 2, dearer: 'open' },
  { stayLevel: STAY_LEVELS - 1, legLevel: 2, dearer: 'open' },
];

function candidatesOf(options: HopOptions): TransportCandidate[] {
  return [
    ...options.flights.map((flight): TransportCandidate => ({ mode: 'flight', flight })),
    ...(options.trains ?? []).map((train): TransportCandidate => ({ mode: 'rail', train })),
    ...options.ground.map((route): TransportCandidate => ({ mode: route.mode, route })),
  ];
}

function asHopOptions(hop: Hop, candidates: readonly TransportCandidate[]): HopOptions {
  const trains = candidates.flatMap((c) => (c.mode === 'rail' ? [c.train] : []));
  return {
    hop,
    flights: candidates.flatMap((c) => (c.mode === 'flight' ? [c.flight] : [])),
    ground: candidates.flatMap((c) => (c.mode === 'self-driving' || c.mode === 'taxi' ? [c.route] : [])),
    ...(trains.length > 0 ? { trains } : {}),
  };
}

function isSameOption(leg: TransportLeg, c: TransportCandidate): boolean {
  if (leg.mode === 'flight') return c.mode === 'flight' && c.flight.flightNumber === leg.flight.flightNumber;
  if (leg.mode === 'rail') return c.mode === 'rail' && c.train.trainNumber === leg.train.trainNumber;
  return c.mode === leg.mode;
}

/** The whole party's price of a candidate, comparable with `leg.cost`. */
function candidateCost(c: TransportCandidate, travellers: number): number {
  if (c.mode === 'flight') return c.flight.price * travellers;
  if (c.mode === 'rail') return c.train.price * travellers;
  return c.route.cost * vehiclesFor(c.mode, travellers);
}

/** Where each plan item stands in a repair: pinned as it is now, gone, too dear, or coupled in. */
type Standing = 'pinned' | 'gone' | 'dearer' | 'coupled';

function standing(inScope: boolean, stillThere: boolean, coupled: boolean): Standing {
  if (!stillThere) return 'gone';
  if (coupled) return 'coupled';
  return inScope ? 'dearer' : 'pinned';
}

/**
 * An item that got too dear is swapped only within its kind: a flight for a flight at any time
 * (times ranked), a stay for a comparable stay; never for a mode change or a downgrade.
 */
const SWAP_LEG_LEVEL = 1;

/** The candidates at the closest level any of them reaches: similarity ranks before price. */
function closest<T>(candidates: readonly T[], level: (c: T) => number): T[] {
  const best = Math.min(...candidates.map(level));
  return candidates.filter((c) => level(c) === best);
}

function legPool(
  plan: Plan,
  leg: TransportLeg,
  now: TransportLeg | null,
  found: readonly HopOptions[],
  role: Standing,
  attempt: RepairAttempt,
): HopOptions {
  const hop = hopOfLeg(plan, leg);
  const keep = now ? [asCandidate(now)] : [];
  const held =
    role === 'pinned' || attempt.dearer === 'keep' || (role === 'coupled' && attempt.dearer !== 'open');
  if (now && held) return asHopOptions(hop, keep);
  const others = found
    .filter((o) => sameName(o.hop.from, hop.from) && sameName(o.hop.to, hop.to) && o.hop.date === hop.date)
    .flatMap(candidatesOf)
    .filter((c) => !isSameOption(leg, c));
  const level = (c: TransportCandidate) => legLevel(leg, c);
  if (!now)
    return asHopOptions(
      hop,
      others.filter((c) => level(c) <= attempt.legLevel),
    );
  // A coupled leg changes for the mode's sake, not its price; a dearer one only for something cheaper.
  const { travellers } = plan.spec;
  const alternatives =
    role === 'coupled' ? others : others.filter((c) => candidateCost(c, travellers) < now.cost);
  if (attempt.dearer === 'swap') {
    const swaps = alternatives.filter((c) => level(c) <= SWAP_LEG_LEVEL);
    return asHopOptions(hop, swaps.length > 0 ? closest(swaps, level) : keep);
  }
  return asHopOptions(hop, [...alternatives.filter((c) => level(c) <= attempt.legLevel), ...keep]);
}

function stayPool(
  plan: Plan,
  booking: StayBooking,
  now: StayBooking | null,
  found: readonly Stay[],
  role: Standing,
  attempt: RepairAttempt,
): Stay[] {
  if (now && (role === 'pinned' || attempt.dearer === 'keep')) return [now.stay];
  const level = (s: Stay) => stayLevel(booking.stay, s);
  const others = found.filter((s) => s.name !== booking.stay.name);
  if (!now) return others.filter((s) => level(s) <= attempt.stayLevel);
  const { travellers } = plan.spec;
  const cheaper = others.filter((s) => stayCost(s, travellers, booking.nights) < now.cost);
  if (attempt.dearer === 'swap') {
    const swaps = cheaper.filter((s) => level(s) <= COMPARABLE_STAY_LEVEL);
    return swaps.length > 0 ? closest(swaps, level) : [now.stay];
  }
  return [...cheaper.filter((s) => level(s) <= attempt.stayLevel), now.stay];
}

/**
 * The solver's input for one attempt at a minimal repair: the plan's own route, every untouched
 * leg and stay pinned as the only option (at today's price), and for what the recheck put in
 * scope the agents' shortlists, cut to the attempt's levels of similarity to what broke.
 */
export function pinnedSolveInput(
  plan: Plan,
  recheck: Recheck,
  shortlists: RepairShortlists,
  catalogue: Pick<SolveInput, 'restaurants' | 'sights'>,
  attempt: RepairAttempt = REPAIR_ATTEMPTS[0]!,
): SolveInput {
  const legsInScope = new Set(recheck.scope.legs);
  const coupled = new Set(recheck.scope.coupledLegs ?? []);
  const staysInScope = new Set(recheck.scope.stays);
  const hopOptions = plan.legs.map((leg, i) => {
    const now = recheck.legs[i] ?? null;
    const role = standing(legsInScope.has(i) || coupled.has(i), now !== null, coupled.has(i));
    return legPool(plan, leg, now, shortlists.hopOptions, role, attempt);
  });
  const stays: Record<string, Stay[]> = {};
  plan.stays.forEach((booking, i) => {
    const now = recheck.stays[i] ?? null;
    const role = standing(staysInScope.has(i), now !== null, false);
    stays[booking.city] = stayPool(plan, booking, now, shortlists.stays[booking.city] ?? [], role, attempt);
  });
  return { spec: plan.spec, routes: [plan.route], hopOptions, stays, ...catalogue };
}
