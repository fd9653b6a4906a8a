import { addDays } from '../../tools/domain/common.schema.js';
import type { LatLon } from '../../tools/domain/geo.js';
import type { Plan, PlanDay, TransportLeg } from '../../tools/domain/plan.schema.js';
import { travelDayTimes } from '../../tools/planning/meal-slots.js';
import { addMinutes, clockTime, instantOf, minutesOf, type WallClock, wallClockAt } from './zoned-time.js';

/** What the calendar needs to know about a city: its zone and where it is. */
export interface CalendarCity {
  timeZone: string | null;
  location: LatLon | null;
}

/** Looks a plan's city name up (the world's `resolveCity`); unknown cities get floating times. */
export type CityLookup = (name: string) => CalendarCity | undefined;

export type CalendarEntryKind = 'leg' | 'stay' | 'meal' | 'visit';

/** One calendar event: start and end are wall clocks of `timeZone` (null: floating local time). */
export interface CalendarEntry {
  /** Stable within a plan, so a re-imported calendar updates events instead of duplicating them. */
  key: string;
  kind: CalendarEntryKind;
  summary: string;
  description: string;
  location: string;
  geo: LatLon | null;
  timeZone: string | null;
  start: WallClock;
  end: WallClock;
}

/**
 * Suggested clock times for a day's meals and visits. The plan says which day, not which hour;
 * these make a calendar that reads like a day (and the description says they are suggestions).
 */
const SLOTS = {
  breakfast: { at: 8 * 60, minutes: 60 },
  lunch: { at: 12 * 60 + 30, minutes: 75 },
  dinner: { at: 19 * 60, minutes: 90 },
  visit: { at: 10 * 60, minutes: 120 },
} as const;
/** Check-in and check-out clock times when a stay does not say. */
const CHECK_IN = '15:00';
const CHECK_OUT = '11:00';
/** Time from arrival to the first thing planned in the new city. */
const AFTER_ARRIVAL = 30;

