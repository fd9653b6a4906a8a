import { addDays } from '../../domain/common.schema.js';
import type { Stay } from '../../domain/inventory.schema.js';
import type { Plan, StayBooking, TransportLeg } from '../../domain/plan.schema.js';
import { stayCost, vehiclesFor } from '../cost.js';
import { sameName } from '../names.js';
import type { Hop, HopOptions, SolveInput } from '../planning.types.js';
import type { Recheck } from './repair.types.js';

/** What the flights and hotels agents shortlisted for the re-shopped hops and cities. */
export interface RepairShortlists {
  hopOptions: HopOptions[];
  stays: Record<string, Stay[]>;
}

export function hopOfLeg(plan: Plan, leg: TransportLeg): Hop {
  return { from: leg.from, to: leg.to, day: leg.day, date: addDays(plan.spec.startDate, leg.day - 1) };
}

function onlyLeg(hop: Hop, leg: TransportLeg): HopOptions {
  return leg.mode === 'flight'
    ? { hop, flights: [leg.flight], ground: [] }
    : { hop, flights: [], ground: [leg.route] };
}

/** Options of a re-shopped hop: when its leg still runs, only ones cheaper than it now is. */
function reshoppedHop(plan: Plan, hop: Hop, now: TransportLeg | null, found: HopOptions[]): HopOptions {
  const { travellers } = plan.spec;
  const mine = found.filter(
    (o) => sameName(o.hop.from, hop.from) && sameName(o.hop.to, hop.to) && o.hop.date === hop.date,
  );
  const flights = mine.flatMap((o) => o.flights);
  const ground = mine.flatMap((o) => o.ground);
  if (!now) return { hop, flights, ground };
  const cheaperFlights = flights.filter((f) => f.price * travellers < now.cost);
  const cheaperGround = ground.filter((g) => g.cost * vehiclesFor(g.mode, travellers) < now.cost);
  if (cheaperFlights.length + cheaperGround.length === 0) return onlyLeg(hop, now);
  return { hop, flights: cheaperFlights, ground: cheaperGround };
}

function reshoppedStays(plan: Plan, booking: StayBooking, now: StayBooking | null, found: Stay[]): Stay[] {
  const { travellers } = plan.spec;
  const others = found.filter((s) => s.name !== booking.stay.name);
  if (!now) return others;
  const cheaper = others.filter((s) => stayCost(s, travellers, booking.nights) < now.cost);
  return cheaper.length > 0 ? cheaper : [now.stay];
}

/**
 * The solver's input for a minimal repair: the plan's own route, every untouched leg and stay
 * pinned as the only option (at today's price), and the agents' shortlists for what the recheck
 * put in scope. A leg or stay that got dearer is only replaced by something cheaper than it now is.
 */
export function pinnedSolveInput(
  plan: Plan,
  recheck: Recheck,
  shortlists: RepairShortlists,
  catalogue: Pick<SolveInput, 'restaurants' | 'sights'>,
): SolveInput {
  const legsInScope = new Set(recheck.scope.legs);
  const staysInScope = new Set(recheck.scope.stays);
  const hopOptions = plan.legs.map((leg, i) => {
    const hop = hopOfLeg(plan, leg);
    const now = recheck.legs[i] ?? null;
    if (legsInScope.has(i) || !now) return reshoppedHop(plan, hop, now, shortlists.hopOptions);
    return onlyLeg(hop, now);
  });
  const stays: Record<string, Stay[]> = {};
  plan.stays.forEach((booking, i) => {
    const now = recheck.stays[i] ?? null;
    stays[booking.city] =
      staysInScope.has(i) || !now
        ? reshoppedStays(plan, booking, now, shortlists.stays[booking.city] ?? [])
        : [now.stay];
  });
  return { spec: plan.spec, routes: [plan.route], hopOptions, stays, ...catalogue };
}
