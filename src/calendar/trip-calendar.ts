import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { type ICalDateTimeValue } from 'ical-generator';
import type { Plan } from '../../tools/domain/plan.schema.js';
import { type CityLookup, calendarEntries } from './calendar-entries.js';
import type { WallClock } from './zoned-time.js';

export interface TripCalendarOptions {
  /** The trip id: it makes event UIDs unique across trips and stable across downloads. */
  tripId: string;
  cities: CityLookup;
  /** Host part of event UIDs. Default `trip-planner`. */
  uidDomain?: string;
}

/**
 * A wall-clock value ical-generator writes as it is under the event's TZID. Its native-Date path
 * reads the *server's* local zone, so a plan's local times would shift with the host's TZ; its
 * Temporal path (duck-typed PlainDateTime/ZonedDateTime) writes the fields as given.
 */
function wallClockValue({ date, time }: WallClock): ICalDateTimeValue {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const fields = { year, month, day, hour, minute, second: 0 };
  const plain = {
    ...fields,
    toPlainDate: () => ({ year, month, day }),
    toZonedDateTime: (timeZoneId: string) => zoned(timeZoneId),
    toString: () => `${date}T${time}:00`,
  };
  const zoned = (timeZoneId: string) => ({
    ...fields,
    timeZoneId,
    withTimeZone: () => zoned(timeZoneId),
    toPlainDateTime: () => plain,
    toInstant: () => ({ epochMilliseconds: Date.parse(`${date}T${time}:00Z`) }),
    toString: () => `${date}T${time}:00[${timeZoneId}]`,
    toJSON: () => `${date}T${time}:00[${timeZoneId}]`,
  });
  return plain as unknown as ICalDateTimeValue;
}

/** The plan as an iCalendar document: local times with their zones (VTIMEZONE included). */
export function buildTripCalendar(plan: Plan, options: TripCalendarOptions): string {
  const domain = options.uidDomain ?? 'trip-planner';
  const calendar = ical({
    name: `Trip: ${[...new Set([plan.spec.origin, ...plan.route.cities])].join(' → ')}`,
    prodId: { company: 'trip-planner', product: 'trip-planner', language: 'EN' },
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  for (const entry of calendarEntries(plan, options.cities)) {
    calendar.createEvent({
      id: `${options.tripId}-${entry.key}@${domain}`,
      start: wallClockValue(entry.start),
      end: wallClockValue(entry.end),
      ...(entry.timeZone ? { timezone: entry.timeZone } : { floating: true }),
      summary: entry.summary,
      description: entry.description,
      location: entry.geo ? { title: entry.location, geo: entry.geo } : entry.location,
      categories: [{ name: entry.kind }],
    });
  }
  return calendar.toString();
}
