import type { Plan, StayBooking, TransportLeg } from '../../domain/plan.schema.js';
import type { WorldProvider } from '../../providers/world-provider.js';
import { stayCost } from '../cost.js';
import { formatMoney } from '../money.js';
import { stayDates } from '../stay-dates.js';
import type { Finding, Recheck, RecheckThresholds } from './repair.types.js';

/** A day counts as wet from this chance of rain on (the itinerary agent's own threshold). */
export const WET_CHANCE = 0.6;

/** Percent change from `before` to `after`, one decimal (0 when before is 0). */
export function changePct(before: number, after: number): number {
  return before === 0 ? 0 : Math.round(((after - before) / before) * 1000) / 10;
}

/** The leg as the world quotes it now; null when it no longer runs. */
async function requoteLeg(world: WorldProvider, leg: TransportLeg, travellers: number) {
  if (leg.mode === 'flight') {
    const query = { from: leg.from, to: leg.to, date: leg.flight.date, travellers };
    const flight = await world.requoteFlight(leg.flight, query);
    return flight ? { ...leg, flight, cost: flight.price * travellers } : null;
  }
  if (leg.mode === 'rail') {
    const trains = await world.searchTrains({ from: leg.from, to: leg.to, date: leg.train.date });
    const train = trains.find((t) => t.trainNumber === leg.train.trainNumber);
    return train ? { ...leg, train, cost: train.price * travellers } : null;
  }
  const route = await world.groundRoute({ from: leg.from, to: leg.to, mode: leg.mode });
  return route ? { ...leg, route, cost: route.cost * leg.vehicles } : null;
}

/** The booking at today's price for its own nights; null when the stay can no longer be booked. */
async function requoteStay(world: WorldProvider, plan: Plan, booking: StayBooking) {
  const { travellers } = plan.spec;
  const query = { city: booking.city, ...stayDates(plan.spec, booking), travellers };
  const stay = await world.requoteStay(booking.stay, query);
  return stay ? { ...booking, stay, cost: stayCost(stay, travellers, booking.nights) } : null;
}

function legLabel(leg: TransportLeg): string {
  if (leg.mode === 'flight')
    return `flight ${leg.flight.flightNumber} ${leg.from} → ${leg.to} on day ${leg.day}`;
  if (leg.mode === 'rail') return `train ${leg.train.trainNumber} ${leg.from} → ${leg.to} on day ${leg.day}`;
  return `${leg.mode} ${leg.from} → ${leg.to} on day ${leg.day}`;
}

/**
 * Re-quotes every leg and stay of a plan and reads the weather of its days. Deterministic given
 * the world; makes no model call. `weatherBefore` is the chance of rain per date at the previous
 * check: a day only "turns" wet against a baseline (a plan made in the rain already accounts for it).
 */
