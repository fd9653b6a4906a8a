import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarEntries } from '../../../src/calendar/calendar-entries.js';
import { buildTripCalendar } from '../../../src/calendar/trip-calendar.js';
import { instantOf, wallClockAt } from '../../../src/calendar/zoned-time.js';
import type { Plan } from '../../../tools/domain/plan.schema.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { samplePlan } from '../../support/plans.js';

const world = createSandboxWorld({ seed: 1 });
const cities = (name: string) => world.resolveCity(name);

interface ParsedEvent {
  uid: string;
  summary: string;
  location: string;
  tzid: string | null;
  start: string;
  end: string;
  startUtc: number;
  endUtc: number;
}

/** Parses an .ics with ical.js (registering its VTIMEZONEs, as a calendar app does). */
function parse(ics: string): ParsedEvent[] {
  const root = new ICAL.Component(ICAL.parse(ics));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return root.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const start = component.getFirstProperty('dtstart');
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      tzid: (start?.getParameter('tzid') as string | undefined) ?? null,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      startUtc: event.startDate.toJSDate().getTime(),
      endUtc: event.endDate.toJSDate().getTime(),
    };
  });
}

function countMeals(plan: Plan): number {
  return plan.days.reduce((n, d) => n + [d.breakfast, d.lunch, d.dinner].filter(Boolean).length, 0);
}

describe('zoned time', () => {
  it('turns a wall clock into the instant that zone shows it, across DST', () => {
    expect(new Date(instantOf({ date: '2027-05-10', time: '09:00' }, 'America/Denver')).toISOString()).toBe(
      '2027-05-10T15:00:00.000Z',
    );
    expect(new Date(instantOf({ date: '2027-01-10', time: '09:00' }, 'America/Denver')).toISOString()).toBe(
      '2027-01-10T16:00:00.000Z',
    );
    expect(new Date(instantOf({ date: '2027-06-01', time: '08:50' }, 'Europe/London')).toISOString()).toBe(
      '2027-06-01T07:50:00.000Z',
    );
    expect(wallClockAt(Date.parse('2027-06-01T12:38:00Z'), 'Asia/Tokyo')).toEqual({
      date: '2027-06-01',
      time: '21:38',
    });
  });
});

describe('the trip calendar', () => {
  const plan = samplePlan();
  const ics = buildTripCalendar(plan, { tripId: 'trp_sample', cities });
  const events = parse(ics);

  it('has one event per leg, stay, meal and visit, with unique stable UIDs', () => {
    const sights = plan.days.reduce((n, d) => n + d.sights.length, 0);
    expect(events).toHaveLength(plan.legs.length + plan.stays.length + countMeals(plan) + sights);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(buildTripCalendar(plan, { tripId: 'trp_sample', cities })).toContain(events[0]?.uid);
  });

  it('writes local times under each city’s zone, with VTIMEZONEs for them', () => {
    const zones = new Set(events.map((e) => e.tzid));
    expect(zones).toEqual(new Set(['America/Los_Angeles', 'America/Denver']));
    for (const zone of zones) expect(ics).toContain(`TZID:${zone}`);
    const outbound = events.find((e) => e.summary === 'Flight UA101: Seattle → Denver');
    expect(outbound).toMatchObject({ tzid: 'America/Los_Angeles', start: '2027-05-10T09:00:00' });
    // 09:00 in Seattle (UTC−7 in May) is 16:00 UTC; the event lasts the flight's duration.
    expect(new Date(outbound!.startUtc).toISOString()).toBe('2027-05-10T16:00:00.000Z');
    const leg = plan.legs[0];
    expect(leg?.mode === 'flight' && outbound!.endUtc - outbound!.startUtc).toBe(
      leg?.mode === 'flight' && leg.flight.durationMinutes * 60_000,
    );
  });

  it('matches the plan: stays from check-in to check-out, meals and visits on their day and in their city', () => {
    const denver = events.find((e) => e.summary === 'Stay: Cozy loft in LoDo');
    expect(denver).toMatchObject({
      tzid: 'America/Denver',
      start: '2027-05-10T15:00:00',
      end: '2027-05-12T11:00:00',
    });
    const dinner = events.find((e) => e.summary === 'Dinner: Tacos Tequila Whiskey');
    expect(dinner).toMatchObject({ tzid: 'America/Denver', start: '2027-05-10T19:00:00' });
    expect(dinner?.location).toContain('Denver');
    // Day 1's plans in Denver begin after the flight lands (10:30 Seattle time = 11:30 in Denver) plus half an hour.
    const lunch = events.find((e) => e.summary === 'Lunch: Denver Biscuit Co');
    expect(lunch?.start.slice(0, 10)).toBe('2027-05-10');
    expect(lunch!.startUtc).toBeGreaterThanOrEqual(Date.parse('2027-05-10T18:00:00Z'));
    const entries = calendarEntries(plan, cities);
    for (const day of plan.days) {
      for (const sight of day.sights) {
        const event = events.find((e) => e.summary === `Visit: ${sight.name}`);
        expect(event?.start.slice(0, 10)).toBe(day.date);
        expect(entries.find((e) => e.summary === `Visit: ${sight.name}`)?.timeZone).toBe(
          world.resolveCity(sight.city)?.timeZone,
        );
      }
    }
  });

  it('takes a leg’s own zone and instants when the provider states them', () => {
    const zoned = samplePlan();
    const leg = zoned.legs[0];
    if (leg?.mode !== 'flight') throw new Error('the sample starts with a flight');
    // Vancouver keeps Seattle's clock, so only a calendar that reads the leg's zone says Vancouver.
    leg.flight = {
      ...leg.flight,
      departureZone: 'America/Vancouver',
      arrivalZone: 'America/Denver',
      departureAt: '2027-05-10T09:00-07:00',
      arrivalAt: '2027-05-10T12:40-06:00',
    };
    const event = parse(buildTripCalendar(zoned, { tripId: 'trp_sample', cities })).find((e) =>
      e.summary.startsWith('Flight UA101'),
    );
    expect(event).toMatchObject({ tzid: 'America/Vancouver', start: '2027-05-10T09:00:00' });
    // 09:00−07:00 to 12:40−06:00 is 2 h 40 min, whatever durationMinutes says.
    expect(event!.endUtc - event!.startUtc).toBe(160 * 60_000);
  });

  it('falls back to floating local times for a city no lookup knows', () => {
    const floating = parse(buildTripCalendar(plan, { tripId: 'trp_sample', cities: () => undefined }));
    expect(floating.every((e) => e.tzid === null)).toBe(true);
    expect(floating.find((e) => e.summary.startsWith('Flight UA101'))?.start).toBe('2027-05-10T09:00:00');
  });
});
