import type { Plan, PlanDay } from '../../domain/plan.schema.js';
import { type DayFrame, dayFrames } from '../day-frames.js';
import { mealProfile, mealSlots, sightSlots } from '../meal-slots.js';
import type { TripSelection } from '../planning.types.js';

/** What a day's meals and sights may be, given its leg: equal shapes need no new itinerary. */
function dayShape(plan: Plan, frame: DayFrame): string {
  const meals = mealProfile(mealSlots(plan.spec, [frame]));
  const sights = sightSlots(plan.spec, [frame])
    .map((s) => `${s.city}×${s.count}`)
    .join(',');
  return `${frame.city}|${frame.fromCity ?? ''}|${meals}|${sights}`;
}

function accommodationOn(selection: TripSelection, frame: DayFrame): string | null {
  if (frame.nightCity === null) return null;
  const booking = selection.stays.find(
    (b) => b.firstNight <= frame.day && frame.day < b.firstNight + b.nights,
  );
  return booking?.stay.name ?? null;
}

/**
 * Splits a repaired trip's days into those kept as they were (with tonight's stay renamed when
 * it changed) and those to re-plan: days whose leg now allows different meals or sights, and
 * the days in `redoAnyway` (the weather turned).
 */
export function repairDays(
  plan: Plan,
  selection: TripSelection,
  redoAnyway: readonly number[],
): { keep: PlanDay[]; redo: number[] } {
  const before = new Map(dayFrames(plan.spec, plan.route, plan.legs).map((f) => [f.day, f]));
  const keep: PlanDay[] = [];
  const redo: number[] = [];
  for (const frame of dayFrames(plan.spec, selection.route, selection.legs)) {
    const old = before.get(frame.day);
    const day = plan.days.find((d) => d.day === frame.day);
    if (!old || !day || redoAnyway.includes(frame.day) || dayShape(plan, old) !== dayShape(plan, frame)) {
      redo.push(frame.day);
    } else {
      keep.push({ ...day, accommodation: accommodationOn(selection, frame) });
    }
  }
  return { keep, redo };
}
