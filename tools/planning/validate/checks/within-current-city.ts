import type { PlanDay, PlanDraft, TransportLeg } from '../../../domain/plan.schema.js';
import { sameName } from '../../names.js';
import { type CheckContext, type CheckResult, checkResult } from '../check-result.js';
import { legLabel, quoted } from '../format.js';
import { dayPlace, isSameDayReturn, legsOnDay, mealsOf, nightStays } from '../plan-view.js';

function isHere(city: string, day: PlanDay): boolean {
  return sameName(city, day.city) || (day.fromCity !== null && sameName(city, day.fromCity));
}

function activityProblems(day: PlanDay): string[] {
  const where = day.fromCity === null ? day.city : `${day.fromCity} or ${day.city}`;
  const problems: string[] = [];
  for (const { meal, restaurant } of mealsOf(day)) {
    if (!isHere(restaurant.city, day)) {
      problems.push(
        `day ${day.day}: ${meal} at ${quoted(restaurant.name)} is in ${restaurant.city}, but day ${day.day} ${dayPlace(day)}; pick a restaurant in ${where}`,
      );
    }
  }
  for (const sight of day.sights) {
    if (!isHere(sight.city, day)) {
      problems.push(
        `day ${day.day}: sight ${quoted(sight.name)} is in ${sight.city}, but day ${day.day} ${dayPlace(day)}; pick a sight in ${where}`,
      );
    }
  }
  return problems;
}

/** The legs of one day must lead from its departure city to its arrival city, in order. */
function legProblems(draft: PlanDraft): string[] {
  const problems: string[] = [];
  for (const leg of draft.legs) {
    if (!draft.days.some((d) => d.day === leg.day)) {
      problems.push(`the ${legLabel(leg)} is set on day ${leg.day}, which the plan does not have`);
    }
  }
  for (const day of draft.days) {
    const legs = legsOnDay(draft.legs, day.day);
    if (legs.length === 0) continue;
    if (day.fromCity === null) {
      for (const leg of legs) {
        problems.push(
          `day ${day.day}: the ${legLabel(leg)} is on a day spent entirely in ${day.city}; move it to the day that travels from ${leg.from} to ${leg.to}`,
        );
      }
      continue;
    }
    // A day trip's legs go to its city and back home the same day.
    if (!chains(legs, day.fromCity, day.city) && !isSameDayReturn(draft, day)) {
      const describe = legs.map((leg) => `the ${legLabel(leg)}`).join(' then ');
      problems.push(
        `day ${day.day} travels from ${day.fromCity} to ${day.city}, but its transport is ${describe}; the legs must lead from ${day.fromCity} to ${day.city}`,
      );
    }
  }
  return problems;
}

function chains(legs: readonly TransportLeg[], from: string, to: string): boolean {
  let at = from;
  for (const leg of legs) {
    if (!sameName(leg.from, at)) return false;
    at = leg.to;
  }
  return sameName(at, to);
}

/** Commonsense 3: meals, sights, stays and legs all happen where the day is. */
export function checkWithinCurrentCity({ draft, facts }: CheckContext): CheckResult {
  const problems: string[] = [];
  for (const day of draft.days) problems.push(...activityProblems(day));
  const dayCity = new Map(draft.days.map((d) => [d.day, d.city]));
  for (const night of nightStays(draft, facts.stays)) {
    const city = dayCity.get(night.day);
    if (city !== undefined && !sameName(night.city, city)) {
      problems.push(
        `day ${night.day}: accommodation ${quoted(night.name)} is in ${night.city}, but the night of day ${night.day} is spent in ${city}; book a stay in ${city}`,
      );
    }
  }
  for (const booking of draft.stays) {
    if (!sameName(booking.city, booking.stay.city)) {
      problems.push(
        `the booking of ${quoted(booking.stay.name)} (first night day ${booking.firstNight}) is filed under ${booking.city}, but the stay is in ${booking.stay.city}`,
      );
    }
  }
  problems.push(...legProblems(draft));
  return checkResult(problems);
}
