import type { PlanDay } from '../domain/plan.schema.js';

/**
 * The days with the notes a pass restates: its `stale` notes (written by an earlier pass over the
 * same days, as on a repair's kept days) dropped, its `added` notes appended per day. A day whose
 * notes come out the same is returned as it was.
 */
export function restateNotes(
  days: readonly PlanDay[],
  stale: readonly ((note: string) => boolean)[],
  added: ReadonlyMap<number, readonly string[]>,
): PlanDay[] {
  return days.map((day) => {
    const kept = day.notes.filter((n) => !stale.some((isStale) => isStale(n)));
    const notes = [...kept, ...(added.get(day.day) ?? [])];
    return notes.length === day.notes.length && notes.every((n, i) => n === day.notes[i])
      ? day
      : { ...day, notes };
  });
}
