import { writeFile } from 'node:fs/promises';
import type { Plan } from '../../tools/domain/plan.schema.js';
import type { CityLookup } from '../calendar/calendar-entries.js';
import { buildTripCalendar } from '../calendar/trip-calendar.js';
import { RemoteApiError } from './remote-planner.js';

/** `plan --ics <file>` in one process: the calendar built here, with the planner's own world for zones. */
export async function writePlanCalendar(
  file: string,
  plan: Plan,
  tripId: string,
  cities: CityLookup,
): Promise<void> {
  await writeFile(file, buildTripCalendar(plan, { tripId, cities }));
  process.stderr.write(`calendar written to ${file}\n`);
}

/** `plan --server … --ics <file>`: the server's calendar of the trip, so its world's zones apply. */
export async function writeServerCalendar(
  file: string,
  server: string,
  apiKey: string,
  tripId: string,
): Promise<void> {
  const response = await fetch(new URL(`/v1/trips/${encodeURIComponent(tripId)}/calendar.ics`, server), {
    headers: { authorization: `Bearer ${apiKey}` },
  });
  if (!response.ok) {
    throw new RemoteApiError(
      response.status,
      `calendar of trip ${tripId}: HTTP ${response.status} ${await response.text()}`,
    );
  }
  await writeFile(file, await response.text());
  process.stderr.write(`calendar written to ${file}\n`);
}
