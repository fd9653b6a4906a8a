import { describe, expect, it } from 'vitest';
import { ValidationReport } from '../../../../tools/domain/plan.schema.js';
import { applicableHardChecks, validatePlan } from '../../../../tools/planning/validate/validate-plan.js';
import {
  COLORADO_HARD_CHECKS,
  coloradoPlan,
  dayOf,
  failedIds,
  groundLeg,
  portlandPlan,
  problemsOf,
} from './plans.js';
import { createWorld, restaurantNamed, sightNamed } from './world-data.js';

describe('validatePlan on known-good plans', () => {
  it('passes the 5-day, 2-city Colorado plan with every check reported in order', async () => {
    const report = await validatePlan(coloradoPlan(), createWorld());
    expect(report.checks.filter((c) => !c.passed)).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.checks.map((c) => c.id)).toEqual([
      'within-sandbox',
      'complete-information',
      'within-current-city',
      'reasonable-route',
      'diverse-restaurants',
      'diverse-attractions',
      'non-conflicting-transport',
      'minimum-nights',
      ...COLORADO_HARD_CHECKS,
    ]);
    expect(ValidationReport.parse(report)).toEqual(report);
  });

  it('passes the 3-day Portland plan and reports only the hard checks it sets', async () => {
    const report = await validatePlan(portlandPlan(), createWorld());
    expect(report.checks.filter((c) => !c.passed)).toEqual([]);
    expect(report.checks.filter((c) => c.kind === 'hard').map((c) => c.id)).toEqual([
      'budget',
      'room-type',
      'cuisine',
      'transportation',
    ]);
  });

  it('asks the world each distinct question once', async () => {
    const world = createWorld();
    await validatePlan(coloradoPlan(), world);
    expect(world.calls.get('searchrestaurants|denver')).toBe(1);
    expect(world.calls.get('searchsights|colorado springs')).toBe(1);
    expect(world.calls.get('searchstays|denver')).toBe(1);
    expect([...world.calls.values()].every((n) => n === 1)).toBe(true);
  });

  it('reports budget only when the request sets one', () => {
    const spec = { ...portlandPlan().spec, budget: null };
    expect(applicableHardChecks(spec)).toEqual(['room-type', 'cuisine', 'transportation']);
  });
});

describe('within-sandbox', () => {
  it('fails a made-up flight number and suggests listed ones', async () => {
    const plan = coloradoPlan();
    const leg = plan.legs[0];
    if (leg?.mode !== 'flight') throw new Error('fixture: day 1 flies');
    leg.flight.flightNumber = 'F9999';
    const report = await validatePlan(plan, createWorld());
    expect(failedIds(report).filter((id) => !COLORADO_HARD_CHECKS.includes(id))).toEqual(['within-sandbox']);
    expect(problemsOf(report, 'within-sandbox')).toEqual([
      'day 1: flight F9999 from Seattle to Denver on 2025-06-01 does not exist in the data; choose a listed flight such as F1001 or F1002',
    ]);
  });

  it('fails a tampered restaurant price', async () => {
    const plan = coloradoPlan();
    dayOf(plan, 2).lunch = { ...restaurantNamed('Taco Loco'), averageCost: 5 };
    const report = await validatePlan(plan, createWorld());
    expect(problemsOf(report, 'within-sandbox')).toEqual([
      "day 2: lunch at 'Taco Loco' in Denver is recorded with average cost $5 where the data says $18; copy the entity exactly as the data lists it",
    ]);
  });

  it('fails a tampered flight price, a tampered nightly rate and a missing road route', async () => {
    const plan = coloradoPlan();
    const leg = plan.legs[2];
    if (leg?.mode !== 'flight') throw new Error('fixture: day 5 flies');
    leg.flight.price = 99;
    const firstBooking = plan.stays[0];
    if (!firstBooking) throw new Error('fixture: a booking');
    firstBooking.stay.pricePerNight = 100;
    plan.legs[1] = { ...groundLeg('taxi', 'Denver', 'Colorado Springs', 3, 2), from: 'Boulder' };
    const problems = problemsOf(await validatePlan(plan, createWorld()), 'within-sandbox');
    expect(problems).toContain(
      'day 3: the data has no taxi route from Boulder to Colorado Springs; choose another mode',
    );
    expect(problems).toContain(
      'day 5: flight F2002 from Colorado Springs to Seattle on 2025-06-05 is recorded with price $99 where the data says $210; copy the entity exactly as the data lists it',
    );
    expect(problems).toContain(
      "days 1–2: stay 'Mile High Loft' in Denver is recorded with price per night $100 where the data says $150; copy the entity exactly as the data lists it",
    );
  });

  it('fails a sight and a restaurant the city does not have', async () => {
    const plan = coloradoPlan();
    dayOf(plan, 4).sights.push({ ...sightNamed('Pikes Peak'), name: 'Broadmoor Lake' });
    dayOf(plan, 4).dinner = { ...restaurantNamed('Springs Smokehouse'), name: 'Ghost Kitchen' };
    const problems = problemsOf(await validatePlan(plan, createWorld()), 'within-sandbox');
    expect(problems).toEqual([
      "day 4: dinner at 'Ghost Kitchen' in Colorado Springs is not a restaurant the data lists there; pick a listed restaurant",
      "day 4: sight 'Broadmoor Lake' in Colorado Springs is not a sight the data lists there; pick a listed sight",
    ]);
  });

  it('makes every hard check fail, saying why', async () => {
    const plan = coloradoPlan();
    dayOf(plan, 2).breakfast = { ...restaurantNamed('Rocky Bagels'), averageCost: 1 };
    const report = await validatePlan(plan, createWorld());
    const hard = report.checks.filter((c) => c.kind === 'hard');
    expect(hard.map((c) => c.id)).toEqual(COLORADO_HARD_CHECKS);
    for (const check of hard) {
      expect(check.passed).toBe(false);
      expect(check.problems[0]).toBe(
        'not checked because the plan is not within the sandbox (within-sandbox failed); hard constraints count as failed until that is fixed',
      );
    }
  });
});

