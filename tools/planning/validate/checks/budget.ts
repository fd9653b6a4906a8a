import type { CostBreakdown, PlanDraft } from '../../../domain/plan.schema.js';
import { budgetCeiling } from '../../approximate-budget.js';
import { costBreakdown, legCost, roomsFor, stayCost, vehiclesFor } from '../../cost.js';
import { formatMoney } from '../../money.js';
import { type CheckContext, type CheckResult, checkResult } from '../check-result.js';
import { dayRange, legLabel, quoted } from '../format.js';
import { bookedNights } from '../plan-view.js';

/** Half a cent: recorded amounts are rounded to cents. */
const TOLERANCE = 0.005;

function differs(a: number, b: number): boolean {
  return Math.abs(a - b) > TOLERANCE;
}

function travellersText(n: number): string {
  return n === 1 ? '1 traveller' : `${n} travellers`;
}

/** Recorded per-leg and per-booking figures must equal what cost.ts derives from the entities. */
function misstatedParts(draft: PlanDraft, currency: string): string[] {
  const { travellers } = draft.spec;
  const money = (n: number): string => formatMoney(n, currency);
  const problems: string[] = [];
  for (const leg of draft.legs) {
    const cost = legCost(leg, travellers);
    if (
      (leg.mode === 'self-driving' || leg.mode === 'taxi') &&
      leg.vehicles !== vehiclesFor(leg.mode, travellers)
    ) {
      problems.push(
        `day ${leg.day}: the ${legLabel(leg)} records ${leg.vehicles} vehicle(s), but ${travellersText(travellers)} need ${vehiclesFor(leg.mode, travellers)}`,
      );
    }
    if (differs(leg.cost, cost)) {
      problems.push(
        `day ${leg.day}: the ${legLabel(leg)} records cost ${money(leg.cost)}, but it costs ${money(cost)} for ${travellersText(travellers)}`,
      );
    }
  }
  for (const booking of draft.stays) {
    const subject = `${dayRange(bookedNights(booking))}: the booking of ${quoted(booking.stay.name)}`;
    const rooms = roomsFor(booking.stay, travellers);
    if (booking.rooms !== rooms) {
      problems.push(
        `${subject} records ${booking.rooms} room(s), but ${travellersText(travellers)} need ${rooms} (at most ${booking.stay.maximumOccupancy} per room)`,
      );
    }
    const cost = stayCost(booking.stay, travellers, booking.nights);
    if (differs(booking.cost, cost)) {
      problems.push(
        `${subject} records cost ${money(booking.cost)}, but ${rooms} room(s) × ${booking.nights} night(s) cost ${money(cost)}`,
      );
    }
  }
  return problems;
}

function misstatedTotals(recorded: CostBreakdown, actual: CostBreakdown, currency: string): string[] {
  const parts = ['transport', 'accommodation', 'meals', 'total'] as const;
  return parts
    .filter((part) => differs(recorded[part], actual[part]))
    .map(
      (part) =>
        `the plan states ${part} cost ${formatMoney(recorded[part], currency)}, but its entities cost ${formatMoney(actual[part], currency)}; restate the cost breakdown`,
    );
}

/**
 * Hard: the total recomputed from the entities (never from recorded costs) is within the budget,
 * or, for a hedged one ("around $1,500"), within the tenth over it the solver may take when
 * nothing fits (approximate-budget.ts).
 */
export function checkBudget({ draft, recordedCost }: CheckContext): CheckResult {
  const { budget, travellers } = draft.spec;
  if (!budget) return checkResult([]);
  const currency = budget.currency;
  const actual = costBreakdown(draft, travellers, budget.amount, currency);
  const problems: string[] = [];
  if (actual.total > (budgetCeiling(draft.spec) ?? budget.amount) + TOLERANCE) {
    problems.push(
      `the plan costs ${formatMoney(actual.total, currency)} in total (transport ${formatMoney(actual.transport, currency)}, stays ${formatMoney(actual.accommodation, currency)}, meals ${formatMoney(actual.meals, currency)} for ${travellersText(travellers)}), ${formatMoney(actual.total - budget.amount, currency)} over the budget of ${formatMoney(budget.amount, currency)}; choose cheaper transport, stays or meals`,
    );
  }
  problems.push(...misstatedParts(draft, currency));
  if (recordedCost) problems.push(...misstatedTotals(recordedCost, actual, currency));
  return checkResult(problems);
}
