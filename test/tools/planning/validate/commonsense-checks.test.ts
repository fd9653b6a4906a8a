import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../../../tools/planning/validate/validate-plan.js';
import {
  coloradoPlan,
  coloradoRevisitPlan,
  dayOf,
  failedIds,
  groundLeg,
  portlandPlan,
  problemsOf,
  swapStay,
} from './plans.js';
import { createWorld, restaurantNamed, sightNamed } from './world-data.js';

describe('within-current-city', () => {
  it('fails a sight in another city', async () => {
    const plan = coloradoPlan();
    dayOf(plan, 2).sights.push(sightNamed('Seven Falls'));
    const report = await validatePlan(plan, createWorld());
    expect(failedIds(report)).toEqual(['within-current-city']);
    expect(problemsOf(report, 'within-current-city')).toEqual([
      "day 2: sight 'Seven Falls' is in Colorado Springs, but day 2 is spent in Denver; pick a sight in Denver",
    ]);
  });

  it('accepts either city on a travel day but not a third one', async () => {
    const plan = coloradoPlan();
    dayOf(plan, 3).lunch = restaurantNamed('Seattle Tacos');
    expect(problemsOf(await validatePlan(plan, createWorld()), 'within-current-city')).toEqual([
      "day 3: lunch at 'Seattle Tacos' is in Seattle, but day 3 travels from Denver to Colorado Springs; pick a restaurant in Denver or Colorado Springs",
    ]);
  });

  it('fails a leg set on a day that does not travel that way', async () => {
    const plan = coloradoPlan();
    plan.legs[1] = groundLeg('taxi', 'Denver', 'Colorado Springs', 2, 2);
    const problems = problemsOf(await validatePlan(plan, createWorld()), 'within-current-city');
    expect(problems).toContain(
      'day 2: the taxi from Denver to Colorado Springs is on a day spent entirely in Denver; move it to the day that travels from Denver to Colorado Springs',
    );
  });
});

describe('reasonable-route', () => {
  it('fails a route that does not return to the origin', async () => {
    const plan = portlandPlan();
    plan.legs = plan.legs.filter((leg) => leg.day !== 3);
    const last = dayOf(plan, 3);
    Object.assign(last, {
      fromCity: null,
      city: 'Portland',
      lunch: restaurantNamed('Portland Cafe'),
      dinner: restaurantNamed('Portland Steak'),
    });
    const report = await validatePlan(plan, createWorld());
    expect(failedIds(report)).toEqual(['reasonable-route']);
    expect(problemsOf(report, 'reasonable-route')).toEqual([
      'day 3, the last day, ends in Portland; it must travel back to Seattle, the origin',
      'the last leg (day 1: self-driving from Seattle to Portland) does not return to Seattle; end the trip with a leg back to Seattle',
    ]);
  });

  it('fails a city visited twice non-consecutively', async () => {
    const report = await validatePlan(coloradoRevisitPlan(), createWorld());
    expect(failedIds(report)).toEqual(['reasonable-route']);
    expect(problemsOf(report, 'reasonable-route')).toEqual([
      "day 3: the trip comes back to Denver, already visited on days 1–2; each city's days must be consecutive",
    ]);
  });

  it('fails cities outside the destination region or city', async () => {
    const region = coloradoPlan();
    region.spec = { ...region.spec, destination: { kind: 'region', region: 'Utah', cityCount: 2 } };
    const report = await validatePlan(region, createWorld());
    expect(failedIds(report)).toEqual(['reasonable-route']);
    expect(problemsOf(report, 'reasonable-route')).toEqual([
      'the plan visits Denver, which is in Colorado, not Utah; visit only cities in Utah',
      'the plan visits Colorado Springs, which is in Colorado, not Utah; visit only cities in Utah',
    ]);
    const city = portlandPlan();
    city.spec = { ...city.spec, destination: { kind: 'city', city: 'Eugene' } };
    expect(problemsOf(await validatePlan(city, createWorld()), 'reasonable-route')).toEqual([
      'the plan visits Portland, but the destination is Eugene; visit only Eugene',
    ]);
  });

  it('fails a route summary that disagrees with the days', async () => {
    const plan = coloradoPlan();
    plan.route = { cities: ['Denver', 'Colorado Springs'], nights: [3, 1] };
    const report = await validatePlan(plan, createWorld());
    expect(failedIds(report)).toEqual(['reasonable-route']);
    expect(problemsOf(report, 'reasonable-route')).toEqual([
      'the route gives Denver 3 nights, but the days spend 2 nights there; make them agree',
      'the route gives Colorado Springs 1 night, but the days spend 2 nights there; make them agree',
    ]);
  });
});

