import type { Restaurant } from '../../domain/inventory.schema.js';
import type { PlanDay, PlanDraft } from '../../domain/plan.schema.js';
import { formatLeg, formatNamedPlace } from './plan-text.js';
import { EMPTY_FIELD, type TravelPlannerDay } from './travelplanner-day.schema.js';

function meal(restaurant: Restaurant | null): string {
  return restaurant ? formatNamedPlace(restaurant.name, restaurant.city) : EMPTY_FIELD;
}

/** The city of the night's stay: the booking's, else the day's (a day may name an unbooked stay). */
function accommodation(day: PlanDay, plan: Pick<PlanDraft, 'stays'>): string {
  if (day.accommodation === null) return EMPTY_FIELD;
  const booking = plan.stays.find(
    (b) => day.day >= b.firstNight && day.day < b.firstNight + b.nights && b.stay.name === day.accommodation,
  );
  return formatNamedPlace(day.accommodation, booking?.stay.city ?? day.city);
}

/**
 * Our plan in TravelPlanner's day-list format, for submission to its evaluator or for
 * `fromTravelPlannerPlan`. Cities are written as plain names (no "(State)" qualifier).
 */
export function toTravelPlannerPlan(plan: Pick<PlanDraft, 'days' | 'legs' | 'stays'>): TravelPlannerDay[] {
  return plan.days.map((day) => {
    const legs = plan.legs.filter((leg) => leg.day === day.day);
    return {
      days: day.day,
      current_city: day.fromCity === null ? day.city : `from ${day.fromCity} to ${day.city}`,
      transportation: legs.length === 0 ? EMPTY_FIELD : legs.map(formatLeg).join('; '),
      breakfast: meal(day.breakfast),
      attraction:
        day.sights.length === 0
          ? EMPTY_FIELD
          : day.sights.map((sight) => `${formatNamedPlace(sight.name, sight.city)};`).join(''),
      lunch: meal(day.lunch),
      dinner: meal(day.dinner),
      accommodation: accommodation(day, plan),
    };
  });
}
