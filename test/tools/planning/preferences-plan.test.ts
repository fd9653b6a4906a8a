import { describe, expect, it } from 'vitest';
import { servesDietaryNeeds } from '../../../tools/domain/dietary.js';
import type { PlanDraft, TransportLeg } from '../../../tools/domain/plan.schema.js';
import { stayTier } from '../../../tools/planning/comfort.js';
import { stayCost } from '../../../tools/planning/cost.js';
import { flightTimeBreaches } from '../../../tools/planning/flight-times.js';
import { legTimes } from '../../../tools/planning/leg-times.js';
import { preferenceNotHonoured } from '../../../tools/planning/preference-notes.js';
import { validatePlan } from '../../../tools/planning/validate/validate-plan.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { checkOf, planInWorld } from './sandbox-plan.js';

const world = createSandboxWorld({ seed: 1 });
const meals = (draft: PlanDraft) =>
  draft.days.flatMap((d) => [d.breakfast, d.lunch, d.dinner]).filter((r) => r !== null);

describe('preferences that change the plan (sandbox, solver to validator)', () => {
  it('feeds a vegetarian party only at kitchens serving vegetarians, and the check catches a steakhouse', async () => {
    const { draft, validation } = await planInWorld(world, {
      origin: 'Chicago',
      destination: { kind: 'city', city: 'New Orleans' },
      startDate: '2027-05-03',
      days: 4,
      travellers: 3,
      budget: { amount: 4000, currency: 'USD' },
      constraints: { dietary: ['vegetarian'] },
    });
    expect(meals(draft).length).toBeGreaterThanOrEqual(6);
    for (const meal of meals(draft)) expect(servesDietaryNeeds(meal, ['vegetarian']), meal.name).toBe(true);
    expect(checkOf(validation, 'dietary')).toMatchObject({ kind: 'hard', passed: true });

    // A plan ignoring the wish: one dinner moved to a listed place that does not serve it.
    const listed = await world.searchRestaurants({ city: 'New Orleans' });
    const meat = listed.find((r) => !servesDietaryNeeds(r, ['vegetarian']))!;
    const day = draft.days.find((d) => d.dinner !== null)!;
    const ignoring = { ...draft, days: draft.days.map((d) => (d === day ? { ...d, dinner: meat } : d)) };
    const check = checkOf(await validatePlan(ignoring, world), 'dietary');
    expect(check.passed).toBe(false);
    expect(check.problems.join(' ')).toContain(meat.name);
  });

  it('books the top tier within budget for a luxury trip, never a shared bed, and the check catches a cheap room', async () => {
    const { draft, validation } = await planInWorld(world, {
      origin: 'Boston',
      destination: { kind: 'city', city: 'Chicago' },
      startDate: '2027-06-07',
      days: 4,
      travellers: 2,
      budget: { amount: 9000, currency: 'USD' },
      preferences: { comfort: 'luxury' },
    });
    for (const booking of draft.stays) {
      expect(stayTier(booking.stay)).toBe('luxury');
      expect(booking.stay.roomType).not.toBe('Shared room');
    }
    expect(checkOf(validation, 'comfort').passed).toBe(true);

    // The same trip in the cheapest eligible stay: the money left would buy luxury, so it fails.
    const booking = draft.stays[0]!;
    const listed = await world.searchStays({ city: booking.city });
    const cheap = listed
      .filter((s) => s.minimumNights <= booking.nights && stayTier(s) !== 'luxury')
      .sort((a, b) => a.pricePerNight - b.pricePerNight)[0]!;
    const cost = stayCost(cheap, 2, booking.nights);
    const ignoring = {
      ...draft,
      stays: [{ ...booking, stay: cheap, cost, rooms: Math.ceil(2 / cheap.maximumOccupancy) }],
      days: draft.days.map((d) =>
        d.accommodation === booking.stay.name ? { ...d, accommodation: cheap.name } : d,
      ),
    };
    const check = checkOf(await validatePlan(ignoring, world), 'comfort');
    expect(check.passed).toBe(false);
    expect(check.problems[0]).toContain('luxury');
  });

  it('reports luxury as not honoured when the booked stay is below it, instead of hiding it', async () => {
    const { draft, selection } = await planInWorld(world, {
      origin: 'Boston',
      destination: { kind: 'city', city: 'Chicago' },
      startDate: '2027-06-07',
      days: 4,
      travellers: 2,
      preferences: { comfort: 'luxury' },
    });
    expect(preferenceNotHonoured(draft.spec, selection)).toEqual([]);
    // What the solver falls back to when the money buys no luxury: a mid-range stay, reported.
    const listed = await world.searchStays({ city: 'Chicago' });
    const mid = listed.find((s) => stayTier(s) === 'mid-range')!;
    const booking = { ...selection.stays[0]!, stay: mid };
    const notes = preferenceNotHonoured(draft.spec, { ...selection, stays: [booking] });
    expect(notes).toEqual([{ wish: 'luxury stays', reason: expect.stringContaining(mid.name) }]);
  });

  it('keeps flights inside a flight-time window (no red-eye, not before 09:00) and still flies', async () => {
    const flightTimes = { noOvernight: true, earliestDeparture: '09:00' };
    const { draft, validation } = await planInWorld(world, {
      origin: 'Los Angeles',
      destination: { kind: 'city', city: 'New York' },
      startDate: '2027-04-09',
      days: 4,
      travellers: 1,
      budget: { amount: 5000, currency: 'USD' },
      constraints: { flightTimes, excludedModes: ['self-driving', 'taxi'] },
    });
    const flights = draft.legs.filter((l) => l.mode === 'flight');
    expect(flights.length).toBe(2);
    for (const leg of flights) {
      expect(flightTimeBreaches(leg.flight, draft.spec.constraints.flightTimes)).toEqual([]);
      expect(leg.flight.departureTime >= '09:00').toBe(true);
      expect(leg.flight.arrivalDate).toBe(leg.flight.date);
    }
    expect(checkOf(validation, 'flight-times').passed).toBe(true);

    // The same trip on the red-eye the sandbox lists: the check names it and the fitting flights.
    const out = flights[0]!;
    const listed = await world.searchFlights({ from: out.from, to: out.to, date: out.flight.date });
    const redEye = listed.find((f) => f.arrivalDate !== f.date)!;
    expect(redEye).toBeDefined();
    const ignoring = {
      ...draft,
      legs: draft.legs.map((l) => (l === out ? { ...out, flight: redEye, cost: redEye.price } : l)),
    };
    const check = checkOf(await validatePlan(ignoring, world), 'flight-times');
    expect(check.passed).toBe(false);
    expect(check.problems[0]).toContain(redEye.flightNumber);
  });

  it('does not turn a wish about times into "no flights at all": long hauls still fly, and the plan says so', async () => {
    const { draft, selection, validation } = await planInWorld(world, {
      origin: 'London',
      destination: { kind: 'city', city: 'Tokyo' },
      startDate: '2027-04-09',
      days: 6,
      travellers: 1,
      constraints: { flightTimes: { noOvernight: true } },
    });
    const out = draft.legs[0]!;
    expect(out.mode).toBe('flight');
    if (out.mode !== 'flight') return;
    // London → Tokyo always lands the next local day: local clocks, a UTC-measured duration.
    expect(out.flight.arrivalDate).toBe('2027-04-10');
    expect(legTimes(out).arrival).toBeGreaterThan(24 * 60);
    // Every London → Tokyo flight is overnight, so none honours the wish: not a failed check,
    // but a wish listed as not honoured.
    expect(checkOf(validation, 'flight-times').passed).toBe(true);
    expect(preferenceNotHonoured(draft.spec, selection).map((n) => n.wish)).toContain('no overnight flights');
  });

  it('crosses Europe by train when the party prefers trains, and the check catches a flight instead', async () => {
    const { draft, validation } = await planInWorld(world, {
      origin: 'London',
      destination: {
        kind: 'cities',
        stops: [
          { city: 'Paris', nights: 3 },
          { city: 'Lyon', nights: 2 },
          { city: 'Nice', nights: 2 },
        ],
      },
      startDate: '2027-05-10',
      days: 8,
      travellers: 2,
      budget: { amount: 8000, currency: 'USD' },
      preferences: { preferredModes: ['rail'] },
    });
    expect(draft.route.cities).toEqual(['Paris', 'Lyon', 'Nice']);
    const modes = draft.legs.map((l: TransportLeg) => `${l.from}>${l.to}:${l.mode}`);
    expect(modes.slice(0, 3)).toEqual(['London>Paris:rail', 'Paris>Lyon:rail', 'Lyon>Nice:rail']);
    // Nice → London is beyond a day train: the trip flies home, rail mixing with a flight.
    expect(draft.legs[3]!.mode).toBe('flight');
    expect(checkOf(validation, 'preferred-modes').passed).toBe(true);
    expect(checkOf(validation, 'within-sandbox').passed).toBe(true);
    expect(checkOf(validation, 'non-conflicting-transport').passed).toBe(true);

    // Paris → Lyon by taxi although trains run that day: the check fails and names a train.
    const hop = draft.legs[1]!;
    const taxi = (await world.groundRoute({ from: hop.from, to: hop.to, mode: 'taxi' }))!;
    const ignoring = {
      ...draft,
      legs: draft.legs.map((l) =>
        l === hop
          ? {
              mode: 'taxi' as const,
              day: l.day,
              from: l.from,
              to: l.to,
              route: taxi,
              vehicles: 1,
              cost: taxi.cost,
            }
          : l,
      ),
    };
    const check = checkOf(await validatePlan(ignoring, world), 'preferred-modes');
    expect(check.passed).toBe(false);
    expect(check.problems[0]).toMatch(/prefers trains and train/);
  });

  it('keeps a "cheapest" trip on the cheapest stays and fares, and the check catches a dearer flight', async () => {
    const { draft, validation } = await planInWorld(world, {
      origin: 'Chicago',
      destination: { kind: 'city', city: 'Atlanta' },
      startDate: '2027-05-03',
      days: 4,
      travellers: 2,
      constraints: { excludedModes: ['self-driving', 'taxi', 'rail'] },
      preferences: { comfort: 'cheapest' },
    });
    expect(checkOf(validation, 'comfort').passed).toBe(true);
    const out = draft.legs[0]!;
    if (out.mode !== 'flight') throw new Error(`expected a flight, got ${out.mode}`);
    const listed = await world.searchFlights({ from: out.from, to: out.to, date: out.flight.date });
    expect(out.flight.price).toBe(Math.min(...listed.map((f) => f.price)));
    const dearer = listed.find((f) => f.price > out.flight.price)!;
    const ignoring = {
      ...draft,
      legs: draft.legs.map((l) => (l === out ? { ...out, flight: dearer, cost: dearer.price * 2 } : l)),
    };
    const check = checkOf(await validatePlan(ignoring, world), 'comfort');
    expect(check.passed).toBe(false);
    expect(check.problems.join(' ')).toContain('not the cheapest');
  });

  it('drives when the party would rather drive, and the check catches a flight on a drivable trip', async () => {
    const { draft, validation } = await planInWorld(world, {
      origin: 'San Francisco',
      destination: { kind: 'city', city: 'Los Angeles' },
      startDate: '2027-05-03',
      days: 3,
      travellers: 2,
      budget: { amount: 3000, currency: 'USD' },
      preferences: { preferredModes: ['self-driving'] },
    });
    expect(draft.legs.map((l) => l.mode)).toEqual(['self-driving', 'self-driving']);
    expect(checkOf(validation, 'preferred-modes').passed).toBe(true);

    const [flight] = await world.searchFlights({
      from: 'San Francisco',
      to: 'Los Angeles',
      date: '2027-05-03',
    });
    const flying: TransportLeg = {
      mode: 'flight',
      day: 1,
      from: 'San Francisco',
      to: 'Los Angeles',
      flight: flight!,
      cost: flight!.price * 2,
    };
    const ignoring = { ...draft, legs: [flying, ...draft.legs.slice(1)] };
    const check = checkOf(await validatePlan(ignoring, world), 'preferred-modes');
    expect(check.passed).toBe(false);
    expect(check.problems[0]).toContain('prefers to drive');
  });
});
