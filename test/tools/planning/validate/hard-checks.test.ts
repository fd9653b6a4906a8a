import { describe, expect, it } from 'vitest';
import { costBreakdown } from '../../../../tools/planning/cost.js';
import { validatePlan } from '../../../../tools/planning/validate/validate-plan.js';
import { coloradoPlan, dayOf, failedIds, problemsOf, swapStay } from './plans.js';
import { createWorld, restaurantNamed } from './world-data.js';

describe('hard constraints', () => {
  it('fails a plan $1 over budget, stating total and budget', async () => {
    const plan = coloradoPlan();
    const total = costBreakdown(plan, plan.spec.travellers, null, 'USD').total;
    expect(total).toBe(2032);
    plan.spec = { ...plan.spec, budget: { amount: total - 1, currency: 'USD' } };
    const report = await validatePlan(plan, createWorld());
    expect(failedIds(report)).toEqual(['budget']);
    expect(problemsOf(report, 'budget')).toEqual([
      'the plan costs $2,032 in total (transport $900, stays $560, meals $572 for 2 travellers), $1 over the budget of $2,031; choose cheaper transport, stays or meals',
    ]);
  });

  it('recomputes costs instead of trusting recorded ones, and flags misstated ones', async () => {
    const plan = coloradoPlan();
    const leg = plan.legs[0];
    const stayBooking = plan.stays[1];
    if (!leg || !stayBooking) throw new Error('fixture: legs and stays');
    leg.cost = 0;
    stayBooking.rooms = 2;
    const cost = { ...costBreakdown(plan, 2, 3000, 'USD'), total: 1000 };
    const report = await validatePlan({ ...plan, cost }, createWorld());
    expect(failedIds(report)).toEqual(['budget']);
    expect(problemsOf(report, 'budget')).toEqual([
      'day 1: the flight F1001 from Seattle to Denver records cost $0, but it costs $360 for 2 travellers',
      "days 3–4: the booking of 'Springs Cottage' records 2 room(s), but 2 travellers need 1 (at most 4 per room)",
      'the plan states total cost $1,000, but its entities cost $2,032; restate the cost breakdown',
    ]);
  });

  it('fails a shared room when "not shared room" was asked', async () => {
    const plan = coloradoPlan();
    swapStay(plan, 'Mile High Loft', 'Shared Bunk Hostel');
    const report = await validatePlan(plan, createWorld());
    expect(failedIds(report)).toEqual(['room-type']);
    expect(problemsOf(report, 'room-type')).toEqual([
      "days 1–2: 'Shared Bunk Hostel' in Denver is a Shared room, but the request asks for 'not shared room'; choose a stay whose room type is Entire home/apt or Private room",
    ]);
  });

  it('fails a stay dearer a night than the cap, converting a cap in another currency', async () => {
    const plan = coloradoPlan();
    const capped = (amount: number, currency: string) => ({
      ...plan,
      spec: {
        ...plan.spec,
        constraints: { ...plan.spec.constraints, maxPricePerNight: { amount, currency } },
      },
    });
    // Mile High Loft is $150 a night, Springs Cottage $130.
    expect(failedIds(await validatePlan(capped(150, 'USD'), createWorld()))).toEqual([]);
    const report = await validatePlan(capped(140, 'USD'), createWorld());
    expect(failedIds(report)).toEqual(['nightly-price']);
    expect(problemsOf(report, 'nightly-price')).toEqual([
      "days 1–2: 'Mile High Loft' in Denver costs $150 a night, over the $140 a night the request allows; choose a stay within it",
    ]);
    // €120 is $129 at the built-in rate: both stays are over it.
    const euros = await validatePlan(capped(120, 'EUR'), createWorld());
    expect(problemsOf(euros, 'nightly-price')).toEqual([
      "days 1–2: 'Mile High Loft' in Denver costs $150 a night, over the €120 ($129) a night the request allows; choose a stay within it",
      "days 3–4: 'Springs Cottage' in Colorado Springs costs $130 a night, over the €120 ($129) a night the request allows; choose a stay within it",
    ]);
  });

  it('fails a stay that forbids pets when pets come along', async () => {
    const plan = coloradoPlan();
    swapStay(plan, 'Mile High Loft', 'No Pets Inn');
    const report = await validatePlan(plan, createWorld());
    expect(failedIds(report)).toEqual(['house-rule']);
    expect(problemsOf(report, 'house-rule')).toEqual([
      "days 1–2: 'No Pets Inn' in Denver forbids pets, which the travellers need; choose a stay that allows pets",
    ]);
  });

  it('fails a requested cuisine no meal serves, and one served only in the origin', async () => {
    const plan = coloradoPlan();
    plan.spec = {
      ...plan.spec,
      constraints: { ...plan.spec.constraints, cuisines: ['mexican', 'Ethiopian'] },
    };
    dayOf(plan, 2).lunch = restaurantNamed('Bistro Vendome');
    dayOf(plan, 5).dinner = restaurantNamed('Seattle Tacos');
    const report = await validatePlan(plan, createWorld());
    expect(failedIds(report)).toEqual(['cuisine']);
    expect(problemsOf(report, 'cuisine')).toEqual([
      "no meal outside Seattle serves mexican food (only day 5's dinner at 'Seattle Tacos' in Seattle, the origin, which does not count); have at least one meal at a restaurant serving mexican food in Denver or Colorado Springs",
      'no meal outside Seattle serves Ethiopian food; have at least one meal at a restaurant serving Ethiopian food in Denver or Colorado Springs',
    ]);
  });

  it('fails a flight when flights are excluded', async () => {
    const plan = coloradoPlan();
    plan.spec = { ...plan.spec, constraints: { ...plan.spec.constraints, excludedModes: ['flight'] } };
    const report = await validatePlan(plan, createWorld());
    expect(failedIds(report)).toEqual(['transportation']);
    expect(problemsOf(report, 'transportation')).toEqual([
      'day 1: the flight F1001 from Seattle to Denver uses flights, which the request excludes; travel from Seattle to Denver another way',
      'day 5: the flight F2002 from Colorado Springs to Seattle uses flights, which the request excludes; travel from Colorado Springs to Seattle another way',
    ]);
  });
});
