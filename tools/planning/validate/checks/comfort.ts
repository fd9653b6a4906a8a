import { roomTypeSatisfies } from '../../../domain/common.schema.js';
import type { Stay } from '../../../domain/inventory.schema.js';
import type { StayBooking } from '../../../domain/plan.schema.js';
import { stayTier, TIER_RANK, targetTier } from '../../comfort.js';
import { costBreakdown, stayCost } from '../../cost.js';
import { flightTimeBreaches } from '../../flight-times.js';
import { formatMoney } from '../../money.js';
import { nameKey, sameName } from '../../names.js';
import { type CheckContext, type CheckResult, checkResult } from '../check-result.js';
import { dayRange, legLabel, quoted } from '../format.js';
import { bookedNights, expectedDate } from '../plan-view.js';
import { flightKey } from '../world-facts.js';

/** Stays the party could have booked instead: the same hard rules the solver applies. */
function alternatives(context: CheckContext, booking: StayBooking): Stay[] {
  const { roomType, houseRules } = context.draft.spec.constraints;
  return (context.facts.stays.get(nameKey(booking.city)) ?? []).filter(
    (s) =>
      !sameName(s.name, booking.stay.name) &&
      (roomType === null || roomTypeSatisfies(s.roomType, roomType)) &&
      !s.forbids.some((rule) => houseRules.includes(rule)) &&
      s.minimumNights <= booking.nights,
  );
}

function describe(stay: Stay): string {
  return `${quoted(stay.name)} (${stayTier(stay)}, ${stay.roomType}, ★${stay.rating})`;
}

/**
 * Hard: the stays match the comfort wish as far as the money allows. Luxury or mid-range: no
 * stay below the wished tier while a better eligible one fits the money the plan leaves unspent.
 * Budget: no luxury stay while a cheaper eligible one exists. Cheapest: no stay dearer than an
 * eligible one, and no flight or train dearer than another of its mode listed for the hop that
 * day (flights within the flight-time wishes).
 */
export function checkComfort(context: CheckContext): CheckResult {
  const { draft } = context;
  const { spec } = draft;
  const comfort = spec.preferences.comfort;
  if (comfort === null) return checkResult([]);
  const currency = spec.budget?.currency ?? 'USD';
  const total = costBreakdown(draft, spec.travellers, spec.budget?.amount ?? null, currency).total;
  const left = spec.budget === null ? Number.POSITIVE_INFINITY : spec.budget.amount - total;
  const target = targetTier(comfort);
  const problems: string[] = [];
  for (const booking of draft.stays) {
    const { stay, nights } = booking;
    const now = stayCost(stay, spec.travellers, nights);
    const priced = alternatives(context, booking).map((s) => ({
      s,
      extra: stayCost(s, spec.travellers, nights) - now,
    }));
    const where = `${dayRange(bookedNights(booking))}: ${describe(stay)} in ${booking.city}`;
    if (target === 'luxury' || target === 'mid-range') {
      const rank = Math.min(TIER_RANK[stayTier(stay)], TIER_RANK[target]);
      const better = priced
        .filter(
          ({ s, extra }) =>
            Math.min(TIER_RANK[stayTier(s)], TIER_RANK[target]) > rank && extra <= left + 0.005,
        )
        .sort((a, b) => a.extra - b.extra)[0];
      if (better) {
        const money = Number.isFinite(left)
          ? ` within the ${formatMoney(Math.max(0, left), currency)} the plan leaves unspent`
          : '';
        problems.push(
          `${where} is below the ${target} comfort the party asked for, and ${describe(better.s)} fits${money}; book it instead`,
        );
      }
    } else if (target === 'budget') {
      const cheaper = priced.find(({ s, extra }) => stayTier(s) !== 'luxury' && extra < 0);
      if (stayTier(stay) === 'luxury' && cheaper) {
        problems.push(
          `${where} is a luxury stay on a budget trip; ${describe(cheaper.s)} is cheaper; book it instead`,
        );
      }
    } else {
      const cheapest = priced.sort((a, b) => a.extra - b.extra)[0];
      if (cheapest && cheapest.extra < -0.005) {
        problems.push(
          `${where} is not the cheapest stay the party could book: ${describe(cheapest.s)} costs ${formatMoney(-cheapest.extra, currency)} less; the party asked for the cheapest trip`,
        );
      }
    }
  }
  if (comfort === 'cheapest') problems.push(...dearerLegs(context, currency));
  return checkResult(problems);
}

/** Flights and trains dearer than the cheapest of their mode on the hop that day. */
function dearerLegs({ draft, facts }: CheckContext, currency: string): string[] {
  const { spec } = draft;
  return draft.legs.flatMap((leg) => {
    if (leg.mode !== 'flight' && leg.mode !== 'rail') return [];
    const key = flightKey(leg.from, leg.to, expectedDate(spec, leg.day));
    const fares =
      leg.mode === 'flight'
        ? (facts.flights.get(key) ?? [])
            .filter((f) => flightTimeBreaches(f, spec.constraints.flightTimes).length === 0)
            .map((f) => ({ number: f.flightNumber, price: f.price }))
        : (facts.trains.get(key) ?? []).map((t) => ({ number: t.trainNumber, price: t.price }));
    const cheapest = [...fares].sort((a, b) => a.price - b.price)[0];
    if (!cheapest || cheapest.price * spec.travellers >= leg.cost - 0.005) return [];
    const saving = formatMoney(leg.cost - cheapest.price * spec.travellers, currency);
    return [
      `day ${leg.day}: the ${legLabel(leg)} is not the cheapest: ${cheapest.number} costs ${saving} less for the party, and the party asked for the cheapest trip`,
    ];
  });
}
