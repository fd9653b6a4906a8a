import type { Sight } from '../domain/inventory.schema.js';
import type { PlanDay, TransportLeg } from '../domain/plan.schema.js';
import type { TripSpec } from '../domain/trip-spec.schema.js';
import { formatClock, overnightArrival } from './leg-times.js';
import { type SightSlot, sightFitsAfter } from './meal-slots.js';
import { nameKey, sameName } from './names.js';
import { matchesInterest } from './sight-interests.js';
import { takesWholeDay } from './whole-day-sights.js';

export interface SightPlanOptions {
  preferred?: readonly string[];
  avoid?: readonly string[];
}

export interface SightPlan {
  /** Sights per day number. */
  byDay: Map<number, Sight[]>;
  /** Full days left without a sight (the city ran out), as sentences for the day notes. */
  shortages: Map<number, string>;
}

/**
 * Hands out each city's sights over its days: one per full day first (a full day must have
 * one), then up to the pace's count round-robin, then one on travel days with time to spare
 * (the pace's count on a day trip).
 * Preferred names come first, then sights whose category or name matches an interest.
 */
export function planSights(
  spec: TripSpec,
  slots: readonly SightSlot[],
  sights: Record<string, readonly Sight[]>,
  options: SightPlanOptions = {},
): SightPlan {
  const pools = sightPools(spec, sights, options);
  const used = new Set<string>();
  const byDay = new Map<number, Sight[]>(slots.map((s) => [s.day, []]));
  // On everyday trips a theme park is the day (TravelPlanner's plans keep the benchmark's counts).
  const wholeDay = (s: Sight): boolean => spec.ruleset === 'standard' && takesWholeDay(s);
  const take = (slot: SightSlot): boolean => {
    const pool = pools.get(nameKey(slot.city)) ?? [];
    const planned = byDay.get(slot.day)!;
    if (planned.some(wholeDay)) return false;
    // A whole-day sight opens a full day; it is never added to a day with sights or a travel day.
    const opensFullDay = slot.required && planned.length === 0;
    const sight = pool.find((s) => !used.has(nameKey(s.name)) && (opensFullDay || !wholeDay(s)));
    if (!sight) return false;
    used.add(nameKey(sight.name));
    planned.push(sight);
    return true;
  };

  const required = slots.filter((s) => s.required);
  const shortages = new Map<number, string>();
  for (const slot of required) {
    if (!take(slot)) shortages.set(slot.day, freeDayNote(slot.city));
  }
  for (let round = 1, progress = true; progress; round += 1) {
    progress = false;
    for (const slot of required) {
      if (slot.count > round && byDay.get(slot.day)!.length === round && take(slot)) progress = true;
    }
  }
  // A travel day has time for one; a day trip's hours between its legs for the pace's count.
  for (const slot of slots.filter((s) => !s.required)) {
    for (let n = 0; n < slot.count && take(slot); n += 1);
  }
  return { byDay, shortages };
}

/** The note on a full day left without a sight because the city has none unplanned. */
export function freeDayNote(city: string): string {
  return `A free day: every sight of ${city} we know is already in the plan.`;
}

/**
 * The note on a day an overnight journey lands too late in for a sight; `arrival` counts minutes
 * from this day's midnight, so a journey still in the air all day (Los Angeles → Sydney lands
 * after the next midnight) says so rather than naming a time today.
 */
export function lateLandingNote(arrival: number): string {
  if (arrival >= 24 * 60)
    return `In the air all day: the overnight journey lands at ${formatClock(arrival)} the next day.`;
  return `Arriving at ${formatClock(arrival)} after an overnight journey: no time left for a sight.`;
}

/**
 * Full days without a sight whose city's every sight is already planned: free days, so noted.
 * A day an overnight leg (of `legs`) lands in after sights close is not free but short, and
 * says so: "every sight is already planned" would blame the city for the flight's hours.
 */
export function noteFreeDays(
  days: readonly PlanDay[],
  sights: Record<string, readonly Sight[]>,
  legs: readonly TransportLeg[] = [],
): PlanDay[] {
  const planned = new Set(days.flatMap((d) => d.sights.map((s) => nameKey(s.name))));
  const withNote = (day: PlanDay, note: string): PlanDay =>
    day.notes.includes(note) ? day : { ...day, notes: [...day.notes, note] };
  return days.map((day) => {
    if (day.fromCity !== null || day.sights.length > 0) return day;
    const landing = overnightArrival(legs, day.day);
    if (!sightFitsAfter(landing)) return withNote(day, lateLandingNote(landing));
    const known = Object.values(sights)
      .flat()
      .filter((s) => sameName(s.city, day.city));
    if (known.length === 0 || !known.every((s) => planned.has(nameKey(s.name)))) return day;
    return withNote(day, freeDayNote(day.city));
  });
}

function sightPools(
  spec: TripSpec,
  sights: Record<string, readonly Sight[]>,
  options: SightPlanOptions,
): Map<string, Sight[]> {
  const avoided = new Set((options.avoid ?? []).map(nameKey));
  const preferred = (options.preferred ?? []).map(nameKey);
  const interests = spec.preferences.interests.filter((i) => i.trim().length > 0);
  const rank = (s: Sight): number => {
    const p = preferred.indexOf(nameKey(s.name));
    if (p >= 0) return p - preferred.length;
    return interests.some((i) => matchesInterest(s, i)) ? 0 : 1;
  };
  const pools = new Map<string, Sight[]>();
  for (const list of Object.values(sights)) {
    for (const s of list) {
      if (sameName(s.city, spec.origin) || avoided.has(nameKey(s.name))) continue;
      const pool = pools.get(nameKey(s.city)) ?? [];
      if (!pool.some((x) => sameName(x.name, s.name))) pool.push(s);
      pools.set(nameKey(s.city), pool);
    }
  }
  // A stable sort keeps the provider's order (typically its popularity) within each rank.
  for (const pool of pools.values()) pool.sort((a, b) => rank(a) - rank(b));
  return pools;
}
