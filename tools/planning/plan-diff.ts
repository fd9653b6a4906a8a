import type { Plan, PlanDay, StayBooking, TransportLeg } from '../domain/plan.schema.js';
import type {
  CostChange,
  DayChange,
  DayField,
  DayFieldChange,
  LegChange,
  LegSummary,
  PlanDiff,
  StayChange,
  StaySummary,
} from '../domain/plan-diff.schema.js';
import { roundMoney } from './cost.js';
import { legDuration, legNumber, timetable } from './leg-times.js';
import { nameKey } from './names.js';
import { diffSentence } from './plan-diff-sentence.js';

/** Options of `diffPlans`. */
export interface DiffOptions {
  /**
   * Why the later plan was made (e.g. "stay sold out in Denver"); the sentence gives it after the
   * most important change. Omit it when the plans are not consecutive versions.
   */
  reason?: string;
}

/**
 * What changed from `before` to `after`, two plans of one trip: legs, stays, days and cost, and
 * one sentence saying so. Pure: compares the plans as given and never recomputes prices.
 */
export function diffPlans(before: Plan, after: Plan, options: DiffOptions = {}): PlanDiff {
  const legs = diffLegs(before.legs, after.legs);
  const stays = diffStays(before.stays, after.stays);
  const days = diffDays(before.days, after.days);
  const cost = diffCost(before, after);
  const route = {
    before: before.route.cities,
    after: after.route.cities,
    changed: !sameList(before.route.cities.map(nameKey), after.route.cities.map(nameKey)),
  };
  const changed =
    route.changed ||
    legs.changes.length + stays.changes.length + days.changes.length > 0 ||
    cost.before !== cost.after ||
    cost.delta === null;
  const parts = {
    changed,
    route,
    legs: legs.changes,
    stays: stays.changes,
    days: days.changes,
    cost,
    unchanged: { legs: legs.unchanged, stays: stays.unchanged, days: days.unchanged },
  };
  return { ...parts, sentence: diffSentence(parts, options.reason) };
}

interface Compared<C> {
  changes: C[];
  unchanged: number;
}

/**
 * Pairs earlier and later items: first by `exact` key, then what is left by `loose` key (an item
 * that moved), each in list order. Unpaired items come back with null on the other side.
 */
function pairUp<T>(
  before: readonly T[],
  after: readonly T[],
  exact: (item: T) => string,
  loose: (item: T) => string,
): [T | null, T | null][] {
  const pairs: [T | null, T | null][] = [];
  let leftBefore = [...before];
  let leftAfter = [...after];
  for (const key of [exact, loose]) {
    const unpaired: T[] = [];
    for (const later of leftAfter) {
      const index = leftBefore.findIndex((earlier) => key(earlier) === key(later));
      if (index < 0) {
        unpaired.push(later);
        continue;
      }
      pairs.push([leftBefore[index] as T, later]);
      leftBefore = leftBefore.filter((_, i) => i !== index);
    }
    leftAfter = unpaired;
  }
  for (const earlier of leftBefore) pairs.push([earlier, null]);
  for (const later of leftAfter) pairs.push([null, later]);
  return pairs;
}

