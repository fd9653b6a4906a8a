import { describe, expect, it } from 'vitest';
import { stayTier } from '../../../tools/planning/comfort.js';
import { costBreakdown } from '../../../tools/planning/cost.js';
import { luxurySentence } from '../../../tools/planning/luxury-upgrades.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { planInWorld } from './sandbox-plan.js';

const world = createSandboxWorld({ seed: 7 });
const paris = {
  origin: 'New York',
  destination: { kind: 'city' as const, city: 'Paris' },
  startDate: '2027-03-10',
  days: 7,
  travellers: 2,
  budget: { amount: 25000, currency: 'USD' },
};
const luxury = { ...paris, preferences: { comfort: 'luxury' as const } };
const spent = (draft: Awaited<ReturnType<typeof planInWorld>>['draft']) =>
  costBreakdown(draft, draft.spec.travellers, 25000, 'USD');

describe('a luxury wish with money left (standard trips)', () => {
  it('books the grandest luxury stay the budget allows, not the cheapest well-rated one', async () => {
    const { draft, validation } = await planInWorld(world, luxury);
    const listed = await world.searchStays({ city: 'Paris' });
    const grandest = Math.max(...listed.filter((s) => stayTier(s) === 'luxury').map((s) => s.pricePerNight));
    expect(draft.stays[0]!.stay.pricePerNight).toBe(grandest);
    expect(spent(draft).total).toBeLessThanOrEqual(25000);
    expect(validation.passed).toBe(true);
  });

  it('on a tight budget prefers a whole luxury flat to a dearer private room', async () => {
    const { draft, validation } = await planInWorld(world, {
      ...luxury,
      budget: { amount: 4300, currency: 'USD' },
    });
    const { stay } = draft.stays[0]!;
    expect(stayTier(stay)).toBe('luxury');
    expect(stay.roomType).toBe('Entire home/apt');
    expect(spent(draft).total).toBeLessThanOrEqual(4300);
    expect(validation.passed).toBe(true);
  });

  it('spends the money left on grander tables than a trip with no comfort wish', async () => {
    const plain = await planInWorld(world, paris);
    const grand = await planInWorld(world, luxury);
    expect(spent(grand.draft).meals).toBeGreaterThan(spent(plain.draft).meals);
    expect(grand.validation.passed).toBe(true);
  });

  it('dines at the day’s grandest table: no luxury day breakfasts dearer than it dines', async () => {
    const { draft } = await planInWorld(world, luxury);
    const full = draft.days.filter((d) => d.breakfast && d.lunch && d.dinner && d.fromCity === null);
    expect(full.length).toBeGreaterThan(3);
    for (const d of full) expect(d.dinner!.averageCost).toBeGreaterThanOrEqual(d.breakfast!.averageCost);
  });

  it('says what the upgrades bought; other wishes say nothing', async () => {
    const { draft, selection } = await planInWorld(world, luxury);
    expect(selection.upgrades).toHaveLength(1);
    expect(selection.upgrades![0]).toMatch(
      /^Paris: .+ \(★[\d.]+, \$[\d,]+\/night, the grandest stay listed there; luxury stays there start at \$[\d,]+\/night\)$/,
    );
    expect(luxurySentence(selection.upgrades!, draft.days, 'USD')).toMatch(
      /^ Luxury upgrades: Paris: .+; meals average \$\d+ a person at ★\d\.\d\.$/,
    );
    const plain = await planInWorld(world, paris);
    expect(plain.selection.upgrades).toBeUndefined();
    expect(luxurySentence([], plain.draft.days, 'USD')).toBe('');
  });
});