interface Timetable {
  date: string;
  departure: string;
  minutes: number;
  /** The leg's own zones, where the provider states them (zoned flights, trains). */
  departureZone?: string;
  arrivalZone?: string;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/**
 * When a leg leaves and how long it takes. Legs with a timetable (flights, and trains as the trip
 * model gains them) carry date, departure and duration; a ground leg leaves when the plan's day was
 * planned around it (meal-slots.ts: at the day's start, or the drive home after lunch), so the
 * calendar never has the party at lunch in one city while it drives to the next.
 */
function timetableOf(leg: TransportLeg, plan: Plan): Timetable {
  const record = leg as unknown as Record<string, unknown>;
  const scheduled = (record.flight ?? record.train ?? record.rail) as Record<string, unknown> | undefined;
  const dayDate = plan.days.find((d) => d.day === leg.day)?.date ?? addDays(plan.spec.startDate, leg.day - 1);
  const route = record.route as Record<string, unknown> | undefined;
  // Instants with offsets, when given, are the truth about elapsed time across zones.
  const departureAt = Date.parse(text(scheduled?.departureAt) ?? '');
  const arrivalAt = Date.parse(text(scheduled?.arrivalAt) ?? '');
  const measured = arrivalAt > departureAt ? (arrivalAt - departureAt) / 60_000 : Number.NaN;
  const minutes = Number.isFinite(measured)
    ? measured
    : Number(scheduled?.durationMinutes ?? route?.durationMinutes ?? 60);
  return {
    date: text(scheduled?.date) ?? dayDate,
    departure:
      text(scheduled?.departureTime) ??
      clockTime(
        travelDayTimes(plan.spec, { from: leg.from, to: leg.to, day: leg.day, date: dayDate }, leg).departure,
      ),
    minutes: Number.isFinite(minutes) && minutes > 0 ? Math.round(minutes) : 60,
    departureZone: text(scheduled?.departureZone),
    arrivalZone: text(scheduled?.arrivalZone),
  };
}

function legSummary(leg: TransportLeg): string {
  const record = leg as unknown as Record<string, unknown>;
  const scheduled = (record.flight ?? record.train ?? record.rail) as Record<string, unknown> | undefined;
  const number = text(scheduled?.flightNumber) ?? text(scheduled?.trainNumber) ?? text(scheduled?.number);
  const mode = leg.mode === 'self-driving' ? 'Drive' : leg.mode[0]?.toUpperCase() + leg.mode.slice(1);
  return `${mode}${number ? ` ${number}` : ''}: ${leg.from} → ${leg.to}`;
}

function money(amount: number, currency: string): string {
  return `${currency} ${amount.toFixed(2)}`;
}

function legEntries(
  plan: Plan,
  cities: CityLookup,
): { entries: CalendarEntry[]; arrivals: Map<number | string, number> } {
  const entries: CalendarEntry[] = [];
  /**
   * Trip day → instant of the last arrival that day, so the day's plans start after it; and per
   * day and city reached, so a day trip's plans in its city wait for the way out, not the way home.
   */
  const arrivals = new Map<number | string, number>();
  plan.legs.forEach((leg, index) => {
    const from = cities(leg.from);
    const to = cities(leg.to);
    const { date, departure, minutes, departureZone, arrivalZone } = timetableOf(leg, plan);
    const zone = departureZone ?? from?.timeZone ?? null;
    const toZone = arrivalZone ?? to?.timeZone ?? zone;
    const start = { date, time: departure };
    const arrivalInstant = instantOf(start, zone) + minutes * 60_000;
    const arrivalLocal = wallClockAt(arrivalInstant, toZone);
    arrivals.set(leg.day, Math.max(arrivals.get(leg.day) ?? 0, arrivalInstant));
    const reached = arrivalKey(leg.day, leg.to);
    arrivals.set(reached, Math.max(arrivals.get(reached) ?? 0, arrivalInstant));
    entries.push({
      key: `leg-${index + 1}`,
      kind: 'leg',
      summary: legSummary(leg),
      description: [
        `${leg.from} → ${leg.to} by ${leg.mode}, ${Math.floor(minutes / 60)} h ${minutes % 60} min.`,
        `Leaves ${departure} ${zone ?? 'local time'}; arrives ${arrivalLocal.date} ${arrivalLocal.time} ${toZone ?? 'local time'}.`,
        `Cost for the party: ${money(leg.cost, plan.cost.currency)}.`,
      ].join('\n'),
      location: leg.from,
      geo: from?.location ?? null,
      timeZone: zone,
      start,
      end: addMinutes(start, minutes, zone),
    });
  });
  return { entries, arrivals };
}

function stayEntries(plan: Plan, cities: CityLookup): CalendarEntry[] {
  return plan.stays.map((booking, index) => {
    const city = cities(booking.city);
    const checkIn =
      plan.days.find((d) => d.day === booking.firstNight)?.date ??
      addDays(plan.spec.startDate, booking.firstNight - 1);
    return {
      key: `stay-${index + 1}`,
      kind: 'stay',
      summary: `Stay: ${booking.stay.name}`,
      description: [
        `${booking.nights} night${booking.nights === 1 ? '' : 's'} in ${booking.city}, ${booking.rooms} × ${booking.stay.roomType}.`,
        `Rated ${booking.stay.rating}/5. Cost: ${money(booking.cost, plan.cost.currency)}.`,
        `Check-in ${CHECK_IN}, check-out ${CHECK_OUT} (usual times; confirm with the host).`,
      ].join('\n'),
      location: `${booking.stay.name}, ${booking.city}`,
      geo: city?.location ?? null,
      timeZone: city?.timeZone ?? null,
      start: { date: checkIn, time: CHECK_IN },
      end: { date: addDays(checkIn, booking.nights), time: CHECK_OUT },
    };
  });
}

interface DayItem {
  kind: 'meal' | 'visit';
  label: string;
  name: string;
  city: string;
  slot: { at: number; minutes: number };
  address: string | null;
  geo: LatLon | null;
  detail: string;
}

function dayItems(day: PlanDay, currency: string): DayItem[] {
  const meal = (slot: 'breakfast' | 'lunch' | 'dinner'): DayItem[] => {
    const restaurant = day[slot];
    if (!restaurant) return [];
    const label = slot[0]?.toUpperCase() + slot.slice(1);
    const cuisines = restaurant.cuisines.join(', ') || 'restaurant';
    return [
      {
        kind: 'meal',
        label,
        name: restaurant.name,
        city: restaurant.city,
        slot: SLOTS[slot],
        address: null,
        geo: null,
        detail: `${cuisines}; about ${money(restaurant.averageCost, currency)} a person; rated ${restaurant.rating}/5.`,
      },
    ];
  };
  const visits = day.sights.map(
    (sight): DayItem => ({
      kind: 'visit',
      label: 'Visit',
      name: sight.name,
      city: sight.city,
      slot: SLOTS.visit,
      address: sight.address,
      geo: sight.location,
      detail: sight.category ? `${sight.category}.` : 'Sight.',
    }),
  );
  // Order of a day: breakfast, a morning visit, lunch, the other visits, dinner.
  return [
    ...meal('breakfast'),
    ...visits.slice(0, 1),
    ...meal('lunch'),
    ...visits.slice(1),
    ...meal('dinner'),
  ];
}

function arrivalKey(day: number, city: string): string {
  return `${day}\u0000${city}`;
}

function dayEntries(plan: Plan, cities: CityLookup, arrivals: Map<number | string, number>): CalendarEntry[] {
  const entries: CalendarEntry[] = [];
  for (const day of plan.days) {
    const items = dayItems(day, plan.cost.currency);
    let cursor = 0;
    let afternoonVisits = 0;
    items.forEach((item, index) => {
      const zone = cities(item.city)?.timeZone ?? null;
      const arrival = arrivals.get(arrivalKey(day.day, day.city)) ?? arrivals.get(day.day);
      // Things in the arrival city wait for the arrival; things in the city left happen before leaving.
      if (
        arrival !== undefined &&
        item.city === day.city &&
        day.fromCity !== null &&
        day.fromCity !== day.city
      ) {
        const local = wallClockAt(arrival, zone);
        const arrivedAt = local.date > day.date ? 1440 + minutesOf(local.time) : minutesOf(local.time);
        cursor = Math.max(cursor, arrivedAt + AFTER_ARRIVAL);
      }
      let at = item.slot.at;
      if (item.kind === 'visit' && index > 1) at = 14 * 60 + 30 + afternoonVisits++ * 150;
      const startMinutes = Math.max(at, cursor);
      cursor = startMinutes + item.slot.minutes;
      const start = {
        date: addDays(day.date, Math.floor(startMinutes / 1440)),
        time: clockTime(startMinutes),
      };
      entries.push({
        key: `day-${day.day}-${index + 1}`,
        kind: item.kind,
        summary: `${item.label}: ${item.name}`,
        description: `Day ${day.day} in ${item.city}. ${item.detail}\nSuggested time; the plan sets the day, not the hour.`,
        location: item.address ?? `${item.name}, ${item.city}`,
        geo: item.geo ?? cities(item.city)?.location ?? null,
        timeZone: zone,
        start,
        end: addMinutes(start, item.slot.minutes, zone),
      });
    });
  }
  return entries;
}

/** Every event of a plan: one per leg, per stay, per planned meal and per planned visit. */
export function calendarEntries(plan: Plan, cities: CityLookup): CalendarEntry[] {
  const { entries: legs, arrivals } = legEntries(plan, cities);
  return [...legs, ...stayEntries(plan, cities), ...dayEntries(plan, cities, arrivals)];
}