function kindOf(before: unknown, after: unknown): 'added' | 'removed' | 'changed' {
  return before === null ? 'added' : after === null ? 'removed' : 'changed';
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Summaries are built field by field in one order, so their JSON compares them exactly. */
function same(a: object, b: object): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function summarizeLeg(leg: TransportLeg): LegSummary {
  const flight = timetable(leg);
  return {
    day: leg.day,
    mode: leg.mode,
    from: leg.from,
    to: leg.to,
    flightNumber: legNumber(leg),
    departureTime: flight?.departureTime ?? null,
    arrivalTime: flight?.arrivalTime ?? null,
    durationMinutes: legDuration(leg),
    cost: leg.cost,
  };
}

function diffLegs(before: readonly TransportLeg[], after: readonly TransportLeg[]): Compared<LegChange> {
  const hop = (leg: TransportLeg) => `${nameKey(leg.from)}|${nameKey(leg.to)}`;
  const pairs = pairUp(before, after, (leg) => `${leg.day}|${hop(leg)}`, hop);
  const changes: LegChange[] = [];
  let unchanged = 0;
  for (const [earlier, later] of pairs) {
    const a = earlier && summarizeLeg(earlier);
    const b = later && summarizeLeg(later);
    if (a && b && same(a, b)) {
      unchanged += 1;
      continue;
    }
    const shown = (b ?? a) as LegSummary;
    changes.push({ kind: kindOf(a, b), day: shown.day, from: shown.from, to: shown.to, before: a, after: b });
  }
  changes.sort((x, y) => x.day - y.day);
  return { changes, unchanged };
}

export function summarizeStay(booking: StayBooking): StaySummary {
  return {
    name: booking.stay.name,
    roomType: booking.stay.roomType,
    firstNight: booking.firstNight,
    nights: booking.nights,
    rooms: booking.rooms,
    pricePerNight: booking.stay.pricePerNight,
    cost: booking.cost,
  };
}

function diffStays(before: readonly StayBooking[], after: readonly StayBooking[]): Compared<StayChange> {
  const city = (b: StayBooking) => nameKey(b.city);
  const pairs = pairUp(before, after, (b) => `${city(b)}|${b.firstNight}`, city);
  const changes: StayChange[] = [];
  let unchanged = 0;
  for (const [earlier, later] of pairs) {
    const a = earlier && summarizeStay(earlier);
    const b = later && summarizeStay(later);
    if (a && b && same(a, b)) {
      unchanged += 1;
      continue;
    }
    const shown = (later ?? earlier) as StayBooking;
    changes.push({
      kind: kindOf(a, b),
      city: shown.city,
      firstNight: shown.firstNight,
      before: a,
      after: b,
    });
  }
  changes.sort((x, y) => x.firstNight - y.firstNight);
  return { changes, unchanged };
}

const DAY_FIELDS: readonly DayField[] = [
  'date',
  'city',
  'breakfast',
  'lunch',
  'dinner',
  'sights',
  'accommodation',
  'notes',
];

function dayValues(day: PlanDay | null): Record<DayField, string[]> {
  const one = (name: string | null | undefined) => (name ? [name] : []);
  return {
    date: one(day?.date),
    city: one(day?.city),
    breakfast: one(day?.breakfast?.name),
    lunch: one(day?.lunch?.name),
    dinner: one(day?.dinner?.name),
    sights: day?.sights.map((s) => s.name) ?? [],
    accommodation: one(day?.accommodation),
    notes: day?.notes ?? [],
  };
}

function diffDays(before: readonly PlanDay[], after: readonly PlanDay[]): Compared<DayChange> {
  const byDay = (d: PlanDay) => String(d.day);
  const changes: DayChange[] = [];
  let unchanged = 0;
  for (const [earlier, later] of pairUp(before, after, byDay, byDay)) {
    const a = dayValues(earlier);
    const b = dayValues(later);
    const fields: DayFieldChange[] = DAY_FIELDS.filter((f) => !sameList(a[f], b[f])).map((field) => ({
      field,
      before: a[field],
      after: b[field],
    }));
    if (fields.length === 0) {
      unchanged += 1;
      continue;
    }
    const shown = (later ?? earlier) as PlanDay;
    changes.push({
      kind: kindOf(earlier, later),
      day: shown.day,
      date: shown.date,
      city: shown.city,
      fields,
    });
  }
  changes.sort((x, y) => x.day - y.day);
  return { changes, unchanged };
}

function diffCost(before: Plan, after: Plan): CostChange {
  const comparable = before.cost.currency === after.cost.currency;
  return {
    before: before.cost.total,
    after: after.cost.total,
    // `|| 0` keeps a rounded-away negative drift from showing as -0.
    delta: comparable ? roundMoney(after.cost.total - before.cost.total) || 0 : null,
    currency: after.cost.currency,
  };
}
