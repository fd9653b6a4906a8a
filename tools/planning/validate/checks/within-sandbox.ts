import type {
  Flight,
  GroundRoute,
  Restaurant,
  Sight,
  Stay,
  Train,
} from '../../../domain/inventory.schema.js';
import type { FlightLeg, GroundLeg, PlanDraft, RailLeg } from '../../../domain/plan.schema.js';
import { nameKey } from '../../names.js';
import { type CheckContext, type CheckResult, checkResult } from '../check-result.js';
import { dayRange, legLabel, listText, quoted } from '../format.js';
import { bookedNights, expectedDate, findByName, mealsOf, nightStays } from '../plan-view.js';
import { flightKey, groundKey, type WorldFacts } from '../world-facts.js';
import { type FieldSpec, fieldMismatches } from './field-mismatches.js';

const FLIGHT_FIELDS: readonly FieldSpec<Flight>[] = [
  { key: 'from', label: 'origin' },
  { key: 'to', label: 'destination' },
  { key: 'date', label: 'date' },
  { key: 'departureTime', label: 'departure time' },
  { key: 'arrivalTime', label: 'arrival time' },
  { key: 'arrivalDate', label: 'arrival date' },
  { key: 'durationMinutes', label: 'duration (minutes)' },
  { key: 'distanceKm', label: 'distance (km)' },
  { key: 'price', label: 'price', money: true },
];
const TRAIN_FIELDS: readonly FieldSpec<Train>[] = [
  { key: 'from', label: 'origin' },
  { key: 'to', label: 'destination' },
  { key: 'date', label: 'date' },
  { key: 'departureTime', label: 'departure time' },
  { key: 'arrivalTime', label: 'arrival time' },
  { key: 'arrivalDate', label: 'arrival date' },
  { key: 'durationMinutes', label: 'duration (minutes)' },
  { key: 'price', label: 'price', money: true },
];
const GROUND_FIELDS: readonly FieldSpec<GroundRoute>[] = [
  { key: 'mode', label: 'mode' },
  { key: 'from', label: 'origin' },
  { key: 'to', label: 'destination' },
  { key: 'durationMinutes', label: 'duration (minutes)' },
  { key: 'distanceKm', label: 'distance (km)' },
  { key: 'cost', label: 'cost', money: true },
];
const RESTAURANT_FIELDS: readonly FieldSpec<Restaurant>[] = [
  { key: 'cuisines', label: 'cuisines' },
  { key: 'averageCost', label: 'average cost', money: true },
  { key: 'rating', label: 'rating' },
];
const SIGHT_FIELDS: readonly FieldSpec<Sight>[] = [
  { key: 'category', label: 'category' },
  { key: 'location', label: 'location' },
  { key: 'address', label: 'address' },
];
const STAY_FIELDS: readonly FieldSpec<Stay>[] = [
  { key: 'roomType', label: 'room type' },
  { key: 'forbids', label: 'forbidden house rules' },
  { key: 'minimumNights', label: 'minimum nights' },
  { key: 'maximumOccupancy', label: 'maximum occupancy' },
  { key: 'rating', label: 'rating' },
  { key: 'pricePerNight', label: 'price per night', money: true },
];

function tampered(subject: string, differences: readonly string[]): string {
  return `${subject} is recorded with ${listText(differences)}; copy the entity exactly as the data lists it`;
}

/** The candidate with the given name that matches the record, else the first one (for the diff). */
function closest<T extends { name: string }>(
  list: readonly T[] | undefined,
  record: T,
  fields: readonly FieldSpec<T>[],
): { match: T | undefined; differences: string[] } {
  const candidates = findByName(list, record.name);
  const exact = candidates.find((c) => fieldMismatches(record, c, fields).length === 0);
  if (exact) return { match: exact, differences: [] };
  const first = candidates[0];
  return { match: first, differences: first ? fieldMismatches(record, first, fields) : [] };
}