describe('complete-information', () => {
  it('fails a full day without dinner, and an incomplete plan fails every hard check', async () => {
    const plan = coloradoPlan();
    dayOf(plan, 2).dinner = null;
    const report = await validatePlan(plan, createWorld());
    expect(failedIds(report)).toEqual(['complete-information', ...COLORADO_HARD_CHECKS]);
    expect(problemsOf(report, 'complete-information')).toEqual([
      'day 2 in Denver has no dinner; a full day needs breakfast, lunch and dinner',
    ]);
    expect(problemsOf(report, 'budget')).toEqual([
      'not checked because the plan is incomplete (complete-information failed); hard constraints count as failed until that is fixed',
    ]);
  });

  it('fails a missing day, a wrong date, a missing sight, a missing stay and too few cities', async () => {
    const plan = portlandPlan();
    plan.spec = { ...plan.spec, days: 4 };
    dayOf(plan, 2).sights = [];
    dayOf(plan, 2).accommodation = null;
    dayOf(plan, 3).date = '2025-07-13';
    plan.spec = { ...plan.spec, destination: { kind: 'region', region: 'Oregon', cityCount: 2 } };
    expect(problemsOf(await validatePlan(plan, createWorld()), 'complete-information')).toEqual([
      'the plan has 3 days but the trip is 4 days long; plan exactly days 1–4',
      'day 3 is dated 2025-07-13 but should be 2025-07-12 (the trip starts 2025-07-10)',
      'the plan visits 1 city (Portland) but the request asks for 2 cities in Oregon',
      'day 2 in Portland has no sight; add at least one sight in Portland',
      'day 2 has no accommodation; book a stay in Portland for that night',
    ]);
  });

  it('fails a travel day without a leg and a plan less than half filled', async () => {
    const plan = portlandPlan();
    plan.legs = plan.legs.filter((leg) => leg.day !== 3);
    dayOf(plan, 3).breakfast = null;
    dayOf(plan, 3).sights = [];
    dayOf(plan, 1).lunch = null;
    dayOf(plan, 1).dinner = null;
    dayOf(plan, 1).sights = [];
    dayOf(plan, 2).sights = [];
    expect(problemsOf(await validatePlan(plan, createWorld()), 'complete-information')).toEqual([
      'day 2 in Portland has no sight; add at least one sight in Portland',
      'day 3 travels from Portland to Seattle but has no transport leg; add one',
      'only 6 of 18 plan fields (transport, breakfast, sights, lunch, dinner, accommodation per day) are filled; fill at least 9',
    ]);
  });
});
