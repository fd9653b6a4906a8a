import type { PlanDay, PlanDraft } from '../../../domain/plan.schema.js';
import { overnightArrival } from '../../leg-times.js';
import { mealFitsAfter, sightFitsAfter } from '../../meal-slots.js';
import { entityKey, nameKey, sameName } from '../../names.js';
import { nightInTransit } from '../../transit-nights.js';
import { type CheckContext, type CheckResult, checkResult } from '../check-result.js';
import { listText } from '../format.js';
import { dayPlace, expectedDate, legsOnDay, MEALS, visitedCities } from '../plan-view.js';
import type { WorldFacts } from '../world-facts.js';

/** TravelPlanner's per-day fields: transportation, breakfast, attraction, lunch, dinner, accommodation. */
const FIELDS_PER_DAY = 6;

function filledFields(day: PlanDay, draft: PlanDraft): number {
  return [
    legsOnDay(draft.legs, day.day).length > 0,
    day.breakfast !== null,
    day.sights.length > 0,
    day.lunch !== null,
    day.dinner !== null,
    day.accommodation !== null,
  ].filter(Boolean).length;
}

function shapeProblems(draft: PlanDraft): string[] {
  const { spec, days } = draft;
  const problems: string[] = [];
  if (days.length !== spec.days) {
    problems.push(
      `the plan has ${days.length} days but the trip is ${spec.days} days long; plan exactly days 1–${spec.days}`,
    );
  }
  days.forEach((day, index) => {
    if (day.day !== index + 1) {
      problems.push(
        `the day in position ${index + 1} is numbered ${day.day}; number the days 1, 2, 3, … in order`,
      );
    }
    const date = expectedDate(spec, index + 1);
    if (day.date !== date) {
      problems.push(
        `day ${day.day} is dated ${day.date} but should be ${date} (the trip starts ${spec.startDate})`,
      );
    }
  });
  return problems;
}

function cityCountProblems(draft: PlanDraft): string[] {
  const { destination } = draft.spec;
  const expected =
    destination.kind === 'city'
      ? 1
      : destination.kind === 'cities'
        ? destination.stops.length
        : destination.cityCount;
  const visited = visitedCities(draft);
  if (visited.length === expected) return [];
  const target =
    destination.kind === 'city'
      ? `exactly 1 city (${destination.city})`
      : destination.kind === 'cities'
        ? `${expected} ${expected === 1 ? 'city' : 'cities'} (${listText(destination.stops.map((s) => s.city))})`
        : `${expected} ${expected === 1 ? 'city' : 'cities'} in ${destination.region}`;
  const seen =
    visited.length === 0
      ? 'no city besides the origin'
      : `${visited.length} ${visited.length === 1 ? 'city' : 'cities'} (${listText(visited)})`;
  return [`the plan visits ${seen} but the request asks for ${target}`];
}

/**
 * Cities whose every known sight the plan already visits: on an ordinary long stay a full day
 * there may be a free day. TravelPlanner's rules still want a sight on every full day.
 */
function exhaustedCities(draft: PlanDraft, facts: WorldFacts): Set<string> {
  const exhausted = new Set<string>();
  if (draft.spec.ruleset === 'travelplanner') return exhausted;
  const planned = new Set(draft.days.flatMap((d) => d.sights.map((s) => entityKey(s.name, s.city))));
  for (const [cityKey, sights] of facts.sights) {
    if (sights.length > 0 && sights.every((s) => planned.has(entityKey(s.name, s.city))))
      exhausted.add(cityKey);
  }
  return exhausted;
}

function dayProblems(day: PlanDay, draft: PlanDraft, isLast: boolean, exhausted: Set<string>): string[] {
  const problems: string[] = [];
  if (day.fromCity !== null) {
    if (sameName(day.fromCity, day.city)) {
      problems.push(
        `day ${day.day} travels from ${day.city} to itself; a day without travel must have no departure city`,
      );
    }
    if (legsOnDay(draft.legs, day.day).length === 0) {
      problems.push(`day ${day.day} ${dayPlace(day)} but has no transport leg; add one`);
    }
  } else {
    // A day starting with an overnight arrival (London → Tokyo lands at 12:48) has only the meals after it.
    const start = overnightArrival(draft.legs, day.day);
    const missing = MEALS.filter((meal) => day[meal] === null && mealFitsAfter(meal, start));
    if (missing.length > 0) {
      problems.push(
        `day ${day.day} in ${day.city} has no ${listText(missing, 'or')}; a full day needs breakfast, lunch and dinner`,
      );
    }
    if (day.sights.length === 0 && !exhausted.has(nameKey(day.city)) && sightFitsAfter(start)) {
      problems.push(`day ${day.day} in ${day.city} has no sight; add at least one sight in ${day.city}`);
    }
  }
  // A night on an overnight flight needs no bed (see transit-nights.ts).
  if (!isLast && day.accommodation === null && !nightInTransit(draft.legs, day.day, draft.spec.ruleset)) {
    problems.push(`day ${day.day} has no accommodation; book a stay in ${day.city} for that night`);
  }
  return problems;
}

/**
 * Commonsense 2: the right days and cities, and every day filled enough to be followed (a full
 * day without a sight only once an ordinary trip has visited every sight of its city).
 */
export function checkCompleteInformation({ draft, facts }: CheckContext): CheckResult {
  const problems = [...shapeProblems(draft), ...cityCountProblems(draft)];
  const exhausted = exhaustedCities(draft, facts);
  draft.days.forEach((day, index) => {
    problems.push(...dayProblems(day, draft, index === draft.days.length - 1, exhausted));
  });
  const total = draft.days.length * FIELDS_PER_DAY;
  const filled = draft.days.reduce((sum, day) => sum + filledFields(day, draft), 0);
  if (total > 0 && filled * 2 < total) {
    problems.push(
      `only ${filled} of ${total} plan fields (transport, breakfast, sights, lunch, dinner, accommodation per day) are filled; fill at least ${Math.ceil(total / 2)}`,
    );
  }
  return checkResult(problems);
}
