import type { Plan, StayBooking, TransportLeg } from '../../domain/plan.schema.js';
import { legNumber } from '../leg-times.js';
import { changePct } from './recheck-plan.js';
import type { Recheck, RecheckThresholds } from './repair.types.js';

/**
 * Quotes a check kept because nothing cheaper and comparable was in reach (item key → the party's
 * price). The plan still shows its old price, so without them every later check would see the
 * same rise and ask the agents again; a rise is measured from the kept quote instead, until the
 * next version prices everything afresh.
 */
export type KeptPrices = Record<string, number>;

export function legKey(leg: TransportLeg): string {
  return `leg|${leg.day}|${leg.from}|${leg.to}|${leg.mode}|${legNumber(leg) ?? ''}`;
}

export function stayKey(booking: StayBooking): string {
  return `stay|${booking.city}|${booking.stay.name}`;
}

/**
 * The recheck with the items whose rise was already kept taken out of scope, unless they moved
 * past the threshold again since, or the plan no longer fits its budget (then it is broken).
 */
export function withKeptPrices(
  plan: Plan,
  recheck: Recheck,
  kept: Readonly<KeptPrices>,
  thresholds: RecheckThresholds,
): Recheck {
  const budget = plan.spec.budget?.amount ?? null;
  if (Object.keys(kept).length === 0) return recheck;
  if (budget !== null && (recheck.cost.after === null || recheck.cost.after > budget)) return recheck;
  const settled = (key: string, now: { cost: number } | null): boolean => {
    const quote = kept[key];
    return now !== null && quote !== undefined && changePct(quote, now.cost) < thresholds.priceChangePct;
  };
  const legs = recheck.scope.legs.filter((i) => !settled(legKey(plan.legs[i]!), recheck.legs[i] ?? null));
  const stays = recheck.scope.stays.filter(
    (i) => !settled(stayKey(plan.stays[i]!), recheck.stays[i] ?? null),
  );
  return { ...recheck, scope: { ...recheck.scope, legs, stays } };
}
