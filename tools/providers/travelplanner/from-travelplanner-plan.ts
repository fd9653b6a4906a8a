import { addDays } from '../../domain/common.schema.js';
import type { Restaurant, Stay } from '../../domain/inventory.schema.js';
import type { PlanDay, PlanDraft, StayBooking, TransportLeg } from '../../domain/plan.schema.js';
import type { TripSpec } from '../../domain/trip-spec.schema.js';
import { roomsFor, stayCost, vehiclesFor } from '../../planning/cost.js';
import { entityKey, nameKey, sameName } from '../../planning/names.js';
import { cityTimeline } from '../../planning/validate/plan-view.js';
import type { WorldProvider } from '../world-provider.js';
import { createPlanEntityResolver, type PlanEntityResolver } from './plan-entity-resolver.js';
import { isEmptyField, readCurrentCity, readTransportation, splitAttractions } from './plan-text.js';
import type { TravelPlannerDay } from './travelplanner-day.schema.js';

async function mealOf(text: string, resolver: PlanEntityResolver): Promise<Restaurant | null> {
  return isEmptyField(text) ? null : resolver.restaurant(text);
}

/** The day's legs, with cities taken from the leg text or, failing that, from current_city. */
async function legsOf(
  tp: TravelPlannerDay,
  day: PlanDay,
  spec: TripSpec,
  resolver: PlanEntityResolver,
): Promise<TransportLeg[]> {
  const date = addDays(spec.startDate, day.day - 1);
  return Promise.all(
    readTransportation(tp.transportation).map(async (text): Promise<TransportLeg> => {
      const from = text.from === undefined ? (day.fromCity ?? day.city) : resolver.city(text.from);
      const to = text.to === undefined ? day.city : resolver.city(text.to);
      if (text.mode === 'flight' || text.mode === 'unknown') {
        // Unreadable transport is kept as a flight whose "number" is the text: within-sandbox rejects it.
        const flight = await resolver.flight(text, from, to, date);
        return { mode: 'flight', day: day.day, from, to, flight, cost: flight.price * spec.travellers };
      }
      const route = await resolver.groundRoute(text, from, to);
      const vehicles = vehiclesFor(text.mode, spec.travellers);
      return { mode: text.mode, day: day.day, from, to, route, vehicles, cost: route.cost * vehicles };
    }),
  );
}

/** Consecutive nights at the same stay become one booking, as a traveller would book them. */
function bookingsOf(nights: readonly { day: number; stay: Stay }[], travellers: number): StayBooking[] {
  const bookings: StayBooking[] = [];
  for (const { day, stay } of nights) {
    const last = bookings[bookings.length - 1];
    const continues =
      last !== undefined &&
      last.firstNight + last.nights === day &&
      entityKey(last.stay.name, last.stay.city) === entityKey(stay.name, stay.city);
    if (last && continues) {
      last.nights += 1;
      last.cost = stayCost(stay, travellers, last.nights);
    } else {
      const rooms = roomsFor(stay, travellers);
      bookings.push({
        city: stay.city,
        stay,
        firstNight: day,
        nights: 1,
        rooms,
        cost: stayCost(stay, travellers, 1),
      });
    }
  }
  return bookings;
}

/** The route summary the days imply, computed the way the validator reads the days. */
function routeOf(days: readonly PlanDay[], origin: string): PlanDraft['route'] {
  const stops = cityTimeline(days).filter((block) => nameKey(block.city) !== nameKey(origin));
  return {
    cities: stops.map((block) => block.city),
    nights: stops.map(
      (block) =>
        days.filter(
          (d) =>
            d.day >= block.firstDay &&
            d.day <= block.lastDay &&
            d.day < days.length &&
            sameName(d.city, block.city),
        ).length,
    ),
  };
}

/**
 * A TravelPlanner day-list plan as our PlanDraft, every name resolved against `world` so the
 * validator judges it like one of ours. Day numbers follow the list's order (TravelPlanner's
 * evaluator ignores the `days` field) and dates follow `spec.startDate`. Costs, vehicles and
 * rooms are derived from the resolved records with cost.ts, so only the choices are judged.
 */
export async function fromTravelPlannerPlan(
  days: readonly TravelPlannerDay[],
  spec: TripSpec,
  world: WorldProvider,
): Promise<PlanDraft> {
  const resolver = createPlanEntityResolver(world);
  const converted = await Promise.all(
    days.map(async (tp, index) => {
      const where = readCurrentCity(tp.current_city);
      const [breakfast, lunch, dinner, sights, stay] = await Promise.all([
        mealOf(tp.breakfast, resolver),
        mealOf(tp.lunch, resolver),
        mealOf(tp.dinner, resolver),
        Promise.all(splitAttractions(tp.attraction).map((item) => resolver.sight(item))),
        isEmptyField(tp.accommodation) ? undefined : resolver.stay(tp.accommodation),
      ]);
      const day: PlanDay = {
        day: index + 1,
        date: addDays(spec.startDate, index),
        fromCity: where.from === undefined ? null : resolver.city(where.from),
        city: resolver.city(where.to),
        breakfast,
        lunch,
        dinner,
        sights,
        accommodation: stay?.name ?? null,
        notes: [],
      };
      return { day, stay, legs: await legsOf(tp, day, spec, resolver) };
    }),
  );
  const planDays = converted.map((c) => c.day);
  const nights = converted.flatMap((c) => (c.stay ? [{ day: c.day.day, stay: c.stay }] : []));
  return {
    spec,
    route: routeOf(planDays, spec.origin),
    legs: converted.flatMap((c) => c.legs),
    stays: bookingsOf(nights, spec.travellers),
    days: planDays,
  };
}
