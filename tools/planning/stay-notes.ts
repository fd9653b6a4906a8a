import type { PlanDay } from '../domain/plan.schema.js';
import type { Ruleset } from '../domain/trip-spec.schema.js';
import { sameName } from './names.js';

/**
 * Notes the itinerary's writer repeats day after day in one city ("Pack rain gear in London"
 * on each of four days) said once per stay: a note is dropped when the last day of the same stay
 * that carried a written note said it already. A different note, or a new stay, is said again.
 * Only days in `written` are thinned (the ones the writer just planned; kept days stay as they
 * were). TravelPlanner plans are returned unchanged.
 */
export function oncePerStay(
  days: readonly PlanDay[],
  written: ReadonlySet<number>,
  ruleset: Ruleset,
): PlanDay[] {
  if (ruleset === 'travelplanner') return [...days];
  let city: string | null = null;
  let said: readonly string[] = [];
  return days.map((day) => {
    // A new city starts a new stay (a travel day belongs to the city it arrives in).
    if (city === null || !sameName(day.city, city)) said = [];
    city = day.city;
    if (day.notes.length === 0) return day;
    const notes = written.has(day.day) ? day.notes.filter((n) => !said.includes(n)) : day.notes;
    said = day.notes;
    return notes.length === day.notes.length ? day : { ...day, notes };
  });
}