/** A flight or train leg against the world's timetable for its hop and day, by its number. */
function timetabledProblems<T extends object>(
  leg: FlightLeg | RailLeg,
  draft: PlanDraft,
  listed: readonly T[],
  timetabled: {
    noun: 'flight' | 'train';
    record: T;
    numberOf: (t: T) => string;
    fields: readonly FieldSpec<T>[];
  },
): string[] {
  const date = expectedDate(draft.spec, leg.day);
  const number = timetabled.numberOf(timetabled.record).trim().toUpperCase();
  const match = listed.find((t) => timetabled.numberOf(t).trim().toUpperCase() === number);
  const subject = `day ${leg.day}: ${legLabel(leg)} on ${date}`;
  if (!match) {
    const alternatives = listed.slice(0, 3).map(timetabled.numberOf);
    return [
      alternatives.length > 0
        ? `${subject} does not exist in the data; choose a listed ${timetabled.noun} such as ${listText(alternatives, 'or')}`
        : `${subject} does not exist in the data, which lists no ${timetabled.noun} on that route that day; travel this hop by another mode`,
    ];
  }
  const differences = fieldMismatches(timetabled.record, match, timetabled.fields);
  return differences.length > 0 ? [tampered(subject, differences)] : [];
}

function flightProblems(leg: FlightLeg, draft: PlanDraft, facts: WorldFacts): string[] {
  const listed = facts.flights.get(flightKey(leg.from, leg.to, expectedDate(draft.spec, leg.day))) ?? [];
  return timetabledProblems(leg, draft, listed, {
    noun: 'flight',
    record: leg.flight,
    numberOf: (f) => f.flightNumber,
    fields: FLIGHT_FIELDS,
  });
}

function railProblems(leg: RailLeg, draft: PlanDraft, facts: WorldFacts): string[] {
  const listed = facts.trains.get(flightKey(leg.from, leg.to, expectedDate(draft.spec, leg.day))) ?? [];
  return timetabledProblems(leg, draft, listed, {
    noun: 'train',
    record: leg.train,
    numberOf: (t) => t.trainNumber,
    fields: TRAIN_FIELDS,
  });
}

function groundProblems(leg: GroundLeg, facts: WorldFacts): string[] {
  const route = facts.groundRoutes.get(groundKey(leg.mode, leg.from, leg.to));
  if (!route) {
    return [
      `day ${leg.day}: the data has no ${leg.mode} route from ${leg.from} to ${leg.to}; choose another mode`,
    ];
  }
  const differences = fieldMismatches(leg.route, route, GROUND_FIELDS);
  return differences.length > 0 ? [tampered(`day ${leg.day}: the ${legLabel(leg)}`, differences)] : [];
}

/** Commonsense 1: every flight, route, restaurant, sight and stay exists, exactly as recorded. */
export function checkWithinSandbox({ draft, facts }: CheckContext): CheckResult {
  const problems: string[] = [];
  for (const leg of draft.legs) {
    problems.push(
      ...(leg.mode === 'flight'
        ? flightProblems(leg, draft, facts)
        : leg.mode === 'rail'
          ? railProblems(leg, draft, facts)
          : groundProblems(leg, facts)),
    );
  }
  for (const day of draft.days) {
    for (const { meal, restaurant } of mealsOf(day)) {
      const subject = `day ${day.day}: ${meal} at ${quoted(restaurant.name)} in ${restaurant.city}`;
      const list = facts.restaurants.get(nameKey(restaurant.city));
      const { match, differences } = closest(list, restaurant, RESTAURANT_FIELDS);
      if (!match) {
        problems.push(`${subject} is not a restaurant the data lists there; pick a listed restaurant`);
      } else if (differences.length > 0) problems.push(tampered(subject, differences));
    }
    for (const sight of day.sights) {
      const subject = `day ${day.day}: sight ${quoted(sight.name)} in ${sight.city}`;
      const { match, differences } = closest(facts.sights.get(nameKey(sight.city)), sight, SIGHT_FIELDS);
      if (!match) problems.push(`${subject} is not a sight the data lists there; pick a listed sight`);
      else if (differences.length > 0) problems.push(tampered(subject, differences));
    }
  }
  for (const booking of draft.stays) {
    const { stay } = booking;
    const subject = `${dayRange(bookedNights(booking))}: stay ${quoted(stay.name)} in ${stay.city}`;
    const { match, differences } = closest(facts.stays.get(nameKey(stay.city)), stay, STAY_FIELDS);
    if (!match) problems.push(`${subject} is not a stay the data lists there; book a listed stay`);
    else if (differences.length > 0) problems.push(tampered(subject, differences));
  }
  for (const night of nightStays(draft, facts.stays)) {
    if (!night.booking && !night.stay) {
      problems.push(
        `day ${night.day}: accommodation ${quoted(night.name)} is not a stay the data lists in ${night.city}; book a listed stay`,
      );
    }
  }
  return checkResult(problems);
}