describe('diverse-restaurants and diverse-attractions', () => {
  it('fails a repeated restaurant under TravelPlanner rules, naming both days', async () => {
    const plan = coloradoPlan();
    plan.spec = { ...plan.spec, ruleset: 'travelplanner' };
    dayOf(plan, 4).lunch = restaurantNamed('Pikes Peak Cafe');
    const report = await validatePlan(plan, createWorld());
    expect(failedIds(report)).toEqual(['diverse-restaurants']);
    expect(problemsOf(report, 'diverse-restaurants')).toEqual([
      "day 4: lunch at restaurant 'Pikes Peak Cafe' in Colorado Springs was already used on day 3 (lunch); pick a different restaurant",
    ]);
  });

  it('fails a restaurant coming back within the repeat gap on an ordinary trip', async () => {
    const plan = coloradoPlan();
    plan.spec = { ...plan.spec, ruleset: 'standard' };
    dayOf(plan, 4).lunch = restaurantNamed('Pikes Peak Cafe');
    expect(problemsOf(await validatePlan(plan, createWorld()), 'diverse-restaurants')).toEqual([
      "day 4: lunch at restaurant 'Pikes Peak Cafe' in Colorado Springs was already used on day 3 (lunch) (a restaurant may come back only after 3 days); pick a different restaurant",
    ]);
  });

  it('fails a repeated sight', async () => {
    const plan = coloradoPlan();
    dayOf(plan, 4).sights.push(sightNamed('Garden of the Gods'));
    const report = await validatePlan(plan, createWorld());
    expect(failedIds(report)).toEqual(['diverse-attractions']);
    expect(problemsOf(report, 'diverse-attractions')).toEqual([
      "day 4: sight 'Garden of the Gods' in Colorado Springs was already visited on day 3; pick a different sight",
    ]);
  });
});

describe('non-conflicting-transport', () => {
  it('fails flights together with self-driving', async () => {
    const plan = coloradoPlan();
    plan.spec = { ...plan.spec, constraints: { ...plan.spec.constraints, excludedModes: [] } };
    plan.legs[1] = groundLeg('self-driving', 'Denver', 'Colorado Springs', 3, 2);
    const report = await validatePlan(plan, createWorld());
    expect(failedIds(report)).toEqual(['non-conflicting-transport']);
    expect(problemsOf(report, 'non-conflicting-transport')).toEqual([
      'the plan mixes self-driving (day 3: self-driving from Denver to Colorado Springs) with flights (day 1: flight F1001 from Seattle to Denver and day 5: flight F2002 from Colorado Springs to Seattle); a trip that drives its own car cannot also use flights, so change one side',
    ]);
  });
});

describe('minimum-nights', () => {
  it('fails a stay shorter than its minimum', async () => {
    const plan = coloradoPlan();
    swapStay(plan, 'Mile High Loft', 'Union Station Suites');
    const report = await validatePlan(plan, createWorld());
    expect(failedIds(report)).toEqual(['minimum-nights']);
    expect(problemsOf(report, 'minimum-nights')).toEqual([
      "days 1–2: 2 nights at 'Union Station Suites' in Denver, but it requires at least 3 consecutive nights; stay longer or choose a stay with a shorter minimum",
    ]);
  });

  it('fails bookings that disagree with the days', async () => {
    const plan = coloradoPlan();
    dayOf(plan, 2).accommodation = 'Downtown Rooms';
    const problems = problemsOf(await validatePlan(plan, createWorld()), 'minimum-nights');
    expect(problems).toEqual([
      "day 1: 1 night at 'Mile High Loft' in Denver, but it requires at least 2 consecutive nights; stay longer or choose a stay with a shorter minimum",
      "the booking of 'Mile High Loft' covers the night of day 2, but day 2 names 'Downtown Rooms'; make the day and the booking agree",
    ]);
  });
});
