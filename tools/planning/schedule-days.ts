import type { Restaurant } from '../domain/inventory.schema.js';
import type { PlanDay, TransportLeg } from '../domain/plan.schema.js';
import { dayMealCost } from './cost.js';
import { type DayFrame, dayFrames } from './day-frames.js';
import { formatClock, legTimes } from './leg-times.js';
import { grandestAtDinner } from './meal-order.js';
import { cheapestMealPlan, type MealPicks, mealPools } from './meal-plan.js';
import { type MealKind, mealSlots, sightSlots } from './meal-slots.js';
import { luxuryMealQuality, upgradeMealPlan } from './meal-upgrade.js';
import { fitsBudget, formatMoney } from './money.js';
import { nameKey } from './names.js';
import type { ScheduleInput, ScheduleOutcome } from './planning.types.js';
import { planSights } from './sight-plan.js';

/**
 * Fills every day of a solved trip with meals and sights. Meals start from the same
 * cheapest plan the solver reserved money for (so a solved trip schedules), then improve
 * within `selection.mealBudget`; sights follow the pace and interests. No sight repeats; a
 * restaurant repeats only when its city runs out, after the ruleset's gap (never under
 * TravelPlanner's rules). Every spare travel-day meal is filled while the budget pays for it.
 * Days in `input.keep` are returned as given and the others are scheduled around them: their
 * names are not reused, their cuisines count as covered and their meals come out of the budget.
 */
export function scheduleDays(input: ScheduleInput): ScheduleOutcome {
  const { spec, selection } = input;
  const kept = new Map((input.keep ?? []).map((d) => [d.day, d]));
  const keptDays = [...kept.values()];
  const frames = dayFrames(spec, selection.route, selection.legs);
  const open = frames.filter((f) => !kept.has(f.day));
  const slots = mealSlots(spec, open);
  const keptMeals = keptDays.flatMap((d) => [d.breakfast, d.lunch, d.dinner]).filter((r) => r !== null);
  const pools = mealPools(
    spec,
    input.restaurants,
    [...(input.avoid?.restaurants ?? []), ...keptMeals.map((r) => r.name)],
    input.countries,
  );
  const served = new Set(keptMeals.flatMap((r) => r.cuisines.map(nameKey)));
  pools.cuisines = pools.cuisines.filter((c) => !served.has(nameKey(c)));
  const keptMealCost = keptDays.reduce((sum, d) => sum + dayMealCost(d, spec.travellers), 0);
  const mealBudget = selection.mealBudget === null ? null : selection.mealBudget - keptMealCost;
  const base = cheapestMealPlan(pools, slots);
  if (!base.feasible) return base;
  if (!fitsBudget(base.cost, mealBudget)) {
    const currency = spec.budget?.currency ?? 'USD';
    const fixed =
      selection.legs.reduce((sum, leg) => sum + leg.cost, 0) +
      selection.stays.reduce((sum, s) => sum + s.cost, 0);
    return {
      feasible: false,
      infeasibility: {
        code: 'over-budget',
        cheapestTotal: Math.round((fixed + base.cost) * 100) / 100,
        reasons: [
          `the cheapest meals cost ${formatMoney(base.cost, currency)}, more than the ` +
            `${formatMoney(mealBudget ?? 0, currency)} the budget leaves for meals`,
        ],
      },
    };
  }
  const luxury = spec.preferences.comfort === 'luxury';
  const upgraded = upgradeMealPlan(pools, slots, base.picks, {
    budget: mealBudget,
    preferred: input.preferred?.restaurants ?? [],
    ...(luxury ? { quality: luxuryMealQuality(pools), grandBreakfasts: true } : {}),
  });
  // A luxury day dines at its grandest table rather than breakfasting there.
  const picks = luxury ? grandestAtDinner(slots, upgraded, spec.ruleset) : upgraded;
  const meals = new Map<string, Restaurant>();
  slots.forEach((slot, i) => {
    const pick = (picks as MealPicks)[i];
    if (pick) meals.set(`${slot.day}:${slot.meal}`, pick);
  });
  const sights = planSights(spec, sightSlots(spec, open), input.sights, {
    preferred: input.preferred?.sights ?? [],
    avoid: [...(input.avoid?.sights ?? []), ...keptDays.flatMap((d) => d.sights.map((s) => s.name))],
  });

  const days = frames.map((frame): PlanDay => {
    const keep = kept.get(frame.day);
    if (keep) return keep;
    const meal = (kind: MealKind): Restaurant | null => meals.get(`${frame.day}:${kind}`) ?? null;
    const shortage = sights.shortages.get(frame.day);
    return {
      day: frame.day,
      date: frame.date,
      fromCity: frame.fromCity,
      city: frame.city,
      breakfast: meal('breakfast'),
      lunch: meal('lunch'),
      dinner: meal('dinner'),
      sights: sights.byDay.get(frame.day) ?? [],
      accommodation: accommodationFor(input, frame),
      notes: [...(frame.leg ? [describeLeg(frame.leg)] : []), ...(shortage ? [shortage] : [])],
    };
  });
  return { feasible: true, days };
}

function accommodationFor(input: ScheduleInput, frame: DayFrame): string | null {
  if (frame.nightCity === null) return null;
  const booking = input.selection.stays.find(
    (b) => b.firstNight <= frame.day && frame.day < b.firstNight + b.nights,
  );
  return booking?.stay.name ?? null;
}

/** "Flight F3573659 St. Petersburg → Rockford, 15:40–17:04" or "Self-driving Denver → Aspen, 08:00–11:45". */
function describeLeg(leg: TransportLeg): string {
  const { departure, arrival } = legTimes(leg);
  const times = `${formatClock(departure)}–${formatClock(arrival)}${arrival >= 24 * 60 ? ' (+1 day)' : ''}`;
  if (leg.mode === 'flight') return `Flight ${leg.flight.flightNumber} ${leg.from} → ${leg.to}, ${times}`;
  if (leg.mode === 'rail') return `Train ${leg.train.trainNumber} ${leg.from} → ${leg.to}, ${times}`;
  const mode = leg.mode === 'taxi' ? 'Taxi' : 'Self-driving';
  const vehicles = leg.vehicles > 1 ? ` (${leg.vehicles} vehicles)` : '';
  return `${mode} ${leg.from} → ${leg.to}${vehicles}, ${times}`;
}
