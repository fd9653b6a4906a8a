import type { GroundMode, Restaurant, Stay } from '../domain/inventory.schema.js';
import type { CostBreakdown, PlanDay, StayBooking, TransportLeg } from '../domain/plan.schema.js';

/** Seats per vehicle: TravelPlanner's rule (a car carries 5, a taxi 4). */
export const SEATS_PER_VEHICLE: Record<GroundMode, number> = { 'self-driving': 5, taxi: 4 };

export function vehiclesFor(mode: GroundMode, travellers: number): number {
  return Math.ceil(travellers / SEATS_PER_VEHICLE[mode]);
}

export function roomsFor(stay: Pick<Stay, 'maximumOccupancy'>, travellers: number): number {
  return Math.ceil(travellers / stay.maximumOccupancy);
}

export function stayCost(
  stay: Pick<Stay, 'maximumOccupancy' | 'pricePerNight'>,
  travellers: number,
  nights: number,
): number {
  return stay.pricePerNight * roomsFor(stay, travellers) * nights;
}

export function mealCost(restaurant: Pick<Restaurant, 'averageCost'>, travellers: number): number {
  return restaurant.averageCost * travellers;
}

/** Breakfast + lunch + dinner of one day for the whole party. */
export function dayMealCost(
  day: Pick<PlanDay, 'breakfast' | 'lunch' | 'dinner'>,
  travellers: number,
): number {
  return [day.breakfast, day.lunch, day.dinner].reduce(
    (sum, meal) => sum + (meal ? mealCost(meal, travellers) : 0),
    0,
  );
}

/** Cost of a leg recomputed from its option (never trusts `leg.cost`). */
export function legCost(leg: TransportLeg, travellers: number): number {
  if (leg.mode === 'flight') return leg.flight.price * travellers;
  if (leg.mode === 'rail') return leg.train.price * travellers;
  return leg.route.cost * vehiclesFor(leg.mode, travellers);
}

export function roundMoney(amount: number): number {
  return Math.round(amount * 100) / 100;
}

/** The full cost of a plan, from its entities, by the rules in DESIGN.md. */
export function costBreakdown(
  parts: { legs: readonly TransportLeg[]; stays: readonly StayBooking[]; days: readonly PlanDay[] },
  travellers: number,
  budget: number | null,
  currency: string,
): CostBreakdown {
  const transport = parts.legs.reduce((sum, leg) => sum + legCost(leg, travellers), 0);
  const accommodation = parts.stays.reduce((sum, b) => sum + stayCost(b.stay, travellers, b.nights), 0);
  const meals = parts.days.reduce(
    (sum, day) =>
      sum +
      [day.breakfast, day.lunch, day.dinner].reduce(
        (s, meal) => s + (meal ? mealCost(meal, travellers) : 0),
        0,
      ),
    0,
  );
  return {
    transport: roundMoney(transport),
    accommodation: roundMoney(accommodation),
    meals: roundMoney(meals),
    total: roundMoney(transport + accommodation + meals),
    currency,
    budget,
  };
}