export async function recheckPlan(
  world: WorldProvider,
  plan: Plan,
  thresholds: RecheckThresholds,
  weatherBefore: Readonly<Record<string, number>> = {},
): Promise<Recheck> {
  const { travellers } = plan.spec;
  const currency = plan.cost.currency;
  const legs = await Promise.all(plan.legs.map((leg) => requoteLeg(world, leg, travellers)));
  const stays = await Promise.all(plan.stays.map((booking) => requoteStay(world, plan, booking)));
  const findings: Finding[] = [];

  plan.legs.forEach((leg, index) => {
    const now = legs[index];
    const label = legLabel(leg);
    if (!now) {
      findings.push({ kind: 'leg-gone', index, day: leg.day, message: `${label} no longer runs` });
      return;
    }
    if (
      leg.mode === 'flight' &&
      now.mode === 'flight' &&
      (leg.flight.departureTime !== now.flight.departureTime ||
        leg.flight.arrivalTime !== now.flight.arrivalTime)
    ) {
      findings.push({
        kind: 'leg-retimed',
        index,
        day: leg.day,
        message: `${label} now leaves ${now.flight.departureTime} (was ${leg.flight.departureTime}) and lands ${now.flight.arrivalTime}`,
      });
    }
    const pct = changePct(leg.cost, now.cost);
    if (pct !== 0) {
      findings.push({
        kind: 'leg-price',
        index,
        day: leg.day,
        before: leg.cost,
        after: now.cost,
        changePct: pct,
        message: `${label} costs ${formatMoney(now.cost, currency)} (was ${formatMoney(leg.cost, currency)}, ${pct > 0 ? '+' : ''}${pct}%)`,
      });
    }
  });

  plan.stays.forEach((booking, index) => {
    const now = stays[index];
    const label = `${booking.stay.name} in ${booking.city}`;
    if (!now) {
      findings.push({ kind: 'stay-gone', index, city: booking.city, message: `${label} is sold out` });
      return;
    }
    const pct = changePct(booking.cost, now.cost);
    if (pct !== 0) {
      findings.push({
        kind: 'stay-price',
        index,
        city: booking.city,
        before: booking.cost,
        after: now.cost,
        changePct: pct,
        message: `${label} costs ${formatMoney(now.cost, currency)} (was ${formatMoney(booking.cost, currency)}, ${pct > 0 ? '+' : ''}${pct}%)`,
      });
    }
  });

  const weatherNow: Record<string, number> = {};
  const outlooks = await Promise.all(
    plan.days.map((day) => world.weather({ city: day.city, date: day.date })),
  );
  plan.days.forEach((day, i) => {
    const outlook = outlooks[i];
    if (!outlook) return;
    weatherNow[day.date] = outlook.precipitationChance;
    const before = weatherBefore[day.date];
    const turned = before !== undefined && before < WET_CHANCE && outlook.precipitationChance >= WET_CHANCE;
    if (turned && day.sights.length > 0) {
      findings.push({
        kind: 'weather',
        day: day.day,
        city: day.city,
        message: `day ${day.day} in ${day.city} turned wet: ${outlook.summary} (${Math.round(outlook.precipitationChance * 100)}% chance of rain)`,
      });
    }
  });

  const fixed = (list: readonly ({ cost: number } | null)[]) =>
    list.reduce((sum, x) => sum + (x?.cost ?? 0), 0);
  const meals = plan.cost.meals;
  const complete = legs.every((l) => l !== null) && stays.every((s) => s !== null);
  const after = Math.round((fixed(legs) + fixed(stays) + meals) * 100) / 100;
  const cost = {
    before: plan.cost.total,
    after: complete ? after : null,
    changePct: complete ? changePct(plan.cost.total, after) : null,
    currency,
  };
  return { legs, stays, findings, cost, weatherNow, scope: repairScope(plan, findings, cost, thresholds) };
}

/**
 * What a repair must re-shop: legs that vanished or whose price rose past the threshold, the same
 * for stays, days whose weather turned; and when the plan no longer fits the budget or its total
 * moved past the threshold, every item that got dearer. Empty scope: record the check and stop.
 */
function repairScope(
  plan: Plan,
  findings: readonly Finding[],
  cost: Recheck['cost'],
  thresholds: RecheckThresholds,
): Recheck['scope'] {
  const legs = new Set<number>();
  const stays = new Set<number>();
  const days = new Set<number>();
  const retimed = new Set<number>();
  for (const f of findings) {
    if (f.kind === 'leg-gone') legs.add(f.index);
    if (f.kind === 'stay-gone') stays.add(f.index);
    if (f.kind === 'leg-price' && f.changePct >= thresholds.priceChangePct) legs.add(f.index);
    if (f.kind === 'stay-price' && f.changePct >= thresholds.priceChangePct) stays.add(f.index);
    if (f.kind === 'leg-retimed') retimed.add(f.index);
    if (f.kind === 'weather' && thresholds.weather) days.add(f.day);
  }
  const budget = plan.spec.budget?.amount ?? null;
  const overBudget = budget !== null && cost.after !== null && cost.after > budget;
  const movedPastThreshold = cost.changePct !== null && Math.abs(cost.changePct) >= thresholds.priceChangePct;
  if (overBudget || (movedPastThreshold && cost.changePct! > 0)) {
    for (const f of findings) {
      if (f.kind === 'leg-price' && f.after > f.before) legs.add(f.index);
      if (f.kind === 'stay-price' && f.after > f.before) stays.add(f.index);
    }
  }
  return {
    legs: [...legs].sort((a, b) => a - b),
    stays: [...stays].sort((a, b) => a - b),
    days: [...days].sort((a, b) => a - b),
    retimedLegs: [...retimed].sort((a, b) => a - b),
    // A total that fell past the threshold is worth a new version at today's prices.
    reprice: movedPastThreshold,
  };
}

/** Whether a recheck calls for a new version at all. */
export function needsRepair(recheck: Recheck): boolean {
  const { scope } = recheck;
  return (
    scope.legs.length + scope.stays.length + scope.days.length + scope.retimedLegs.length > 0 || scope.reprice
  );
}
