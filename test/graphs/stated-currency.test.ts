import { randomUUID } from 'node:crypto';
import { MemorySaver } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import { withStatedCurrency } from '../../graphs/nodes/compose.node.js';
import { buildTripGraph } from '../../graphs/trip-graph.js';
import { startTrip } from '../../src/planner/run-trip-graph.js';
import { supportedCurrencies } from '../../tools/domain/currency.js';
import type { CostBreakdown } from '../../tools/domain/plan.schema.js';
import { createSandboxWorld } from '../../tools/providers/sandbox/sandbox-world.js';
import { offlineModels } from '../support/offline-models.js';

const world = createSandboxWorld({ seed: 1 });
const models = offlineModels(world);
const graph = buildTripGraph({ world, models, checkpointer: new MemorySaver() });
const plan = (text: string) => startTrip({ graph, threadId: randomUUID() }, { text }, '2026-12-07');

const COST: CostBreakdown = {
  transport: 500,
  accommodation: 400,
  meals: 223,
  total: 1123,
  currency: 'USD',
  budget: 1143,
};

describe('a budget stated in another currency than the plan is priced in', () => {
  it('tells the plan’s cost in the stated currency too, at the rate the budget was converted with', async () => {
    const outcome = await plan('London to Edinburgh by train for 3 nights from 14 May 2027, 2 adults, £900');
    if (outcome.status !== 'completed') throw new Error(JSON.stringify(outcome));
    const { cost, spec, summary } = outcome.plan;
    expect(spec.statedBudget).toEqual({ amount: 900, currency: 'GBP' });
    expect(cost.currency).toBe('USD');
    expect(cost.asStated).toMatchObject({ currency: 'GBP', budget: 900, rate: 1.27 });
    expect(cost.asStated?.total).toBe(Math.round(cost.total / 1.27));
    expect(cost.asStated?.total).toBeLessThanOrEqual(900);
    expect(summary).toContain(`(£${cost.asStated?.total}) of a £900 budget`);
  });

  it('says nothing more for a budget in the plan’s own currency', async () => {
    expect(withStatedCurrency(COST, undefined)).toBe(COST);
    expect(withStatedCurrency(COST, { amount: 1143, currency: 'USD' })).toBe(COST);
  });

  it.each([
    ['Singapore to Bangkok, 5 days from Jan 20 2027, 2 people, SGD 3000', 'SGD'],
    ['Cape Town from Johannesburg, 4 days from 9 Dec 2027, 4 adults, ZAR 40000', 'ZAR'],
    ['Auckland to Sydney, 5 days from March 3 2027, 2 adults, NZ$5,000', 'NZD'],
  ])('plans a budget in a currency the reader knows: %s', async (text, currency) => {
    // Read before, then refused: "Budgets in SGD are not supported".
    const outcome = await plan(text);
    if (outcome.status !== 'completed') throw new Error(JSON.stringify(outcome));
    expect(outcome.plan.cost.asStated?.currency).toBe(currency);
  });

  it('has a rate for every currency the request reader reads', () => {
    // The reader's codes (agents/intake/parse/money.ts): a budget it reads must be plannable.
    const read = ['USD', 'CAD', 'AUD', 'NZD', 'EUR', 'GBP', 'JPY', 'INR', 'CHF', 'SGD', 'HKD', 'MXN'];
    const more = ['BRL', 'AED', 'THB', 'KRW', 'CNY', 'ZAR', 'SEK', 'NOK', 'DKK'];
    expect(supportedCurrencies()).toEqual(expect.arrayContaining([...read, ...more]));
  });
});
