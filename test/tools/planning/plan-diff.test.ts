import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../tools/domain/plan.schema.js';
import { PlanDiff } from '../../../tools/domain/plan-diff.schema.js';
import { diffPlans } from '../../../tools/planning/plan-diff.js';
import { booking, revised, samplePlan } from '../../support/plans.js';
import { flight, ground, restaurant, sight } from './fixtures.js';

const BEFORE = samplePlan();

/** Swaps the Denver stay (nights 1-2) for a cheaper one, as a repair after a sell-out would. */
function swapDenverStay(plan: Plan): void {
  plan.stays[0] = booking('Denver', 'Sunny room near Union Station', 129, 1, 2);
  for (const d of plan.days) {
    if (d.accommodation === 'Cozy loft in LoDo') d.accommodation = 'Sunny room near Union Station';
  }
}

describe('diffPlans', () => {
  it('the sample plan costs what its parts cost', () => {
    expect(BEFORE.cost).toMatchObject({ transport: 820, accommodation: 540, meals: 480, total: 1840 });
  });

  it('no change: nothing listed, everything counted as kept, "No changes."', () => {
    const diff = diffPlans(BEFORE, structuredClone(BEFORE));
    expect(PlanDiff.parse(diff)).toEqual(diff);
    expect(diff).toMatchObject({
      changed: false,
      legs: [],
      stays: [],
      days: [],
      route: { before: ['Denver', 'Boulder'], after: ['Denver', 'Boulder'], changed: false },
      cost: { before: 1840, after: 1840, delta: 0, currency: 'USD' },
      unchanged: { legs: 3, stays: 2, days: 5 },
      sentence: 'No changes.',
    });
  });

  it('stay swap: before/after stay, the accommodation of its days, the saving, one sentence with the reason', () => {
    const after = revised(BEFORE, swapDenverStay);
    const diff = diffPlans(BEFORE, after, { reason: 'stay sold out in Denver' });
    expect(diff.stays).toEqual([
      {
        kind: 'changed',
        city: 'Denver',
        firstNight: 1,
        before: {
          name: 'Cozy loft in LoDo',
          roomType: 'Entire home/apt',
          firstNight: 1,
          nights: 2,
          rooms: 1,
          pricePerNight: 150,
          cost: 300,
        },
        after: {
          name: 'Sunny room near Union Station',
          roomType: 'Entire home/apt',
          firstNight: 1,
          nights: 2,
          rooms: 1,
          pricePerNight: 129,
          cost: 258,
        },
      },
    ]);
    expect(diff.days.map((d) => [d.day, d.fields])).toEqual([
      [
        1,
        [{ field: 'accommodation', before: ['Cozy loft in LoDo'], after: ['Sunny room near Union Station'] }],
      ],
      [
        2,
        [{ field: 'accommodation', before: ['Cozy loft in LoDo'], after: ['Sunny room near Union Station'] }],
      ],
    ]);
    expect(diff.cost).toEqual({ before: 1840, after: 1798, delta: -42, currency: 'USD' });
    expect(diff.unchanged).toEqual({ legs: 3, stays: 1, days: 3 });
    // The days' accommodation follows from the stay, so the sentence does not repeat it.
    expect(diff.sentence).toBe(
      'Stay in Denver changed from Cozy loft in LoDo to Sunny room near Union Station ' +
        '(stay sold out in Denver); cost down $42 to $1,798.',
    );
  });

  it('leg swap: matched by day, from and to; before/after mode, flight number, times and cost', () => {
    const after = revised(BEFORE, (plan) => {
      plan.legs[0] = {
        mode: 'flight',
        day: 1,
        from: 'Seattle',
        to: 'Denver',
        flight: flight('Seattle', 'Denver', '2027-05-10', '14:10', '17:40', 215.5, 'AS330'),
        cost: 431,
      };
    });
    const diff = diffPlans(BEFORE, after);
    expect(diff.legs).toEqual([
      {
        kind: 'changed',
        day: 1,
        from: 'Seattle',
        to: 'Denver',
        before: {
          day: 1,
          mode: 'flight',
          from: 'Seattle',
          to: 'Denver',
          flightNumber: 'UA101',
          departureTime: '09:00',
          arrivalTime: '12:30',
          durationMinutes: 150,
          cost: 400,
        },
        after: {
          day: 1,
          mode: 'flight',
          from: 'Seattle',
          to: 'Denver',
          flightNumber: 'AS330',
          departureTime: '14:10',
          arrivalTime: '17:40',
          durationMinutes: 150,
          cost: 431,
        },
      },
    ]);
    expect(diff.unchanged.legs).toBe(2);
    expect(diff.sentence).toBe(
      'Flight from Seattle to Denver changed from UA101 at 09:00 to AS330 at 14:10; cost up $31 to $1,871.',
    );
  });

  it('a leg that changes mode, and one whose price alone changed, are both described', () => {
    const after = revised(BEFORE, (plan) => {
      plan.legs[1] = {
        mode: 'self-driving',
        day: 3,
        from: 'Denver',
        to: 'Boulder',
        route: ground('self-driving', 'Denver', 'Boulder', 35, 40),
        vehicles: 1,
        cost: 35,
      };
      const home = plan.legs[2];
      if (home?.mode === 'flight') {
        home.flight.price = 190.25;
        home.cost = 380.5;
      }
    });
    const diff = diffPlans(BEFORE, after);
    expect(diff.legs.map((l) => [l.kind, l.day, l.before?.mode, l.after?.mode])).toEqual([
      ['changed', 3, 'taxi', 'self-driving'],
      ['changed', 5, 'flight', 'flight'],
    ]);
    expect(diff.sentence).toBe(
      'Transport from Denver to Boulder changed from a taxi to self-driving, and flight DL202 from Boulder ' +
        'to Seattle now costs $380.50 (was $360); cost down $4.50 to $1,835.50.',
    );
  });

  it('a leg moved to another day is one changed leg, not one removed and one added', () => {
    const after = revised(BEFORE, (plan) => {
      const taxi = plan.legs[1];
      if (taxi) taxi.day = 4;
    });
    const diff = diffPlans(BEFORE, after);
    expect(diff.legs).toHaveLength(1);
    expect(diff.legs[0]).toMatchObject({ kind: 'changed', day: 4, before: { day: 3 }, after: { day: 4 } });
    expect(diff.sentence).toBe(
      'Taxi from Denver to Boulder moved from day 3 to day 4; cost unchanged at $1,840.',
    );
  });

  it('day change: the fields that changed, with names before and after; one day is described', () => {
    const after = revised(BEFORE, (plan) => {
      const d2 = plan.days[1];
      if (d2) d2.dinner = restaurant('Buckhorn Exchange', 'Denver', 41);
    });
    const diff = diffPlans(BEFORE, after);
    expect(diff.days).toEqual([
      {
        kind: 'changed',
        day: 2,
        date: '2027-05-11',
        city: 'Denver',
        fields: [{ field: 'dinner', before: ['Guard and Grace'], after: ['Buckhorn Exchange'] }],
      },
    ]);
    expect(diff.sentence).toBe(
      'Dinner on day 2 changed from Guard and Grace to Buckhorn Exchange; cost up $42 to $1,882.',
    );
  });

  it('several fields of one day are named; several days are counted', () => {
    const oneDay = revised(BEFORE, (plan) => {
      const d4 = plan.days[3];
      if (!d4) return;
      d4.lunch = restaurant('Oak at Fourteenth', 'Boulder', 20);
      d4.sights = [sight('Chautauqua Park', 'Boulder'), sight('Eldorado Canyon', 'Boulder')];
    });
    expect(diffPlans(BEFORE, oneDay).sentence).toBe(
      "Day 4's lunch and sights were updated; cost unchanged at $1,840.",
    );

    const threeDays = revised(oneDay, (plan) => {
      plan.days[1]?.sights.pop();
      const d3 = plan.days[2];
      if (d3) d3.breakfast = null;
    });
    const diff = diffPlans(BEFORE, threeDays);
    expect(diff.days.map((d) => [d.day, d.fields.map((f) => f.field)])).toEqual([
      [2, ['sights']],
      [3, ['breakfast']],
      [4, ['lunch', 'sights']],
    ]);
    expect(diff.sentence).toBe("3 days' plans were updated; cost down $40 to $1,800.");
  });

  it('most important first: transport, then stays, then the days counted', () => {
    const after = revised(BEFORE, (plan) => {
      swapDenverStay(plan);
      const home = plan.legs[2];
      if (home?.mode === 'flight')
        home.flight = { ...home.flight, flightNumber: 'DL208', departureTime: '20:05' };
      plan.days[1]?.sights.reverse();
      const d4 = plan.days[3];
      if (d4) d4.dinner = restaurant('Pizzeria Locale', 'Boulder', 20);
    });
    expect(diffPlans(BEFORE, after, { reason: 'stay sold out in Denver' }).sentence).toBe(
      'Flight from Boulder to Seattle changed from DL202 at 17:00 to DL208 at 20:05 (stay sold out in Denver), ' +
        "stay in Denver changed from Cozy loft in LoDo to Sunny room near Union Station, and 2 days' plans " +
        'were updated; cost down $42 to $1,798.',
    );
  });

  it('cost change alone: only the total moved (a price update), said without listing anything', () => {
    const after = { ...BEFORE, cost: { ...BEFORE.cost, total: 1852.25 } };
    const diff = diffPlans(BEFORE, after);
    expect(diff).toMatchObject({ changed: true, legs: [], stays: [], days: [] });
    expect(diff.cost).toEqual({ before: 1840, after: 1852.25, delta: 12.25, currency: 'USD' });
    expect(diff.sentence).toBe('Cost up $12.25 to $1,852.25.');
    expect(diffPlans(BEFORE, after, { reason: 'flight prices rose' }).sentence).toBe(
      'Cost up $12.25 to $1,852.25 (flight prices rose).',
    );
    expect(diffPlans(BEFORE, BEFORE, { reason: 'nightly check' }).sentence).toBe('No changes.');
  });

  it('stays whose nights shift keep their identity by city; added and removed stays are named', () => {
    const shifted = revised(BEFORE, (plan) => {
      plan.stays = [
        booking('Denver', 'Cozy loft in LoDo', 150, 1, 3),
        booking('Boulder', 'Flatirons cabin', 120, 4, 1),
      ];
      plan.route.nights = [3, 1];
    });
    const diff = diffPlans(BEFORE, shifted);
    expect(diff.stays.map((s) => [s.kind, s.city, s.before?.nights, s.after?.nights])).toEqual([
      ['changed', 'Denver', 2, 3],
      ['changed', 'Boulder', 2, 1],
    ]);
    expect(diff.sentence).toBe(
      'Stay at Cozy loft in LoDo in Denver is now 3 nights (was 2), and stay at Flatirons cabin in Boulder ' +
        'is now 1 night (was 2); cost up $30 to $1,870.',
    );

    const extra = revised(BEFORE, (plan) => {
      plan.stays = [
        plan.stays[0]!,
        booking('Boulder', 'Hotel Boulderado', 200, 3, 1),
        booking('Boulder', 'Flatirons cabin', 120, 4, 1),
      ];
    });
    const added = diffPlans(BEFORE, extra);
    expect(
      added.stays.map((s) => [s.kind, s.firstNight, s.before?.name ?? null, s.after?.name ?? null]),
    ).toEqual([
      ['changed', 3, 'Flatirons cabin', 'Hotel Boulderado'],
      ['added', 4, null, 'Flatirons cabin'],
    ]);
  });

  it('a different route: the new cities lead the sentence, legs and stays are counted, days too', () => {
    const after = revised(BEFORE, (plan) => {
      plan.route.cities = ['Denver', 'Aspen'];
      plan.stays[1] = booking('Aspen', 'Aspen Alps', 180, 3, 2);
      plan.legs[1] = {
        mode: 'taxi',
        day: 3,
        from: 'Denver',
        to: 'Aspen',
        route: ground('taxi', 'Denver', 'Aspen', 60, 200),
        vehicles: 1,
        cost: 60,
      };
      plan.legs[2] = {
        mode: 'flight',
        day: 5,
        from: 'Aspen',
        to: 'Seattle',
        flight: flight('Aspen', 'Seattle', '2027-05-14', '12:00', '14:30', 240, 'UA880'),
        cost: 480,
      };
      for (const d of plan.days.slice(2, 4)) {
        d.city = 'Aspen';
        d.sights = [sight(`Aspen sight ${d.day}`, 'Aspen')];
        d.accommodation = 'Aspen Alps';
      }
    });
    const diff = diffPlans(BEFORE, after);
    expect(diff.route).toEqual({ before: ['Denver', 'Boulder'], after: ['Denver', 'Aspen'], changed: true });
    expect(diff.legs.map((l) => [l.kind, l.from, l.to])).toEqual([
      ['removed', 'Denver', 'Boulder'],
      ['added', 'Denver', 'Aspen'],
      ['removed', 'Boulder', 'Seattle'],
      ['added', 'Aspen', 'Seattle'],
    ]);
    expect(diff.stays.map((s) => [s.kind, s.city])).toEqual([
      ['removed', 'Boulder'],
      ['added', 'Aspen'],
    ]);
    // The city and accommodation of days 3-4 follow from the route and the stay; their sights do not.
    expect(diff.days.map((d) => [d.day, d.fields.map((f) => f.field)])).toEqual([
      [3, ['city', 'sights', 'accommodation']],
      [4, ['city', 'sights', 'accommodation']],
    ]);
    expect(diff.unchanged).toEqual({ legs: 1, stays: 1, days: 3 });
    expect(diff.sentence).toBe(
      'Route changed from Denver → Boulder to Denver → Aspen, 4 transport legs changed, 2 stays changed, ' +
        "and 2 days' plans were updated; cost up $240 to $2,080.",
    );
  });

  it('a plan priced in another currency has no delta, and says so', () => {
    const after = { ...BEFORE, cost: { ...BEFORE.cost, currency: 'EUR' } };
    const diff = diffPlans(BEFORE, after);
    expect(diff.cost.delta).toBeNull();
    expect(diff.changed).toBe(true);
    expect(diff.sentence).toBe('Cost now €1,840 (priced in another currency before).');
  });
});
