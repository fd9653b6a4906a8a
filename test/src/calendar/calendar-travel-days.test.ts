import { randomUUID } from 'node:crypto';
import { MemorySaver } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import { buildTripGraph } from '../../../graphs/trip-graph.js';
import { type CalendarEntry, calendarEntries } from '../../../src/calendar/calendar-entries.js';
import { startTrip } from '../../../src/planner/run-trip-graph.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { offlineModels } from '../../support/offline-models.js';

const world = createSandboxWorld({ seed: 1 });
const graph = buildTripGraph({ world, models: offlineModels(world), checkpointer: new MemorySaver() });
const at = (clock: CalendarEntry['start']) => `${clock.date}T${clock.time}`;

/** The calendar of the plan the offline planner makes of `text`. */
async function calendarOf(text: string): Promise<CalendarEntry[]> {
  const outcome = await startTrip({ graph, threadId: randomUUID() }, { text }, '2026-12-07');
  if (outcome.status !== 'completed') throw new Error(JSON.stringify(outcome));
  return calendarEntries(outcome.plan, (name) => world.resolveCity(name));
}

describe('a calendar of a trip by car', () => {
  it('has the party nowhere else while it drives: what the day holds in a city ends before the leg leaves it', async () => {
    const entries = await calendarOf(
      'weekend in Las Vegas from Los Angeles, Jan 15-17 2027, 3 friends, $900, we will drive',
    );
    const legs = entries.filter((e) => e.kind === 'leg');
    expect(legs.map((l) => l.summary)).toEqual([
      'Drive: Los Angeles → Las Vegas',
      'Drive: Las Vegas → Los Angeles',
    ]);
    const home = legs[1] as CalendarEntry;
    const lastDay = entries.filter(
      (e) => (e.kind === 'meal' || e.kind === 'visit') && e.start.date === home.start.date,
    );
    // The plan keeps the last morning in Las Vegas (the drive home leaves after lunch), and so does
    // the calendar: it used to send every drive off at 10:00, before that day's lunch and sight.
    expect(lastDay.length).toBeGreaterThan(1);
    for (const entry of lastDay) expect(at(entry.end) <= at(home.start), entry.summary).toBe(true);
  });
});

describe('a calendar of a day trip', () => {
  it('plans the day in the city between the way out and the evening drive home', async () => {
    const entries = await calendarOf(
      'Chicago to Milwaukee for the day on Saturday January 16 2027, 2 people, $300',
    );
    const [out, home] = entries.filter((e) => e.kind === 'leg') as [CalendarEntry, CalendarEntry];
    expect([at(out.start), at(home.start)]).toEqual(['2027-01-16T08:00', '2027-01-16T19:44']);
    const day = entries.filter((e) => e.kind === 'meal' || e.kind === 'visit');
    expect(day.length).toBeGreaterThan(2);
    // It used to wait for the last arrival of the day, home at 21:30, and plan breakfast at 22:00.
    for (const entry of day) {
      expect(at(entry.start) >= at(out.end), entry.summary).toBe(true);
      expect(at(entry.end) <= at(home.start), entry.summary).toBe(true);
    }
  });
});
